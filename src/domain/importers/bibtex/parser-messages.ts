import type { TextPosition } from './line-index';

/** The position the parser reports for an error, `at line 3, column 7`, in the text it was given. */
const PARSER_POSITION = / at line (\d+), column (\d+)(?: in "[^"]*")?/;

/** Reads the position out of a message of the parser's first stage, which splits the input into fields. */
export function readParserPosition(message: string): TextPosition | undefined {
  const match = PARSER_POSITION.exec(message);
  if (!match) return undefined;

  return { line: Number(match[1]), column: Number(match[2]) };
}

const REWORDINGS: { pattern: RegExp; reword: (match: RegExpExecArray) => string }[] = [
  {
    pattern: /^Token mismatch, expected (.+?), found (".*")\.\.\.$/s,
    reword: ([, expected, found]) => `expected ${expected} but found ${found}.`,
  },
  {
    pattern: /^Unterminated brace-value (".*")$/s,
    reword: ([, start]) => `the value starting ${start} has no closing brace.`,
  },
  {
    pattern: /^Unterminated quote-value (".*")$/s,
    reword: ([, start]) => `the value starting ${start} has no closing double quote.`,
  },
  {
    pattern: /^(.*) = value expected, equals sign missing: (".*")\.\.\.$/s,
    reword: ([, name, found]) => `the field "${name}" is not followed by "=" and a value, but by ${found}.`,
  },
  {
    pattern: /^Runaway key$/,
    reword: () => 'a key or field name runs on to the end of the entry.',
  },
  {
    pattern: /^Unclosed math section$/,
    reword: () => 'a "$" starts a math section that the value does not close. Write "\\$" for a dollar sign.',
  },
];

/**
 * Rewords an error of the parser's first stage in plain words, prefixed with the place in the original input.
 * Messages the parser may add in later versions are passed on as they are.
 */
export function describeStructureError(message: string, position: TextPosition | undefined): string {
  const withoutPosition = message.replace(PARSER_POSITION, '').trim();
  const reworded = rewordParserMessage(withoutPosition);
  const sentence = reworded.charAt(0).toUpperCase() + reworded.slice(1);

  return position ? `Line ${position.line}, column ${position.column}: ${reworded}` : sentence;
}

function rewordParserMessage(message: string): string {
  for (const { pattern, reword } of REWORDINGS) {
    const match = pattern.exec(message);
    if (match) return reword(match);
  }

  return `the BibTeX parser rejected the entry: ${message}`;
}

/** Describes an error of the parser's second stage, which turns each field's TeX into text. */
export function describeTexError(message: string): string {
  const firstLine = message.split('\n', 1)[0]?.trim() ?? '';

  return `The TeX in one of the fields could not be read (${firstLine}).`;
}

/** Turns a remark the parser made about an entry it did read into a warning in plain words. */
export function describeParserRemark(message: string): string {
  const unknownCommand = /^unhandled (macro|environment) (\S+)/.exec(message);
  if (unknownCommand) {
    const kind = unknownCommand[1] === 'macro' ? 'command' : 'environment';
    return `The TeX ${kind} ${unknownCommand[2]} is not known, so it was kept as written.`;
  }

  const undefinedString = /^Unresolved @string reference (".*")$/.exec(message);
  if (undefinedString) {
    return `The @string name ${undefinedString[1]} is not defined, so the name itself was used as the value.`;
  }

  const longName = /^@(.*?): unexpected \d+-part name (".*"), dropping (".*")$/.exec(message);
  if (longName) {
    return `Entry ${longName[1]}: the name ${longName[2]} has more than three comma-separated parts, so ${longName[3]} was left out.`;
  }

  return `The BibTeX parser reported: ${message.split('\n', 1)[0]}`;
}
