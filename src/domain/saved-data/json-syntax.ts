/** First grammar error in JSON text: its 0-based offset into the text and what was expected there. */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

type Container = 'array' | 'object';

/** Next token the scanner expects. `first-*` states also accept the closing bracket of an empty container. */
type Expectation = 'value' | 'first-item' | 'first-key' | 'key' | 'after-value';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPABLE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);
const HEX_DIGIT = /^[0-9a-fA-F]$/;
const DIGIT = /^[0-9]$/;
const WORD = /^[A-Za-z0-9_.+-]{1,20}/;
const LITERALS = ['true', 'false', 'null'];
/** Characters a reader cannot see or tell apart when quoted: controls, format characters and spaces. */
const INVISIBLE = /^[\p{C}\p{Z}]$/u;

/**
 * Finds the first place where `text` is not valid JSON (RFC 8259), or returns undefined when it is valid.
 *
 * `JSON.parse` reports positions in engine-specific words, and Safari reports none, so this scan gives every
 * browser the same message. It runs only after `JSON.parse` failed, and it uses a stack instead of recursion,
 * so deeply nested input cannot overflow the call stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: Container[] = [];
  let expectation: Expectation = 'value';
  let index = 0;

  for (;;) {
    while (index < text.length && WHITESPACE.has(text[index]!)) index++;
    const character = text[index];

    if (expectation === 'after-value') {
      const container = stack.at(-1);
      if (container === undefined) {
        return index < text.length
          ? { offset: index, message: `expected the end of the file after the JSON value, found ${describeFound(text, index)}` }
          : undefined;
      }

      const closing = container === 'array' ? ']' : '}';
      if (character === ',') {
        expectation = container === 'array' ? 'value' : 'key';
      } else if (character === closing) {
        stack.pop();
      } else {
        const after = container === 'array' ? 'an item of an array' : 'a property value';
        return { offset: index, message: `expected ',' or '${closing}' after ${after}, found ${describeFound(text, index)}` };
      }
      index++;
      continue;
    }

    if (expectation === 'key' || expectation === 'first-key') {
      if (expectation === 'first-key' && character === '}') {
        stack.pop();
        index++;
        expectation = 'after-value';
        continue;
      }
      if (character !== '"') {
        return { offset: index, message: `expected a property name in double quotes, found ${describeFound(text, index)}` };
      }

      const afterName = scanString(text, index);
      if (typeof afterName !== 'number') return afterName;
      index = afterName;
      while (index < text.length && WHITESPACE.has(text[index]!)) index++;
      if (text[index] !== ':') {
        return { offset: index, message: `expected ':' after the property name, found ${describeFound(text, index)}` };
      }
      index++;
      expectation = 'value';
      continue;
    }

    if (expectation === 'first-item' && character === ']') {
      stack.pop();
      index++;
      expectation = 'after-value';
      continue;
    }

    if (character === '{' || character === '[') {
      stack.push(character === '{' ? 'object' : 'array');
      index++;
      expectation = character === '{' ? 'first-key' : 'first-item';
      continue;
    }

    const afterValue = scanScalar(text, index);
    if (typeof afterValue !== 'number') return afterValue;
    index = afterValue;
    expectation = 'after-value';
  }
}

/** Scans a string, number or literal starting at `start`; returns the offset after it or the error. */
function scanScalar(text: string, start: number): number | JsonSyntaxError {
  const character = text[start];

  if (character === '"') return scanString(text, start);
  if (character === '-' || (character !== undefined && DIGIT.test(character))) return scanNumber(text, start);

  const literal = LITERALS.find((candidate) => text.startsWith(candidate, start));
  if (literal) return start + literal.length;

  return { offset: start, message: `expected a value, found ${describeFound(text, start)}` };
}

function scanString(text: string, start: number): number | JsonSyntaxError {
  let index = start + 1;

  while (index < text.length) {
    const character = text[index]!;

    if (character === '"') return index + 1;
    if (character === '\\') {
      const escaped = scanEscape(text, index);
      if (typeof escaped !== 'number') return escaped;
      index = escaped;
      continue;
    }
    if (character < ' ') {
      const name = character === '\n' || character === '\r' ? 'a line break' : `the control character ${codePointLabel(character)}`;
      return { offset: index, message: `${name} inside a string must be escaped` };
    }
    index++;
  }

  return { offset: start, message: 'a string starts here but has no closing \'"\'' };
}

function scanEscape(text: string, backslash: number): number | JsonSyntaxError {
  const escaped = text[backslash + 1];

  if (escaped === undefined || !ESCAPABLE.has(escaped)) {
    return { offset: backslash, message: `'\\${escaped ?? ''}' is not a valid escape in a string` };
  }
  if (escaped !== 'u') return backslash + 2;

  const digits = text.slice(backslash + 2, backslash + 6);
  if (digits.length < 4 || ![...digits].every((digit) => HEX_DIGIT.test(digit))) {
    return { offset: backslash, message: "'\\u' must be followed by four hexadecimal digits" };
  }
  return backslash + 6;
}

/** Scans `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`. */
function scanNumber(text: string, start: number): number | JsonSyntaxError {
  let index = start;
  if (text[index] === '-') index++;

  if (text[index] === '0') {
    index++;
  } else {
    const afterDigits = scanDigits(text, index);
    if (typeof afterDigits !== 'number') return afterDigits;
    index = afterDigits;
  }

  if (text[index] === '.') {
    const afterFraction = scanDigits(text, index + 1);
    if (typeof afterFraction !== 'number') return afterFraction;
    index = afterFraction;
  }

  if (text[index] === 'e' || text[index] === 'E') {
    index++;
    if (text[index] === '+' || text[index] === '-') index++;
    const afterExponent = scanDigits(text, index);
    if (typeof afterExponent !== 'number') return afterExponent;
    index = afterExponent;
  }

  return index;
}

function scanDigits(text: string, start: number): number | JsonSyntaxError {
  let index = start;
  while (index < text.length && DIGIT.test(text[index]!)) index++;

  if (index === start) return { offset: start, message: `expected a digit in the number, found ${describeFound(text, start)}` };
  return index;
}

/** Describes the text at `index` for a message: a quoted word or character, a code point, or the end. */
function describeFound(text: string, index: number): string {
  if (index >= text.length) return 'the end of the file';

  const word = WORD.exec(text.slice(index, index + 20));
  if (word) return `'${word[0]}'`;

  const character = String.fromCodePoint(text.codePointAt(index)!);
  return INVISIBLE.test(character) ? codePointLabel(character) : `'${character}'`;
}

function codePointLabel(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Converts a 0-based offset into a line and column counted from 1. `\r\n`, `\n` and a lone `\r` each end a line. */
export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;

  for (let index = 0; index < offset && index < text.length; index++) {
    const character = text[index];
    if (character === '\n' || (character === '\r' && text[index + 1] !== '\n')) {
      line++;
      lineStart = index + 1;
    }
  }

  return { line, column: offset - lineStart + 1 };
}
