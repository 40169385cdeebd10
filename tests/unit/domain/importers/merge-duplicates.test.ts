import { mergeDuplicatePapers, mergePaperRecords } from '../../../../src/domain/importers/merge-duplicates';
import { makePaper, resetPaperPositions } from '../../make-paper';

beforeEach(resetPaperPositions);

describe('mergeDuplicatePapers', () => {
  it('should merge the same arXiv id across versions', () => {
    const existing = [makePaper({ title: 'Sparse Routing', arxivId: '2401.00001', arxivVersion: 'v1' })];
    const incoming = [makePaper({ title: 'Sparse routing (extended)', arxivId: '2401.00001', arxivVersion: 'v3', citations: 12 })];

    const outcome = mergeDuplicatePapers(existing, incoming);

    expect(outcome.mergedCount).toBe(1);
    expect(outcome.papers).toHaveLength(1);
    expect(outcome.papers[0]?.title).toBe('Sparse Routing');
    expect(outcome.papers[0]?.citations).toBe(12);
    expect(outcome.papers[0]?.id).toBe('arxiv:2401.00001');
  });

  it('should merge the same DOI in any case', () => {
    const outcome = mergeDuplicatePapers(
      [makePaper({ title: 'A', doi: '10.1000/ABC' })],
      [makePaper({ title: 'B', doi: '10.1000/abc', venue: 'Journal of Tests' })],
    );

    expect(outcome.mergedCount).toBe(1);
    expect(outcome.papers[0]?.venue).toBe('Journal of Tests');
  });

  it('should merge titles that differ in case, accents and punctuation', () => {
    const outcome = mergeDuplicatePapers([], [
      makePaper({ title: 'Élan: Fast Models!' }),
      makePaper({ title: 'elan fast models' }),
      makePaper({ title: 'Elan: Slow Models' }),
    ]);

    expect(outcome.mergedCount).toBe(1);
    expect(outcome.papers.map((paper) => paper.title)).toEqual(['Élan: Fast Models!', 'Elan: Slow Models']);
  });

  it('should chain keys learned from a merge', () => {
    const outcome = mergeDuplicatePapers([], [
      makePaper({ title: 'Graph Walks', arxivId: '2301.00002' }),
      makePaper({ title: 'Graph walks', doi: '10.1000/walks' }),
      makePaper({ title: 'Graph Walks, journal version', doi: '10.1000/WALKS' }),
    ]);

    expect(outcome.mergedCount).toBe(2);
    expect(outcome.papers).toHaveLength(1);
    expect(outcome.papers[0]?.doi).toBe('10.1000/walks');
  });

  it('should renumber source positions from 0', () => {
    const outcome = mergeDuplicatePapers(
      [makePaper({ title: 'One', sourceIndex: 7 })],
      [makePaper({ title: 'Two', sourceIndex: 3 }), makePaper({ title: 'one' })],
    );

    expect(outcome.papers.map((paper) => paper.sourceIndex)).toEqual([0, 1]);
  });

  it('should keep distinct papers apart', () => {
    const outcome = mergeDuplicatePapers([makePaper({ title: 'One' })], [makePaper({ title: 'Two' })]);

    expect(outcome.mergedCount).toBe(0);
    expect(outcome.papers).toHaveLength(2);
  });
});

describe('mergePaperRecords', () => {
  it('should take the complete author list over a cut one', () => {
    const kept = makePaper({ title: 'A', authors: ['Ana Sousa', 'Wei Zhang'], authorsTruncated: true });
    const other = makePaper({ title: 'A', authors: ['Ana Sousa', 'Wei Zhang', 'Lea Novak'], authorsTruncated: false });

    const merged = mergePaperRecords(kept, other);

    expect(merged.authors).toEqual(['Ana Sousa', 'Wei Zhang', 'Lea Novak']);
    expect(merged.authorsTruncated).toBe(false);
  });

  it('should combine code flags, affiliations and citations', () => {
    const kept = makePaper({ title: 'A', hasCode: false, affiliations: ['univ-a'], citations: 3 });
    const other = makePaper({ title: 'A', hasCode: true, codeUrl: 'https://example.org/code', affiliations: ['univ-b', 'univ-a'], citations: 9 });

    const merged = mergePaperRecords(kept, other);

    expect(merged.hasCode).toBe(true);
    expect(merged.codeUrl).toBe('https://example.org/code');
    expect(merged.affiliations).toEqual(['univ-a', 'univ-b']);
    expect(merged.citations).toBe(9);
  });
});
