import fc from 'fast-check';

import { escapeText, exportBibtex } from '../../../../src/domain/export/bibtex';
import { importBibtex } from '../../../../src/domain/importers/bibtex';
import { detectFormat } from '../../../../src/domain/importers/detect-format';
import type { ParsedImport } from '../../../../src/domain/importers/import-outcome';
import type { DatePrecision, Paper, Profile } from '../../../../src/domain/model';
import { makePaper } from '../../make-paper';

const PROFILE: Profile = { name: 'Ana Sousa', reported: {} };

function reimport(papers: readonly Paper[]): ParsedImport {
  const text = exportBibtex(papers, PROFILE);
  const result = importBibtex(text);
  if (!result.ok) throw new Error(`Expected the export to import, but it failed: ${result.error}\n${text}`);

  return result.value;
}

const FULL_PAPER: Paper = {
  id: 'arxiv:2401.01234',
  title: 'Sparse Probes for BERT: 50% Fewer $O(n^2)$ Steps',
  authors: ['Ana Sousa', 'Jonas Müller', 'Martin King, Jr.'],
  authorsTruncated: true,
  affiliations: ['uminho'],
  category: 'cs.LG',
  published: '2024-06-03',
  datePrecision: 'day',
  score: 71.5,
  hasCode: true,
  codeUrl: 'https://github.com/example/sparse-probes',
  arxivId: '2401.01234',
  arxivVersion: 'v2',
  arxivUrl: 'https://arxiv.org/abs/2401.01234v2',
  doi: '10.1234/jmlx.2024.001',
  venue: 'Journal of Machine Learning Examples',
  citations: 12,
  citationsByYear: [{ year: 2024, count: 12 }],
  abstract: 'We study sparse probes & their cost, #1 in $x_i$ terms.',
  sourceIndex: 0,
};

