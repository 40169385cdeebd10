import { validateDataset, validatePaper } from '../../../src/domain/schema';

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

function errorOf(result: { ok: boolean; error?: string }): string | undefined {
  return result.ok ? undefined : result.error;
}

describe('validatePaper', () => {
  it('should accept a minimal paper', () => {
    expect(validatePaper(validPaper).ok).toBe(true);
  });

  it.each([
    ['2024-13-01', 'must be a real calendar date'],
    ['2023-02-29', 'must be a real calendar date'],
    ['2024-02-30', 'must be a real calendar date'],
    ['24-01-01', 'must be an ISO date such as 2024-06-03'],
  ])('should reject the date %s', (published, reason) => {
    expect(errorOf(validatePaper({ ...validPaper, published }))).toBe(`Invalid data at field published: ${reason}.`);
  });

  it('should accept a leap day', () => {
    expect(validatePaper({ ...validPaper, published: '2024-02-29' }).ok).toBe(true);
  });

  it('should say what type it expected', () => {
    expect(errorOf(validatePaper({ ...validPaper, score: 'high' }))).toBe(
      'Invalid data at field score: expected a number, found a string.',
    );
    expect(errorOf(validatePaper({ ...validPaper, citations: 2.5 }))).toBe(
      'Invalid data at field citations: expected a whole number, found a number.',
    );
  });

  it('should reject an empty title and an out-of-range score', () => {
    expect(errorOf(validatePaper({ ...validPaper, title: ' ' }))).toBe('Invalid data at field title: must not be empty.');
    expect(errorOf(validatePaper({ ...validPaper, score: 101 }))).toBe('Invalid data at field score: must be at most 100.');
  });
});

describe('validateDataset', () => {
  it('should name the paper and author counted from 1', () => {
    const result = validateDataset(datasetWith([validPaper, validPaper, { ...validPaper, authors: [7] }]));

    expect(errorOf(result)).toBe('Invalid data at paper 3, author 1: expected a string, found a number.');
  });

  it('should name a bad profile field', () => {
    const dataset = { ...datasetWith([]), profile: { name: 'Ana Sousa', reported: { hIndex: Infinity } } };

    expect(errorOf(validateDataset(dataset))).toBe(
      'Invalid data at field profile, field reported, field hIndex: expected a number, found Infinity.',
    );
  });
});

describe('validatePaper missing fields', () => {
  it('should say a required field is missing', () => {
    const { id: _id, ...withoutId } = validPaper;

    expect(errorOf(validatePaper(withoutId))).toBe('Invalid data at field id: expected a string, found nothing.');
  });

  it('should name an object and a list in plain words', () => {
    expect(errorOf(validatePaper({ ...validPaper, authors: {} }))).toBe(
      'Invalid data at field authors: expected a list, found an object.',
    );
  });
});
