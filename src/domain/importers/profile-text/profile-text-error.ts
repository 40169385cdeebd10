/** The reason the text is not a profile page, which `parseProfileText` returns as a failed result. */
export class ProfileTextError extends Error {}

const MAX_QUOTED_LENGTH = 80;
const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Code point ranges replaced before input is copied into a message. They are the C0 and C1 controls, lone surrogates,
 * and the bidirectional marks, embeddings, overrides and isolates, which could hide or reorder the text around them.
 */
const UNPRINTABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0xd800, 0xdfff],
];

/** Builds `Line 12: expected …, found ….`, followed by `detail` when there is one. */
export function expectedError(line: number, expected: string, found: string, detail?: string): ProfileTextError {
  const message = `Line ${line}: expected ${expected}, found ${found}.`;

  return new ProfileTextError(detail === undefined ? message : `${message} ${detail}`);
}

/** Puts `text` in double quotes for a message, shortened and made printable as `excerpt` does. */
export function quote(text: string): string {
  return `"${excerpt(text)}"`;
}

/**
 * Shortens `text` for a message to at most `maxLength` code points, the last one `…` when the text is cut, so that a
 * surrogate pair is never split. Unprintable characters become U+FFFD. Only the kept part of the text is read,
 * because a line can be megabytes long.
 */
export function excerpt(text: string, maxLength = MAX_QUOTED_LENGTH): string {
  const characters: string[] = [];

  for (const character of text) {
    if (characters.length > maxLength) break;
    characters.push(isUnprintable(character.codePointAt(0)!) ? REPLACEMENT_CHARACTER : character);
  }

  if (characters.length <= maxLength) return characters.join('');

  return `${characters.slice(0, maxLength - 1).join('')}…`;
}

function isUnprintable(codePoint: number): boolean {
  return UNPRINTABLE_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}
