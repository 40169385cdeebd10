import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

import { importArxivAtom } from '../../../../src/domain/importers/arxiv-atom';
import { parseArxivReference, stripDoiResolver } from '../../../../src/domain/importers/arxiv-atom/identifiers';
import { findExcessiveNesting } from '../../../../src/domain/importers/arxiv-atom/nesting-depth';
import { describeXmlParseError } from '../../../../src/domain/importers/arxiv-atom/xml-parse-error';
import type { ImportLimits, ImporterOptions, ParsedImport } from '../../../../src/domain/importers/import-outcome';
import { DEFAULT_IMPORT_LIMITS } from '../../../../src/domain/importers/import-outcome';
import { validatePaper } from '../../../../src/domain/schema';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

function readFixture(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

function importValid(text: string, options?: ImporterOptions): ParsedImport {
  const result = importArxivAtom(text, options);
  if (!result.ok) throw new Error(`Expected the feed to import, but it failed: ${result.error}`);

  return result.value;
}

function importInvalid(text: string, options?: ImporterOptions): string {
  const result = importArxivAtom(text, options);
  if (result.ok) throw new Error('Expected the feed to fail, but it imported.');

  return result.error;
}

function withLimits(limits: Partial<ImportLimits>): ImporterOptions {
  return { limits: { ...DEFAULT_IMPORT_LIMITS, ...limits } };
}

/** Wraps entry elements in a feed that declares the Atom and arXiv namespaces at the root, as the current API does. */
function feed(...entries: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">',
    ...entries,
    '</feed>',
  ].join('\n');
}

function entry(...children: string[]): string {
  return `<entry>${children.join('')}</entry>`;
}

const ENTRY_ID = '<id>http://arxiv.org/abs/2405.01234v1</id>';
const ENTRY_TITLE = '<title>Sparse Probes for Risk Decisions</title>';

const EXPECTED_SHAPE = 'Expected an arXiv API Atom feed: XML with a <feed> root element holding <entry> elements';

const UNEXPECTED_FAILURE = /failed unexpectedly/;

describe('importArxivAtom with the real legacy feed', () => {
  const imported = importValid(readFixture('real-exports/arxiv-atom-feed-legacy.xml'));

  it('should read both entries and warn that the feed is one page', () => {
    expect(imported.format).toBe('arxiv-atom');
    expect(imported.papers).toHaveLength(2);
    expect(imported.skipped).toEqual([]);
    expect(imported.profile).toBeUndefined();
    expect(imported.warnings).toEqual([
      {
        message:
          'This feed is one page: it contains 2 of the 5,619 entries that match the query. Fetch the other pages (with the "start" and "max_results" parameters) and import them too.',
      },
    ]);
  });

  it('should pin every field of the first entry', () => {
    expect(imported.papers[0]).toEqual({
      id: 'arxiv:2510.14968',
      title: 'RDD: Retrieval-Based Demonstration Decomposer for Planner Alignment in Long-Horizon Tasks',
      authors: ['Mingxuan Yan', 'Yuping Wang', 'Zechun Liu', 'Jiachen Li'],
      authorsTruncated: false,
      affiliations: [],
      category: 'cs.RO',
      published: '2025-10-16',
      datePrecision: 'day',
      hasCode: false,
      arxivId: '2510.14968',
      arxivVersion: 'v1',
      arxivUrl: 'https://arxiv.org/abs/2510.14968',
      abstract:
        'To tackle long-horizon tasks, recent hierarchical vision-language-action (VLAs) frameworks employ vision-language model (VLM)-based planners to decompose complex manipulation tasks into simpler sub-tasks that low-level visuomotor policies can easily handle. Typically, the VLM planner is finetuned to learn to decompose a target task. This finetuning requires target task demonstrations segmented into sub-tasks by either human annotation or heuristic rules. However, the heuristic subtasks can deviate significantly from the training data of the visuomotor policy, which degrades task performance. To address these issues, we propose a Retrieval-based Demonstration Decomposer (RDD) that automatically decomposes demonstrations into sub-tasks by aligning the visual features of the decomposed sub-task intervals with those from the training data of the low-level visuomotor policies. Our method outperforms the state-of-the-art sub-task decomposer on both simulation and real-world tasks, demonstrating robustness across diverse settings. Code and more results are available at rdd-neurips.github.io.',
      sourceIndex: 0,
    });
  });

  it('should pin every field of the second entry', () => {
    expect(imported.papers[1]).toEqual({
      id: 'arxiv:2510.14827',
      title: 'Neural Implicit Flow Fields for Spatio-Temporal Motion Mapping',
      authors: ['Yufei Zhu', 'Shih-Min Yang', 'Andrey Rudenko', 'Tomasz P. Kucner', 'Achim J. Lilienthal', 'Martin Magnusson'],
      authorsTruncated: false,
      affiliations: [],
      category: 'cs.RO',
      published: '2025-10-16',
      datePrecision: 'day',
      hasCode: false,
      arxivId: '2510.14827',
      arxivVersion: 'v1',
      arxivUrl: 'https://arxiv.org/abs/2510.14827',
      abstract:
        'Safe and efficient robot operation in complex human environments can benefit from good models of site-specific motion patterns. Maps of Dynamics (MoDs) provide such models by encoding statistical motion patterns in a map, but existing representations use discrete spatial sampling and typically require costly offline construction. We propose a continuous spatio-temporal MoD representation based on implicit neural functions that directly map coordinates to the parameters of a Semi-Wrapped Gaussian Mixture Model. This removes the need for discretization and imputation for unevenly sampled regions, enabling smooth generalization across both space and time. Evaluated on a large public dataset with long-term real-world people tracking data, our method achieves better accuracy of motion representation and smoother velocity distributions in sparse regions while still being computationally efficient, compared to available baselines. The proposed approach demonstrates a powerful and efficient way of modeling complex human motion patterns.',
      sourceIndex: 1,
    });
  });

  it('should leave out the DOI, venue and score the feed lacks', () => {
    for (const paper of imported.papers) {
      expect(paper.doi).toBeUndefined();
      expect(paper.venue).toBeUndefined();
      expect(paper.score).toBeUndefined();
      expect(validatePaper(paper).ok).toBe(true);
    }
  });
});

