import { mergeProfileLinks } from '../../../src/domain/importers/profile-links';
import type { Paper } from '../../../src/domain/model';
import { paperIdFromArxiv } from '../../../src/domain/paper-id';
import { makePaper } from '../make-paper';

function makeProfilePapers(): Paper[] {
  return [
    makePaper({
      id: 't:00000001',
      title: 'Sparse Probes for Risk Decisions',
      authors: ['Wei Zhang', 'Alex Moreau'],
      authorsTruncated: true,
      category: 'CL',
      published: '2026-06-03',
      datePrecision: 'day',
      score: 48.4,
      sourceIndex: 0,
    }),
    makePaper({
      id: 't:00000002',
      title: 'Tabular Baselines Revisited',
      authors: ['Ana Sousa'],
      hasCode: true,
      sourceIndex: 1,
    }),
  ];
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }

  return value;
}

describe('mergeProfileLinks', () => {
  it('applies link to paper with same title', () => {
    const links = [
      {
        title: 'Sparse Probes for Risk Decisions',
        arxivId: '2606.04978',
        codeUrl: 'https://example.org/sparse-probes',
        authors: ['Wei Zhang', 'Alex Moreau', 'Ana Sousa'],
      },
    ];

    const { papers, warnings } = mergeProfileLinks(makeProfilePapers(), links);

    expect(papers[0]).toEqual({
      id: 'arxiv:2606.04978',
      title: 'Sparse Probes for Risk Decisions',
      authors: ['Wei Zhang', 'Alex Moreau'],
      authorsTruncated: true,
      fullAuthors: ['Wei Zhang', 'Alex Moreau', 'Ana Sousa'],
      affiliations: [],
      category: 'CL',
      published: '2026-06-03',
      datePrecision: 'day',
      score: 48.4,
      hasCode: true,
      codeUrl: 'https://example.org/sparse-probes',
      arxivId: '2606.04978',
      arxivUrl: 'https://arxiv.org/abs/2606.04978',
      sourceIndex: 0,
    });
    expect(papers[1]).toEqual(makeProfilePapers()[1]);
    expect(warnings).toEqual([]);
  });

  it('keeps code mark without code link', () => {
    const links = [
      { title: 'Tabular Baselines Revisited', arxivId: '2503.20783', codeUrl: null, authors: ['Ana Sousa'] },
      { title: 'Sparse Probes for Risk Decisions', arxivId: '2606.04978', codeUrl: null, authors: [] },
    ];

    const { papers } = mergeProfileLinks(makeProfilePapers(), links);

    expect(papers[1]?.hasCode).toBe(true);
    expect(papers[1]).not.toHaveProperty('codeUrl');
    expect(papers[0]?.hasCode).toBe(false);
    expect(papers[0]).not.toHaveProperty('codeUrl');
  });

  it('leaves full authors out when link has none', () => {
    const links = [{ title: 'Tabular Baselines Revisited', arxivId: '2503.20783', codeUrl: null, authors: [] }];

    const { papers } = mergeProfileLinks(makeProfilePapers(), links);

    expect(papers[1]).not.toHaveProperty('fullAuthors');
    expect(papers[1]?.arxivId).toBe('2503.20783');
  });

  it('splits version from arXiv id', () => {
    const links = [{ title: 'Tabular Baselines Revisited', arxivId: 'arXiv:2503.20783v2', codeUrl: null, authors: [] }];

    const { papers } = mergeProfileLinks(makeProfilePapers(), links);

    expect(papers[1]?.id).toBe('arxiv:2503.20783');
    expect(papers[1]?.arxivId).toBe('2503.20783');
    expect(papers[1]?.arxivVersion).toBe('v2');
    expect(papers[1]?.arxivUrl).toBe('https://arxiv.org/abs/2503.20783');
  });

  it('matches titles ignoring case, spacing, punctuation and accents', () => {
    const links = [
      { title: '  sparse probes – for RISK decisions!', arxivId: '2606.04978', codeUrl: null, authors: [] },
      { title: 'Tabulár  Baselines: Revisited', arxivId: '2503.20783', codeUrl: null, authors: [] },
    ];

    const { papers, warnings } = mergeProfileLinks(makeProfilePapers(), links);

    expect(papers[0]?.arxivId).toBe('2606.04978');
    expect(papers[1]?.arxivId).toBe('2503.20783');
    expect(warnings).toEqual([]);
  });

  it('prefers exact matches over normalized ones', () => {
    const profilePapers = [
      makePaper({ id: 't:1', title: 'Gem a gym', sourceIndex: 0 }),
      makePaper({ id: 't:2', title: 'GEM: A Gym', sourceIndex: 1 }),
    ];
    const links = [
      { title: 'gem: a gym', arxivId: '2510.01051', codeUrl: null, authors: [] },
      { title: 'Gem a gym', arxivId: '2401.00001', codeUrl: null, authors: [] },
    ];

    const { papers, warnings } = mergeProfileLinks(profilePapers, links);

    expect(papers[0]?.arxivId).toBe('2401.00001');
    expect(papers[1]?.arxivId).toBe('2510.01051');
    expect(warnings).toEqual([]);
  });

  it('warns about unmatched link', () => {
    const links = [
      { title: 'Sparse Probes for Risk Decisions', arxivId: '2606.04978', codeUrl: null, authors: [] },
      { title: 'A Paper Not in the Profile', arxivId: '2401.00001', codeUrl: null, authors: [] },
    ];

    const { papers, warnings } = mergeProfileLinks(makeProfilePapers(), links);

    expect(papers[0]?.arxivId).toBe('2606.04978');
    expect(warnings).toEqual([
      {
        record: 1,
        message:
          'No paper has the title "A Paper Not in the Profile" from the links file (record at index 1), ' +
          'so its arXiv id and code link were not applied.',
      },
    ]);
  });

  it('warns when two links give one arXiv id', () => {
    const links = [
      { title: 'Sparse Probes for Risk Decisions', arxivId: '2606.04978', codeUrl: null, authors: [] },
      { title: 'Tabular Baselines Revisited', arxivId: '2606.04978v2', codeUrl: null, authors: [] },
    ];

    const { papers, warnings } = mergeProfileLinks(makeProfilePapers(), links);

    expect(papers[1]).not.toHaveProperty('arxivId');
    expect(papers[1]?.id).toBe('t:00000002');
    expect(warnings).toEqual([
      {
        record: 1,
        message:
          'The links file gives the arXiv id 2606.04978 to both "Sparse Probes for Risk Decisions" and ' +
          '"Tabular Baselines Revisited" (record at index 1). Only "Sparse Probes for Risk Decisions" got it.',
      },
    ]);
  });

  describe('invalid links file', () => {
    it('ignores file that is not a list', () => {
      const profilePapers = makeProfilePapers();

      const { papers, warnings } = mergeProfileLinks(profilePapers, { title: 'Sparse Probes for Risk Decisions' });

      expect(papers).toBe(profilePapers);
      expect(warnings).toEqual([{ message: 'The links file was not applied because it is not a list of records.' }]);
    });

    it('names record and missing field', () => {
      const profilePapers = makeProfilePapers();
      const links = [
        { title: 'Sparse Probes for Risk Decisions', arxivId: '2606.04978', codeUrl: null, authors: [] },
        { title: 'Tabular Baselines Revisited', codeUrl: null, authors: [] },
      ];

      const { papers, warnings } = mergeProfileLinks(profilePapers, links);

      expect(papers).toBe(profilePapers);
      expect(papers[0]).not.toHaveProperty('arxivId');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.record).toBe(1);
      expect(warnings[0]?.message).toMatch(
        /^The links file was not applied because the record at index 1 has an invalid "arxivId"\. /,
      );
    });

    it.each([
      ['arxivId', { arxivId: 'not an id' }, 'Invalid arXiv id: expected one such as "2503.20783".'],
      ['codeUrl', { codeUrl: 'ftp://example.org/code' }, 'Invalid URL.'],
      ['title', { title: '' }, 'Expected text, got an empty one.'],
      ['authors.1', { authors: ['Ana Sousa', 7] }, 'Expected text, got a number.'],
      ['authors', { authors: null }, 'Expected a list, got null.'],
    ])('names invalid field %s', (field, override, expectedMessage) => {
      const links = [
        { title: 'Tabular Baselines Revisited', arxivId: '2503.20783', codeUrl: null, authors: [], ...override },
      ];

      const { warnings } = mergeProfileLinks(makeProfilePapers(), links);

      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.record).toBe(0);
      expect(warnings[0]?.message).toContain(`the record at index 0 has an invalid "${field}".`);
      expect(warnings[0]?.message).toContain(expectedMessage);
    });

    it('names record that is not an object', () => {
      const { warnings } = mergeProfileLinks(makeProfilePapers(), ['2503.20783']);

      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.record).toBe(0);
      expect(warnings[0]?.message).toMatch(
        /^The links file was not applied because the record at index 0 is invalid\. /,
      );
    });

    it('warns once per invalid record', () => {
      const links = [
        { title: '', arxivId: 'x', codeUrl: 3, authors: null },
        { title: 'Tabular Baselines Revisited', arxivId: '2503.20783', codeUrl: null, authors: [] },
        { title: 'Sparse Probes for Risk Decisions', arxivId: 2606.04978, codeUrl: null, authors: [] },
      ];

      const { warnings } = mergeProfileLinks(makeProfilePapers(), links);

      expect(warnings.map((warning) => warning.record)).toEqual([0, 2]);
    });
  });

  it('leaves inputs unchanged', () => {
    const profilePapers = deepFreeze(makeProfilePapers());
    const links = deepFreeze([
      {
        title: 'Sparse Probes for Risk Decisions',
        arxivId: '2606.04978',
        codeUrl: 'https://example.org/sparse-probes',
        authors: ['Wei Zhang', 'Alex Moreau', 'Ana Sousa'],
      },
    ]);
    const papersBefore = structuredClone(profilePapers);
    const linksBefore = structuredClone(links);

    const { papers } = mergeProfileLinks(profilePapers, links);

    expect(profilePapers).toEqual(papersBefore);
    expect(links).toEqual(linksBefore);
    expect(papers).not.toBe(profilePapers);
    expect(papers[0]).not.toBe(profilePapers[0]);
    expect(papers[0]?.fullAuthors).not.toBe(links[0]?.authors);
  });
});

describe('paperIdFromArxiv', () => {
  it('drops version and prefix', () => {
    expect(paperIdFromArxiv('2503.20783')).toBe('arxiv:2503.20783');
    expect(paperIdFromArxiv('2503.20783v3')).toBe('arxiv:2503.20783');
    expect(paperIdFromArxiv('arXiv:2503.20783v1')).toBe('arxiv:2503.20783');
    expect(paperIdFromArxiv('hep-th/9901001v2')).toBe('arxiv:hep-th/9901001');
  });
});
