import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import fc from 'fast-check';

import { exportCsv, writeCsvRows } from '../../../../src/domain/export/csv';
import { importCsv } from '../../../../src/domain/importers/csv';
import { TEXT_TO_NEUTRALISE } from '../../../../src/domain/importers/csv/spreadsheet-formula';
import type { Paper, Profile } from '../../../../src/domain/model';
import { paperIdFromArxiv, paperIdFromDoi, paperIdFromTitle } from '../../../../src/domain/paper-id';
import { validatePaper } from '../../../../src/domain/schema';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/csv');

const PROFILE: Profile = { name: 'Ana Sousa', reported: {} };

const HEADER =
  'title,authors,date,category,score,code URL,arXiv ID,citations,abstract,DOI,venue,has code,affiliations,full authors\r\n';

/** Papers that use every column, with values that need quoting and neutralising. */
const SAMPLE_PAPERS: Paper[] = [
  {
    id: 'arxiv:2506.01234',
    title: 'Sparse attention, "long" documents',
    authors: ['Ana Sousa', 'Wei Zhang'],
    authorsTruncated: true,
    fullAuthors: ['Ana Sousa', 'Wei Zhang', 'Lea Novak'],
    affiliations: ['inesc', 'tum'],
    category: 'cs.CL',
    published: '2025-06-03',
    datePrecision: 'day',
    score: 48.4,
    hasCode: true,
    codeUrl: 'https://github.com/example/sparse-attention',
    arxivId: '2506.01234',
    arxivVersion: 'v2',
    arxivUrl: 'https://arxiv.org/abs/2506.01234',
    doi: '10.1000/sparse.7',
    venue: 'NeurIPS 2025',
    citations: 12,
    abstract: 'First line.\nSecond line; with a semicolon.',
    sourceIndex: 0,
  },
  {
    id: paperIdFromTitle('=HYPERLINK("https://example.org","click")', 2024),
    title: '=HYPERLINK("https://example.org","click")',
    authors: ['-Lea Novak', 'Omar Haddad'],
    authorsTruncated: false,
    affiliations: [],
    published: '2024-11-01',
    datePrecision: 'month',
    score: 0,
    hasCode: false,
    venue: '@venue',
    citations: 0,
    sourceIndex: 1,
  },
  {
    id: paperIdFromTitle("'Tis a title with a quote", 2023),
    title: "'Tis a title with a quote",
    authors: [],
    authorsTruncated: false,
    affiliations: [],
    category: '+LG',
    published: '2023-01-01',
    datePrecision: 'year',
    hasCode: false,
    abstract: "'=not a formula, but once neutralised",
    sourceIndex: 2,
  },
];

describe('exportCsv', () => {
  it('should write the fixture file exactly', () => {
    const expected = readFileSync(resolve(FIXTURES, 'exported-papers.csv'), 'utf8');

    expect(exportCsv(SAMPLE_PAPERS, PROFILE)).toBe(expected);
  });

  it('should write only the header for no papers', () => {
    expect(exportCsv([], PROFILE)).toBe(HEADER);
  });

  it('should import back to the same papers', () => {
    const result = importCsv(exportCsv(SAMPLE_PAPERS, PROFILE));

    expect(result).toEqual({
      ok: true,
      value: { format: 'csv', papers: SAMPLE_PAPERS, skipped: [], warnings: [] },
    });
  });

  // The CSV columns have no place for these fields, so an import derives or drops them.
  it('should drop the fields CSV cannot carry', () => {
    const paper: Paper = {
      id: 'custom-id',
      title: 'Paper',
      authors: ['Ana Sousa'],
      authorsTruncated: false,
      fullAuthors: [],
      affiliations: [],
      published: '2024-05-03',
      hasCode: false,
      arxivId: '2401.01234',
      arxivUrl: 'http://export.arxiv.org/abs/2401.01234v1',
      citationsByYear: [{ year: 2024, count: 3 }],
      abstract: '',
      sourceIndex: 7,
    };

    const result = importCsv(exportCsv([paper], PROFILE));

    expect(result.ok).toBe(true);
    expect(result.ok ? result.value.papers : []).toEqual([
      {
        id: 'arxiv:2401.01234',
        title: 'Paper',
        authors: ['Ana Sousa'],
        authorsTruncated: false,
        affiliations: [],
        published: '2024-05-03',
        datePrecision: 'day',
        hasCode: false,
        arxivId: '2401.01234',
        arxivUrl: 'https://arxiv.org/abs/2401.01234',
        sourceIndex: 0,
      },
    ]);
  });
});

