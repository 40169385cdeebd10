/**
 * Deepest element nesting accepted before parsing. An arXiv feed needs four levels (feed, entry, author, name), so
 * the limit leaves ample room. The check exists because jsdom's DOMParser spent minutes on 20,000 nested elements
 * before it failed with a stack overflow.
 */
export const MAX_ELEMENT_DEPTH = 100;

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;

/**
 * Returns the offset of the first start tag nested deeper than `maxDepth`, or undefined. The scan is a rough
 * tokenizer that skips comments, CDATA sections, declarations and quoted attribute values, and it takes one pass.
 * It leaves every other error to the XML parser, so it returns undefined for input it cannot follow.
 */
export function findExcessiveNesting(text: string, maxDepth = MAX_ELEMENT_DEPTH): number | undefined {
  let depth = 0;
  let offset = text.indexOf('<');

  while (offset !== -1) {
    const tagEnd = findMarkupEnd(text, offset);
    if (tagEnd === -1) return undefined;

    const kind = classifyMarkup(text, offset, tagEnd);
    if (kind === 'end-tag') depth--;
    if (kind === 'start-tag') depth++;
    if (depth > maxDepth) return offset;

    offset = text.indexOf('<', tagEnd + 1);
  }

  return undefined;
}

type MarkupKind = 'start-tag' | 'end-tag' | 'other';

function classifyMarkup(text: string, offset: number, tagEnd: number): MarkupKind {
  const next = text[offset + 1] ?? '';

  if (next === '/') return 'end-tag';
  if (!NAME_START.test(next)) return 'other';
  return text[tagEnd - 1] === '/' ? 'other' : 'start-tag';
}

/** Returns the offset of the `>` that ends the markup starting at `offset`, or -1 when it never ends. */
function findMarkupEnd(text: string, offset: number): number {
  if (text.startsWith('<!--', offset)) return endOfDelimiter(text, '-->', offset + 4);
  if (text.startsWith('<![CDATA[', offset)) return endOfDelimiter(text, ']]>', offset + 9);

  let quote: string | undefined;
  for (let index = offset + 1; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index;
    } else if (char === '<') {
      // A `<` inside markup is an error the parser reports; resuming there keeps the scan linear.
      return index - 1;
    }
  }

  return -1;
}

function endOfDelimiter(text: string, delimiter: string, from: number): number {
  const start = text.indexOf(delimiter, from);

  return start === -1 ? -1 : start + delimiter.length - 1;
}
