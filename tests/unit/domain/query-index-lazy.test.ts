import type { Paper } from '../../../src/domain/model';
import { buildPaperIndex } from '../../../src/domain/query/paper-index';
import { makePaper, resetPaperPositions } from '../make-paper';

/** Wraps a paper so that every read of its abstract is counted. */
function countAbstractReads(paper: Paper, reads: { count: number }): Paper {
  return new Proxy(paper, {
    get(target, key, receiver) {
      if (key === 'abstract') reads.count += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

describe('buildPaperIndex', () => {
  it('should build search terms on first read', () => {
    resetPaperPositions();
    const reads = { count: 0 };
    const papers = [
      countAbstractReads(makePaper({ title: 'Alpha', abstract: 'Graph networks' }), reads),
      countAbstractReads(makePaper({ title: 'Beta', abstract: 'Sparse routing' }), reads),
    ];

    const index = buildPaperIndex(papers);
    const readsBeforeSearch = reads.count;
    const { termOffsets } = index.searchTerms;

    expect(readsBeforeSearch).toBe(0);
    expect(reads.count).toBe(2);
    expect(termOffsets.length).toBeGreaterThan(1);
  });

  it('should reuse the search terms once built', () => {
    resetPaperPositions();
    const index = buildPaperIndex([makePaper({ title: 'Alpha', abstract: 'Graph networks' })]);

    expect(index.searchTerms).toBe(index.searchTerms);
    expect(index.titleKeys).toBe(index.titleKeys);
  });
});
