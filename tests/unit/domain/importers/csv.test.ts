import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import fc from 'fast-check';

import { importCsv } from '../../../../src/domain/importers/csv';
import { DEFAULT_IMPORT_LIMITS, type ImportResult, type ParsedImport } from '../../../../src/domain/importers/import-outcome';
import type { Paper } from '../../../../src/domain/model';
import { paperIdFromTitle } from '../../../../src/domain/paper-id';
import { validatePaper } from '../../../../src/domain/schema';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/csv');

function readFixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

function importOk(text: string, options?: Parameters<typeof importCsv>[1]): ParsedImport {
  const result = importCsv(text, options);
  if (!result.ok) throw new Error(`expected the import to succeed, got: ${result.error}`);
  return result.value;
}

function importError(text: string, options?: Parameters<typeof importCsv>[1]): string {
  const result = importCsv(text, options);
  if (result.ok) throw new Error('expected the import to fail');
  return result.error;
}

function onlyPaper(text: string): Paper {
  const { papers, skipped } = importOk(text);
  expect(skipped).toEqual([]);
  expect(papers).toHaveLength(1);
  return papers[0] as Paper;
}

describe('importCsv with fixture files', () => {
  it('should read a semicolon file with a byte order mark', () => {
    const result = importOk(readFixture('spreadsheet-semicolon-bom.csv'));

    expect(result.format).toBe('csv');
    expect(result.skipped).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.profile).toBeUndefined();
    expect(result.papers).toEqual<Paper[]>([
      {
        id: 'arxiv:2506.01234',
        title: 'Sparse attention for long documents',
        authors: ['Ana Sousa', 'Wei Zhang'],
        authorsTruncated: true,
        affiliations: [],
        category: 'cs.CL',
        published: '2025-06-03',
        datePrecision: 'day',
        score: 48.4,
        hasCode: true,
        codeUrl: 'https://github.com/example/sparse-attention',
        arxivId: '2506.01234',
        arxivVersion: 'v2',
        arxivUrl: 'https://arxiv.org/abs/2506.01234',
        citations: 12,
        abstract: 'We study sparse attention; it scales to 1,000,000 tokens.',
        sourceIndex: 0,
      },
      {
        id: 'arxiv:2411.04567',
        title: 'Graph priors for protein design',
        authors: ['Lea Novak', 'Ana Sousa'],
        authorsTruncated: false,
        affiliations: [],
        category: 'q-bio.BM',
        published: '2024-11-01',
        datePrecision: 'month',
        score: 71,
        hasCode: false,
        arxivId: '2411.04567',
        arxivUrl: 'https://arxiv.org/abs/2411.04567',
        citations: 0,
        sourceIndex: 1,
      },
      {
        id: paperIdFromTitle('Quoted "robust" training, revisited', 2023),
        title: 'Quoted "robust" training, revisited',
        authors: ['Omar Haddad'],
        authorsTruncated: true,
        affiliations: [],
        category: 'LG',
        published: '2023-01-01',
        datePrecision: 'year',
        hasCode: false,
        sourceIndex: 2,
      },
    ]);
  });

  it('should read shuffled and aliased columns', () => {
    const result = importOk(readFixture('papers-shuffled-columns.csv'));

    expect(result.skipped).toEqual([]);
    expect(result.papers).toEqual<Paper[]>([
      {
        id: 'doi:10.1000/acl.2024.17',
        title: 'Calibrated retrieval for question answering',
        authors: ['Priya Raman', 'Jonas Berg'],
        authorsTruncated: false,
        fullAuthors: ['Priya Raman', 'Jonas Berg', 'Ana Sousa'],
        affiliations: ['inesc', 'tum'],
        published: '2024-08-12',
        datePrecision: 'day',
        score: 63.5,
        hasCode: true,
        codeUrl: 'https://gitlab.com/example/calibrated-qa',
        doi: '10.1000/acl.2024.17',
        venue: 'ACL 2024',
        citations: 7,
        sourceIndex: 0,
      },
      {
        id: paperIdFromTitle('A title that\nspans two lines', 2022),
        title: 'A title that\nspans two lines',
        authors: ['Wei Zhang'],
        authorsTruncated: false,
        affiliations: [],
        published: '2022-01-01',
        datePrecision: 'year',
        hasCode: false,
        sourceIndex: 1,
      },
      {
        id: 'arxiv:2309.07777',
        title: 'Low-rank adapters at scale',
        authors: ['Jonas Berg'],
        authorsTruncated: true,
        affiliations: [],
        published: '2023-09-01',
        datePrecision: 'month',
        score: 80,
        hasCode: true,
        arxivId: '2309.07777',
        arxivUrl: 'https://arxiv.org/abs/2309.07777',
        doi: '10.1000/XYZ.9',
        citations: 3,
        sourceIndex: 2,
      },
    ]);
  });

  it('should warn once about unknown columns', () => {
    const result = importOk(readFixture('papers-shuffled-columns.csv'));

    expect(result.warnings).toEqual([
      {
        line: 1,
        message:
          'Unknown columns ignored: "notes", "pages". Known columns are title, authors, date, category, score, code URL, arXiv ID, citations, abstract, DOI, venue, has code, affiliations, full authors.',
      },
    ]);
  });

  it('should read a tab-delimited file', () => {
    const result = importOk(readFixture('papers-tab-delimited.tsv'));

    expect(result.papers).toEqual<Paper[]>([
      {
        id: paperIdFromTitle('Tab separated paper', 2021),
        title: 'Tab separated paper',
        authors: ['Ana Sousa', 'Lea Novak'],
        authorsTruncated: false,
        affiliations: [],
        published: '2021-02-28',
        datePrecision: 'day',
        score: 55,
        hasCode: false,
        venue: 'Workshop on Tables, Lists and Trees',
        sourceIndex: 0,
      },
    ]);
  });

  it('should skip each malformed row with its line', () => {
    const result = importOk(readFixture('malformed-rows.csv'));

    expect(result.skipped).toEqual([
      { location: 'line 5', reason: 'Column "score": expected a number from 0 to 100, found "abc".' },
      {
        location: 'line 6',
        reason: 'Column "date": expected a date written yyyy, yyyy-mm or yyyy-mm-dd, found "2024-13-40".',
      },
      { location: 'line 7', reason: 'Column "citations": expected a whole number of 0 or more, found "-2".' },
      { location: 'line 8', reason: 'Column "has code": expected yes, no, true, false, 1 or 0, found "maybe".' },
      {
        location: 'line 9',
        reason: 'Column "arXiv ID": expected an arXiv identifier such as 2401.01234 or 2401.01234v2, found "arxiv-abc".',
      },
      { location: 'line 10', reason: 'Column "DOI": expected a DOI such as 10.1000/xyz123, found "not-a-doi".' },
      {
        location: 'line 11',
        reason:
          'Column "date": expected a date written yyyy, yyyy-mm or yyyy-mm-dd, found "Lea Novak". The row has 9 values but the header row names 8 columns. A value that contains the comma must be enclosed in double quotes.',
      },
      { location: 'line 12', reason: 'Column "title" is empty; every paper needs a title.' },
      {
        location: 'line 13',
        reason:
          'Line 13, column 1: a quoted value has text after its closing quote. Write a double quote inside a quoted value twice ("").',
      },
    ]);
  });

  it('should keep the good rows around malformed ones', () => {
    const result = importOk(readFixture('malformed-rows.csv'));

    expect(result.papers.map((paper) => [paper.title, paper.sourceIndex])).toEqual([
      ['Good paper one', 0],
      ['Good paper with a\nmulti-line title', 1],
      ['Good paper\ntwo', 2],
    ]);
    expect(result.papers[2]).toEqual<Paper>({
      id: paperIdFromTitle('Good paper\ntwo', 2023),
      title: 'Good paper\ntwo',
      authors: ['Omar Haddad'],
      authorsTruncated: false,
      affiliations: [],
      published: '2023-07-01',
      datePrecision: 'month',
      score: 12.5,
      hasCode: false,
      citations: 0,
      sourceIndex: 2,
    });
  });

  it('should fail without a title column', () => {
    expect(importError(readFixture('malformed-missing-title.csv'))).toBe(
      'Line 1: expected a header row with a "title" column, found the columns "name", "authors", "year". The first row of the file must name the columns, such as "title,authors,date".',
    );
  });

  it('should fail on an unclosed quote', () => {
    expect(importError(readFixture('malformed-unclosed-quote.csv'))).toBe(
      'Line 4, column 18: a quoted value starts here but is never closed, so the rest of the file cannot be split into rows. End the value with a double quote followed by the delimiter or a line break, and write a double quote inside it twice ("").',
    );
  });
});

