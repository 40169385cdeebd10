import { parseProfileText, type ProfileTextImport } from '../../../src/domain/importers/profile-text';
import { paperIdFromTitle } from '../../../src/domain/paper-id';

const CAPTURED_ON = '2026-12-04';

function parseValid(text: string, capturedOn = CAPTURED_ON): ProfileTextImport {
  const result = parseProfileText(text, { capturedOn });
  if (!result.ok) throw new Error(`Expected the text to parse, but it failed: ${result.error}`);

  return result.value;
}

function parseInvalid(text: string, capturedOn = CAPTURED_ON): string {
  const result = parseProfileText(text, { capturedOn });
  if (result.ok) throw new Error('Expected the text to fail, but it parsed.');

  return result.error;
}

/** Header of 10 lines (blank lines included), so the first paper starts on line 11. */
const HEADER = [
  'Alex Moreau',
  '',
  'LG',
  'h-index12',
  '2papers',
  '1,430citations',
  'Novelty40%',
  'AI Score50',
  '',
  '2 Papers',
];

const FIRST_PAPER = [
  '',
  '48.4CLJun 3',
  'Sparse Probes for Risk Decisions',
  '',
  'Wei Zhang, Alex Moreau, Ana Sousa et al. · northlab',
  '',
  'We test 12 models on a risk game.',
];

const SECOND_PAPER = [
  '',
  'LGMar 26, 2025Code',
  'Tabular Baselines Revisited',
  '',
  'Ana Sousa, Wei Zhang',
  '',
  'Gradient boosting still wins on small tables.',
];

const PROFILE_TEXT = [...HEADER, ...FIRST_PAPER, ...SECOND_PAPER].join('\n');

/** Builds a profile text whose header is only a name and a category, so the first paper starts on line 3. */
function singlePaperText(...paperLines: string[]): string {
  return ['Alex Moreau', 'LG', ...paperLines].join('\n');
}

