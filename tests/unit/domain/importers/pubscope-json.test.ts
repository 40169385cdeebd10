import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import fc from 'fast-check';

import { DEFAULT_IMPORT_LIMITS, type ParsedImport } from '../../../../src/domain/importers/import-outcome';
import { importPubscopeJson } from '../../../../src/domain/importers/pubscope-json';
import type { Paper, Profile } from '../../../../src/domain/model';
import { paperIdFromTitle } from '../../../../src/domain/paper-id';
import { validatePaper } from '../../../../src/domain/schema';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

function readFixture(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

function importOk(text: string): ParsedImport {
  const result = importPubscopeJson(text);
  if (!result.ok) throw new Error(`Expected the import to succeed, but it failed: ${result.error}`);
  return result.value;
}

function importError(text: string): string {
  const result = importPubscopeJson(text);
  if (result.ok) throw new Error('Expected the import to fail, but it succeeded.');
  return result.error;
}

const minimalPaper = {
  id: 't:one',
  title: 'Retrieval for Long Documents',
  authors: ['Wei Zhang'],
  authorsTruncated: false,
  affiliations: [],
  hasCode: false,
};

function fileWith(papers: unknown[], profile: unknown = { name: 'Wei Zhang', reported: {} }): string {
  return JSON.stringify({ format: 'pubscope', schemaVersion: 1, exportedAt: '2026-12-05T09:30:00.000Z', profile, papers });
}

describe('importPubscopeJson with the export fixture', () => {
  const parsed = importOk(readFixture('pubscope-json/ana-sousa-export.json'));

  it('should read the profile', () => {
    const expected: Profile = {
      name: 'Ana Sousa',
      primaryCategory: 'cs.LG',
      reported: { hIndex: 7, paperCount: 3, citations: 212, noveltyPercent: 58, aiScore: 64 },
      capturedOn: '2026-11-20',
    };

    expect(parsed.format).toBe('pubscope-json');
    expect(parsed.profile).toEqual(expected);
  });

  it('should read every field of every paper', () => {
    const expected: Paper[] = [
      {
        id: 'arxiv:2401.00001',
        title: 'Sparse Routing for Mixture Models',
        authors: ['Ana Sousa', 'Wei Zhang', 'José Ortega'],
        authorsTruncated: true,
        fullAuthors: ['Ana Sousa', 'Wei Zhang', 'José Ortega', 'Priya Raman'],
        affiliations: ['univ-a'],
        category: 'cs.LG',
        published: '2024-01-15',
        datePrecision: 'day',
        score: 82.5,
        hasCode: true,
        codeUrl: 'https://github.com/example/sparse-routing',
        arxivId: '2401.00001',
        arxivVersion: 'v2',
        arxivUrl: 'https://arxiv.org/abs/2401.00001v2',
        venue: 'ICML 2024',
        citations: 41,
        citationsByYear: [
          { year: 2024, count: 12 },
          { year: 2025, count: 29 },
        ],
        abstract: 'We route each token to 8$\\%$ of the experts and keep “quality” the same.',
        sourceIndex: 0,
      },
      {
        id: 'doi:10.1000/jml.2023.17',
        title: 'Calibration of Dialogue Agents',
        authors: ['Lea Novak', 'Ana Sousa'],
        authorsTruncated: false,
        affiliations: [],
        category: 'cs.CL',
        published: '2023-06-01',
        datePrecision: 'month',
        hasCode: false,
        doi: '10.1000/JML.2023.17',
        venue: 'Journal of Machine Learning',
        citations: 7,
        sourceIndex: 1,
      },
      {
        id: 't:5d41402a',
        title: 'Notes on Evaluation',
        authors: ['Ana Sousa'],
        authorsTruncated: false,
        affiliations: [],
        hasCode: false,
        sourceIndex: 2,
      },
    ];

    expect(parsed.papers).toEqual(expected);
  });

  it('should report nothing skipped and no warnings', () => {
    expect(parsed.skipped).toEqual([]);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('importPubscopeJson with malformed files', () => {
  it('should name line and column of a syntax error', () => {
    expect(importError(readFixture('pubscope-json/syntax-error.json'))).toBe(
      "Line 5, column 3: the file is not valid JSON: expected ',' or '}' after a property value, found '\"'.",
    );
  });

  it('should reject another format', () => {
    expect(importError(readFixture('pubscope-json/wrong-format.json'))).toBe(
      'This is not a Pubscope export: its "format" is "zotero-library", expected "pubscope".',
    );
  });

  it('should reject a newer schema version', () => {
    expect(importError(readFixture('pubscope-json/newer-schema.json'))).toBe(
      'This file was written by a newer Pubscope (schema version 3); this version reads up to 1. Import it into an up-to-date Pubscope.',
    );
  });

  it('should reject an invalid profile naming the field', () => {
    expect(importError(readFixture('pubscope-json/bad-profile.json'))).toBe(
      'The profile is invalid at field reported.hIndex: Invalid input: expected number, received string.',
    );
  });

  it('should skip bad papers naming record and field', () => {
    const parsed = importOk(readFixture('pubscope-json/bad-paper-fields.json'));

    expect(parsed.skipped).toEqual([
      { location: 'record 2', reason: 'Invalid data at field score: must be at most 100.' },
      { location: 'record 3', reason: 'Invalid data at field title: must not be empty.' },
      { location: 'record 4', reason: 'Invalid data at field published: must be an ISO date such as 2024-06-03.' },
      { location: 'record 5', reason: "Expected an object with the paper's fields, found a string." },
    ]);
    expect(parsed.papers.map((paper) => [paper.id, paper.sourceIndex])).toEqual([
      ['t:good-one', 0],
      ['t:good-two', 1],
    ]);
    expect(parsed.profile).toEqual({ name: 'Wei Zhang', reported: { hIndex: 2 } });
  });

  it('should reject the real OpenAlex work as another format', () => {
    expect(importError(readFixture('real-exports/openalex-single-work.json'))).toBe(
      'This is not a Pubscope export: it has no "format" field, expected "pubscope".',
    );
  });

  it.each([
    ['', 'The file is empty. Choose a JSON file exported from Pubscope.'],
    ['  \n\t ', 'The file is empty. Choose a JSON file exported from Pubscope.'],
    ['[]', 'This is not a Pubscope export: expected a JSON object with "format": "pubscope", found a list.'],
    ['"pubscope"', 'This is not a Pubscope export: expected a JSON object with "format": "pubscope", found a string.'],
    ['null', 'This is not a Pubscope export: expected a JSON object with "format": "pubscope", found null.'],
    ['{"format":"pubscope"}', 'The "schemaVersion" field is missing; a Pubscope export has a whole number there, such as 1.'],
    [
      '{"format":"pubscope","schemaVersion":"1"}',
      'The "schemaVersion" field is "1"; a Pubscope export has a whole number there, such as 1.',
    ],
    [
      '{"format":"pubscope","schemaVersion":1.5}',
      'The "schemaVersion" field is 1.5; a Pubscope export has a whole number there, such as 1.',
    ],
    [
      '{"format":"pubscope","schemaVersion":1,"papers":[]}',
      'The file has no "profile". A Pubscope export has a profile object with at least the researcher\'s name.',
    ],
    [
      '{"format":"pubscope","schemaVersion":1,"profile":[],"papers":[]}',
      'The profile is invalid: Invalid input: expected object, received array.',
    ],
    [
      '{"format":"pubscope","schemaVersion":1,"profile":{"name":" ","reported":{}},"papers":[]}',
      'The profile is invalid at field name: must not be empty.',
    ],
    [
      '{"format":"pubscope","schemaVersion":1,"profile":{"name":"Wei Zhang","reported":{}}}',
      'The file has no "papers" list. A Pubscope export lists the papers under "papers".',
    ],
    [
      '{"format":"pubscope","schemaVersion":1,"profile":{"name":"Wei Zhang","reported":{}},"papers":{}}',
      'The "papers" field must be a list of papers, found an object.',
    ],
  ])('should reject %j', (text, message) => {
    expect(importError(text)).toBe(message);
  });

  it.each([
    ['{"format":"pubscope",}', "Line 1, column 22: the file is not valid JSON: expected a property name in double quotes, found '}'."],
    ["{'format':'pubscope'}", "Line 1, column 2: the file is not valid JSON: expected a property name in double quotes, found '''."],
    ['[1, 2,]', "Line 1, column 7: the file is not valid JSON: expected a value, found ']'."],
    ['{"score": NaN}', "Line 1, column 11: the file is not valid JSON: expected a value, found 'NaN'."],
    ['{"a": 1}\n{"b": 2}', "Line 2, column 1: the file is not valid JSON: expected the end of the file after the JSON value, found '{'."],
    ['{\r\n  "title": "Two\nLines"\r\n}', 'Line 2, column 16: the file is not valid JSON: a line break inside a string must be escaped.'],
    ['{\r\r"a": "\\x"}', "Line 3, column 7: the file is not valid JSON: '\\x' is not a valid escape in a string."],
    ['{"a": "\\u12G4"}', "Line 1, column 8: the file is not valid JSON: '\\u' must be followed by four hexadecimal digits."],
    ['{"a": "open', 'Line 1, column 7: the file is not valid JSON: a string starts here but has no closing \'"\'.'],
    ['{"a": -}', "Line 1, column 8: the file is not valid JSON: expected a digit in the number, found '}'."],
    ['{"a": 1.}', "Line 1, column 9: the file is not valid JSON: expected a digit in the number, found '}'."],
    ['{"a" 1}', "Line 1, column 6: the file is not valid JSON: expected ':' after the property name, found '1'."],
    ['{"a": [1 2]}', "Line 1, column 10: the file is not valid JSON: expected ',' or ']' after an item of an array, found '2'."],
    ['{"a": tru}', "Line 1, column 7: the file is not valid JSON: expected a value, found 'tru'."],
    ['{"a": 1', "Line 1, column 8: the file is not valid JSON: expected ',' or '}' after a property value, found the end of the file."],
    ['{"a": "\u0007"}', 'Line 1, column 8: the file is not valid JSON: the control character U+0007 inside a string must be escaped.'],
  ])('should locate the syntax error in %j', (text, message) => {
    expect(importError(text)).toBe(message);
  });

  it('should reject more papers than the limit', () => {
    const result = importPubscopeJson(fileWith([minimalPaper, minimalPaper, minimalPaper]), {
      limits: { ...DEFAULT_IMPORT_LIMITS, maxPapers: 2 },
    });

    expect(result).toEqual({
      ok: false,
      error: 'The file lists 3 papers, more than the maximum of 2 that Pubscope reads.',
    });
  });

  it('should reject input over the byte limit', () => {
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxInputBytes: 1024 * 1024 };
    const text = fileWith([minimalPaper]);

    const result = importPubscopeJson(`${text}${' '.repeat(1024 * 1024)}`, { limits });

    expect(result).toEqual({ ok: false, error: 'The file is larger than the maximum of 1 MB that Pubscope reads.' });
  });

  it('should count UTF-8 bytes against the byte limit', () => {
    const text = fileWith([{ ...minimalPaper, abstract: 'é'.repeat(600) }]);
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxInputBytes: text.length + 100 };

    const result = importPubscopeJson(text, { limits });

    expect(result.ok).toBe(false);
  });
});

describe('importPubscopeJson record handling', () => {
  it('should skip a paper with a field over the length limit', () => {
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxFieldLength: 10 };
    const text = fileWith([
      { ...minimalPaper, title: 'Short' },
      { ...minimalPaper, id: 't:two', title: 'Short', authors: ['A very long author name'] },
      { ...minimalPaper, id: 't:three', title: 'Short', abstract: 'x'.repeat(11) },
    ]);

    const result = importPubscopeJson(text, { limits });

    expect(result.ok).toBe(true);
    expect(result.ok && result.value.skipped).toEqual([
      { location: 'record 2', reason: 'Invalid data at field authors: longer than the maximum of 10 characters.' },
      { location: 'record 3', reason: 'Invalid data at field abstract: longer than the maximum of 10 characters.' },
    ]);
  });

  it('should reject a profile field over the length limit', () => {
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxFieldLength: 5 };

    const result = importPubscopeJson(fileWith([], { name: 'Wei Zhang', reported: {} }), { limits });

    expect(result).toEqual({
      ok: false,
      error: 'The profile is invalid at field name: longer than the maximum of 5 characters.',
    });
  });

  it('should keep both copies of a repeated id with a warning', () => {
    const parsed = importOk(fileWith([minimalPaper, { ...minimalPaper, title: 'Copy' }, { ...minimalPaper, title: 'Again' }]));

    expect(parsed.papers.map((paper) => paper.id)).toEqual(['t:one', 't:one-2', 't:one-3']);
    expect(parsed.warnings).toEqual([
      { record: 2, message: 'Record 2 has the same id "t:one" as record 1. Both are kept; this one now has the id "t:one-2".' },
      { record: 3, message: 'Record 3 has the same id "t:one" as record 1. Both are kept; this one now has the id "t:one-3".' },
    ]);
  });

  it('should derive a missing id by arXiv id, DOI, then title and year', () => {
    const { id: _id, ...withoutId } = minimalPaper;
    const parsed = importOk(
      fileWith([
        { ...withoutId, arxivId: '2401.00001', doi: '10.1000/A' },
        { ...withoutId, doi: '10.1000/ABC' },
        { ...withoutId, published: '2021-03-01' },
        withoutId,
      ]),
    );

    expect(parsed.papers.map((paper) => paper.id)).toEqual([
      'arxiv:2401.00001',
      'doi:10.1000/abc',
      paperIdFromTitle('Retrieval for Long Documents', 2021),
      paperIdFromTitle('Retrieval for Long Documents'),
    ]);
  });

  it('should name the id when it and the title are missing', () => {
    const { id: _id, title: _title, ...bare } = minimalPaper;

    const parsed = importOk(fileWith([bare]));

    expect(parsed.skipped).toHaveLength(1);
    expect(parsed.skipped[0]?.location).toBe('record 1');
    expect(parsed.skipped[0]?.reason).toMatch(/^Invalid data at field id: /);
  });

  it('should renumber sourceIndex and drop unknown fields', () => {
    const parsed = importOk(fileWith([{ ...minimalPaper, sourceIndex: 41, starred: true }]));

    expect(parsed.papers).toEqual([{ ...minimalPaper, sourceIndex: 0 }]);
  });

  it('should read a file that starts with a byte order mark', () => {
    const parsed = importOk(`\uFEFF${fileWith([minimalPaper])}`);

    expect(parsed.papers).toHaveLength(1);
  });

  it('should report progress ending at 1', () => {
    const fractions: number[] = [];
    const papers = Array.from({ length: 2500 }, (_, index) => ({ ...minimalPaper, id: `t:${index}` }));

    importPubscopeJson(fileWith(papers), { onProgress: (fraction) => fractions.push(fraction) });

    expect(fractions).toEqual([0.4, 0.8, 1]);
  });
});

describe('importPubscopeJson with schema version 0', () => {
  it('should migrate the draft shape to the current one', () => {
    const parsed = importOk(readFixture('pubscope-json/schema-version-0.json'));

    expect(parsed.profile).toEqual({ name: 'Lea Novak', primaryCategory: 'cs.CL', reported: { hIndex: 4 } });
    expect(parsed.papers).toEqual([
      {
        id: 'arxiv:2502.01234',
        title: 'Multilingual Probing at Scale',
        authors: ['Lea Novak', 'Wei Zhang'],
        authorsTruncated: false,
        affiliations: ['univ-b'],
        category: 'cs.CL',
        published: '2025-02-03',
        datePrecision: 'day',
        hasCode: false,
        arxivId: '2502.01234',
        arxivVersion: 'v3',
        arxivUrl: 'https://arxiv.org/abs/2502.01234v3',
        sourceIndex: 0,
      },
      {
        id: 't:7c9e6679',
        title: 'A Survey of Probing Methods',
        authors: ['Lea Novak'],
        authorsTruncated: false,
        affiliations: [],
        published: '2022-01-01',
        datePrecision: 'year',
        hasCode: false,
        sourceIndex: 1,
      },
    ]);
    expect(parsed.skipped).toEqual([]);
  });

  it('should name the profile field of a draft file', () => {
    const text = JSON.stringify({ format: 'pubscope', schemaVersion: 0, researcher: { name: 'Lea Novak' }, papers: [] });

    expect(importError(text)).toBe('The profile is invalid at field reported: Invalid input: expected object, received undefined.');
  });
});

/** Builds a reproducible string of random UTF-16 code units; fast-check takes seconds to build one this long. */
function randomText(length: number, seed: number): string {
  let state = seed;
  const codes = new Uint16Array(length);
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    codes[index] = state >>> 16;
  }

  let text = '';
  for (let start = 0; start < length; start += 8192) text += String.fromCharCode(...codes.subarray(start, start + 8192));
  return text;
}