describe('importCsv header row', () => {
  it.each(['code URL', 'code', 'code_url', 'codeUrl', 'Code-URL', ' CODE url '])('should read %j as the code URL', (name) => {
    const paper = onlyPaper(`title,${name}\nPaper,https://example.org/code\n`);

    expect(paper.codeUrl).toBe('https://example.org/code');
    expect(paper.hasCode).toBe(true);
  });

  it.each(['arxiv', 'arxiv_id', 'arXiv ID', 'ArXiv-Id'])('should read %j as the arXiv id', (name) => {
    const paper = onlyPaper(`title,${name}\nPaper,2401.01234v3\n`);

    expect(paper.arxivId).toBe('2401.01234');
    expect(paper.arxivVersion).toBe('v3');
    expect(paper.arxivUrl).toBe('https://arxiv.org/abs/2401.01234');
    expect(paper.id).toBe('arxiv:2401.01234');
  });

  it('should name the line of a header after blank lines', () => {
    expect(importError('\n\nname,year\nPaper,2024\n')).toBe(
      'Line 3: expected a header row with a "title" column, found the columns "name", "year". The first row of the file must name the columns, such as "title,authors,date".',
    );
  });

  it('should warn about repeated columns', () => {
    const result = importOk('title,Title,score\nFirst,Second,5\n');

    expect(result.papers[0]?.title).toBe('First');
    expect(result.warnings).toEqual([
      { line: 1, message: 'Repeated columns ignored: "Title". Only the first column of each name is read.' },
    ]);
  });

  it('should warn about values under an unnamed column', () => {
    const result = importOk('title,,score\nFirst,,5\nSecond,oops,6\n');

    expect(result.papers).toHaveLength(2);
    expect(result.warnings).toEqual([
      { line: 3, message: 'Column 2 has no name in the header row, so its values were ignored (the first is on line 3).' },
    ]);
  });

  it('should follow a spreadsheet sep= line', () => {
    const result = importOk('sep=;\r\ntitle;score\r\nFirst, with comma;7\r\n');

    expect(result.papers.map((paper) => [paper.title, paper.score])).toEqual([['First, with comma', 7]]);
  });

  it('should prefer the delimiter that names known columns', () => {
    const result = importOk('title;authors;date\n"Commas, in, title";Ana Sousa;2020\n');

    expect(result.papers[0]?.title).toBe('Commas, in, title');
    expect(result.papers[0]?.authors).toEqual(['Ana Sousa']);
  });

  it('should fail on an empty file', () => {
    const message = 'The file is empty. Expected a header row such as "title,authors,date" and one row per paper.';

    expect(importError('')).toBe(message);
    expect(importError('\uFEFF \r\n\n')).toBe(message);
  });

  it('should fail when every row is blank', () => {
    expect(importError(',,\n , \n')).toBe(
      'The file has no header row. Expected a first row such as "title,authors,date".',
    );
  });

  it('should accept a header without rows', () => {
    expect(importOk('title,authors\r\n')).toEqual({ format: 'csv', papers: [], skipped: [], warnings: [] });
  });
});