describe('importArxivAtom with an invented feed', () => {
  const imported = importValid(readFixture('arxiv-atom/feed-with-affiliations.xml'));

  it('should read an old-style id with affiliations, DOI and journal reference', () => {
    expect(imported.papers[0]).toEqual({
      id: 'arxiv:hep-th/9901001',
      title: 'Boundary States of Open Strings on Curved Branes',
      authors: ['Ana Sousa', 'Wei Zhang'],
      authorsTruncated: false,
      affiliations: ['Northfield University', 'Lakeside Institute of Technology'],
      category: 'hep-th',
      published: '1999-01-04',
      datePrecision: 'day',
      hasCode: false,
      arxivId: 'hep-th/9901001',
      arxivVersion: 'v2',
      arxivUrl: 'https://arxiv.org/abs/hep-th/9901001',
      doi: '10.1000/bsos.1999.4',
      venue: 'Journal of String Studies 4 (1999) 101-112',
      abstract: 'We compute boundary states for open strings on curved branes. The spectrum matches earlier results.',
      sourceIndex: 0,
    });
  });

  it('should read an entry without primary category or date', () => {
    expect(imported.papers[1]).toEqual({
      id: 'arxiv:2405.01234',
      title: 'Sparse Probes for Risk Decisions',
      authors: ['Lea Novak'],
      authorsTruncated: false,
      affiliations: [],
      category: 'cs.LG',
      hasCode: false,
      arxivId: '2405.01234',
      arxivVersion: 'v3',
      arxivUrl: 'https://arxiv.org/abs/2405.01234',
      abstract: 'We test twelve models on a risk game.',
      sourceIndex: 1,
    });
  });

  it('should keep a second version of a paper under a suffixed id', () => {
    expect(imported.papers[2]).toEqual({
      id: 'arxiv:hep-th/9901001-2',
      title: 'Boundary States of Open Strings on Curved Branes',
      authors: ['Ana Sousa'],
      authorsTruncated: false,
      affiliations: [],
      published: '1999-01-04',
      datePrecision: 'day',
      hasCode: false,
      arxivId: 'hep-th/9901001',
      arxivVersion: 'v1',
      arxivUrl: 'https://arxiv.org/abs/hep-th/9901001',
      sourceIndex: 2,
    });
    expect(imported.warnings).toEqual([
      {
        record: 5,
        message:
          'Entry 5 has the same id (arxiv:hep-th/9901001) as entry 1, so it is likely the same paper. Both are kept, and the later one has the id arxiv:hep-th/9901001-2.',
      },
    ]);
  });

  it('should skip untitled and misdated entries', () => {
    expect(imported.skipped).toEqual([
      { location: 'entry 3', reason: 'no title: the <title> element is missing or empty' },
      {
        location: 'entry 4',
        reason: '<published> "2024-13-01T00:00:00Z" is not a valid date such as 2025-10-16T17:59:37Z',
      },
    ]);
  });
});