describe('exportBibtex output', () => {
  it('should write every field the format carries', () => {
    expect(exportBibtex([FULL_PAPER], PROFILE)).toBe(
      [
        '% Papers of Ana Sousa, exported from Pubscope',
        '',
        '@article{sousa2024sparse,',
        '  title = {Sparse Probes for {BERT:} 50\\% Fewer $O(n^2)$ Steps},',
        '  author = {Ana Sousa and Jonas Müller and {Martin King, Jr.} and others},',
        '  journal = {Journal of Machine Learning Examples},',
        '  year = {2024},',
        '  month = jun,',
        '  day = {3},',
        '  doi = {10.1234/jmlx.2024.001},',
        '  eprint = {2401.01234v2},',
        '  archivePrefix = {arXiv},',
        '  primaryClass = {cs.LG},',
        '  url = {https://arxiv.org/abs/2401.01234v2},',
        '  code = {https://github.com/example/sparse-probes},',
        '  abstract = {We study sparse probes \\& their cost, \\#1 in $x_i$ terms.}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('should write @misc without a venue', () => {
    const paper = makePaper({
      title: 'Graph Forecasts',
      authors: ['Wei Zhang'],
      published: '2023-02-01',
      datePrecision: 'month',
      arxivId: '2302.00001',
    });

    expect(exportBibtex([paper], PROFILE)).toBe(
      [
        '% Papers of Ana Sousa, exported from Pubscope',
        '',
        '@misc{zhang2023graph,',
        '  title = {Graph Forecasts},',
        '  author = {Wei Zhang},',
        '  year = {2023},',
        '  month = feb,',
        '  eprint = {2302.00001},',
        '  archivePrefix = {arXiv}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('should be detected as BibTeX', () => {
    expect(detectFormat(exportBibtex([FULL_PAPER], PROFILE))).toBe('bibtex');
  });

  it('should write only the header for no papers', () => {
    expect(exportBibtex([], { name: 'Lea @ Novak\nLab', reported: {} })).toBe('% Papers of Lea (at) Novak Lab, exported from Pubscope\n');
  });

  it('should write code without an address', () => {
    const text = exportBibtex([makePaper({ title: 'T', hasCode: true })], PROFILE);

    expect(text).toContain('  code = {yes}\n');
  });
});

describe('exportBibtex keys', () => {
  const keysOf = (papers: Paper[]) => [...exportBibtex(papers, PROFILE).matchAll(/^@\w+\{([^,]+),$/gm)].map((match) => match[1]);

  it('should build keys from name, year, title', () => {
    expect(
      keysOf([
        makePaper({ title: 'The Art of Probing', authors: ['José Müller'], published: '2021-01-01', datePrecision: 'year' }),
        makePaper({ title: 'On a Theorem', authors: ['Martin King, Jr.'], published: '2020-05-01', datePrecision: 'month' }),
        makePaper({ title: '深度学习', authors: ['张伟'] }),
        makePaper({ title: 'Untitled Draft', authors: [] }),
      ]),
    ).toEqual(['muller2021art', 'king2020theorem', 'paper', 'untitled']);
  });

  it('should make repeated keys unique', () => {
    const paper = makePaper({ title: 'Deep Probes', authors: ['Ana Sousa'], published: '2024-01-01', datePrecision: 'year' });

    expect(keysOf([paper, paper, paper])).toEqual(['sousa2024deep', 'sousa2024deep-2', 'sousa2024deep-3']);
  });

  it('should prefer the complete author list', () => {
    expect(keysOf([makePaper({ title: 'X', authors: ['Wei Zhang'], fullAuthors: ['Lea Novak', 'Wei Zhang'] })])).toEqual(['novakx']);
  });
});

describe('exportBibtex escaping', () => {
  it.each([
    ['\\', '\\textbackslash{}'],
    ['{a}', '\\{a\\}'],
    ['$5', '\\$5'],
    ['50%', '50\\%'],
    ['R&D', 'R\\&D'],
    ['#1', '\\#1'],
    ['a_b', 'a\\_b'],
    ['x^2', 'x\\textasciicircum{}2'],
    ['a~b', 'a\\textasciitilde{}b'],
    ['1--2---3', '1-{}-2-{}-{}-3'],
    ['``quoted\'\'', '`{}`quoted\'{}\''],
    ['a  b\n c', 'a b c'],
  ])('should escape %j as %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });

  it('should keep only safe math', () => {
    expect(escapeText('cost $O(n^2)$ and $50%$', { keepMath: true })).toBe('cost $O(n^2)$ and \\$50\\%\\$');
  });

  it('should brace title words with inner capitals', () => {
    const text = exportBibtex([makePaper({ title: 'Tuning GPT-4 on iPhone and Deep Nets (BERT)' })], PROFILE);

    expect(text).toContain('  title = {Tuning {GPT-4} on {iPhone} and Deep Nets {(BERT)}},\n');
  });

  it('should brace names BibTeX would misread', () => {
    const text = exportBibtex([makePaper({ title: 'T', authors: ['Ana and Wei Lab', 'Others', 'Lea = Novak', 'Wei Zhang'] })], PROFILE);

    expect(text).toContain('  author = {{Ana and Wei Lab} and {Others} and {Lea = Novak} and Wei Zhang}\n');
  });

  it('should write the complete author list without "and others"', () => {
    const paper = makePaper({ title: 'T', authors: ['Ana Sousa'], authorsTruncated: true, fullAuthors: ['Ana Sousa', 'Wei Zhang'] });

    expect(exportBibtex([paper], PROFILE)).toContain('  author = {Ana Sousa and Wei Zhang}\n');
  });

  it('should write an empty cut list', () => {
    expect(exportBibtex([makePaper({ title: 'T', authors: [], authorsTruncated: true })], PROFILE)).toContain('  author = {others}\n');
  });
});

describe('exportBibtex round trip', () => {
  it('should import the full paper back field for field', () => {
    const [paper] = reimport([FULL_PAPER]).papers;

    // Not carried by BibTeX: affiliations, score, citations and citations by year.
    expect(paper).toEqual({
      id: 'arxiv:2401.01234',
      title: FULL_PAPER.title,
      authors: FULL_PAPER.authors,
      authorsTruncated: true,
      affiliations: [],
      category: 'cs.LG',
      published: '2024-06-03',
      datePrecision: 'day',
      hasCode: true,
      codeUrl: 'https://github.com/example/sparse-probes',
      arxivId: '2401.01234',
      arxivVersion: 'v2',
      arxivUrl: 'https://arxiv.org/abs/2401.01234v2',
      doi: '10.1234/jmlx.2024.001',
      venue: 'Journal of Machine Learning Examples',
      abstract: FULL_PAPER.abstract,
      sourceIndex: 0,
    });
  });

  it('should bring back the complete authors', () => {
    const paper = makePaper({ title: 'T', authors: ['Ana Sousa'], authorsTruncated: true, fullAuthors: ['Ana Sousa', 'Wei Zhang'] });

    expect(reimport([paper]).papers[0]).toMatchObject({ authors: ['Ana Sousa', 'Wei Zhang'], authorsTruncated: false });
  });

  it('should bring back text full of TeX specials', () => {
    const title = 'Deep {BERT} -- `` \\emph{x} <i>y</i> 100% & #1 a_b ^ ~ @article{z, "q" \'\' ¡Olé! 深度 😀';
    const paper = makePaper({ title, authors: ['Zoë d\'Arc', 'de la Cruz Ana', 'Ana {X}'], venue: 'J. {X} & Y_1' });

    expect(reimport([paper]).papers[0]).toMatchObject({ title, authors: paper.authors, venue: paper.venue });
  });
});

/** TeX collapses runs of white space and the importer composes accents (NFC), so those are compared normalised. */
function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const TEX_SPECIALS = [...'\\{}$%&#_^~<>@-`\'"!?,. aZé\n\t'];

const textArbitrary = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...TEX_SPECIALS), minLength: 1, maxLength: 40 }),
    fc.constantFrom('Bounds in $O(n^2)$ time', 'A $\\mathcal{H}_\\infty$ view of {BERT}', 'Costs under $5 and 10%'),
  )
  .filter((text) => normalizeText(text) !== '');

const arxivIdArbitrary = fc.oneof(
  fc.tuple(fc.integer({ min: 7, max: 29 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 99_999 })).map(
    ([year, month, number]) => `${String(year).padStart(2, '0')}${String(month).padStart(2, '0')}.${String(number).padStart(5, '0')}`,
  ),
  fc.constantFrom('hep-th/9901001', 'math.GT/0309136', 'cs/0601001'),
);

const doiArbitrary = fc
  .tuple(fc.integer({ min: 1000, max: 99_999 }), fc.string({ unit: fc.constantFrom(...'abcXYZ0189._;()/:-<>%#~'), minLength: 1, maxLength: 20 }))
  .map(([registrant, suffix]) => `10.${registrant}/${suffix}`)
  .filter((doi) => !/\s/.test(doi));

interface DateChoice {
  published: string;
  datePrecision: DatePrecision;
}

const dateArbitrary: fc.Arbitrary<DateChoice> = fc
  .tuple(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom<DatePrecision>('year', 'month', 'day'))
  .map(([date, datePrecision]) => {
    const [year, month, day] = date.toISOString().slice(0, 10).split('-');

    if (datePrecision === 'year') return { published: `${year}-01-01`, datePrecision };
    if (datePrecision === 'month') return { published: `${year}-${month}-01`, datePrecision };
    return { published: `${year}-${month}-${day}`, datePrecision };
  });

const paperArbitrary = fc
  .record(
    {
      title: textArbitrary,
      authors: fc.array(textArbitrary, { maxLength: 4 }),
      authorsTruncated: fc.boolean(),
      date: dateArbitrary,
      arxiv: fc.tuple(arxivIdArbitrary, fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }), fc.boolean()),
      doi: doiArbitrary,
      venue: textArbitrary,
      abstract: textArbitrary,
      codeUrl: fc.webUrl({ withQueryParameters: true, withFragments: true }),
      hasCode: fc.boolean(),
      category: fc.oneof(fc.constantFrom('cs.LG', 'LG', 'stat.ML', 'math.OC'), textArbitrary),
    },
    { requiredKeys: ['title', 'authors', 'authorsTruncated', 'hasCode'] },
  )
  .map((generated): Paper => {
    const paper: Paper = {
      id: 'generated',
      title: generated.title,
      authors: generated.authors,
      authorsTruncated: generated.authorsTruncated,
      affiliations: [],
      hasCode: generated.hasCode || generated.codeUrl !== undefined,
      sourceIndex: 0,
      ...generated.date,
    };
    if (generated.arxiv) {
      const [arxivId, version, withUrl] = generated.arxiv;
      paper.arxivId = arxivId;
      if (version !== undefined) paper.arxivVersion = `v${version}`;
      if (withUrl) paper.arxivUrl = `https://arxiv.org/abs/${arxivId}${paper.arxivVersion ?? ''}`;
    }
    if (generated.doi !== undefined) paper.doi = generated.doi;
    if (generated.venue !== undefined) paper.venue = generated.venue;
    if (generated.abstract !== undefined) paper.abstract = generated.abstract;
    if (generated.codeUrl !== undefined) paper.codeUrl = generated.codeUrl;
    if (generated.category !== undefined) paper.category = generated.category;
    return paper;
  });