describe('importCsv cell values', () => {
  it.each<[string, string[], boolean]>([
    ['Ana Sousa; Wei Zhang', ['Ana Sousa', 'Wei Zhang'], false],
    ['Ana Sousa and Wei Zhang and Lea Novak', ['Ana Sousa', 'Wei Zhang', 'Lea Novak'], false],
    ['Ana Sousa; Wei Zhang; et al.', ['Ana Sousa', 'Wei Zhang'], true],
    ['Ana Sousa; Wei Zhang et al', ['Ana Sousa', 'Wei Zhang'], true],
    ['Ana Sousa and others', ['Ana Sousa'], true],
    ['Sousa, Ana; Zhang, Wei', ['Sousa, Ana', 'Zhang, Wei'], false],
    ['Ana Sousa; Anderson Lee', ['Ana Sousa', 'Anderson Lee'], false],
    ['et al.', [], true],
    ['', [], false],
  ])('should split the authors %j', (cell, authors, authorsTruncated) => {
    const paper = onlyPaper(`title,authors\nPaper,"${cell}"\n`);

    expect(paper.authors).toEqual(authors);
    expect(paper.authorsTruncated).toBe(authorsTruncated);
  });

  it.each([
    ['2024', '2024-01-01', 'year'],
    ['2024-05', '2024-05-01', 'month'],
    ['2024-05-03', '2024-05-03', 'day'],
    ['2024-5-3', '2024-05-03', 'day'],
    ['2024-02-29', '2024-02-29', 'day'],
  ])('should read the date %j', (cell, published, datePrecision) => {
    const paper = onlyPaper(`title,date\nPaper,${cell}\n`);

    expect(paper.published).toBe(published);
    expect(paper.datePrecision).toBe(datePrecision);
  });

  it.each(['2023-02-29', '2024-00', '24', '2024/05/03', '03.05.2024', '2024-05-03T10:00'])(
    'should skip the date %j',
    (cell) => {
      const { papers, skipped } = importOk(`title,date\nPaper,${cell}\n`);

      expect(papers).toEqual([]);
      expect(skipped).toEqual([
        {
          location: 'line 2',
          reason: `Column "date": expected a date written yyyy, yyyy-mm or yyyy-mm-dd, found "${cell}".`,
        },
      ]);
    },
  );

  it.each([
    ['0', 0],
    ['100', 100],
    ['48.4', 48.4],
    ['"48,4"', 48.4],
    [' 7 ', 7],
    ['1e1', 10],
  ])('should read the score %j', (cell, score) => {
    expect(onlyPaper(`title,score\nPaper,${cell}\n`).score).toBe(score);
  });

  it.each(['-5', '100.5', 'abc', '1/2', 'NaN', 'Infinity', '0x10'])('should skip the score %j', (cell) => {
    const { skipped } = importOk(`title,score\nPaper,${cell}\n`);

    expect(skipped).toEqual([
      { location: 'line 2', reason: `Column "score": expected a number from 0 to 100, found "${cell}".` },
    ]);
  });

  it.each(['-1', '1.5', '1e3', '9007199254740993', 'many'])('should skip the citations %j', (cell) => {
    const { skipped } = importOk(`title,citations\nPaper,${cell}\n`);

    expect(skipped).toEqual([
      { location: 'line 2', reason: `Column "citations": expected a whole number of 0 or more, found "${cell}".` },
    ]);
  });

  it.each([
    ['yes', true],
    ['No', false],
    ['TRUE', true],
    ['false', false],
    ['1', true],
    ['0', false],
  ])('should read has code %j', (cell, hasCode) => {
    expect(onlyPaper(`title,has code,code url\nPaper,${cell},https://example.org\n`).hasCode).toBe(hasCode);
  });

  it('should derive has code from the code URL', () => {
    expect(onlyPaper('title,code url\nPaper,https://example.org\n').hasCode).toBe(true);
    expect(onlyPaper('title,code url\nPaper,\n').hasCode).toBe(false);
    expect(onlyPaper('title,has code,code url\nPaper,,https://example.org\n').hasCode).toBe(true);
  });

  it.each([
    ['2401.01234', '2401.01234', undefined],
    ['arXiv:2401.01234v2', '2401.01234', 'v2'],
    ['https://arxiv.org/abs/2401.01234v4', '2401.01234', 'v4'],
    ['https://arxiv.org/pdf/2401.01234.pdf', '2401.01234', undefined],
    ['hep-th/9901001v1', 'hep-th/9901001', 'v1'],
    ['math.GT/0309136', 'math.GT/0309136', undefined],
  ])('should read the arXiv id %j', (cell, arxivId, arxivVersion) => {
    const paper = onlyPaper(`title,arxiv\nPaper,${cell}\n`);

    expect(paper.arxivId).toBe(arxivId);
    expect(paper.arxivVersion).toBe(arxivVersion);
    expect(paper.arxivUrl).toBe(`https://arxiv.org/abs/${arxivId}`);
  });

  it.each([
    ['10.1000/xyz123', '10.1000/xyz123'],
    ['doi:10.1000/xyz123', '10.1000/xyz123'],
    ['https://doi.org/10.1000/ABC', '10.1000/ABC'],
    ['http://dx.doi.org/10.1000/abc', '10.1000/abc'],
  ])('should read the DOI %j', (cell, doi) => {
    const paper = onlyPaper(`title,doi\nPaper,${cell}\n`);

    expect(paper.doi).toBe(doi);
    expect(paper.id).toBe(`doi:${doi.toLowerCase()}`);
  });

  it('should trim the white space around values', () => {
    const paper = onlyPaper('title , venue , category\n  Spaced title  ,  NeurIPS ,  LG \n');

    expect(paper.title).toBe('Spaced title');
    expect(paper.venue).toBe('NeurIPS');
    expect(paper.category).toBe('LG');
  });

  it.each<[string, string]>([
    ["'=SUM(A1:A2)", '=SUM(A1:A2)'],
    ["'+1 for transformers", '+1 for transformers'],
    ["'-cmd", '-cmd'],
    ["'@handle", '@handle'],
    ["''=x", "'=x"],
    ["'''-x", "''-x"],
    ["'Tis the season", "'Tis the season"],
    ["''Tis", "''Tis"],
  ])('should undo formula neutralisation in %j', (cell, title) => {
    expect(onlyPaper(`title,venue\n"${cell}","${cell}"\n`)).toMatchObject({ title, venue: title });
  });

  it('should keep a neutralised cell verbatim', () => {
    expect(onlyPaper('title,venue\nPaper,"\'\tIndented venue "\n').venue).toBe('\tIndented venue ');
  });

  it('should not undo neutralisation in number columns', () => {
    const { skipped } = importOk("title,score\nPaper,'-5\n");

    expect(skipped).toEqual([
      { location: 'line 2', reason: 'Column "score": expected a number from 0 to 100, found "\'-5".' },
    ]);
  });
});