describe('parseProfileText', () => {
  describe('header', () => {
    it('reads name, category and figures', () => {
      const { profile } = parseValid(PROFILE_TEXT);

      expect(profile).toEqual({
        name: 'Alex Moreau',
        primaryCategory: 'LG',
        reported: { hIndex: 12, paperCount: 2, citations: 1430, noveltyPercent: 40, aiScore: 50 },
        capturedOn: '2026-12-04',
      });
    });

    it('reads figures in any order', () => {
      const text = singlePaperText('AI Score57', '3citations', 'Novelty55%', 'h-index41', '1paper').replace(
        'LG\n',
        '',
      );

      const { profile } = parseValid(`${text}\nLGJun 3\nA Title\nWei Zhang`);

      expect(profile.reported).toEqual({ aiScore: 57, citations: 3, noveltyPercent: 55, hIndex: 41, paperCount: 1 });
    });

    it('leaves missing figures out', () => {
      const { profile } = parseValid(['Wei Zhang', 'h-index3', 'LGJun 3', 'A Title', 'Wei Zhang'].join('\n'));

      expect(profile.reported).toEqual({ hIndex: 3 });
      expect(profile).not.toHaveProperty('primaryCategory');
    });

    it('reads profile with only a name', () => {
      const { profile, papers } = parseValid(['Wei Zhang', 'LGJun 3', 'A Title', 'Wei Zhang'].join('\n'));

      expect(profile).toEqual({ name: 'Wei Zhang', reported: {}, capturedOn: CAPTURED_ON });
      expect(papers).toHaveLength(1);
    });

    it('reads thousands separators', () => {
      const commas = parseValid(['Ana Sousa', '12,345,678citations', '1,204 Papers'].join('\n'));
      const narrowSpaces = parseValid(['Ana Sousa', '1\u202F430citations'].join('\n'));

      expect(commas.profile.reported.citations).toBe(12345678);
      expect(commas.profile.reported.paperCount).toBe(1204);
      expect(narrowSpaces.profile.reported.citations).toBe(1430);
    });

    it('reads singular paper counts', () => {
      const { profile, papers, warnings } = parseValid(
        singlePaperText('1paper', '1 Paper', 'LGJun 3', 'A Title', 'Wei Zhang'),
      );

      expect(profile.reported.paperCount).toBe(1);
      expect(papers).toHaveLength(1);
      expect(warnings).toEqual([]);
    });

    it('reads profile without papers', () => {
      const { profile, papers, warnings } = parseValid(['Ana Sousa', 'CV', 'h-index2', '0 Papers'].join('\n'));

      expect(profile.primaryCategory).toBe('CV');
      expect(papers).toEqual([]);
      expect(warnings).toEqual([]);
    });

    it('defaults capture date to today', () => {
      const result = parseProfileText(singlePaperText('LGDec 5', 'A Title', 'Wei Zhang'), {
        now: new Date(2026, 11, 4, 23, 30),
      });
      if (!result.ok) throw new Error(result.error);

      expect(result.value.profile.capturedOn).toBe('2026-12-04');
      expect(result.value.papers[0]?.published).toBe('2025-12-05');
    });

    it('rejects invalid capture date', () => {
      const error = parseInvalid(PROFILE_TEXT, '2026-02-30');

      expect(error).toBe(
        'The capture date "2026-02-30" is not a valid date. Write it as yyyy-mm-dd, such as "2026-12-04".',
      );
    });

    it('keeps first of repeated figures', () => {
      const text = ['Ana Sousa', 'h-index4', 'h-index5', 'LGJun 3', 'A Title', 'Wei Zhang'].join('\n');

      const { profile, warnings } = parseValid(text);

      expect(profile.reported.hIndex).toBe(4);
      expect(warnings).toEqual([
        {
          line: 3,
          message:
            'The header gives the h-index more than once. The first value, 4, is kept and "h-index5" is ignored.',
        },
      ]);
    });
  });

  describe('papers', () => {
    it('reads every field of a paper', () => {
      const { papers } = parseValid(PROFILE_TEXT);

      expect(papers[0]).toEqual({
        id: paperIdFromTitle('Sparse Probes for Risk Decisions', 2026),
        title: 'Sparse Probes for Risk Decisions',
        authors: ['Wei Zhang', 'Alex Moreau', 'Ana Sousa'],
        authorsTruncated: true,
        affiliations: ['northlab'],
        category: 'CL',
        published: '2026-06-03',
        datePrecision: 'day',
        score: 48.4,
        hasCode: false,
        abstract: 'We test 12 models on a risk game.',
        sourceIndex: 0,
      });
      expect(papers[1]).toEqual({
        id: paperIdFromTitle('Tabular Baselines Revisited', 2025),
        title: 'Tabular Baselines Revisited',
        authors: ['Ana Sousa', 'Wei Zhang'],
        authorsTruncated: false,
        affiliations: [],
        category: 'LG',
        published: '2025-03-26',
        datePrecision: 'day',
        hasCode: true,
        abstract: 'Gradient boosting still wins on small tables.',
        sourceIndex: 1,
      });
    });

    it('derives ids from title and year', () => {
      const { papers } = parseValid(PROFILE_TEXT);

      expect(papers[0]?.id).toMatch(/^t:[0-9a-f]{8}$/);
      expect(papers[0]?.id).not.toBe(papers[1]?.id);
    });

    it('reads scores without decimals', () => {
      const { papers } = parseValid(singlePaperText('97LGMay 25', 'A Title', 'Wei Zhang'));

      expect(papers[0]?.score).toBe(97);
      expect(papers[0]?.category).toBe('LG');
      expect(papers[0]?.published).toBe('2026-05-25');
    });

    it('reads score of 100 and 0', () => {
      const { papers } = parseValid(
        singlePaperText('100CVJun 3', 'First Title', 'Wei Zhang', '0CVJun 4', 'Second Title', 'Wei Zhang'),
      );

      expect(papers[0]?.score).toBe(100);
      expect(papers[1]?.score).toBe(0);
    });

    it.each([
      ['CV', 'CVJun 3'],
      ['RO', 'ROJun 3'],
      ['CR', '12.5CRJun 3'],
      ['IR', 'IRJun 3'],
      ['NE', 'NEJun 3'],
      ['HC', 'HCJun 3'],
      ['MA', 'MAJun 3'],
      ['stat.ML', 'stat.MLJun 3'],
      ['cs.CL', '61.2cs.CLJun 3'],
      ['q-bio.NC', 'q-bio.NCJun 3'],
      ['eess.AS', 'eess.ASJun 3'],
      ['math.OC', 'math.OCJun 3'],
      ['astro-ph.GA', 'astro-ph.GAJun 3'],
      ['hep-th', 'hep-thJun 3'],
    ])('reads category code %s', (category, metaLine) => {
      const { papers } = parseValid(singlePaperText(metaLine, 'A Title', 'Wei Zhang'));

      expect(papers[0]?.category).toBe(category);
      expect(papers[0]?.published).toBe('2026-06-03');
    });

    it.each([
      ['LGMar 2025', '2025-03-01', 'month'],
      ['LGMarch 2025', '2025-03-01', 'month'],
      ['LG2025', '2025-01-01', 'year'],
      ['LGJune 3, 2025', '2025-06-03', 'day'],
      ['LGSept 9, 2024', '2024-09-09', 'day'],
      ['LGFeb 29, 2024', '2024-02-29', 'day'],
    ])('reads date in %s', (metaLine, published, datePrecision) => {
      const { papers } = parseValid(singlePaperText(metaLine, 'A Title', 'Wei Zhang'));

      expect(papers[0]?.published).toBe(published);
      expect(papers[0]?.datePrecision).toBe(datePrecision);
    });

    it('reads code mark on any date form', () => {
      const { papers } = parseValid(
        singlePaperText('LGJun 3Code', 'First Title', 'Wei Zhang', '88LG2025Code', 'Second Title', 'Wei Zhang'),
      );

      expect(papers[0]?.hasCode).toBe(true);
      expect(papers[1]?.hasCode).toBe(true);
      expect(papers[1]?.score).toBe(88);
    });

    it('numbers papers in file order', () => {
      const { papers } = parseValid(
        singlePaperText(
          ...['LGJun 3', 'First', 'Wei Zhang'],
          ...['LGJun 2', 'Second', 'Ana Sousa'],
          ...['LGJun 1', 'Third', 'Alex Moreau'],
        ),
      );

      expect(papers.map((paper) => paper.sourceIndex)).toEqual([0, 1, 2]);
      expect(papers.map((paper) => paper.title)).toEqual(['First', 'Second', 'Third']);
    });
  });

  describe('yearless dates', () => {
    it('puts earlier dates in capture year', () => {
      const { papers } = parseValid(singlePaperText('LGJan 1', 'A Title', 'Wei Zhang'));

      expect(papers[0]?.published).toBe('2026-01-01');
    });

    it('puts capture date itself in capture year', () => {
      const { papers } = parseValid(singlePaperText('LGDec 4', 'A Title', 'Wei Zhang'));

      expect(papers[0]?.published).toBe('2026-12-04');
    });

    it('puts later dates in previous year', () => {
      const { papers } = parseValid(singlePaperText('LGDec 5', 'A Title', 'Wei Zhang'));

      expect(papers[0]?.published).toBe('2025-12-05');
    });

    it('rolls back across new year', () => {
      const { papers } = parseValid(
        singlePaperText(
          ...['LGDec 30', 'First', 'Wei Zhang'],
          ...['LGJan 10', 'Second', 'Wei Zhang'],
          ...['LGJan 11', 'Third', 'Wei Zhang'],
        ),
        '2027-01-10',
      );

      expect(papers[0]?.published).toBe('2026-12-30');
      expect(papers[1]?.published).toBe('2027-01-10');
      expect(papers[2]?.published).toBe('2026-01-11');
    });

    it('keeps explicit future years', () => {
      const { papers } = parseValid(singlePaperText('LGDec 5, 2026', 'A Title', 'Wei Zhang'));

      expect(papers[0]?.published).toBe('2026-12-05');
    });
  });

  describe('authors line', () => {
    it('reads et al. as truncation', () => {
      const { papers } = parseValid(singlePaperText('LGJun 3', 'A Title', 'Wei Zhang, Ana Sousa et al.'));

      expect(papers[0]?.authors).toEqual(['Wei Zhang', 'Ana Sousa']);
      expect(papers[0]?.authorsTruncated).toBe(true);
    });

    it.each([['Wei Zhang, Ana Sousa, et al.'], ['Wei Zhang, Ana Sousa et al'], ['Wei Zhang, Ana Sousa  et al. ']])(
      'reads et al. variant %j',
      (authorsLine) => {
        const { papers } = parseValid(singlePaperText('LGJun 3', 'A Title', authorsLine));

        expect(papers[0]?.authors).toEqual(['Wei Zhang', 'Ana Sousa']);
        expect(papers[0]?.authorsTruncated).toBe(true);
      },
    );

    it('reads full author list', () => {
      const { papers } = parseValid(singlePaperText('LGJun 3', 'A Title', 'Wei Zhang, Ana Sousa, Alex Moreau'));

      expect(papers[0]?.authors).toEqual(['Wei Zhang', 'Ana Sousa', 'Alex Moreau']);
      expect(papers[0]?.authorsTruncated).toBe(false);
      expect(papers[0]?.affiliations).toEqual([]);
    });

    it('reads single author', () => {
      const { papers } = parseValid(singlePaperText('LGJun 3', 'A Title', 'Ana Sousa'));

      expect(papers[0]?.authors).toEqual(['Ana Sousa']);
    });

    it('reads affiliations after middle dot', () => {
      const { papers } = parseValid(
        singlePaperText('LGJun 3', 'A Title', 'Wei Zhang, Ana Sousa et al. · northlab, eastlab · westlab'),
      );

      expect(papers[0]?.authors).toEqual(['Wei Zhang', 'Ana Sousa']);
      expect(papers[0]?.authorsTruncated).toBe(true);
      expect(papers[0]?.affiliations).toEqual(['northlab', 'eastlab', 'westlab']);
    });

    it('reads affiliation without et al.', () => {
      const { papers } = parseValid(singlePaperText('LGJun 3', 'A Title', 'Wei Zhang · northlab'));

      expect(papers[0]?.authors).toEqual(['Wei Zhang']);
      expect(papers[0]?.authorsTruncated).toBe(false);
      expect(papers[0]?.affiliations).toEqual(['northlab']);
    });

    it('reads Unicode names', () => {
      const { profile, papers } = parseValid(
        ['José Álvarez', 'LG', 'LGJun 3', 'A Title', 'José Álvarez, 陈昌宇, Núria Col·lell et al.'].join('\n'),
      );

      expect(profile.name).toBe('José Álvarez');
      expect(papers[0]?.authors).toEqual(['José Álvarez', '陈昌宇', 'Núria Col·lell']);
      expect(papers[0]?.affiliations).toEqual([]);
    });
  });

  describe('copy variations', () => {
    const expectedTitles = ['Sparse Probes for Risk Decisions', 'Tabular Baselines Revisited'];

    it('reads CRLF line endings', () => {
      const { papers, profile } = parseValid(PROFILE_TEXT.replace(/\n/g, '\r\n'));

      expect(profile.name).toBe('Alex Moreau');
      expect(papers.map((paper) => paper.title)).toEqual(expectedTitles);
      expect(papers[1]?.abstract).toBe('Gradient boosting still wins on small tables.');
    });

    it('reads extra blank lines', () => {
      const { papers, warnings } = parseValid(`\n\n${PROFILE_TEXT.replace(/\n/g, '\n\n\n')}\n\n`);

      expect(papers.map((paper) => paper.title)).toEqual(expectedTitles);
      expect(papers[0]?.abstract).toBe('We test 12 models on a risk game.');
      expect(warnings).toEqual([]);
    });

    it('reads missing blank lines', () => {
      const { papers, profile } = parseValid(PROFILE_TEXT.replace(/\n+/g, '\n'));

      expect(profile.reported.hIndex).toBe(12);
      expect(papers.map((paper) => paper.title)).toEqual(expectedTitles);
      expect(papers[0]?.authors).toEqual(['Wei Zhang', 'Alex Moreau', 'Ana Sousa']);
    });

    it('reads trailing and leading spaces', () => {
      const { papers, profile } = parseValid(PROFILE_TEXT.replace(/\n/g, '  \n\t'));

      expect(profile.name).toBe('Alex Moreau');
      expect(profile.reported.aiScore).toBe(50);
      expect(papers[0]?.score).toBe(48.4);
      expect(papers[1]?.hasCode).toBe(true);
      expect(papers[1]?.title).toBe('Tabular Baselines Revisited');
    });

    it('reads non-breaking spaces', () => {
      const text = singlePaperText(
        'AI\u00A0Score57',
        '2\u202FPapers',
        'LGMar\u00A026,\u00A02025Code\u00A0',
        'Sparse\u00A0Probes',
        'Wei\u00A0Zhang,\u202FAna Sousa\u00A0et\u00A0al.\u00A0·\u00A0northlab',
        'A\u00A0short abstract.',
        '97LGJun\u202F3',
        'Second Title',
        'Ana Sousa',
      );

      const { profile, papers } = parseValid(text);

      expect(profile.reported).toEqual({ aiScore: 57, paperCount: 2 });
      expect(papers[0]?.published).toBe('2025-03-26');
      expect(papers[0]?.hasCode).toBe(true);
      expect(papers[0]?.title).toBe('Sparse Probes');
      expect(papers[0]?.authors).toEqual(['Wei Zhang', 'Ana Sousa']);
      expect(papers[0]?.authorsTruncated).toBe(true);
      expect(papers[0]?.affiliations).toEqual(['northlab']);
      expect(papers[0]?.abstract).toBe('A short abstract.');
      expect(papers[1]?.published).toBe('2026-06-03');
    });

    it('strips byte order mark', () => {
      const { profile } = parseValid(`\uFEFF${PROFILE_TEXT}`);

      expect(profile.name).toBe('Alex Moreau');
    });

    it('keeps TeX and URLs in abstracts verbatim', () => {
      const abstract =
        "We gain 8$\\%$ on GSM8K and see an ''Aha moment''. " +
        'Code: https://example.org/repo?x=1&y=2, data at http://example.com/d.';

      const { papers } = parseValid(singlePaperText('CLJun 3', 'A Title', 'Wei Zhang', abstract));

      expect(papers[0]?.abstract).toBe(abstract);
    });

    it('reads paper without abstract line', () => {
      const { papers } = parseValid(
        singlePaperText('LGJun 3', 'First Title', 'Wei Zhang', 'CLJun 2', 'Second Title', 'Ana Sousa', 'An abstract.'),
      );

      expect(papers).toHaveLength(2);
      expect(papers[0]).not.toHaveProperty('abstract');
      expect(papers[1]?.title).toBe('Second Title');
      expect(papers[1]?.abstract).toBe('An abstract.');
    });

    it('reads last paper without abstract', () => {
      const { papers } = parseValid(singlePaperText('LGJun 3', 'First Title', 'Wei Zhang'));

      expect(papers).toHaveLength(1);
      expect(papers[0]).not.toHaveProperty('abstract');
    });

    it('reads abstract shaped like a date line', () => {
      const { papers } = parseValid(
        singlePaperText('LGJun 3', 'First Title', 'Wei Zhang', 'CVMay 2024', 'CLJun 2', 'Second Title', 'Ana Sousa'),
      );

      expect(papers).toHaveLength(2);
      expect(papers[0]?.abstract).toBe('CVMay 2024');
      expect(papers[1]?.category).toBe('CL');
    });

    it('reads title shaped like a garbled date line', () => {
      const { papers } = parseValid(singlePaperText('LGJun 3', 'RLHFlow 2', 'Wei Zhang'));

      expect(papers[0]?.title).toBe('RLHFlow 2');
    });
  });

  describe('invalid text', () => {
    it('rejects empty text', () => {
      expect(parseInvalid('')).toBe("Line 1: expected the researcher's name, found an empty text.");
      expect(parseInvalid(' \n\u00A0\n')).toBe("Line 1: expected the researcher's name, found an empty text.");
    });

    it('rejects header without name', () => {
      const error = parseInvalid(['', 'LG', 'h-index41', '19papers'].join('\n'));

      expect(error).toBe('Line 2: expected the researcher\'s name, found "LG".');
    });

    it('rejects header starting with figure', () => {
      const error = parseInvalid(['h-index41', '19papers'].join('\n'));

      expect(error).toBe('Line 1: expected the researcher\'s name, found "h-index41".');
    });

    it('rejects a single line of text', () => {
      const error = parseInvalid('Hello world');

      expect(error).toBe(
        'Line 2: expected the researcher\'s category code (such as "LG"), a header figure (such as "h-index41") ' +
          'or the first paper, found the end of the text.',
      );
    });

    it('rejects unknown header line', () => {
      const error = parseInvalid(['Alex Moreau', 'LG', 'h-index41', 'Followers 20'].join('\n'));

      expect(error).toBe(
        'Line 4: expected a header figure (such as "h-index41"), the paper count (such as "19 Papers") ' +
          'or a paper\'s category and date (such as "LGMar 26, 2025"), found "Followers 20".',
      );
    });

    it('rejects stray line between papers', () => {
      const lines = [...HEADER, ...FIRST_PAPER, '', 'Hello world', ...SECOND_PAPER];

      const error = parseInvalid(lines.join('\n'));

      expect(error).toBe(
        'Line 19: expected a paper\'s category and date (such as "LGMar 26, 2025"), found "Hello world".',
      );
    });

    it('rejects date line without title at end', () => {
      const error = parseInvalid(singlePaperText('LGJun 3', 'A Title', 'Wei Zhang', 'An abstract.', 'CLJun 2'));

      expect(error).toBe('Line 7: expected a title after "CLJun 2", found the end of the text.');
    });

    it('rejects date line followed by date line', () => {
      const error = parseInvalid(singlePaperText('LGJun 3', 'LGJun 2', 'A Title', 'Wei Zhang'));

      expect(error).toBe(
        'Line 4: expected the title of the paper on line 3, found another category and date line, "LGJun 2".',
      );
    });

    it('rejects paper without authors at end', () => {
      const error = parseInvalid(singlePaperText('', 'LGJun 3', '', 'A Title', ''));

      expect(error).toBe(
        'Line 6: expected the authors of "A Title", such as "Alex Moreau, Wei Zhang et al.", ' +
          'found the end of the text.',
      );
    });

    it('rejects paper without authors before next paper', () => {
      const error = parseInvalid(singlePaperText('LGJun 3', 'A Title', 'CLJun 2', 'Second Title', 'Wei Zhang'));

      expect(error).toBe(
        'Line 5: expected the authors of "A Title", such as "Alex Moreau, Wei Zhang et al.", ' +
          'found a category and date line, "CLJun 2".',
      );
    });

    it('rejects abstract in place of authors', () => {
      const abstract = 'In this work, we study how large language models decide under risk and find they rarely agree.';

      const error = parseInvalid(singlePaperText('LGJun 3', 'A Title', abstract));

      expect(error).toMatch(
        /^Line 5: expected the authors of "A Title", such as "Alex Moreau, Wei Zhang et al\.", found "In this work/,
      );
    });

    it('rejects garbled month', () => {
      const error = parseInvalid(singlePaperText('LGFoo 45', 'A Title', 'Wei Zhang'));

      expect(error).toBe(
        'Line 3: expected a paper\'s category and date (such as "LGMar 26, 2025"), found "LGFoo 45". ' +
          '"Foo" is not a month name.',
      );
    });

    it('rejects garbled month after abstract-less paper', () => {
      const error = parseInvalid(singlePaperText('LGJun 3', 'A Title', 'Wei Zhang', 'CLJnu 2', 'Second', 'Ana Sousa'));

      expect(error).toBe(
        'Line 6: expected a paper\'s category and date (such as "LGMar 26, 2025"), found "CLJnu 2". ' +
          '"Jnu" is not a month name.',
      );
    });

    it('rejects impossible day', () => {
      const error = parseInvalid(singlePaperText('LGFeb 30, 2025', 'A Title', 'Wei Zhang'));

      expect(error).toBe(
        'Line 3: expected a paper\'s category and date (such as "LGMar 26, 2025"), found "LGFeb 30, 2025". ' +
          'Feb 30, 2025 is not a date in the calendar.',
      );
    });

    it('rejects score over 100', () => {
      const error = parseInvalid(singlePaperText('100.5LGJun 3', 'A Title', 'Wei Zhang'));

      expect(error).toBe(
        'Line 3: expected a paper\'s category and date (such as "LGMar 26, 2025"), found "100.5LGJun 3". ' +
          'The score 100.5 is over 100, which is the largest possible score.',
      );
    });

    it('rejects novelty over 100 percent', () => {
      const error = parseInvalid(['Alex Moreau', 'LG', 'Novelty155%'].join('\n'));

      expect(error).toBe('Line 3: the novelty 155 in "Novelty155%" is over 100, which is the largest possible value.');
    });

    it('counts blank lines in line numbers', () => {
      const error = parseInvalid(['', '', 'Alex Moreau', '', '', 'LG', '', 'LGJun 3', '', '', 'Title'].join('\n'));

      expect(error).toMatch(/^Line 11: expected the authors of "Title"/);
    });
  });

  describe('warnings', () => {
    it('warns when paper count disagrees', () => {
      const lines = [...HEADER, ...FIRST_PAPER];

      const { papers, warnings } = parseValid(lines.join('\n'));

      expect(papers).toHaveLength(1);
      expect(warnings).toEqual([
        {
          line: 5,
          message:
            'The header reports 2 papers, but the text lists 1 paper. Check that the copy contains the whole page.',
        },
      ]);
    });

    it('warns once per disagreeing count', () => {
      const text = ['Alex Moreau', '3papers', '', '4 Papers', 'LGJun 3', 'A Title', 'Wei Zhang'].join('\n');

      const { warnings } = parseValid(text);

      expect(warnings.map((warning) => warning.line)).toEqual([2, 4]);
      expect(warnings[1]?.message).toBe(
        'The header reports 4 papers, but the text lists 1 paper. Check that the copy contains the whole page.',
      );
    });

    it('has no warnings for a consistent profile', () => {
      const { warnings } = parseValid(PROFILE_TEXT);

      expect(warnings).toEqual([]);
    });

    it('keeps repeated papers apart', () => {
      const { papers, warnings } = parseValid(
        singlePaperText('LGJun 3', 'Same Title', 'Wei Zhang', 'LGJun 3', 'Same Title', 'Wei Zhang'),
      );

      expect(papers[0]?.id).toBe(paperIdFromTitle('Same Title', 2026));
      expect(papers[1]?.id).toBe(`${paperIdFromTitle('Same Title', 2026)}-2`);
      expect(warnings).toEqual([
        { line: 7, message: 'The paper "Same Title" appears again (first on line 4). Both copies are kept.' },
      ]);
    });

    it('warns when text ends after header', () => {
      const { papers, warnings } = parseValid(['Alex Moreau', 'LG', 'h-index12', '', ''].join('\n'));

      expect(papers).toEqual([]);
      expect(warnings).toEqual([
        {
          line: 3,
          message:
            'No papers found, because the text ends after the profile header. ' +
            'Check that the copy contains the whole page.',
        },
      ]);
    });

    it.each([
      ['LGJun 3, 2099', 'Jun 3, 2099'],
      ['LGDec 5, 2026', 'Dec 5, 2026'],
      ['LGJan 2027', 'Jan 2027'],
      ['LG2027Code', '2027'],
    ])('warns about date after capture in %s', (metaLine, date) => {
      const { papers, warnings } = parseValid(singlePaperText(metaLine, 'A Title', 'Wei Zhang'));

      expect(papers).toHaveLength(1);
      expect(warnings).toEqual([
        {
          line: 3,
          message: `The date ${date} is after the capture date 2026-12-04. Check the year on the profile page.`,
        },
      ]);
    });

    it.each([['LGDec 4, 2026'], ['LGDec 2026'], ['LG2026'], ['LGDec 5']])(
      'accepts %s up to capture date',
      (metaLine) => {
        const { warnings } = parseValid(singlePaperText(metaLine, 'A Title', 'Wei Zhang'));

        expect(warnings).toEqual([]);
      },
    );
  });

  describe('long lines', () => {
    const ONE_MEGABYTE = 1_000_000;
    const MAX_PARSE_MILLISECONDS = 2000;

    /** Repeats `unit` to about 1 MB. */
    function megabyteOf(unit: string): string {
      return unit.repeat(Math.ceil(ONE_MEGABYTE / unit.length));
    }

    function timeParse(text: string): { result: ReturnType<typeof parseProfileText>; milliseconds: number } {
      const start = performance.now();
      const result = parseProfileText(text, { capturedOn: CAPTURED_ON });

      return { result, milliseconds: performance.now() - start };
    }

    describe.each([
      ['spaces', ' '],
      ['spaces and tabs', ' \t'],
      ['no-break spaces', '\u00A0'],
    ])('authors line with 1 MB of %s', (_name, unit) => {
      const run = megabyteOf(unit);

      it.each([
        ['between two names', `Wei${run}Zhang`, { authors: ['Wei Zhang'], authorsTruncated: false, affiliations: [] }],
        [
          'before et al.',
          `Wei Zhang${run}et al.`,
          { authors: ['Wei Zhang'], authorsTruncated: true, affiliations: [] },
        ],
        [
          'around a middle dot',
          `Wei Zhang,${run}Ana Sousa${run}et al${run}·${run}northlab`,
          { authors: ['Wei Zhang', 'Ana Sousa'], authorsTruncated: true, affiliations: ['northlab'] },
        ],
      ])('parses run %s quickly', (_position, authorsLine, expected) => {
        const { result, milliseconds } = timeParse(singlePaperText('LGJun 3', 'A Title', authorsLine));

        expect(milliseconds).toBeLessThan(MAX_PARSE_MILLISECONDS);
        if (!result.ok) throw new Error(result.error);
        expect(result.value.papers[0]).toMatchObject(expected);
      });
    });

    it.each([
      ['h-index and spaces', ['Alex Moreau', `h-index${megabyteOf(' ')}x`]],
      ['novelty digits', ['Alex Moreau', `Novelty${megabyteOf('1')}x%`]],
      ['paper count and spaces', ['Alex Moreau', `1${megabyteOf(' ')}papers x`]],
      ['grouped citation count', ['Alex Moreau', `${megabyteOf('1,000')}x citations`]],
      ['category code letters', ['Alex Moreau', `${megabyteOf('a-a.')}Jun 3`]],
      ['month word', ['Alex Moreau', `LGJ${megabyteOf('a')} 3`]],
      ['score digits', ['Alex Moreau', `${megabyteOf('1')}.5LGJun 3`]],
      ['title of middle dots', ['Alex Moreau', 'LGJun 3', megabyteOf(' ·')]],
      ['abstract of spaced commas', ['Alex Moreau', 'LGJun 3', 'A Title', 'Wei Zhang', megabyteOf(', '), 'Title']],
      ['name of control characters', [megabyteOf('\u0001\u202E'), 'LG', 'Followers 20']],
    ])('rejects 1 MB line of %s quickly', (_name, lines) => {
      const { result, milliseconds } = timeParse(lines.join('\n'));

      expect(milliseconds).toBeLessThan(MAX_PARSE_MILLISECONDS);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error.length).toBeLessThan(400);
    });
  });

  describe('figures too large to read exactly', () => {
    it.each([
      ['18-digit h-index', 'h-index999999999999999999', 'the h-index 999999999999999999'],
      ['citation count', '9007199254740992citations', 'the citation count 9007199254740992'],
      ['grouped citation count', '9,007,199,254,740,992 citations', 'the citation count 9,007,199,254,740,992'],
      ['paper count', '99999999999999999 Papers', 'the paper count 99999999999999999'],
      ['400-digit h-index', `h-index${'9'.repeat(400)}`, `the h-index ${'9'.repeat(23)}…`],
    ])('rejects %s', (_name, figureLine, figure) => {
      const error = parseInvalid(['Alex Moreau', 'LG', figureLine].join('\n'));

      expect(error).toBe(
        `Line 3: ${figure} is too large to read exactly, because it is over 9007199254740991. ` +
          'Check the line for extra digits.',
      );
    });

    it('quotes huge novelty as written', () => {
      const digits = '9'.repeat(400);

      const error = parseInvalid(['Alex Moreau', `Novelty${digits}%`].join('\n'));

      expect(error).toBe(
        `Line 2: the novelty ${'9'.repeat(23)}… in "Novelty${'9'.repeat(72)}…" is over 100, ` +
          'which is the largest possible value.',
      );
    });

    it('reads largest exact count', () => {
      const { profile } = parseValid(['Alex Moreau', '9007199254740991citations', '0 Papers'].join('\n'));

      expect(profile.reported.citations).toBe(Number.MAX_SAFE_INTEGER);
    });
  });

  describe('quoted input in messages', () => {
    const EXPECTED_HEADER_LINE =
      'expected a header figure (such as "h-index41"), the paper count (such as "19 Papers") ' +
      'or a paper\'s category and date (such as "LGMar 26, 2025")';

    function headerLineError(headerLine: string): string {
      return parseInvalid(['Alex Moreau', headerLine].join('\n'));
    }

    it.each([
      ['NUL', '\u0000'],
      ['escape', '\u001B'],
      ['delete', '\u007F'],
      ['C1 control', '\u009B'],
      ['right-to-left override', '\u202E'],
      ['left-to-right embedding', '\u202A'],
      ['first strong isolate', '\u2068'],
      ['right-to-left mark', '\u200F'],
      ['lone surrogate', '\uD83D'],
    ])('replaces %s with U+FFFD', (_name, character) => {
      const error = headerLineError(`Followers${character}20`);

      expect(error).toBe(`Line 2: ${EXPECTED_HEADER_LINE}, found "Followers\uFFFD20".`);
    });

    it('keeps printable Unicode', () => {
      const error = headerLineError('Núria Col·lell 陈昌宇 😀');

      expect(error).toBe(`Line 2: ${EXPECTED_HEADER_LINE}, found "Núria Col·lell 陈昌宇 😀".`);
    });

    it('cuts long quote between code points', () => {
      const error = headerLineError(`${'a'.repeat(78)}😀${'b'.repeat(10)}`);

      expect(error).toBe(`Line 2: ${EXPECTED_HEADER_LINE}, found "${'a'.repeat(78)}😀…".`);
    });

    it('quotes long month word shortened', () => {
      const error = parseInvalid(singlePaperText(`LGJ${'a'.repeat(200)} 3`, 'A Title', 'Wei Zhang'));

      expect(error).toMatch(new RegExp(String.raw`found "LGJa{76}…"\. "Ja{78}…" is not a month name\.$`));
    });
  });

  describe('malformed date line after abstract-less paper', () => {
    it('reports negative score on its line', () => {
      const text = 'N\nLG\n2 Papers\nLGJun 3, 2024\nFirst\nA B\n-5LGJun 3\nSecond title\nC D';

      const error = parseInvalid(text);

      expect(error).toBe(
        'Line 7: expected a paper\'s category and date (such as "LGMar 26, 2025"), found "-5LGJun 3". ' +
          'The score -5 is negative, but scores run from 0 to 100.',
      );
    });

    it.each([['LGJun 3, 24'], ['48,4CLJun 3'], ['LGJun 333'], ['+5LGJun 3'], ['LGJun 3 2024']])(
      'reports unreadable date line %j on its line',
      (metaLine) => {
        const error = parseInvalid(
          singlePaperText('LGJun 3', 'First Title', 'Wei Zhang', metaLine, 'Second Title', 'Ana Sousa'),
        );

        expect(error).toBe(
          `Line 6: expected a paper's category and date (such as "LGMar 26, 2025"), found "${metaLine}".`,
        );
      },
    );

    it('reads malformed date line before a date line as abstract', () => {
      const { papers } = parseValid(
        singlePaperText('LGJun 3', 'First Title', 'Wei Zhang', 'CLJnu 2', 'CLJun 2', 'Second Title', 'Ana Sousa'),
      );

      expect(papers).toHaveLength(2);
      expect(papers[0]?.abstract).toBe('CLJnu 2');
    });

    it('reads short abstract at end of text', () => {
      const { papers } = parseValid(singlePaperText('LGJun 3', 'A Title', 'Wei Zhang', 'LGJun 3, 24'));

      expect(papers[0]?.abstract).toBe('LGJun 3, 24');
    });

    it('blames line after a prose abstract', () => {
      const error = parseInvalid(
        singlePaperText('LGJun 3', 'First Title', 'Wei Zhang', 'An abstract.', 'Second Title', 'Ana Sousa'),
      );

      expect(error).toBe(
        'Line 7: expected a paper\'s category and date (such as "LGMar 26, 2025"), found "Second Title".',
      );
    });

    it('rejects score with too many digits', () => {
      const error = parseInvalid(singlePaperText('1234LGJun 3', 'A Title', 'Wei Zhang'));

      expect(error).toBe(
        'Line 3: expected a paper\'s category and date (such as "LGMar 26, 2025"), found "1234LGJun 3". ' +
          'The score 1234 is over 100, which is the largest possible score.',
      );
    });
  });

  describe('year range', () => {
    it.each([
      ['LGJan 1, 0050', '0050'],
      ['LGDec 31, 0999', '0999'],
      ['LG0000', '0000'],
      ['LGJan 0000', '0000'],
      ['LG0099', '0099'],
    ])('rejects year in %s', (metaLine, year) => {
      const error = parseInvalid(singlePaperText(metaLine, 'A Title', 'Wei Zhang'));

      expect(error).toBe(
        `Line 3: expected a paper's category and date (such as "LGMar 26, 2025"), found "${metaLine}". ` +
          `The year ${year} is out of range (1000–9999).`,
      );
    });

    it.each([
      ['LGJan 1, 1000', '1000-01-01'],
      ['LGFeb 29, 2000', '2000-02-29'],
      ['LGDec 31, 9999', '9999-12-31'],
    ])('reads boundary date %s', (metaLine, published) => {
      const { papers } = parseValid(singlePaperText(metaLine, 'A Title', 'Wei Zhang'));

      expect(papers[0]?.published).toBe(published);
    });

    it('rejects Feb 29 in century year', () => {
      const error = parseInvalid(singlePaperText('LGFeb 29, 1900', 'A Title', 'Wei Zhang'));

      expect(error).toMatch(/Feb 29, 1900 is not a date in the calendar\.$/);
    });
  });

  describe('line breaks', () => {
    it.each([
      ['line separator', '\u2028'],
      ['paragraph separator', '\u2029'],
      ['next line', '\u0085'],
    ])('reads %s as line break', (_name, lineBreak) => {
      const { papers, profile } = parseValid(PROFILE_TEXT.replace(/\n/g, lineBreak));

      expect(profile.reported.hIndex).toBe(12);
      expect(papers.map((paper) => paper.title)).toEqual([
        'Sparse Probes for Risk Decisions',
        'Tabular Baselines Revisited',
      ]);
    });

    it('counts Unicode line breaks in line numbers', () => {
      const error = parseInvalid('Alex Moreau\u2028LG\u2029\u0085h-index41\r\nFollowers 20');

      expect(error).toMatch(/^Line 5: expected a header figure/);
    });
  });
});

describe('paperIdFromTitle', () => {
  it('ignores case, accents and spacing', () => {
    const id = paperIdFromTitle('Café  au Lait\nModels', 2024);

    expect(paperIdFromTitle('cafe au lait models', 2024)).toBe(id);
    expect(paperIdFromTitle(' CAFÉ AU LAIT MODELS ', 2024)).toBe(id);
  });

  it('tells years and titles apart', () => {
    const id = paperIdFromTitle('Cafe au Lait Models', 2024);

    expect(paperIdFromTitle('Cafe au Lait Models', 2025)).not.toBe(id);
    expect(paperIdFromTitle('Cafe au Lait Model', 2024)).not.toBe(id);
    expect(paperIdFromTitle('Cafe au Lait Models')).not.toBe(id);
  });

  it('hashes normalized title and year with FNV-1a', () => {
    // Expected values are 32-bit FNV-1a of the UTF-8 strings "a|" and "sparse probes|2026", computed outside this code.
    expect(paperIdFromTitle('A')).toBe('t:4f2508f0');
    expect(paperIdFromTitle('Sparse  Probes', 2026)).toBe('t:50099436');
  });
});
