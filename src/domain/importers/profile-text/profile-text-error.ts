/** The reason the text is not a profile page, which `parseProfileText` returns as a failed result. */
export class ProfileTextError extends Error {}

const MAX_QUOTED_LENGTH = 80;

/** Builds `Line 12: expected …, found ….`, followed by `detail` when there is one. */
export function expectedError(line: number, expected: string, found: string, detail?: string): ProfileTextError {
  const message = `Line ${line}: expected ${expected}, found ${found}.`;

  return new ProfileTextError(detail === undefined ? message : `${message} ${detail}`);
}

export function quote(text: string): string {
  const shortened = text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH - 1)}…` : text;

  return `"${shortened}"`;
}