describe('importCsv rows', () => {
  it('should ignore empty rows', () => {
    const result = importOk('title,score\n\n,\n  ;  \nPaper,1\n , \n');

    expect(result.papers.map((paper) => paper.title)).toEqual(['  ;  ', 'Paper'].map((title) => title.trim()));
    expect(result.skipped).toEqual([]);
  });

  it('should count lines inside quoted values', () => {
    const text = 'title,score\r\n"One\r\ntwo\r\nthree",1\r\n"Four\nfive",x\r\n"Six\rseven",2\r\nEight,y\r\n';

    expect(importOk(text).skipped).toEqual([
      { location: 'line 5', reason: 'Column "score": expected a number from 0 to 100, found "x".' },
      { location: 'line 9', reason: 'Column "score": expected a number from 0 to 100, found "y".' },
    ]);
  });

  it('should skip a row with too many values', () => {
    const { papers, skipped } = importOk('title;score\nA;1;extra\nB;2;;\n');

    expect(papers.map((paper) => paper.title)).toEqual(['B']);
    expect(skipped).toEqual([
      {
        location: 'line 2',
        reason:
          'The row has 3 values but the header row names 2 columns. A value that contains the semicolon must be enclosed in double quotes.',
      },
    ]);
  });

  it('should read a row with too few values', () => {
    const paper = onlyPaper('title,authors,score\nShort row\n');

    expect(paper).toMatchObject({ title: 'Short row', authors: [], authorsTruncated: false });
    expect(paper.score).toBeUndefined();
  });

  it('should keep both copies of a repeated paper', () => {
    const result = importOk('title,arxiv\nFirst,2401.01234\nAgain,2401.01234v2\nThird,2401.01234\n');

    expect(result.papers.map((paper) => paper.id)).toEqual([
      'arxiv:2401.01234',
      'arxiv:2401.01234-2',
      'arxiv:2401.01234-3',
    ]);
    expect(result.warnings).toEqual([
      { line: 3, message: 'The paper "Again" appears again (first on line 2). Both copies are kept.' },
      { line: 4, message: 'The paper "Third" appears again (first on line 2). Both copies are kept.' },
    ]);
  });

  it('should count sourceIndex over kept papers', () => {
    const result = importOk('title,score\nA,1\nB,bad\nC,3\n');

    expect(result.papers.map((paper) => [paper.title, paper.sourceIndex])).toEqual([
      ['A', 0],
      ['C', 1],
    ]);
  });

  it('should report progress up to 1', () => {
    const fractions: number[] = [];
    const rows = Array.from({ length: 2500 }, (_, index) => `Paper ${index},${index % 100}`);

    const result = importOk(`title,score\n${rows.join('\n')}\n`, { onProgress: (fraction) => fractions.push(fraction) });

    expect(result.papers).toHaveLength(2500);
    expect(fractions.length).toBeGreaterThanOrEqual(3);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((left, right) => left - right));
    expect(fractions.every((fraction) => fraction > 0 && fraction <= 1)).toBe(true);
  });
});

