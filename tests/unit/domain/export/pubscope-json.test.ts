import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import fc from 'fast-check';

import { exportPubscopeJson } from '../../../../src/domain/export/pubscope-json';
import { importPubscopeJson } from '../../../../src/domain/importers/pubscope-json';
import type { Paper, Profile } from '../../../../src/domain/model';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');
const EXPORTED_AT = new Date('2026-12-05T09:30:00.000Z');

function readFixture(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

function importOrThrow(text: string) {
  const result = importPubscopeJson(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const profile: Profile = {
  name: 'Ana Sousa',
  primaryCategory: 'cs.LG',
  reported: { hIndex: 7, paperCount: 3, citations: 212, noveltyPercent: 58, aiScore: 64 },
  capturedOn: '2026-11-20',
};

describe('exportPubscopeJson', () => {
  it('should write the fixture byte for byte', () => {
    const fixture = readFixture('pubscope-json/ana-sousa-export.json');
    const { papers, profile: fixtureProfile } = importOrThrow(fixture);

    const exported = exportPubscopeJson(papers, fixtureProfile!, { exportedAt: EXPORTED_AT });

    expect(exported).toBe(fixture);
  });

  it('should write keys in a fixed order whatever the input order', () => {
    const paper: Paper = {
      sourceIndex: 5,
      hasCode: false,
      title: 'Notes on Evaluation',
      affiliations: [],
      authorsTruncated: false,
      authors: ['Ana Sousa'],
      score: 12,
      id: 't:notes',
    };
    const shuffledProfile: Profile = { capturedOn: '2026-11-20', reported: { aiScore: 1, hIndex: 2 }, name: 'Ana Sousa' };

    const file = JSON.parse(exportPubscopeJson([paper], shuffledProfile, { exportedAt: EXPORTED_AT })) as {
      profile: Record<string, unknown> & { reported: object };
      papers: object[];
    };

    expect(Object.keys(file)).toEqual(['format', 'schemaVersion', 'exportedAt', 'profile', 'papers']);
    expect(Object.keys(file.profile)).toEqual(['name', 'reported', 'capturedOn']);
    expect(Object.keys(file.profile.reported)).toEqual(['hIndex', 'aiScore']);
    expect(Object.keys(file.papers[0]!)).toEqual(['id', 'title', 'authors', 'authorsTruncated', 'affiliations', 'score', 'hasCode']);
  });

  it('should leave out sourceIndex, absent fields and unknown properties', () => {
    const paper = {
      id: 't:notes',
      title: 'Notes on Evaluation',
      authors: ['Ana Sousa'],
      authorsTruncated: false,
      affiliations: [],
      hasCode: false,
      venue: undefined,
      sourceIndex: 3,
      starred: true,
    } as Paper;

    const file = JSON.parse(exportPubscopeJson([paper], profile)) as { papers: object[] };

    expect(file.papers[0]).toEqual({
      id: 't:notes',
      title: 'Notes on Evaluation',
      authors: ['Ana Sousa'],
      authorsTruncated: false,
      affiliations: [],
      hasCode: false,
    });
  });

  it('should stamp the export time', () => {
    const file = JSON.parse(exportPubscopeJson([], profile, { exportedAt: EXPORTED_AT })) as { exportedAt: string };

    expect(file.exportedAt).toBe('2026-12-05T09:30:00.000Z');
  });
});

// Every Paper field travels; sourceIndex is the position in the file, so a round trip renumbers it from 0.
describe('Pubscope JSON round trip', () => {
  it('should give back the fixture papers field for field', () => {
    const { papers } = importOrThrow(readFixture('pubscope-json/ana-sousa-export.json'));

    const reimported = importOrThrow(exportPubscopeJson(papers, profile));

    expect(reimported.papers).toEqual(papers);
    expect(reimported.profile).toEqual(profile);
  });

  // Validation trims titles, URLs and names, so generated values are trimmed already, as every imported paper is.
  const text = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .map((value) => value.trim())
    .filter((value) => value !== '');
  const isoDate = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
  const paperArbitrary: fc.Arbitrary<Omit<Paper, 'sourceIndex' | 'id'>> = fc.record(
    {
      title: text,
      authors: fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 5 }),
      authorsTruncated: fc.boolean(),
      fullAuthors: fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }),
      affiliations: fc.array(fc.string(), { maxLength: 3 }),
      category: text,
      published: isoDate,
      datePrecision: fc.constantFrom('day', 'month', 'year'),
      score: fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }).filter((score) => !Object.is(score, -0)),
      hasCode: fc.boolean(),
      codeUrl: fc.webUrl(),
      arxivId: fc.stringMatching(/^\d{4}\.\d{4,5}$/),
      arxivVersion: fc.stringMatching(/^v[1-9]$/),
      arxivUrl: fc.webUrl(),
      doi: fc.stringMatching(/^10\.\d{4}\/[a-z0-9.]{1,12}$/),
      venue: text,
      citations: fc.nat(),
      citationsByYear: fc.array(fc.record({ year: fc.integer({ min: 1900, max: 2100 }), count: fc.nat() }), { maxLength: 4 }),
      abstract: fc.string({ unit: 'binary', maxLength: 200 }),
    },
    { requiredKeys: ['title', 'authors', 'authorsTruncated', 'affiliations', 'hasCode'] },
  );
  const papersArbitrary = fc
    .array(paperArbitrary, { maxLength: 8 })
    .map((papers) => papers.map((paper, index): Paper => ({ ...paper, id: `t:${index}`, sourceIndex: index })));

  it('should give back generated papers field for field', () => {
    fc.assert(
      fc.property(papersArbitrary, (papers) => {
        const reimported = importOrThrow(exportPubscopeJson(papers, profile));

        expect(reimported.papers).toEqual(papers);
        expect(reimported.skipped).toEqual([]);
      }),
    );
  });
});