/** Picks the fields BibTeX carries, in the form the importer gives them back. Ids and positions are recomputed on import. */
function carriedFields(paper: Paper) {
  return {
    title: normalizeText(paper.title),
    authors: paper.authors.map(normalizeText),
    authorsTruncated: paper.authorsTruncated,
    published: paper.published,
    datePrecision: paper.datePrecision,
    arxivId: paper.arxivId,
    arxivVersion: paper.arxivVersion,
    arxivUrl: paper.arxivId === undefined ? undefined : (paper.arxivUrl ?? `https://arxiv.org/abs/${paper.arxivId}`),
    doi: paper.doi,
    venue: paper.venue === undefined ? undefined : normalizeText(paper.venue),
    abstract: paper.abstract === undefined ? undefined : normalizeText(paper.abstract),
    hasCode: paper.hasCode,
    codeUrl: paper.codeUrl,
    category: paper.category === undefined ? undefined : normalizeText(paper.category),
  };
}

describe('exportBibtex round trip on generated papers', () => {
  it('should keep every carried field', () => {
    fc.assert(
      fc.property(fc.array(paperArbitrary, { minLength: 1, maxLength: 3 }), (papers) => {
        const imported = reimport(papers);

        expect(imported.skipped).toEqual([]);
        expect(imported.papers.map(carriedFields)).toEqual(papers.map(carriedFields));
      }),
      { numRuns: 150 },
    );
  });
});