describe('importArxivAtom entries', () => {
  it('should read a feed without namespace declarations', () => {
    const imported = importValid(
      '<feed><entry><id>http://arxiv.org/abs/2405.01234v1</id><title>Sparse Probes</title></entry></feed>',
    );

    expect(imported.papers.map((paper) => paper.id)).toEqual(['arxiv:2405.01234']);
  });

  it('should ignore entries and fields in other namespaces', () => {
    const imported = importValid(
      feed(
        entry(ENTRY_ID, ENTRY_TITLE, '<x:doi xmlns:x="urn:example">10.1000/other</x:doi>'),
        '<x:entry xmlns:x="urn:example"><x:id>http://arxiv.org/abs/2406.00001v1</x:id></x:entry>',
      ),
    );

    expect(imported.papers).toHaveLength(1);
    expect(imported.papers[0]!.doi).toBeUndefined();
  });

  it('should not take the feed title or an author name for entry fields', () => {
    const imported = importValid(
      feed(
        '<title>ArXiv Query: au:Sousa_A</title>',
        entry(ENTRY_ID, '<author><name>Ana Sousa</name><title>Not the title</title></author>'),
      ),
    );

    expect(imported.papers).toEqual([]);
    expect(imported.skipped).toEqual([{ location: 'entry 1', reason: 'no title: the <title> element is missing or empty' }]);
  });

  it('should read a DOI written with a resolver prefix', () => {
    const [paper] = importValid(feed(entry(ENTRY_ID, ENTRY_TITLE, '<arxiv:doi>https://doi.org/10.1000/SPR.2024</arxiv:doi>')))
      .papers;

    expect(paper!.doi).toBe('10.1000/SPR.2024');
    expect(paper!.id).toBe('arxiv:2405.01234');
  });

  it('should read the date as written in the timestamp, whatever its zone', () => {
    const [paper] = importValid(feed(entry(ENTRY_ID, ENTRY_TITLE, '<published>2024-05-02T23:30:00-04:00</published>')))
      .papers;

    expect(paper!.published).toBe('2024-05-02');
  });

  it('should decode character references in text', () => {
    const [paper] = importValid(
      feed(entry(ENTRY_ID, '<title>Risk &amp; Reward in &lt;10&gt; Games &#x2014; Revisited</title>')),
    ).papers;

    expect(paper!.title).toBe('Risk & Reward in <10> Games — Revisited');
  });

  it.each([
    [entry(ENTRY_TITLE), 'no arXiv id: the <id> element is missing or empty'],
    [entry('<id>  </id>', ENTRY_TITLE), 'no arXiv id: the <id> element is missing or empty'],
    [
      entry('<id>https://example.org/papers/17</id>', ENTRY_TITLE),
      '<id> "https://example.org/papers/17" is not an arXiv abstract URL such as http://arxiv.org/abs/2510.14968v1',
    ],
    [entry(ENTRY_ID, '<title/>'), 'no title: the <title> element is missing or empty'],
    [
      entry(ENTRY_ID, ENTRY_TITLE, '<published>yesterday</published>'),
      '<published> "yesterday" is not a valid date such as 2025-10-16T17:59:37Z',
    ],
    [
      entry(ENTRY_ID, ENTRY_TITLE, '<published>2023-02-29T00:00:00Z</published>'),
      '<published> "2023-02-29T00:00:00Z" is not a valid date such as 2025-10-16T17:59:37Z',
    ],
  ])('should skip %s', (badEntry, reason) => {
    const imported = importValid(feed(entry(ENTRY_ID, ENTRY_TITLE), badEntry));

    expect(imported.papers).toHaveLength(1);
    expect(imported.skipped).toEqual([{ location: 'entry 2', reason }]);
  });

  it('should skip an entry with a field over maxFieldLength', () => {
    const longTitle = '<title>Sparse Probes for Risk Decisions in Twelve Models</title>';
    const imported = importValid(
      feed(entry(ENTRY_ID, ENTRY_TITLE), entry(ENTRY_ID, longTitle)),
      withLimits({ maxFieldLength: 40 }),
    );

    expect(imported.papers.map((paper) => paper.title)).toEqual(['Sparse Probes for Risk Decisions']);
    expect(imported.skipped).toEqual([
      { location: 'entry 2', reason: 'field title is 49 characters long, over the limit of 40' },
    ]);
  });

  it('should report progress that ends at 1', () => {
    const fractions: number[] = [];

    importValid(feed(entry(ENTRY_ID, ENTRY_TITLE)), { onProgress: (fraction) => fractions.push(fraction) });

    expect(fractions).toEqual([1]);
  });
});

