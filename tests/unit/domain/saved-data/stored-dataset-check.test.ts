import fc from 'fast-check';

import { isPlainValidDataset, validateStoredDataset } from '../../../../src/domain/saved-data/stored-dataset-check';
import { validateDataset } from '../../../../src/domain/schema';
import { generateDataset } from '../../../../src/domain/synthetic/generate-dataset';

const validPaper = {
  id: 'p1',
  title: 'Sparse Routing',
  authors: ['Ana Sousa'],
  authorsTruncated: false,
  affiliations: [],
  hasCode: false,
  sourceIndex: 0,
};

function datasetWith(papers: unknown[]) {
  return { id: 'd', name: 'D', profile: { name: 'Ana Sousa', reported: {} }, papers, warnings: [], source: { format: 'csv' } };
}

/** A paper with every optional field set, so that the plain-shape check has to know each one. */
const fullPaper = {
  ...validPaper,
  fullAuthors: ['Ana Sousa', 'Wei Zhang'],
  affiliations: ['uminho'],
  category: 'cs.LG',
  published: '2024-02-29',
  datePrecision: 'day',
  score: 97.5,
  hasCode: true,
  codeUrl: 'https://github.com/example/sparse-routing',
  arxivId: '2402.01234',
  arxivVersion: 'v2',
  arxivUrl: 'https://arxiv.org/abs/2402.01234v2',
  doi: '10.1000/sparse',
  venue: 'ICML',
  citations: 12,
  citationsByYear: [{ year: 2024, count: 12 }],
  abstract: 'We route tokens sparsely.',
};

const fullDataset = {
  ...datasetWith([fullPaper]),
  name: 'Ana Sousa (JSON)',
  profile: { name: 'Ana Sousa', primaryCategory: 'LG', reported: { hIndex: 3, paperCount: 1, citations: 12, noveltyPercent: 40, aiScore: 55 }, capturedOn: '2026-12-05' },
  warnings: [{ message: 'One row was left out.', line: 4, record: 2 }],
  source: { format: 'pubscope-json', fileName: 'ana-sousa.json' },
};

describe('validateStoredDataset plain-shape path', () => {
  it('should return a plain valid dataset without copying it', () => {
    const generated = generateDataset(200, 3);

    const full = validateStoredDataset(fullDataset);
    const synthetic = validateStoredDataset(generated);

    expect(full.ok ? full.value : full.error).toBe(fullDataset);
    expect(synthetic.ok ? synthetic.value : synthetic.error).toBe(generated);
  });

  it.each<[string, unknown]>([
    ['an untrimmed title', datasetWith([{ ...validPaper, title: ' Sparse Routing ' }])],
    ['an unknown paper field', datasetWith([{ ...validPaper, pages: '1-9' }])],
    ['an unknown top-level field', { ...datasetWith([]), owner: 'Wei Zhang' }],
    ['a paper that is a class instance', datasetWith([Object.assign(new (class Paper {})(), validPaper)])],
  ])('should leave %s to zod, which trims or drops it', (_case, value) => {
    expect(isPlainValidDataset(value)).toBe(false);
    expect(validateStoredDataset(value)).toStrictEqual(validateDataset(value));
    expect(validateStoredDataset(value).ok).toBe(true);
  });
});

const shortText = fc.string({ maxLength: 8 });
const nonEmptyText = fc.string({ minLength: 1, maxLength: 8 });
// Mostly trimmed, sometimes padded, so that both zod's trimming and the plain-shape path are reached.
const titleText = fc.oneof(
  { weight: 4, arbitrary: nonEmptyText.filter((text) => text.trim() === text) },
  { weight: 1, arbitrary: nonEmptyText },
);
const isoDateText = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const paperArbitrary = fc.record(
  {
    id: nonEmptyText,
    title: titleText,
    authors: fc.array(shortText, { maxLength: 3 }),
    authorsTruncated: fc.boolean(),
    fullAuthors: fc.array(shortText, { maxLength: 3 }),
    affiliations: fc.array(shortText, { maxLength: 2 }),
    category: nonEmptyText,
    published: isoDateText,
    datePrecision: fc.constantFrom('day', 'month', 'year'),
    score: fc.double({ min: 0, max: 100, noNaN: true }),
    hasCode: fc.boolean(),
    codeUrl: titleText,
    arxivId: nonEmptyText,
    arxivVersion: shortText,
    arxivUrl: titleText,
    doi: nonEmptyText,
    venue: nonEmptyText,
    citations: fc.nat(),
    citationsByYear: fc.array(fc.record({ year: fc.integer({ min: 1900, max: 2100 }), count: fc.nat() }), { maxLength: 3 }),
    abstract: shortText,
    sourceIndex: fc.nat(),
  },
  { requiredKeys: ['id', 'title', 'authors', 'authorsTruncated', 'affiliations', 'hasCode', 'sourceIndex'] },
);

const datasetArbitrary = fc.record({
  id: nonEmptyText,
  name: nonEmptyText,
  profile: fc.record(
    {
      name: titleText,
      primaryCategory: nonEmptyText,
      reported: fc.record(
        {
          hIndex: fc.nat(),
          paperCount: fc.nat(),
          citations: fc.double({ min: 0, max: 1e9, noNaN: true }),
          noveltyPercent: fc.double({ min: 0, max: 100, noNaN: true }),
          aiScore: fc.double({ min: 0, max: 100, noNaN: true }),
        },
        { requiredKeys: [] },
      ),
      capturedOn: isoDateText,
    },
    { requiredKeys: ['name', 'reported'] },
  ),
  papers: fc.array(paperArbitrary, { maxLength: 3 }),
  warnings: fc.array(
    fc.record({ message: shortText, line: fc.nat(), record: fc.nat() }, { requiredKeys: ['message'] }),
    { maxLength: 2 },
  ),
  source: fc.record(
    { format: fc.constantFrom('profile-text', 'pubscope-json', 'csv', 'bibtex', 'openalex', 'arxiv-atom'), fileName: shortText },
    { requiredKeys: ['format'] },
  ),
});