describe('writeCsvRows', () => {
  it.each<[string, string]>([
    ['=HYPERLINK("https://example.org","click")', '"\'=HYPERLINK(""https://example.org"",""click"")"'],
    ['+1 for attention', '"\'+1 for attention"'],
    ['-cmd', '"\'-cmd"'],
    ['@SUM(A1:A9)', '"\'@SUM(A1:A9)"'],
    ['\tTabbed', '"\'\tTabbed"'],
    ['\rReturn', '"\'\rReturn"'],
    ["'=already quoted", '"\'\'=already quoted"'],
    ["''-twice", '"\'\'\'-twice"'],
  ])('should neutralise the text %j', (text, cell) => {
    expect(writeCsvRows([[text]])).toBe(`${cell}\r\n`);
  });

  it.each<[string, string]>([
    ['plain', 'plain'],
    ["'Tis", "'Tis"],
    ['a=b', 'a=b'],
    [' =spaced', '" =spaced"'],
    ['comma, inside', '"comma, inside"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('should write the text %j as %j', (text, cell) => {
    expect(writeCsvRows([[text]])).toBe(`${cell}\r\n`);
  });

  it('should write numbers plainly', () => {
    expect(writeCsvRows([[-5, 0, 48.4, -0.5, 1e-7, '-5', undefined]])).toBe('-5,0,48.4,-0.5,1e-7,"\'-5",\r\n');
  });

  it('should end every record with CRLF', () => {
    expect(writeCsvRows([['a', 1], ['b', 2]])).toBe('a,1\r\nb,2\r\n');
    expect(writeCsvRows([])).toBe('');
  });
});

const TEXT_UNITS = ['a', 'Z', 'é', '漢', '1', ' ', ',', ';', '"', "'", '\n', '\r\n', '\r', '\t', '=', '+', '-', '@', '(', '#'];
const NAME_UNITS = ['a', 'Z', 'é', ' ', '-', '.', "'", '=', '@', '+', ',', '"', '\n'];

const rawText = fc.string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: 1, maxLength: 24 });
/** Text a CSV cell carries: the importer trims white space around plain cells, but keeps neutralised ones verbatim. */
const carriedText = rawText.filter((text) => text.trim() !== '' && (text === text.trim() || TEXT_TO_NEUTRALISE.test(text)));
/** `paperSchema` trims titles and URLs, so generated ones have no white space around them. */
const trimmedText = rawText.map((text) => text.trim()).filter((text) => text !== '');
/** Names never contain the `;` or ` and ` that separate them, nor the "et al." that ends a cut list. */
const personName = fc
  .string({ unit: fc.constantFrom(...NAME_UNITS), minLength: 1, maxLength: 12 })
  .map((name) => name.trim())
  .filter((name) => name !== '' && !/\s+and\s+|^others$|(?:^|\s)et\s+al\.?$/i.test(name));

const publication = fc.record({
  year: fc.integer({ min: 1000, max: 9999 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  datePrecision: fc.constantFrom('day' as const, 'month' as const, 'year' as const),
});

const arxivIdentifier = fc.record({
  arxivId: fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99999 })).map(
      ([prefix, number]) => `${String(prefix).padStart(4, '0')}.${String(number).padStart(5, '0')}`,
    ),
    fc.integer({ min: 0, max: 9_999_999 }).map((number) => `hep-th/${String(number).padStart(7, '0')}`),
  ),
  arxivVersion: fc.option(fc.integer({ min: 1, max: 20 }).map((version) => `v${version}`), { nil: undefined }),
});

const doi = fc
  .tuple(fc.integer({ min: 1000, max: 99999 }), fc.string({ unit: fc.constantFrom('a', 'B', '1', '.', '-', '/', '(', ')', '"', ','), minLength: 1, maxLength: 10 }))
  .map(([registrant, suffix]) => `10.${registrant}/${suffix}`);

const paperFields = fc.record(
  {
    title: trimmedText,
    authors: fc.array(personName, { maxLength: 4 }),
    authorsTruncated: fc.boolean(),
    fullAuthors: fc.array(personName, { minLength: 1, maxLength: 4 }),
    affiliations: fc.array(personName, { maxLength: 3 }),
    category: carriedText,
    date: publication,
    score: fc.double({ min: 0, max: 100, noNaN: true }).map(Math.abs),
    hasCode: fc.boolean(),
    codeUrl: trimmedText,
    arxiv: arxivIdentifier,
    doi,
    venue: carriedText,
    citations: fc.maxSafeNat(),
    abstract: carriedText,
  },
  { requiredKeys: ['title', 'authors', 'authorsTruncated', 'affiliations', 'hasCode'] },
);

type PaperFields = typeof paperFields extends fc.Arbitrary<infer T> ? T : never;

/** Builds the paper the importer makes of these fields, with its id by the usual priority. */
function toPaper({ date, arxiv, ...fields }: PaperFields, sourceIndex: number): Paper {
  const paper: Paper = { ...fields, id: '', sourceIndex };

  if (date) {
    const month = date.datePrecision === 'year' ? 1 : date.month;
    const day = date.datePrecision === 'day' ? date.day : 1;
    paper.published = `${date.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    paper.datePrecision = date.datePrecision;
  }
  if (arxiv) {
    paper.arxivId = arxiv.arxivId;
    if (arxiv.arxivVersion) paper.arxivVersion = arxiv.arxivVersion;
    paper.arxivUrl = `https://arxiv.org/abs/${arxiv.arxivId}`;
  }

  if (paper.arxivId) paper.id = paperIdFromArxiv(paper.arxivId);
  else if (paper.doi) paper.id = paperIdFromDoi(paper.doi);
  else paper.id = paperIdFromTitle(paper.title, date?.year);
  return paper;
}

const papers = fc
  .array(paperFields, { maxLength: 6 })
  .map((fieldsList) => fieldsList.map(toPaper))
  .map((list) => list.filter((paper, index) => list.findIndex((other) => other.id === paper.id) === index))
  .map((list) => list.map((paper, sourceIndex) => ({ ...paper, sourceIndex })));

describe('exportCsv round trip', () => {
  it('should import generated papers unchanged', () => {
    fc.assert(
      fc.property(papers, (generated) => {
        generated.forEach((paper) => expect(validatePaper(paper)).toEqual({ ok: true, value: paper }));

        const result = importCsv(exportCsv(generated, PROFILE));

        expect(result).toEqual({ ok: true, value: { format: 'csv', papers: generated, skipped: [], warnings: [] } });
      }),
      { numRuns: 300 },
    );
  });
});
