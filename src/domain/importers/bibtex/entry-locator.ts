/** One `@type{…}` or `@type(…)` block found in the input, before the BibTeX parser reads it. */
export interface LocatedEntry {
  /** Entry type or directive in lower case: `article`, `misc`, `string`, `comment`, `preamble` … */
  type: string;
  /** Offset of the `@` in the input. */
  start: number;
  /** Offset just past the closing brace or parenthesis, or where the block was cut off. */
  end: number;
  /** False when the block is not closed before the next entry or the end of the input. */
  closed: boolean;
  /** The entry key as written after the opening brace, when there is one. */
  key?: string;
}

// The same characters the parser accepts in entry types and keys: ASCII letters, digits, `+'&;_:\./-` and any letter.
const NAME_CHARACTER = String.raw`[+'\w&;:\\./\p{L}-]`;
const ENTRY_OPENER = new RegExp(String.raw`@[ \t\r\n]*(${NAME_CHARACTER}+)[ \t\r\n]*([{(])`, 'uy');
const LINE_START_OPENER = new RegExp(String.raw`[ \t]*@[ \t\r\n]*${NAME_CHARACTER}+[ \t\r\n]*[{(]`, 'uy');
// The parser also accepts `[]*"` in keys. A word followed by `=` is a field name, so the entry has no key.
const ENTRY_KEY = new RegExp(String.raw`[ \t\r\n]*((?:${NAME_CHARACTER}|[[\]*"])+)([ \t\r\n]*=)?`, 'uy');

/**
 * Finds the entries in BibTeX text, so that each one is given to the parser with known bounds.
 *
 * An entry starts at `@`, a type and `{` or `(`, and ends at its matching closing brace or parenthesis. Text between
 * entries is a comment in BibTeX and is passed over. An entry that is not closed ends where a line starts with the
 * next entry, which is also where the parser would carry on after the error.
 *
 * NOTE: a line inside a field value that starts with `@type{` also ends the entry there, so that entry is skipped
 * although the parser on its own would read it.
 */
export function locateEntries(text: string): LocatedEntry[] {
  const entries: LocatedEntry[] = [];
  let position = 0;

  for (;;) {
    const opener = findNextOpener(text, position);
    if (!opener) return entries;

    const { end, closed } = findEntryEnd(text, opener.bodyStart, opener.delimiter);
    const key = readEntryKey(text, opener.bodyStart);
    entries.push({ type: opener.type, start: opener.start, end, closed, ...(key === undefined ? {} : { key }) });
    position = end;
  }
}

interface EntryOpener {
  start: number;
  type: string;
  delimiter: '{' | '(';
  /** Offset just past the opening brace or parenthesis. */
  bodyStart: number;
}

function findNextOpener(text: string, from: number): EntryOpener | undefined {
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', at + 1)) {
    ENTRY_OPENER.lastIndex = at;
    const match = ENTRY_OPENER.exec(text);
    if (!match) continue;

    const [, type = '', delimiter] = match;
    const bodyStart = ENTRY_OPENER.lastIndex;
    return { start: at, type: type.toLowerCase(), delimiter: delimiter === '(' ? '(' : '{', bodyStart };
  }

  return undefined;
}

/**
 * Counts braces from the entry's opening delimiter, skipping the character after a backslash as the parser does.
 * An entry in parentheses ends at a `)` outside braces and outside a quoted value.
 */
function findEntryEnd(text: string, bodyStart: number, delimiter: '{' | '('): { end: number; closed: boolean } {
  let depth = delimiter === '{' ? 1 : 0;
  let inQuotes = false;

  for (let index = bodyStart; index < text.length; index++) {
    const character = text[index];

    if (character === '\\') {
      index++;
    } else if (character === '\n') {
      if (startsEntryLine(text, index + 1)) return { end: index + 1, closed: false };
    } else if (character === '{') {
      depth++;
    } else if (character === '}') {
      depth--;
      if (delimiter === '{' && depth === 0) return { end: index + 1, closed: true };
    } else if (delimiter === '(' && depth === 0) {
      if (character === '"') inQuotes = !inQuotes;
      if (character === ')' && !inQuotes) return { end: index + 1, closed: true };
    }
  }

  return { end: text.length, closed: false };
}

function startsEntryLine(text: string, lineStart: number): boolean {
  LINE_START_OPENER.lastIndex = lineStart;
  return LINE_START_OPENER.test(text);
}

function readEntryKey(text: string, bodyStart: number): string | undefined {
  ENTRY_KEY.lastIndex = bodyStart;
  const match = ENTRY_KEY.exec(text);

  return match && match[2] === undefined ? match[1] : undefined;
}