/** Values at the edge of some rule: empty, padded, fractional, out of range, non-finite, unsafe, wrong type. */
const EDGE_VALUES: unknown[] = [
  undefined, null, '', ' ', ' padded ', 'x', 0, -0, -1, 0.5, 1.5, 100, 100.5, 101, Number.NaN,
  Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53, -(2 ** 53), true, false, [], [''], [1], {},
  { year: 2020, count: 1 }, { year: 2020.5, count: 1 }, '2024-02-29', '2023-02-29', '2024-13-01', '2024-1-01',
  '2024-01-01\n', '2024-01-01T00:00:00Z', '\u0662\u0660\u0662\u0664-01-01', '2100-02-29', '2000-02-29', '0000-02-29',
  '2024-04-31', '2024-00-10', '2024-01-00', '9999-12-31', '2024-01-1a', '2024-01-1:', '2024/01/01', 'day', 'week', 'csv', 'xml',
];
const edgeValue = fc.oneof(fc.constantFrom(...EDGE_VALUES), fc.anything());

const PAPER_FIELDS = Object.keys(fullPaper);
/** Paths to every field of `fullDataset`, to list items and to an unknown key at each level. */
const FIELD_PATHS: (string | number)[][] = [
  ...['id', 'name', 'profile', 'papers', 'warnings', 'source', 'extra'].map((key) => [key]),
  ...['name', 'primaryCategory', 'reported', 'capturedOn', 'extra'].map((key) => ['profile', key]),
  ...['hIndex', 'paperCount', 'citations', 'noveltyPercent', 'aiScore', 'extra'].map((key) => ['profile', 'reported', key]),
  ['papers', 0],
  ...[...PAPER_FIELDS, 'extra'].map((key) => ['papers', 0, key]),
  ...['authors', 'fullAuthors', 'affiliations', 'citationsByYear'].map((key) => ['papers', 0, key, 0]),
  ...['year', 'count', 'extra'].map((key) => ['papers', 0, 'citationsByYear', 0, key]),
  ['warnings', 0],
  ...['message', 'line', 'record', 'extra'].map((key) => ['warnings', 0, key]),
  ...['format', 'fileName', 'extra'].map((key) => ['source', key]),
];
/** A random mutation's target: one of FIELD_PATHS, with the paper and item positions varied. */
const mutationPath = fc.tuple(fc.constantFrom(...FIELD_PATHS), fc.nat(3)).map(([path, position]) =>
  path.map((step) => (typeof step === 'number' ? position : step)),
);

function mutate(dataset: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(dataset);
  let parent: unknown = copy;
  for (const step of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return copy;
    parent = (parent as Record<string | number, unknown>)[step];
  }
  if (typeof parent !== 'object' || parent === null) return copy;

  const last = path[path.length - 1] as string | number;
  if (remove) delete (parent as Record<string | number, unknown>)[last];
  else (parent as Record<string | number, unknown>)[last] = value;
  return copy;
}

describe('validateStoredDataset against validateDataset', () => {
  it('should give zod\'s result for every field set to every edge value', () => {
    const mismatches: string[] = [];

    for (const path of FIELD_PATHS) {
      for (const [value, remove] of [...EDGE_VALUES.map((edge) => [edge, false]), [undefined, true]]) {
        const mutated = mutate(fullDataset, path, value, remove as boolean);
        const result = validateStoredDataset(mutated);
        const reference = validateDataset(mutated);
        try {
          expect(result).toStrictEqual(reference);
        } catch {
          mismatches.push(`${path.join('.')} ${remove ? 'removed' : `= ${String(value)}`}: ${JSON.stringify(result)}`);
        }
      }
    }

    expect(mismatches).toEqual([]);
  });

  it('should give zod\'s result for generated datasets', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        expect(validateStoredDataset(dataset)).toStrictEqual(validateDataset(dataset));
      }),
      { numRuns: 300 },
    );
  });

  it('should give zod\'s result and message for mutated datasets', () => {
    fc.assert(
      fc.property(datasetArbitrary, mutationPath, edgeValue, fc.boolean(), (dataset, path, value, remove) => {
        const mutated = mutate(dataset, path, value, remove);

        expect(validateStoredDataset(mutated)).toStrictEqual(validateDataset(mutated));
      }),
      { numRuns: 1500 },
    );
  });

  it('should give zod\'s result for mutated synthetic datasets', () => {
    fc.assert(
      fc.property(fc.nat(1000), mutationPath, edgeValue, fc.boolean(), (seed, path, value, remove) => {
        const mutated = mutate(generateDataset(4, seed), path, value, remove);

        expect(validateStoredDataset(mutated)).toStrictEqual(validateDataset(mutated));
      }),
      { numRuns: 300 },
    );
  });

  it('should accept only what zod accepts unchanged', () => {
    fc.assert(
      fc.property(datasetArbitrary, mutationPath, edgeValue, (dataset, path, value) => {
        const mutated = mutate(dataset, path, value, false);
        if (!isPlainValidDataset(mutated)) return;

        const reference = validateDataset(mutated);
        expect(reference.ok ? reference.value : reference.error).toStrictEqual(mutated);
      }),
      { numRuns: 1000 },
    );
  });
});