describe('importPubscopeJson on arbitrary input', () => {
  function expectResult(text: string): void {
    const result = importPubscopeJson(text);

    expect(typeof result.ok).toBe('boolean');
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  }

  it('should return a result for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectResult));
  });

  it('should return a result for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectResult(JSON.stringify(value) ?? 'null')));
  });

  it('should keep or skip every record of any paper list', () => {
    const record = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          id: fc.oneof(fc.string(), fc.constant(undefined)),
          title: fc.oneof(fc.string(), fc.integer()),
          authors: fc.array(fc.string()),
          authorsTruncated: fc.boolean(),
          affiliations: fc.array(fc.string()),
          score: fc.double(),
          published: fc.string(),
          hasCode: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    );

    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (papers) => {
        const result = importPubscopeJson(fileWith(papers));
        if (!result.ok) throw new Error(result.error);

        expect(result.value.papers.length + result.value.skipped.length).toBe(papers.length);
        for (const paper of result.value.papers) expect(validatePaper(paper).ok).toBe(true);
        expect(new Set(result.value.papers.map((paper) => paper.id)).size).toBe(result.value.papers.length);
      }),
    );
  });

  it('should finish a 1 MB random input quickly', () => {
    const text = randomText(1_048_576, 7);
    const almostJson = `{"format":"pubscope","schemaVersion":1,"papers":["${'a'.repeat(1_048_576)}`;

    const started = performance.now();
    expectResult(text);
    expectResult(almostJson);
    const elapsedMs = performance.now() - started;

    expect(elapsedMs).toBeLessThan(2000);
  });
});
