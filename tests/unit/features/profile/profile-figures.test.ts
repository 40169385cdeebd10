import { computeCitationFigures } from '../../../../src/domain/citation-metrics';
import { computeRecordFigures } from '../../../../src/domain/metrics';
import type { Paper } from '../../../../src/domain/model';
import { listComputedFigures, listReportedFigures, type Figure } from '../../../../src/features/profile/profile-figures';
import { makePaper, resetPaperPositions } from '../../make-paper';

beforeEach(resetPaperPositions);

function papersWithCitations(counts: (number | undefined)[]): Paper[] {
  return counts.map((citations, position) => makePaper({ title: `Paper ${position}`, citations }));
}

function findFigure(figures: Figure[], label: string): Figure {
  const figure = figures.find((candidate) => candidate.label === label);
  if (!figure) throw new Error(`No figure labelled ${label}`);
  return figure;
}

function computedFigure(papers: Paper[], label: string): Figure {
  return findFigure(listComputedFigures(computeRecordFigures(papers), computeCitationFigures(papers)), label);
}

describe('listReportedFigures', () => {
  it('should name the format and capture date', () => {
    const figures = listReportedFigures({ citations: 1430 }, { format: 'profile-text', capturedOn: '2026-05-01' });

    expect(figures).toEqual([
      {
        label: 'Citations',
        value: '1,430',
        explanation: { method: 'Reported by the source (Profile page text) on 2026-05-01.', inputs: 'Raw value: 1430.' },
      },
    ]);
  });

  it('should say when the capture date is unknown', () => {
    const [figure] = listReportedFigures({ noveltyPercent: 55 }, { format: 'csv' });

    expect(figure?.value).toBe('55%');
    expect(figure?.explanation.method).toBe('Reported by the source (CSV); the capture date is unknown.');
    expect(figure?.explanation.inputs).toBe('Raw value: 55.');
  });
});

describe('listComputedFigures h-index explanation', () => {
  it.each([
    [[0, 0], 'No paper has at least 1 citation. Papers with a citation count: 2 of 2 loaded.'],
    [[9, 0, 0], '1 paper has at least 1 citation; the 2nd most cited has 0. Papers with a citation count: 3 of 3 loaded.'],
    [[4, 4, 4, 4], '4 papers have at least 4 citations; there is no 5th paper with a count. Papers with a citation count: 4 of 4 loaded.'],
    [
      [3, 0, 6, 1, 5, undefined],
      '3 papers have at least 3 citations; the 4th most cited has 1. Papers with a citation count: 5 of 6 loaded.',
    ],
  ])('should explain %j', (counts, inputs) => {
    const figure = computedFigure(papersWithCitations(counts), 'h-index');

    expect(figure.explanation.inputs).toBe(inputs);
  });
});

describe('listComputedFigures g-index explanation', () => {
  it.each([
    [[0], '0', 'The most cited paper has 0 citations, fewer than 1² = 1.'],
    [[1], '1', 'The most cited paper has 1 citation, at least 1² = 1; there is no 2nd paper with a count.'],
    [[10, 0, 0], '3', 'The 3 most cited papers have 10 citations, at least 3² = 9; there is no 4th paper with a count.'],
    [[3, 0, 6, 1, 5], '3', 'The 3 most cited papers have 14 citations, at least 3² = 9; the 4 most cited have 15, fewer than 4² = 16.'],
  ])('should explain %j', (counts, value, inputsStart) => {
    const figure = computedFigure(papersWithCitations(counts), 'g-index');

    expect(figure.value).toBe(value);
    expect(figure.explanation.inputs.startsWith(inputsStart)).toBe(true);
  });
});

describe('listComputedFigures next h-index step', () => {
  it('should sum the shortfalls', () => {
    const figure = computedFigure(papersWithCitations([3, 0, 6, 1, 5]), 'Citations to next h-index');

    expect(figure.value).toBe('4');
    expect(figure.explanation).toEqual({
      method: 'For an h-index of 4, each of the 4 most cited papers needs at least 4 citations.',
      inputs: '2 papers fall short by 4 citations in all. Papers with a citation count: 5 of 5 loaded.',
    });
  });

  it('should count a missing paper as 0', () => {
    const figure = computedFigure(papersWithCitations([4, 4, 4, 4]), 'Citations to next h-index');

    expect(figure.value).toBe('9 (needs a 5th paper)');
    expect(figure.explanation.inputs).toBe(
      '5 papers fall short by 9 citations in all; the 5th is missing and counts as 0. Papers with a citation count: 4 of 4 loaded.',
    );
  });

  it('should word a first citation in the singular', () => {
    const figure = computedFigure(papersWithCitations([0]), 'Citations to next h-index');

    expect(figure.explanation).toEqual({
      method: 'For an h-index of 1, the most cited paper needs at least 1 citation.',
      inputs: '1 paper falls short by 1 citation in all. Papers with a citation count: 1 of 1 loaded.',
    });
  });
});

describe('listComputedFigures record explanations', () => {
  it('should explain a mean without scores', () => {
    const figure = computedFigure([makePaper({ title: 'A' })], 'Mean score');

    expect(figure.value).toBe('—');
    expect(figure.explanation.inputs).toBe('No loaded paper has a score, so there is no mean.');
  });

  it('should add up scores for the mean', () => {
    const papers = [makePaper({ title: 'A', score: 48.4 }), makePaper({ title: 'B', score: 57.4 }), makePaper({ title: 'C' })];

    const figure = computedFigure(papers, 'Mean score');

    expect(figure.value).toBe('52.9');
    expect(figure.explanation.inputs).toBe('The scores add up to 105.8 over 2 scored papers, of 3 loaded.');
  });

  it('should say undated papers are left out', () => {
    const papers = [makePaper({ title: 'A', published: '2021-03-01' }), makePaper({ title: 'B' })];

    const figure = computedFigure(papers, 'Years');

    expect(figure.value).toBe('2021');
    expect(figure.explanation.inputs).toBe('Papers with a date: 1 of 2 loaded. Papers without a date are left out.');
  });

  it('should leave citation figures out without counts', () => {
    const figures = listComputedFigures(computeRecordFigures([makePaper({ title: 'A' })]), undefined);

    expect(figures.map((figure) => figure.label)).toEqual(['Papers loaded', 'With code', 'Scored', 'Mean score', 'Years']);
  });
});