describe('importArxivAtom failures', () => {
  it('should name the line and column of a mismatched tag', () => {
    expect(importInvalid(readFixture('arxiv-atom/malformed-mismatched-tag.xml'))).toBe(
      'Line 5, column 51: invalid XML, unexpected close tag.',
    );
  });

  it('should report an arXiv API error feed', () => {
    expect(importInvalid(readFixture('arxiv-atom/api-error.xml'))).toBe(
      'The arXiv API returned an error instead of papers: incorrect id format for 2405.1234x. Check the query and fetch the feed again.',
    );
  });

  it('should reject an RSS document', () => {
    expect(importInvalid(readFixture('arxiv-atom/rss-not-atom.xml'))).toBe(
      `${EXPECTED_SHAPE}, but the root element is <rss>.`,
    );
  });

  it('should warn about a feed with no entries', () => {
    const imported = importValid(readFixture('arxiv-atom/empty-feed.xml'));

    expect(imported.papers).toEqual([]);
    expect(imported.skipped).toEqual([]);
    expect(imported.warnings).toEqual([{ message: 'The feed contains no entries, so there are no papers to import.' }]);
  });

  it.each([
    ['', `The input is empty. ${EXPECTED_SHAPE}.`],
    ['\uFEFF \n', `The input is empty. ${EXPECTED_SHAPE}.`],
    ['not xml at all', 'Line 1, column 14: invalid XML, text data outside of root node.'],
    ['<feed', 'Line 1, column 5: invalid XML, document must contain a root element.'],
    ['<feed>\n<entry>&nbsp;</entry></feed>', 'Line 2, column 13: invalid XML, undefined entity.'],
    ['<feed><x:entry/></feed>', 'Line 1, column 16: invalid XML, unbound namespace prefix: "x".'],
    ['<feed xmlns="urn:example"/>', `${EXPECTED_SHAPE}, but the root element is <feed>.`],
    ['{"results": []}', 'Line 1, column 15: invalid XML, text data outside of root node.'],
  ])('should reject %j', (text, message) => {
    expect(importInvalid(text)).toBe(message);
  });

  it('should reject elements nested deeper than 100 levels', () => {
    // The root is level 1, so the 100th <entry> (at column 694 of line 2) is level 101.
    expect(importInvalid(`<feed>\n${'<entry>'.repeat(101)}`)).toBe(
      `Line 2, column 694: elements nest more than 100 levels deep, but an arXiv feed needs only four. ${EXPECTED_SHAPE}.`,
    );
  });

  it('should reject input over maxInputBytes', () => {
    expect(importInvalid(feed(entry(ENTRY_ID, ENTRY_TITLE)), withLimits({ maxInputBytes: 100 }))).toBe(
      'The input is larger than the 100-byte limit for one import. Split it into smaller files and import them one at a time.',
    );
  });

  it('should reject more entries than maxPapers', () => {
    const threeEntries = feed(entry(ENTRY_ID, ENTRY_TITLE), entry(ENTRY_ID, ENTRY_TITLE), entry(ENTRY_ID, ENTRY_TITLE));

    expect(importInvalid(threeEntries, withLimits({ maxPapers: 2 }))).toBe(
      'The input contains 3 entries, more than the limit of 2 papers for one import. Split it into smaller files.',
    );
  });

  describe('without DOMParser', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('should say that the feed must be read on the page', () => {
      vi.stubGlobal('DOMParser', undefined);

      expect(importInvalid(feed(entry(ENTRY_ID, ENTRY_TITLE)))).toBe(
        'This environment has no DOMParser (Web Workers have none), so the arXiv Atom feed cannot be read here. Import it on the page instead.',
      );
    });
  });
});

