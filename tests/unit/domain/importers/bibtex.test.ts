import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

import { importBibtex } from '../../../../src/domain/importers/bibtex';
import type { ImportLimits, ImporterOptions, ParsedImport } from '../../../../src/domain/importers/import-outcome';
import { DEFAULT_IMPORT_LIMITS } from '../../../../src/domain/importers/import-outcome';
import type { Paper } from '../../../../src/domain/model';
import { validatePaper } from '../../../../src/domain/schema';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

function readFixture(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

function importValid(text: string, options?: ImporterOptions): ParsedImport {
  const result = importBibtex(text, options);
  if (!result.ok) throw new Error(`Expected the BibTeX to import, but it failed: ${result.error}`);

  return result.value;
}

function importInvalid(text: string, options?: ImporterOptions): string {
  const result = importBibtex(text, options);
  if (result.ok) throw new Error('Expected the BibTeX to fail, but it imported.');

  return result.error;
}

/** Imports text that contains exactly one paper and returns it. */
function importOne(text: string): Paper {
  const imported = importValid(text);
  expect(imported.skipped).toEqual([]);
  expect(imported.papers).toHaveLength(1);

  return imported.papers[0] as Paper;
}

function withLimits(limits: Partial<ImportLimits>): ImporterOptions {
  return { limits: { ...DEFAULT_IMPORT_LIMITS, ...limits } };
}

const NO_ENTRY = 'No BibTeX entry found: expected an entry such as @article{key, …}.';

describe('importBibtex with the real DBLP export', () => {
  const imported = importValid(readFixture('real-exports/dblp-person-export-first30.bib'));

  it('should import all 30 entries in file order', () => {
    expect(imported.format).toBe('bibtex');
    expect(imported.profile).toBeUndefined();
    expect(imported.skipped).toEqual([]);
    expect(imported.papers).toHaveLength(30);
    expect(imported.papers.map((paper) => paper.sourceIndex)).toEqual([...Array(30).keys()]);
  });

  it('should pin a journal article field by field', () => {
    expect(imported.papers[0]).toEqual({
      id: 't:3a226417',
      title: 'On The Closures of Monotone Algebraic Classes and Variants of the Determinant',
      authors: ['Prasad Chaugule', 'Nutan Limaye'],
      authorsTruncated: false,
      affiliations: [],
      published: '2024-01-01',
      datePrecision: 'year',
      hasCode: false,
      venue: 'Algorithmica',
      sourceIndex: 0,
    });
  });

  it('should read accented authors and a braced venue', () => {
    expect(imported.papers[2]).toEqual({
      id: 't:198c956f',
      title: 'On the Power of Homogeneous Algebraic Formulas',
      authors: ['Hervé Fournier', 'Nutan Limaye', 'Srikanth Srinivasan', 'Sébastien Tavenas'],
      authorsTruncated: false,
      affiliations: [],
      published: '2024-01-01',
      datePrecision: 'year',
      hasCode: false,
      venue: 'STOC',
      sourceIndex: 2,
    });
  });

  it('should read a CoRR entry', () => {
    expect(imported.papers[4]).toEqual({
      id: 'arxiv:2408.03465',
      title: "On the geometry of k-SAT solutions: what more can PPZ and Schöning's algorithms do?",
      authors: ['Per Austrin', 'Ioana O. Bercea', 'Mayank Goswami', 'Nutan Limaye', 'Adarsh Srinivasan'],
      authorsTruncated: false,
      affiliations: [],
      published: '2024-01-01',
      datePrecision: 'year',
      hasCode: false,
      arxivId: '2408.03465',
      arxivUrl: 'https://arxiv.org/abs/2408.03465',
      venue: 'CoRR',
      sourceIndex: 4,
    });
  });

  it('should read escaped hash and acronyms', () => {
    expect(imported.papers[13]).toEqual({
      id: 't:4d455c7e',
      title: 'A #SAT Algorithm for Small Constant-Depth Circuits with PTF gates',
      authors: ['Swapnam Bajpai', 'Vaibhav Krishan', 'Deepanshu Kush', 'Nutan Limaye', 'Srikanth Srinivasan'],
      authorsTruncated: false,
      affiliations: [],
      published: '2022-01-01',
      datePrecision: 'year',
      hasCode: false,
      venue: 'Algorithmica',
      sourceIndex: 13,
    });
  });

  it('should restore DBLP escaped math', () => {
    expect(imported.papers[22]).toEqual({
      id: 't:0d8b9116',
      title: 'A Fixed-Depth Size-Hierarchy Theorem for $\\mathrm{AC}^0[\\oplus]$ via the Coin Problem',
      authors: ['Nutan Limaye', 'Karteek Sreenivasaiah', 'Srikanth Srinivasan', 'Utkarsh Tripathi', 'S. Venkitesh'],
      authorsTruncated: false,
      affiliations: [],
      published: '2021-01-01',
      datePrecision: 'year',
      hasCode: false,
      venue: 'SIAM J. Comput.',
      sourceIndex: 22,
    });
  });

  it('should read CoRR arXiv ids for every CoRR entry', () => {
    const corr = imported.papers.filter((paper) => paper.venue === 'CoRR');

    expect(corr.map((paper) => paper.arxivId)).toEqual(['2408.03465', '2412.20114', '2302.06984']);
  });

  it('should carry no DOI, because the export lists none', () => {
    expect(imported.papers.filter((paper) => paper.doi !== undefined)).toEqual([]);
  });

  it('should suffix ids of same-title papers', () => {
    expect(imported.papers[6]?.id).toBe('t:3a226417-2');
    expect(imported.papers[26]?.id).toBe('t:96bbcf46-2');
    expect(imported.warnings).toHaveLength(6);
    expect(imported.warnings[0]).toEqual({
      line: 73,
      message:
        'The paper "On the closures of monotone algebraic classes and variants of the determinant" in entry DBLP:journals/eccc/ChauguleL24 appears again (first in entry DBLP:journals/algorithmica/ChauguleL24). Both copies are kept.',
    });
  });

  it('should produce papers that pass the schema', () => {
    for (const paper of imported.papers) expect(validatePaper(paper)).toEqual({ ok: true, value: paper });
  });
});

describe('importBibtex with a Google Scholar style export', () => {
  const imported = importValid(readFixture('bibtex/google-scholar.bib'));

  it('should read a preprint with a cut author list', () => {
    expect(imported.papers[0]).toEqual({
      id: 'arxiv:2401.01234',
      title: 'Sparse probes for risk decisions in large language models',
      authors: ['Ana Sousa', 'Wei Zhang', 'Lea Novak'],
      authorsTruncated: true,
      affiliations: [],
      published: '2024-01-01',
      datePrecision: 'year',
      hasCode: false,
      arxivId: '2401.01234',
      arxivUrl: 'https://arxiv.org/abs/2401.01234',
      venue: 'arXiv preprint arXiv:2401.01234',
      sourceIndex: 0,
    });
  });

  it('should read a proceedings paper', () => {
    expect(imported.papers[1]).toEqual({
      id: 't:26c84a85',
      title: 'Graph neural networks for citation forecasting',
      authors: ['Wei Zhang', 'Ana Sousa'],
      authorsTruncated: false,
      affiliations: [],
      published: '2023-01-01',
      datePrecision: 'year',
      hasCode: false,
      venue: 'Proceedings of the 40th International Conference on Machine Learning',
      sourceIndex: 1,
    });
  });

  it('should turn TeX accents into letters', () => {
    expect(imported.papers[2]).toEqual({
      id: 't:59e8217d',
      title: 'Calibrated uncertainty for BERT-style encoders',
      authors: ['Lea Novak', 'Jonas Müller', 'François Dupont'],
      authorsTruncated: false,
      affiliations: [],
      published: '2022-01-01',
      datePrecision: 'year',
      hasCode: false,
      venue: 'Journal of Machine Learning Research',
      sourceIndex: 2,
    });
  });

  it('should skip and warn about nothing', () => {
    expect(imported.skipped).toEqual([]);
    expect(imported.warnings).toEqual([]);
  });
});

describe('importBibtex with an arXiv style export', () => {
  const imported = importValid(readFixture('bibtex/arxiv.bib'));

  it('should read eprint, primaryClass and keep math as written', () => {
    expect(imported.papers[0]).toEqual({
      id: 'arxiv:2401.01234',
      title: 'Sparse Probes for Risk Decisions in $O(n \\log n)$ Time',
      authors: ['Ana Sousa', 'Wei Zhang', 'Lea Novak'],
      authorsTruncated: false,
      affiliations: [],
      category: 'cs.LG',
      published: '2024-01-01',
      datePrecision: 'year',
      hasCode: false,
      arxivId: '2401.01234',
      arxivUrl: 'https://arxiv.org/abs/2401.01234',
      sourceIndex: 0,
    });
  });

  it('should split the eprint version', () => {
    expect(imported.papers[1]).toEqual({
      id: 'arxiv:2310.04567',
      title: 'Kernel Methods for $\\mathcal{H}_\\infty$ Control',
      authors: ['Søren Dahl', 'Ana Sousa'],
      authorsTruncated: false,
      affiliations: [],
      category: 'math.OC',
      published: '2023-01-01',
      datePrecision: 'year',
      hasCode: false,
      arxivId: '2310.04567',
      arxivVersion: 'v3',
      arxivUrl: 'https://arxiv.org/abs/2310.04567v3',
      sourceIndex: 1,
    });
  });
});

describe('importBibtex with a Zotero style export', () => {
  const imported = importValid(readFixture('bibtex/zotero.bib'));

  it('should read a journal article', () => {
    expect(imported.papers[0]).toEqual({
      id: 'doi:10.1234/jmlx.2023.045',
      title: 'Sparse probes for risk decisions',
      authors: ['Ana Sousa', 'Lea Novak', 'Jonas Müller'],
      authorsTruncated: false,
      affiliations: [],
      published: '2023-03-01',
      datePrecision: 'month',
      hasCode: false,
      doi: '10.1234/jmlx.2023.045',
      venue: 'Journal of Machine Learning Examples',
      abstract: 'We study sparse probes. They cost less than $5 per model and keep the error <0.1 on 95% of the tasks.',
      sourceIndex: 0,
    });
  });

  it('should read an arXiv preprint entry', () => {
    expect(imported.papers[1]).toEqual({
      id: 'arxiv:2402.05678',
      title: 'Graph Neural Networks for Citation Forecasting',
      authors: ['Wei Zhang', 'Ana Sousa'],
      authorsTruncated: false,
      affiliations: [],
      published: '2024-02-01',
      datePrecision: 'month',
      hasCode: false,
      arxivId: '2402.05678',
      arxivUrl: 'http://arxiv.org/abs/2402.05678',
      doi: '10.48550/arXiv.2402.05678',
      abstract: 'Citation counts grow unevenly. We forecast them with graph neural networks.',
      sourceIndex: 1,
    });
  });
});

describe('importBibtex with macros, comments and crossref', () => {
  const imported = importValid(readFixture('bibtex/macros.bib'));

  it('should expand @string macros, quoted values and month macros', () => {
    expect(imported.papers[0]).toEqual({
      id: 't:6f0dde6e',
      title: 'Weighted Sampling for Rare Events',
      authors: ['Lea Novak', 'Wei Zhang'],
      authorsTruncated: false,
      affiliations: [],
      published: '2021-09-01',
      datePrecision: 'month',
      hasCode: false,
      venue: 'Journal of Machine Learning Examples',
      sourceIndex: 0,
    });
  });

  it('should concatenate with # and read a biblatex date', () => {
    expect(imported.papers[1]).toMatchObject({
      title: 'Streaming Graph Summaries',
      venue: 'Proceedings of the Workshop on Graph Learning',
      published: '2020-07-14',
      datePrecision: 'day',
    });
  });

  it('should inherit through crossref', () => {
    expect(imported.papers[2]).toEqual({
      id: 't:441cc479',
      title: 'Nested Braces Inside Titles and Double Braces',
      authors: ['Ana Sousa'],
      authorsTruncated: false,
      affiliations: [],
      published: '2019-06-01',
      datePrecision: 'month',
      hasCode: false,
      venue: 'Proceedings of the Example Conference 2019',
      sourceIndex: 2,
    });
  });

  it('should skip the crossref volume', () => {
    expect(imported.papers.map((paper) => paper.title)).toEqual([
      'Weighted Sampling for Rare Events',
      'Streaming Graph Summaries',
      'Nested Braces Inside Titles and Double Braces',
      'A Second Entry With a Repeated Key',
    ]);
    expect(imported.skipped).toEqual([
      {
        location: 'entry proc2019',
        reason:
          'The @proceedings entry describes a volume, not a paper: entry sousa2019 refers to it through crossref and took its venue and date from it.',
      },
    ]);
  });

  it('should warn about a repeated key', () => {
    expect(imported.warnings).toEqual([
      { line: 35, message: 'The key novak2021 is used by 2 entries (lines 7, 35). Each entry was read on its own.' },
    ]);
  });
});

describe('importBibtex with malformed entries', () => {
  const imported = importValid(readFixture('bibtex/malformed.bib'));

  it('should import the good entries around the broken ones', () => {
    expect(imported.papers.map((paper) => [paper.title, paper.sourceIndex])).toEqual([
      ['A Good Entry Before the Broken Ones', 0],
      ['A Good Entry After the Broken Ones', 1],
    ]);
  });

  it('should skip broken entries with reasons', () => {
    expect(imported.skipped).toEqual([
      {
        location: 'entry unbalanced',
        reason: "Line 9, column 1: the entry's opening brace has no matching closing brace before the next entry on line 13.",
      },
      { location: 'entry notitle', reason: 'The entry has no title; every paper needs one.' },
      { location: 'entry badyear', reason: 'Field year: expected a year such as 2024, found "in press".' },
      {
        location: 'entry badeprint',
        reason: 'Field eprint: expected an arXiv identifier such as 2401.00001 or hep-th/9901001, found "2401.1234x".',
      },
      { location: 'entry baddoi', reason: 'Field doi: expected a DOI such as 10.1000/xyz123, found "not-a-doi".' },
      {
        location: 'entry lonedollar',
        reason: 'Line 37, column 26: a "$" starts a math section that the value does not close. Write "\\$" for a dollar sign.',
      },
      {
        location: 'entry missingequals',
        reason: 'Line 41, column 9: the field "title" is not followed by "=" and a value, but by "{No Equals Sign},\\n}\\n".',
      },
      { location: 'line 44', reason: 'The entry has no title; every paper needs one.' },
    ]);
  });

  it('should warn about nothing else', () => {
    expect(imported.warnings).toEqual([]);
  });

  it('should skip an entry cut off by the end', () => {
    const cutOff = importValid('@misc{a, title = {A}}\n@misc{b, title = {B');

    expect(cutOff.skipped).toEqual([
      {
        location: 'entry b',
        reason: "Line 2, column 1: the entry's opening brace has no matching closing brace before the end of the input.",
      },
    ]);
  });

  it('should skip an entry whose TeX cannot be read', () => {
    const broken = importValid('@misc{a, title = {\\newcommand}}\n@misc{b, title = {B}}');

    expect(broken.papers.map((paper) => paper.title)).toEqual(['B']);
    expect(broken.skipped).toHaveLength(1);
    expect(broken.skipped[0]?.location).toBe('entry a');
    expect(broken.skipped[0]?.reason).toMatch(/^The TeX in one of the fields could not be read \(missing name for \\newcommand/);
  });
});

describe('importBibtex field reading', () => {
  it('should read TeX accents in all their spellings', () => {
    const paper = importOne('@article{k, title = {Caf{\\\'e} Fran\\c{c}ais}, author = {M{\\"u}ller, Jos{\\\'e} and \\\'{E}mile \\c{C}elik}}');

    expect(paper.title).toBe('Café Français');
    expect(paper.authors).toEqual(['José Müller', 'Émile Çelik']);
  });

  it('should keep "von" parts and suffixes in reading order', () => {
    const paper = importOne('@article{k, title = {T}, author = {van der Berg, Lea and King, Jr., Martin and {Example Consortium}}}');

    expect(paper.authors).toEqual(['Lea van der Berg', 'Martin King, Jr.', 'Example Consortium']);
  });

  it('should read "and others" as cut list', () => {
    const paper = importOne('@article{k, title = {T}, author = {Ana Sousa and others}}');

    expect(paper.authors).toEqual(['Ana Sousa']);
    expect(paper.authorsTruncated).toBe(true);
  });

  it('should read eprinttype arXiv as biblatex writes it', () => {
    const paper = importOne('@article{k, title = {T}, eprinttype = {arXiv}, eprint = {hep-th/9901001v2}, eprintclass = {hep-th}}');

    expect(paper).toMatchObject({ id: 'arxiv:hep-th/9901001', arxivId: 'hep-th/9901001', arxivVersion: 'v2', category: 'hep-th' });
  });

  it('should ignore an eprint from another archive', () => {
    const paper = importOne('@article{k, title = {T}, eprint = {12345678}, eprinttype = {pubmed}}');

    expect(paper.arxivId).toBeUndefined();
  });

  it('should read an arXiv PDF URL', () => {
    const paper = importOne('@misc{k, title = {T}, url = {https://arxiv.org/pdf/2401.00001v4.pdf}}');

    expect(paper).toMatchObject({ arxivId: '2401.00001', arxivVersion: 'v4', arxivUrl: 'https://arxiv.org/pdf/2401.00001v4.pdf' });
  });

  it('should read DOIs from URLs', () => {
    expect(importOne('@misc{k, title = {T}, url = {https://doi.org/10.1000/a%2Fb}}').doi).toBe('10.1000/a/b');
    expect(importOne('@misc{k, title = {T}, doi = {https://doi.org/10.1000/XYZ\\_1}}').doi).toBe('10.1000/XYZ_1');
  });

  it('should read dates at each precision', () => {
    const published = (fields: string) => {
      const paper = importOne(`@misc{k, title = {T}, ${fields}}`);
      return [paper.published, paper.datePrecision];
    };

    expect(published('year = 2024')).toEqual(['2024-01-01', 'year']);
    expect(published('year = 2024, month = {June}')).toEqual(['2024-06-01', 'month']);
    expect(published('year = 2024, month = {Sept.}')).toEqual(['2024-09-01', 'month']);
    expect(published('year = 2024, month = 11, day = {3}')).toEqual(['2024-11-03', 'day']);
    expect(published('date = {2024-06}')).toEqual(['2024-06-01', 'month']);
    expect(published('date = {2024-06-03/2024-06-05}, year = 1999')).toEqual(['2024-06-03', 'day']);
  });

  it('should warn about an unreadable month', () => {
    const imported = importValid('@misc{k, title = {T}, year = 2024, month = {Spring}}');

    expect(imported.papers[0]).toMatchObject({ published: '2024-01-01', datePrecision: 'year' });
    expect(imported.warnings).toEqual([
      { line: 1, message: 'Entry k: the month "Spring" is not a month name or number, so only the year was kept.' },
    ]);
  });

  it('should warn about an impossible day', () => {
    const imported = importValid('@misc{k, title = {T}, year = 2024, month = feb, day = {30}}');

    expect(imported.papers[0]).toMatchObject({ published: '2024-02-01', datePrecision: 'month' });
    expect(imported.warnings).toEqual([
      { line: 1, message: 'Entry k: the day "30" is not a day of that month, so only the year and month were kept.' },
    ]);
  });

  it('should skip an entry with an impossible date', () => {
    const imported = importValid('@misc{k, title = {T}, date = {2023-02-29}}');

    expect(imported.skipped).toEqual([
      { location: 'entry k', reason: 'Field date: expected a date such as 2024-06-03, 2024-06 or 2024, found "2023-02-29".' },
    ]);
  });

  it('should read the code field that Pubscope writes', () => {
    expect(importOne('@misc{k, title = {T}, code = {https://github.com/x/y%20z}}')).toMatchObject({
      hasCode: true,
      codeUrl: 'https://github.com/x/y%20z',
    });
    expect(importOne('@misc{k, title = {T}, code = {yes}}')).toMatchObject({ hasCode: true });
    expect(importOne('@misc{k, title = {T}, code = {yes}}').codeUrl).toBeUndefined();
  });

  it('should strip formatting and keep literal angle brackets', () => {
    const paper = importOne('@article{k, title = {\\emph{Fast} \\textbf{and} x<y, a <b> tag}, journal = {\\textsc{Acta}}}');

    expect(paper.title).toBe('Fast and x<y, a <b> tag');
    expect(paper.venue).toBe('Acta');
  });

  it('should keep math as written in the abstract', () => {
    const paper = importOne('@article{k, title = {T}, abstract = {We bound $x_i^{2}$\n  by $$\\sum_i  y_i$$ and 10\\%.}}');

    expect(paper.abstract).toBe('We bound $x_i^{2}$ by $$\\sum_i y_i$$ and 10%.');
  });

  it('should ignore keywords and fields it does not use', () => {
    const paper = importOne('@article{k, title = {T}, keywords = {a, b}, pages = {1--2}, publisher = {P}, file = {x.pdf}}');

    expect(paper).toEqual({
      id: 't:5545660d',
      title: 'T',
      authors: [],
      authorsTruncated: false,
      affiliations: [],
      hasCode: false,
      sourceIndex: 0,
    });
  });

  it('should use the first repeated field', () => {
    const imported = importValid('@article{k, title = {First}, title = {Second}}');

    expect(imported.papers[0]?.title).toBe('First');
    expect(imported.warnings).toEqual([
      { line: 1, message: 'Entry k: the field title appears more than once, so its first value was used.' },
    ]);
  });

  it('should warn about unknown names', () => {
    const imported = importValid('@article{k, title = {Bar \\foo{}}, journal = nosuchjournal}');

    expect(imported.papers[0]).toMatchObject({ title: 'Bar \\foo', venue: 'nosuchjournal' });
    expect(imported.warnings).toEqual([
      { message: 'The @string name "nosuchjournal" is not defined, so the name itself was used as the value.' },
      { message: 'The TeX command \\foo is not known, so it was kept as written.' },
    ]);
  });

  it('should warn about a @string definition it cannot read', () => {
    const imported = importValid('@string{venue "Acta"}\n\n@article{k, title = {T}, journal = venue}');

    expect(imported.papers[0]).toMatchObject({ title: 'T', venue: 'venue' });
    expect(imported.warnings).toEqual([
      { message: 'The @string definition on line 1 could not be read, so the names it defines are undefined. Line 1, column 15: the field "venue" is not followed by "=" and a value, but by "\\"Acta\\"}".' },
      { message: 'The @string name "venue" is not defined, so the name itself was used as the value.' },
    ]);
  });

  it('should read parentheses and shared lines', () => {
    const imported = importValid('@article(a, title = {One}) @article{b, title = {Two}}@misc{c, title = "Three"}');

    expect(imported.papers.map((paper) => paper.title)).toEqual(['One', 'Two', 'Three']);
  });

  it('should read an @ inside a value', () => {
    expect(importOne('@misc{k, title = {Mail ana@example.org about \\{@article\\}}}').title).toBe('Mail ana@example.org about {@article}');
  });
});

describe('importBibtex limits and failures', () => {
  it('should fail on empty input', () => {
    expect(importInvalid(' \n\t')).toBe('The file is empty. Expected BibTeX entries such as @article{key, title = {…}}.');
  });

  it('should fail on text with no entry', () => {
    expect(importInvalid('title,authors\nA,B\n')).toBe(NO_ENTRY);
    expect(importInvalid('@string{a = "b"}\n@comment{nothing here}')).toBe(NO_ENTRY);
  });

  it('should fail on input over the size limit', () => {
    expect(importInvalid('@misc{k, title = {T}}', withLimits({ maxInputBytes: 10 }))).toBe(
      'The file is larger than the 10-byte limit for one import. Split it into smaller files and import them one at a time.',
    );
  });

  it('should fail on more papers than the limit', () => {
    expect(importInvalid('@misc{a, title = {A}}\n@misc{b, title = {B}}', withLimits({ maxPapers: 1 }))).toBe(
      'The file has more than 1 papers, the limit for one import. Split it into smaller files.',
    );
  });

  it('should skip an overlong entry unread', () => {
    const imported = importValid(`@misc{long, title = {${'x'.repeat(80)}}}\n@misc{short, title = {S}}`, withLimits({ maxFieldLength: 60 }));

    expect(imported.papers.map((paper) => paper.title)).toEqual(['S']);
    expect(imported.skipped).toEqual([
      { location: 'entry long', reason: 'The entry is 103 characters long, over the limit of 60 for one field, so it was not read.' },
    ]);
  });

  it('should skip a field grown by @string', () => {
    const text = '@string{s = "xxxxxxxxxx"}\n@misc{k, title = s # s # s # s # s # s}';
    const imported = importValid(text, withLimits({ maxFieldLength: 50 }));

    expect(imported.skipped).toEqual([{ location: 'entry k', reason: 'Field title: the value is 60 characters long, over the limit of 50.' }]);
  });

  it('should report progress up to 1', () => {
    const fractions: number[] = [];
    const entries = Array.from({ length: 120 }, (_, index) => `@misc{k${index}, title = {Paper ${index}}}`).join('\n');

    importValid(entries, { onProgress: (fraction) => fractions.push(fraction) });

    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual([...fractions].sort((left, right) => left - right));
    expect(fractions[fractions.length - 1]).toBe(1);
  });

  it('should skip a leading byte order mark', () => {
    expect(importOne('\uFEFF@misc{k, title = {T}}').title).toBe('T');
  });
});

/** Tokens that make up BibTeX-like text, so that generated inputs reach the parser and its error paths. */
const BIBTEX_TOKENS = [
  '@article{',
  '@misc(',
  '@string{',
  '@comment{',
  '@preamble{',
  'key,',
  'title = ',
  'author = ',
  'year = ',
  'month = jan',
  'eprint = ',
  'archivePrefix = {arXiv}',
  'crossref = ',
  'doi = ',
  '{',
  '}',
  '(',
  ')',
  '"',
  '#',
  '=',
  ',',
  '$',
  '\\',
  '\\"u',
  "{\\'e}",
  ' and ',
  'others',
  '2024',
  '2401.00001',
  '10.1000/x',
  '%',
  '@',
  '<i>',
  '\n',
  ' ',
  'x',
];

function expectWellFormed(result: ReturnType<typeof importBibtex>): void {
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

/** Builds random text with a seeded xorshift generator, so that the large-input tests always read the same text. */
function randomText(length: number, alphabet: string, seed: number): string {
  let state = seed;
  const characters: string[] = [];
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    characters.push(alphabet[(state >>> 0) % alphabet.length] as string);
  }

  return characters.join('');
}

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');

describe('importBibtex on arbitrary input', () => {
  it('should return a result for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        expectWellFormed(importBibtex(text));
      }),
      { numRuns: 300 },
    );
  });

  it('should return a result for BibTeX-like token soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BIBTEX_TOKENS), { maxLength: 80 }), (tokens) => {
        expectWellFormed(importBibtex(tokens.join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('should return a result for arbitrary values', () => {
    const value = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.constantFrom(...BIBTEX_TOKENS), { maxLength: 12 }).map((tokens) => tokens.join('')));

    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, value, value), { minLength: 1, maxLength: 4 }), (entries) => {
        const text = entries
          .map(([title, author, year, eprint], index) => `@article{k${index},\n  title = {${title}},\n  author = {${author}},\n  year = {${year}},\n  eprint = {${eprint}}\n}`)
          .join('\n\n');

        expectWellFormed(importBibtex(text));
      }),
      { numRuns: 300 },
    );
  });

  // Each input took 0.2–0.4 s in vitest on a two-core machine under heavy load, so the bound leaves wide room.
  it.each([
    ['printable ASCII', PRINTABLE_ASCII],
    ['printable ASCII with line breaks', `${PRINTABLE_ASCII}\n\n\n`],
    ['BibTeX punctuation', '@{}()=,"#$%\\ak \n'],
  ])('should read 1 MB of random %s in bounded time', (_label, alphabet) => {
    const text = randomText(1024 * 1024, alphabet, 20_240_603);

    const started = performance.now();
    const result = importBibtex(text);
    const elapsed = performance.now() - started;

    expectWellFormed(result);
    expect(elapsed).toBeLessThan(4000);
  });

  it('should read 1 MB of broken entries quickly', () => {
    const text = '@a{k x}\n@b{\n'.repeat(80_000);

    const started = performance.now();
    const result = importBibtex(text);
    const elapsed = performance.now() - started;

    expect(result.ok).toBe(true);
    expect(result.ok ? result.value.skipped.length : 0).toBe(160_000);
    expect(elapsed).toBeLessThan(10_000);
  });
});