describe('importCsv limits', () => {
  it('should fail on an input over maxInputBytes', () => {
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxInputBytes: 20 };

    expect(importError('title\nÉtude sur les données\n', { limits })).toBe(
      'The file is larger than the 20-byte limit for one import. Split it into smaller files and import them one at a time.',
    );
    expect(importOk('title\nPaper\n', { limits }).papers).toHaveLength(1);
  });

  it('should fail on more papers than maxPapers', () => {
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxPapers: 2 };

    expect(importOk('title\nA\nB\n', { limits }).papers).toHaveLength(2);
    expect(importError('title\nA\nB\nC\n', { limits })).toBe(
      'The file has more than 2 papers, the limit for one import. Split it into smaller files.',
    );
  });

  it('should skip a row with a value over maxFieldLength', () => {
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxFieldLength: 10 };
    const result = importOk('title,abstract\nShort,0123456789\nLong,0123456789A\n', { limits });

    expect(result.papers.map((paper) => paper.title)).toEqual(['Short']);
    expect(result.skipped).toEqual([
      { location: 'line 3', reason: 'Column "abstract": the value is 11 characters long, over the limit of 10.' },
    ]);
  });
});

const CSV_LIKE_CHARACTERS = ['a', 'Z', '1', '.', '-', ' ', ',', ';', '\t', '"', "'", '\n', '\r', '\r\n', '=', 'é', '\uFEFF'];