describe('describeXmlParseError', () => {
  function parserError(text: string): Element {
    const element = document.createElementNS('http://www.w3.org/1999/xhtml', 'parsererror');
    element.textContent = text;
    return element;
  }

  it.each([
    [
      'Blink and WebKit',
      'This page contains the following errors:error on line 5 at column 51: Opening and ending tag mismatch: title line 0 and titel\nBelow is a rendering of the page up to the first error.',
      'Line 5, column 51: invalid XML, Opening and ending tag mismatch: title line 0 and titel.',
    ],
    [
      'Gecko',
      'XML Parsing Error: mismatched tag. Expected: </title>.\nLocation: http://127.0.0.1:5173/\nLine Number 5, Column 51:',
      'Line 5, column 51: invalid XML, mismatched tag. Expected: </title>.',
    ],
    ['saxes in jsdom', '1:0: document must contain a root element.', 'Line 1, column 1: invalid XML, document must contain a root element.'],
    ['an unknown engine', 'Something went wrong.', 'Invalid XML: Something went wrong.'],
    ['an empty message', '', 'The input is not well-formed XML. Expected an arXiv API Atom feed.'],
  ])('should read the wording of %s', (_engine, text, message) => {
    expect(describeXmlParseError(parserError(text))).toBe(message);
  });
});

