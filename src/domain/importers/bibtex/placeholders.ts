/**
 * Characters hidden from the BibTeX parser behind placeholders and put back in the values it returns:
 * - `@` after an entry's first character, because after an error the parser restarts at every `@` and counts lines
 *   from the start of its input each time, which takes quadratic time on text with many `@`;
 * - `<` and `>`, which the parser turns into the OT1 glyphs `¡` and `¿`. Without them, the parser's own markup
 *   (`<i>…</i>`) is the only `<` in its output;
 * - control characters, which the parser either uses as markup delimiters (`\x0E`, `\x0F`) or fails on (`\x00`).
 */
// eslint-disable-next-line no-control-regex -- matching the control characters the parser misreads is the point
const HIDDEN_CHARACTER = /[@<>\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const HIDDEN_CHARACTERS = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code)).filter((character) =>
  character.match(HIDDEN_CHARACTER),
);

/**
 * An accent on nothing, `\^{}` or `\~{}`, is how DBLP writes a literal `^` or `~` (its titles spell `$\mathrm{AC}^0$`
 * as `{\textdollar}{\textbackslash}mathrm\{AC\}{\^{}}0{\textdollar}`). The parser returns a space and a combining
 * accent for it, so it is read as the character itself.
 */
const LONE_ACCENT = /\{\\([\^~])\{\}\}|\\([\^~])\{\}/g;

const PRIVATE_USE = /[\uE000-\uF8FF]/g;
const FIRST_PRIVATE_USE = 0xe000;
const LAST_PRIVATE_USE = 0xf8ff;

/** An entry's text as given to the parser, and the way back to the input's characters. */
export interface MaskedText {
  text: string;
  /** Puts the hidden characters and math back into a value the parser returned. */
  restore: (value: string) => string;
  /** Converts an offset in the masked text to the offset in the text given to `mask`. */
  originalOffset: (maskedOffset: number) => number;
}

/** A stretch of the input replaced by one placeholder character. */
interface Span {
  start: number;
  end: number;
  placeholder: string;
}

/**
 * Hides characters the parser would misread, and `$…$` math when asked, behind private-use characters that the input
 * does not contain. The parser turns math into Unicode approximations (`$x_i$` → `xᵢ`) and drops its spaces; Pubscope
 * keeps math as written, as the other importers do.
 */
export class PlaceholderTable {
  private readonly placeholderByToken = new Map<string, string>();
  private readonly textByPlaceholder = new Map<string, string>();
  /** Private-use characters left for math, numbered from 0 in each entry. */
  private readonly mathPlaceholders: string[];

  constructor(input: string) {
    const used = new Set(input.match(PRIVATE_USE));
    const free: string[] = [];
    for (let code = FIRST_PRIVATE_USE; code <= LAST_PRIVATE_USE; code++) {
      const character = String.fromCharCode(code);
      if (!used.has(character)) free.push(character);
    }

    const tokens: [string, string][] = [
      ...HIDDEN_CHARACTERS.map((character): [string, string] => [character, character]),
      ['^', '^'],
      ['~', '~'],
    ];
    // NOTE: an input that uses nearly all 6,400 private-use characters leaves some characters or math unmasked.
    for (const [token, text] of tokens) {
      const placeholder = free.pop();
      if (placeholder === undefined) break;
      this.placeholderByToken.set(token, placeholder);
      this.textByPlaceholder.set(placeholder, text);
    }
    this.mathPlaceholders = free;
  }

