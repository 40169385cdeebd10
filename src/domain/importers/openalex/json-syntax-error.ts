/** The first grammar error in a JSON text: its offset into the text and what is wrong there. */
interface JsonSyntaxProblem {
  offset: number;
  /** Empty when only the place is known. */
  problem: string;
}

type Container = 'object' | 'array';

/** The scanner's place in the grammar between two tokens, named after what it expects next. */
type ScanState = 'value' | 'value-or-array-end' | 'key-or-object-end' | 'key' | 'colon' | 'after-value';

interface ScanStep {
  offset: number;
  state: ScanState;
}

const JSON_WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX_DIGIT = /^[0-9a-fA-F]$/;
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

const POSITION_IN_MESSAGE = /\bposition (\d+)/;

/**
 * Describes why `JSON.parse` rejected `text`, with the line and column of the first error. Engines word and place
 * their errors differently, and V8 in Node 20 gives no position for an unexpected token. So the text is scanned again
 * here to find the place, and the engine's position is used only if the scan finds nothing.
 */
export function describeJsonSyntaxError(text: string, engineMessage: string): string {
  const found = findJsonSyntaxProblem(text) ?? problemFromEngineMessage(engineMessage, text);
  if (!found) return 'The input is not valid JSON. Expected an OpenAlex works response.';

  const { line, column } = lineAndColumn(text, found.offset);
  const problem = found.problem ? `, ${found.problem}` : '';
  return `Line ${line}, column ${column}: invalid JSON${problem}.`;
}

function problemFromEngineMessage(message: string, text: string): JsonSyntaxProblem | undefined {
  const position = POSITION_IN_MESSAGE.exec(message)?.[1];
  if (position === undefined) return undefined;

  return { offset: Math.min(Number(position), text.length), problem: '' };
}

/** Finds the first grammar error of RFC 8259 JSON in one pass with an explicit stack, so deep nesting is safe. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const stack: Container[] = [];
  let step: ScanStep = { offset: skipWhitespace(text, 0), state: 'value' };

  while (step.offset < text.length) {
    const next = scanToken(text, step, stack);
    if ('problem' in next) return next;

    step = { offset: skipWhitespace(text, next.offset), state: next.state };
  }

  if (step.state === 'after-value' && stack.length === 0) return undefined;
  return { offset: text.length, problem: 'the input ends before the JSON is complete. Check that the file was not cut short' };
}

/** Reads the token at `step.offset`, which is not white space, and returns where the next one starts. */
function scanToken(text: string, { offset, state }: ScanStep, stack: Container[]): ScanStep | JsonSyntaxProblem {
  const char = text[offset];

  switch (state) {
    case 'value':
      return scanValueStart(text, offset, stack);
    case 'value-or-array-end':
      return char === ']' ? closeContainer(offset, stack) : scanValueStart(text, offset, stack);
    case 'key-or-object-end':
      if (char === '}') return closeContainer(offset, stack);
      if (char === '"') return scanString(text, offset, 'colon');
      return unexpected(text, offset, 'expected a property name in double quotes or "}"');
    case 'key':
      if (char === '"') return scanString(text, offset, 'colon');
      return unexpected(text, offset, 'expected a property name in double quotes');
    case 'colon':
      if (char === ':') return { offset: offset + 1, state: 'value' };
      return unexpected(text, offset, 'expected ":" after the property name');
    case 'after-value':
      return scanAfterValue(text, offset, stack);
  }
}

function closeContainer(offset: number, stack: Container[]): ScanStep {
  stack.pop();
  return { offset: offset + 1, state: 'after-value' };
}

function scanValueStart(text: string, offset: number, stack: Container[]): ScanStep | JsonSyntaxProblem {
  const char = text[offset];

  if (char === '{') {
    stack.push('object');
    return { offset: offset + 1, state: 'key-or-object-end' };
  }
  if (char === '[') {
    stack.push('array');
    return { offset: offset + 1, state: 'value-or-array-end' };
  }
  if (char === '"') return scanString(text, offset, 'after-value');
  if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return scanNumber(text, offset);

  const literal = LITERALS.find((word) => text.startsWith(word, offset));
  if (literal) return { offset: offset + literal.length, state: 'after-value' };

  return unexpected(text, offset, 'expected a value');
}

function scanAfterValue(text: string, offset: number, stack: Container[]): ScanStep | JsonSyntaxProblem {
  const container = stack[stack.length - 1];
  const char = text[offset];

  if (container === undefined) return unexpected(text, offset, 'expected the end of the input after the JSON value');

  const closing = container === 'object' ? '}' : ']';
  if (char === ',') return { offset: offset + 1, state: container === 'object' ? 'key' : 'value' };
  if (char === closing) return closeContainer(offset, stack);

  return unexpected(text, offset, `expected "," or "${closing}"`);
}

function scanString(text: string, start: number, stateAfter: ScanState): ScanStep | JsonSyntaxProblem {
  let offset = start + 1;

  while (offset < text.length) {
    const char = text[offset] as string;

    if (char === '"') return { offset: offset + 1, state: stateAfter };
    if (char < ' ') {
      const found = JSON.stringify(char);
      return { offset, problem: `a line break or other control character inside a string must be escaped (found ${found})` };
    }
    if (char === '\\') {
      const escapeLength = validEscapeLength(text, offset);
      if (escapeLength === 0) return { offset, problem: 'invalid escape sequence in a string' };
      offset += escapeLength;
    } else {
      offset++;
    }
  }

  return { offset: start, problem: 'the string that starts here is never closed' };
}

/** Returns the length of the escape sequence at `offset` (a backslash), or 0 when it is invalid. */
function validEscapeLength(text: string, offset: number): number {
  const kind = text[offset + 1];
  if (kind !== undefined && SIMPLE_ESCAPES.has(kind)) return 2;
  if (kind !== 'u') return 0;

  const hexDigits = text.slice(offset + 2, offset + 6);
  return hexDigits.length === 4 && [...hexDigits].every((digit) => HEX_DIGIT.test(digit)) ? 6 : 0;
}

function scanNumber(text: string, offset: number): ScanStep | JsonSyntaxProblem {
  JSON_NUMBER.lastIndex = offset;
  const match = JSON_NUMBER.exec(text);
  if (!match) return { offset, problem: 'invalid number' };

  const end = offset + match[0].length;
  const following = text[end];
  // A number cut short, such as `1.` or `1e`, matches only in part; the rest is reported where it starts.
  if (following === '.' || following === 'e' || following === 'E') return { offset, problem: 'invalid number' };

  return { offset: end, state: 'after-value' };
}

function skipWhitespace(text: string, offset: number): number {
  let position = offset;
  while (position < text.length && JSON_WHITESPACE.has(text[position] as string)) position++;
  return position;
}

function unexpected(text: string, offset: number, expectation: string): JsonSyntaxProblem {
  const codePoint = text.codePointAt(offset);
  const found = codePoint === undefined ? 'the end of the input' : JSON.stringify(String.fromCodePoint(codePoint));

  return { offset, problem: `${expectation} but found ${found}` };
}

/** Converts an offset to a 1-based line and column; `\r\n`, `\n` and `\r` each end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;

  for (let index = 0; index < offset && index < text.length; index++) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) {
      line++;
      lineStart = index + 1;
    }
  }

  return { line, column: offset - lineStart + 1 };
}
