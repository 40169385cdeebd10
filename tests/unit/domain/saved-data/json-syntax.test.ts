import fc from 'fast-check';

import { findJsonSyntaxError, lineAndColumnAt } from '../../../../src/domain/saved-data/json-syntax';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it.each(['{}', '[]', ' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"]} ', '"text"', '0', '-0.0E1'])(
    'should accept %j',
    (text) => {
      expect(findJsonSyntaxError(text)).toBeUndefined();
    },
  );

  it.each([
    ['', 0, 'expected a value, found the end of the file'],
    ['01', 1, "expected the end of the file after the JSON value, found '1'"],
    ['{"a":1}}', 7, "expected the end of the file after the JSON value, found '}'"],
    ['[\u00A0]', 1, "expected a value, found U+00A0"],
    ['{"a":1,"b"}', 10, "expected ':' after the property name, found '}'"],
    ['["\\', 2, "'\\' is not a valid escape in a string"],
  ])('should locate the error in %j', (text, offset, message) => {
    expect(findJsonSyntaxError(text)).toEqual({ offset, message });
  });

  it('should agree with JSON.parse on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
    );
  });

  it('should agree with JSON.parse on damaged JSON', () => {
    const damaged = fc
      .tuple(fc.jsonValue(), fc.nat(), fc.string({ unit: 'binary', maxLength: 3 }))
      .map(([value, position, insert]) => {
        const text = JSON.stringify(value) ?? 'null';
        const at = position % (text.length + 1);
        return `${text.slice(0, at)}${insert}${text.slice(at + 1)}`;
      });

    fc.assert(
      fc.property(damaged, (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 500 },
    );
  });

  it('should scan deep nesting without overflowing the stack', () => {
    const text = `${'['.repeat(200_000)}${']'.repeat(199_999)}`;

    expect(findJsonSyntaxError(text)).toEqual({
      offset: 399_999,
      message: "expected ',' or ']' after an item of an array, found the end of the file",
    });
  });
});

describe('lineAndColumnAt', () => {
  it.each([
    ['abc', 0, { line: 1, column: 1 }],
    ['abc', 2, { line: 1, column: 3 }],
    ['a\nbc', 3, { line: 2, column: 2 }],
    ['a\r\nbc', 3, { line: 2, column: 1 }],
    ['a\rb\r\n\nc', 6, { line: 4, column: 1 }],
    ['ab', 2, { line: 1, column: 3 }],
  ])('should place offset %#', (text, offset, expected) => {
    expect(lineAndColumnAt(text, offset)).toEqual(expected);
  });
});