  /** Masks `text`; its first character (the entry's `@`) stays. */
  mask(text: string, options: { keepMath: boolean }): MaskedText {
    const mathByPlaceholder = new Map<string, string>();
    const spans = [...this.loneAccentSpans(text), ...(options.keepMath ? this.mathSpans(text, mathByPlaceholder) : [])];
    const orderedSpans = dropOverlapping(spans);

    const parts: string[] = [];
    const shortenings: { maskedStart: number; removed: number }[] = [];
    let copiedUpTo = 0;
    let maskedLength = 0;
    for (const { start, end, placeholder } of orderedSpans) {
      const before = this.hideCharacters(text.slice(copiedUpTo, start), copiedUpTo === 0);
      parts.push(before, placeholder);
      maskedLength += before.length;
      shortenings.push({ maskedStart: maskedLength, removed: end - start - 1 });
      maskedLength += 1;
      copiedUpTo = end;
    }
    parts.push(this.hideCharacters(text.slice(copiedUpTo), copiedUpTo === 0));

    const originalOffset = (maskedOffset: number) => {
      const removedBefore = shortenings.filter(({ maskedStart }) => maskedStart < maskedOffset);
      return removedBefore.reduce((offset, { removed }) => offset + removed, maskedOffset);
    };
    return { text: parts.join(''), restore: (value) => this.restore(value, mathByPlaceholder), originalOffset };
  }

  /** Puts back hidden characters, but not math, in text that belongs to no one entry, such as a parser message. */
  restoreCharacters(value: string): string {
    return this.restore(value, new Map());
  }

  private hideCharacters(text: string, keepFirst: boolean): string {
    const placeholderOf = (character: string) => this.placeholderByToken.get(character) ?? character;
    const hide = (part: string) => part.replace(HIDDEN_CHARACTER, placeholderOf);

    return keepFirst ? text.charAt(0) + hide(text.slice(1)) : hide(text);
  }

  private loneAccentSpans(text: string): Span[] {
    return [...text.matchAll(LONE_ACCENT)].flatMap((match) => {
      const placeholder = this.placeholderByToken.get(match[1] ?? match[2] ?? '');
      return placeholder === undefined ? [] : [{ start: match.index, end: match.index + match[0].length, placeholder }];
    });
  }

  /** Math placeholders are numbered per entry, so that a file with many formulas does not run out of them. */
  private mathSpans(text: string, mathByPlaceholder: Map<string, string>): Span[] {
    const spans: Span[] = [];

    for (const { start, end } of findMathSegments(text)) {
      const placeholder = this.mathPlaceholders[spans.length];
      if (placeholder === undefined) break;

      mathByPlaceholder.set(placeholder, text.slice(start, end).replace(/\s+/g, ' '));
      spans.push({ start, end, placeholder });
    }
    return spans;
  }

  private restore(value: string, mathByPlaceholder: ReadonlyMap<string, string>): string {
    return value.replace(PRIVATE_USE, (placeholder) => {
      return mathByPlaceholder.get(placeholder) ?? this.textByPlaceholder.get(placeholder) ?? placeholder;
    });
  }
}

/** Keeps spans in order of position; an accent inside math stays part of the math. */
function dropOverlapping(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((left, right) => left.start - right.start || right.end - left.end);
  const separate: Span[] = [];

  for (const span of sorted) {
    const last = separate[separate.length - 1];
    if (last !== undefined && span.start < last.end) continue;
    separate.push(span);
  }
  return separate;
}

interface MathSegment {
  start: number;
  end: number;
}

/**
 * Finds `$…$` and `$$…$$` spans whose braces balance, skipping escaped dollars (`\$`). A span whose braces do not
 * balance would cross the end of a field value, so its `$` is left for the parser, which rejects the entry.
 */
export function findMathSegments(text: string): MathSegment[] {
  const segments: MathSegment[] = [];

  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '\\') {
      index++;
      continue;
    }
    if (character !== '$') continue;

    const delimiter = text.startsWith('$$', index) ? '$$' : '$';
    const end = findMathEnd(text, index + delimiter.length, delimiter);
    if (end === undefined) continue;

    segments.push({ start: index, end });
    index = end - 1;
  }

  return segments;
}

function findMathEnd(text: string, bodyStart: number, delimiter: '$' | '$$'): number | undefined {
  let depth = 0;

  for (let index = bodyStart; index < text.length; index++) {
    const character = text[index];

    if (character === '\\') {
      index++;
    } else if (character === '{') {
      depth++;
    } else if (character === '}') {
      depth--;
      if (depth < 0) return undefined;
    } else if (character === '$') {
      if (depth !== 0 || index === bodyStart) return undefined;
      return text.startsWith(delimiter, index) ? index + delimiter.length : undefined;
    }
  }

  return undefined;
}
