import { cleanTexText, foldText, isHttpUrl, stripAccents } from '../../../src/domain/text';

describe('cleanTexText', () => {
  it.each([
    ['accuracy of 8$\\%$ on the test set', 'accuracy of 8% on the test set'],
    ["exhibit ''Aha moment'', while", 'exhibit “Aha moment”, while'],
    ["so-called ``x'' terms", 'so-called “x” terms'],
    ['we \\emph{do not} need it', 'we do not need it'],
    ['\\textbf{Bold} and \\textit{italic}', 'Bold and italic'],
    ['R\\&D costs', 'R&D costs'],
    ['runs in $O(n^2)$ time', 'runs in $O(n^2)$ time'],
    ['see https://example.org/~user/code', 'see https://example.org/~user/code'],
  ])('should turn %j into %j', (input, expected) => {
    expect(cleanTexText(input)).toBe(expected);
  });
});

describe('foldText', () => {
  it('should strip accents, lower-case and collapse spaces', () => {
    expect(foldText('  José   MÜLLER\tÇelik ')).toBe('jose muller celik');
  });

  it('should keep non-Latin scripts', () => {
    expect(foldText('陈昌宇 Łukasz')).toBe('陈昌宇 łukasz');
  });
});

describe('stripAccents', () => {
  it('should remove combining marks only', () => {
    expect(stripAccents('Ferreira José Ñandú')).toBe('Ferreira Jose Nandu');
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://github.com/example/repo', true],
    ['http://example.org', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,hi', false],
    ['ftp://example.org/file', false],
    ['github.com/example/repo', false],
    ['', false],
    [undefined, false],
  ])('should return %j → %j', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });
});
