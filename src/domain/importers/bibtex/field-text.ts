/** HTML-like tags, which the parser writes for formatting: `\emph{x}` → `<i>x</i>`, `\url{u}` → `<a href="u">u</a>`. */
const MARKUP_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi;

/**
 * Removes the parser's formatting tags. Call it before the hidden characters are put back: literal `<` never reaches
 * the parser (see `placeholders.ts`), so every tag in its output is markup.
 */
export function stripMarkup(value: string): string {
  return value.replace(MARKUP_TAG, '');
}

/**
 * Turns a text field into reading text: single spaces, as TeX reads line breaks and runs of spaces, and composed
 * letters (NFC), because the parser writes TeX accents as a letter and a combining mark (`{\'e}` → `e` + U+0301).
 */
export function cleanFieldText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Verbatim fields (`url`, `doi`, `eprint`, `code`) come back as written. Some files escape TeX specials in them, as in
 * `10.1000/a\_b`; the backslash is dropped so that the identifier reads as it is.
 */
export function cleanVerbatimText(value: string): string {
  return value.replace(/\\([_%#&$~^{}])/g, '$1').trim();
}