function expectWellFormed(result: ImportResult): void {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(result.error.length).toBeGreaterThan(0);
    return;
  }
  result.value.papers.forEach((paper, index) => {
    expect(validatePaper(paper).ok).toBe(true);
    expect(paper.sourceIndex).toBe(index);
  });
  expect(new Set(result.value.papers.map((paper) => paper.id)).size).toBe(result.value.papers.length);
}

/** CPU time of this process, so that other work on a busy machine does not make a timing test fail. */
function measureCpuMilliseconds<T>(action: () => T): { result: T; elapsed: number } {
  const before = process.cpuUsage();
  const result = action();
  const { user, system } = process.cpuUsage(before);
  return { result, elapsed: (user + system) / 1000 };
}

describe('importCsv on arbitrary input', () => {
  it('should return a result for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectWellFormed(importCsv(text));
      }),
      { numRuns: 300 },
    );
  });

  it('should return a result for CSV-like text', () => {
    const header = fc.subarray(['title', 'authors', 'date', 'score', 'citations', 'arxiv', 'doi', 'has code', 'x']);
    const cell = fc.string({ unit: fc.constantFrom(...CSV_LIKE_CHARACTERS), maxLength: 12 });
    const csvLike = fc
      .tuple(header, fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), fc.constantFrom(',', ';', '\t'))
      .map(([names, rows, delimiter]) => [names, ...rows].map((row) => row.join(delimiter)).join('\n'));

    fc.assert(
      fc.property(csvLike, (text) => {
        expectWellFormed(importCsv(text));
      }),
      { numRuns: 300 },
    );
  });

  it('should finish 1 MB of arbitrary characters quickly', () => {
    const text = fc
      .sample(fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_000 }), { numRuns: 100, seed: 7 })
      .join('');

    const { result, elapsed } = measureCpuMilliseconds(() => importCsv(text));

    expectWellFormed(result);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(elapsed).toBeLessThan(2000);
  });

  // About 65,000 short rows, half of them kept: the costliest 1 MB shape, since each row pays for its paper.
  it('should finish 1 MB of random CSV-like rows quickly', () => {
    const chunks = fc.sample(
      fc.string({ unit: fc.constantFrom(...CSV_LIKE_CHARACTERS), minLength: 1000, maxLength: 1000 }),
      { numRuns: 1000, seed: 42 },
    );
    const text = `title,score,authors\n${chunks.join('')}`;

    const { result, elapsed } = measureCpuMilliseconds(() => importCsv(text));

    expectWellFormed(result);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(elapsed).toBeLessThan(4000);
  });
});