describe('findExcessiveNesting', () => {
  it.each([
    ['nesting at the limit', '<a><b><c></c></b></a>', 3, undefined],
    ['nesting over the limit', '<a><b><c><d>', 3, 9],
    ['siblings', '<a><b/><b></b><b x="1"/><b></b></a>', 2, undefined],
    ['comments', '<a><!-- <b><c><d> --></a>', 1, undefined],
    ['CDATA sections', '<a><![CDATA[<b><c><d>]]></a>', 1, undefined],
    ['quoted attribute values', '<a title="x>y" note=\'<b>\'><b/></a>', 1, undefined],
    ['declarations', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</a>', 1, undefined],
    ['a less-than sign that opens no tag', '<a> 1 < 2 <b/></a>', 1, undefined],
  ])('should handle %s', (_case, text, maxDepth, offset) => {
    expect(findExcessiveNesting(text, maxDepth)).toBe(offset);
  });
});

describe('parseArxivReference', () => {
  it.each([
    ['http://arxiv.org/abs/2510.14968v1', { id: '2510.14968', version: 'v1' }],
    ['https://arxiv.org/abs/0704.0001', { id: '0704.0001' }],
    ['https://export.arxiv.org/abs/2405.01234v12', { id: '2405.01234', version: 'v12' }],
    ['https://arxiv.org/pdf/2405.01234v2.pdf', { id: '2405.01234', version: 'v2' }],
    ['https://arxiv.org/abs/2405.01234?context=cs', { id: '2405.01234' }],
    ['http://arxiv.org/abs/hep-th/9901001v2', { id: 'hep-th/9901001', version: 'v2' }],
    ['http://arxiv.org/abs/math.GT/0309136', { id: 'math.GT/0309136' }],
    ['https://doi.org/10.48550/arXiv.2405.01234', { id: '2405.01234' }],
    ['10.48550/arxiv.cond-mat/0102536', { id: 'cond-mat/0102536' }],
    ['arXiv:2405.01234v3', { id: '2405.01234', version: 'v3' }],
    [' 2405.01234 ', { id: '2405.01234' }],
  ])('should read %s', (text, reference) => {
    expect(parseArxivReference(text)).toEqual(reference);
  });

  it.each([
    'https://arxiv.org/list/cs.LG/recent',
    'https://example.org/abs/2405.01234',
    '10.7717/peerj.4375',
    '2405.123',
    'arXiv',
    'http://arxiv.org/api/errors#incorrect_id_format_for_2405.1234x',
  ])('should reject %s', (text) => {
    expect(parseArxivReference(text)).toBeUndefined();
  });
});

describe('stripDoiResolver', () => {
  it.each([
    ['https://doi.org/10.7717/peerj.4375', '10.7717/peerj.4375'],
    ['http://dx.doi.org/10.7717/peerj.4375', '10.7717/peerj.4375'],
    ['doi: 10.7717/peerj.4375', '10.7717/peerj.4375'],
    [' 10.7717/peerj.4375 ', '10.7717/peerj.4375'],
  ])('should strip %s', (doi, bare) => {
    expect(stripDoiResolver(doi)).toBe(bare);
  });
});

describe('importArxivAtom properties', () => {
  const xmlFragment = fc.constantFrom(
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '</feed>',
    '<entry>',
    '</entry>',
    '<id>http://arxiv.org/abs/2405.01234v1</id>',
    '<id>',
    '</id>',
    '<title>',
    '</title>',
    '<published>2024-05-02T00:00:00Z</published>',
    '<author><name>Ana Sousa</name></author>',
    '<arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">10.1000/x</arxiv:doi>',
    '&amp;',
    '&bogus;',
    '<![CDATA[x]]>',
    '<!-- note -->',
    'Sparse Probes',
    ' ',
    '\n',
  );

  it('should return a result for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = importArxivAtom(text);

        if (!result.ok) expect(result.error).not.toMatch(UNEXPECTED_FAILURE);
      }),
      { numRuns: 300 },
    );
  });

  it('should return a result for arbitrary sequences of feed fragments', () => {
    fc.assert(
      fc.property(fc.array(xmlFragment, { maxLength: 40 }), (fragments) => {
        const result = importArxivAtom(fragments.join(''));
        if (!result.ok) {
          expect(result.error).not.toMatch(UNEXPECTED_FAILURE);
          return;
        }

        result.value.papers.forEach((paper, index) => {
          expect(paper.sourceIndex).toBe(index);
          expect(validatePaper(paper).ok).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('should read back generated titles and authors with white space folded', () => {
    const text = fc.string({ minLength: 1, maxLength: 60 }).filter((value) => value.trim() !== '');
    const escapeXml = (value: string): string =>
      value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const fold = (value: string): string => value.replace(/\s+/g, ' ').trim();

    fc.assert(
      fc.property(fc.array(fc.record({ title: text, authors: fc.array(text, { maxLength: 4 }) }), { maxLength: 6 }), (records) => {
        const entries = records.map(({ title, authors }, index) =>
          entry(
            `<id>http://arxiv.org/abs/2405.${String(10000 + index)}v1</id>`,
            `<title>${escapeXml(title)}</title>`,
            ...authors.map((author) => `<author><name>${escapeXml(author)}</name></author>`),
          ),
        );

        const imported = importValid(feed(...entries));

        expect(imported.papers.map((paper) => paper.title)).toEqual(records.map(({ title }) => fold(title)));
        expect(imported.papers.map((paper) => paper.authors)).toEqual(
          records.map(({ authors }) => authors.map(fold).filter((author) => author !== '')),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('should finish 1 MB of random or deeply nested input quickly', () => {
    const random = fc.sample(fc.string({ unit: 'binary', minLength: 1_000, maxLength: 1_000 }), { numRuns: 1_000, seed: 11 });
    const inputs = [
      random.join(''),
      `<feed xmlns="http://www.w3.org/2005/Atom">${random.join('')}`,
      '<a>'.repeat(340_000),
      `<!--${'<a>'.repeat(340_000)}`,
    ];

    for (const input of inputs) {
      const started = performance.now();
      const result = importArxivAtom(input);
      const elapsed = performance.now() - started;

      if (!result.ok) expect(result.error).not.toMatch(UNEXPECTED_FAILURE);
      expect(input.length).toBeGreaterThan(1_000_000);
      expect(elapsed).toBeLessThan(2_000);
    }
  });

  it('should import a feed of 4,000 entries quickly', () => {
    const entries = Array.from({ length: 4_000 }, (_, index) =>
      entry(`<id>http://arxiv.org/abs/2405.${10000 + index}v1</id>`, ENTRY_TITLE, '<author><name>Ana Sousa</name></author>'),
    );
    const started = performance.now();

    const imported = importValid(feed(...entries));

    expect(imported.papers).toHaveLength(4_000);
    // It took 1.1 s, most of it in jsdom's parser, on a shared two-core machine under heavy load.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('should not expand nested entities without bound', () => {
    const levels = ['<!ENTITY a0 "aaaaaaaaaa">'];
    for (let level = 1; level < 8; level++) {
      levels.push(`<!ENTITY a${level} "${`&a${level - 1};`.repeat(10)}">`);
    }
    const text = `<!DOCTYPE feed [${levels.join('')}]><feed xmlns="http://www.w3.org/2005/Atom">${entry(ENTRY_ID, '<title>&a7;</title>')}</feed>`;
    const started = performance.now();

    const result = importArxivAtom(text);

    if (!result.ok) expect(result.error).not.toMatch(UNEXPECTED_FAILURE);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
