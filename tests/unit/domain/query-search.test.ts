import type { Paper } from '../../../src/domain/model';
import { computeMatchingCategoryMix, countMatchingByYearAndCategory } from '../../../src/domain/query/chart-counts';
import {
  countPapersPerCategory,
  createPaperPredicate,
  selectVisiblePapers,
  tokenizeQuery,
} from '../../../src/domain/query/filter';
import { buildPaperIndex, type PaperIndex } from '../../../src/domain/query/paper-index';
import { getSearchMatch, MAX_CACHED_MATCHES } from '../../../src/domain/query/search-match';
import { buildSearchTerms } from '../../../src/domain/query/search-terms';
import { createDefaultFilters, type SortState } from '../../../src/domain/query/view-state';
import { cleanTexText, foldText } from '../../../src/domain/text';
import { makePaper, resetPaperPositions } from '../make-paper';

const BY_SOURCE: SortState = { key: 'source', direction: 'asc' };

function buildPapers(): Paper[] {
  resetPaperPositions();
  return [
    makePaper({ title: 'Sparse Coding for Retrieval', category: 'IR', published: '2021-03-01' }),
    makePaper({ title: 'Spatial Attention Maps', category: 'CV', published: '2022-05-01' }),
    makePaper({ title: 'Spark Pipelines at Scale', category: 'DC', published: '2022-07-01' }),
    makePaper({ title: 'Dense Retrieval Baselines', category: 'IR', authors: ['Lea Novak'] }),
    makePaper({ title: 'Sparsity in Attention Heads', category: 'LG', published: '2023-01-01' }),
    makePaper({ title: 'Sparse Attention for Long Documents', category: 'CL', published: '2023-09-01' }),
  ];
}

function search(index: PaperIndex, query: string): string[] {
  const filters = { ...createDefaultFilters(), search: query };
  return selectVisiblePapers(index, filters, {}, BY_SOURCE).map((paper) => paper.title);
}

function cachedQueries(index: PaperIndex): string[] {
  return index.searchMatches.map((match) => match.words.join(' '));
}

/** Scans each paper's folded text for every word: the search without the term index. */
function searchByScanning(papers: readonly Paper[], query: string): string[] {
  const words = tokenizeQuery(query);
  return papers
    .filter((paper) => {
      const authors = [...paper.authors, ...(paper.fullAuthors ?? [])].join(' ');
      const text = foldText(cleanTexText([paper.title, authors, paper.abstract ?? ''].join(' \u0000 ')));
      return words.every((word) => text.includes(word));
    })
    .map((paper) => paper.title);
}

describe('search while typing', () => {
  it('should narrow from spa to sparse', () => {
    const index = buildPaperIndex(buildPapers());

    expect(search(index, 'spa')).toEqual([
      'Sparse Coding for Retrieval',
      'Spatial Attention Maps',
      'Spark Pipelines at Scale',
      'Sparsity in Attention Heads',
      'Sparse Attention for Long Documents',
    ]);
    expect(search(index, 'spar')).toEqual([
      'Sparse Coding for Retrieval',
      'Spark Pipelines at Scale',
      'Sparsity in Attention Heads',
      'Sparse Attention for Long Documents',
    ]);
    expect(search(index, 'spars')).toEqual([
      'Sparse Coding for Retrieval',
      'Sparsity in Attention Heads',
      'Sparse Attention for Long Documents',
    ]);
    expect(search(index, 'sparse')).toEqual(['Sparse Coding for Retrieval', 'Sparse Attention for Long Documents']);
  });

  it('should widen again when deleting letters', () => {
    const index = buildPaperIndex(buildPapers());
    for (const query of ['s', 'sp', 'spa', 'spar', 'spars', 'sparse']) search(index, query);

    expect(search(index, 'spars')).toHaveLength(3);
    expect(search(index, 'spar')).toHaveLength(4);
    expect(search(index, 'sp')).toHaveLength(5);
    expect(search(index, '')).toHaveLength(6);
  });

  it('should reuse the cached mask of a repeated query', () => {
    const index = buildPaperIndex(buildPapers());
    const first = getSearchMatch(index, ['spar']);
    getSearchMatch(index, ['spars']);

    const again = getSearchMatch(index, ['spar']);

    expect(again).toBe(first);
    expect(cachedQueries(index)).toEqual(['spar', 'spars']);
  });

  it('should narrow when a word is added', () => {
    const index = buildPaperIndex(buildPapers());
    search(index, 'sparse');

    expect(search(index, 'sparse attention')).toEqual(['Sparse Attention for Long Documents']);
    expect(search(index, 'sparse attention long')).toEqual(['Sparse Attention for Long Documents']);
    expect(search(index, 'sparse attention baselines')).toEqual([]);
  });

  it('should widen when a word is removed', () => {
    const index = buildPaperIndex(buildPapers());
    search(index, 'sparse attention');

    expect(search(index, 'attention')).toEqual([
      'Spatial Attention Maps',
      'Sparsity in Attention Heads',
      'Sparse Attention for Long Documents',
    ]);
    expect(search(index, 'sparse')).toEqual(['Sparse Coding for Retrieval', 'Sparse Attention for Long Documents']);
  });

  it('should ignore the order of words', () => {
    const index = buildPaperIndex(buildPapers());

    expect(search(index, 'attention sparse')).toEqual(search(index, 'sparse attention'));
  });

  it('should match a word inside a longer word', () => {
    const index = buildPaperIndex(buildPapers());
    search(index, 'spar');

    expect(search(index, 'parse')).toEqual(['Sparse Coding for Retrieval', 'Sparse Attention for Long Documents']);
    expect(search(index, 'ten')).toEqual([
      'Spatial Attention Maps',
      'Sparsity in Attention Heads',
      'Sparse Attention for Long Documents',
    ]);
  });

  it('should keep a bounded number of recent queries', () => {
    const index = buildPaperIndex(buildPapers());
    const queries = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    for (const query of queries) search(index, query);

    expect(index.searchMatches).toHaveLength(MAX_CACHED_MATCHES);
    expect(cachedQueries(index)[0]).toBe('j');
  });

  it('should keep separate caches per dataset', () => {
    const first = buildPaperIndex(buildPapers());
    resetPaperPositions();
    const second = buildPaperIndex([
      makePaper({ title: 'Sparse Grids for Fluids' }),
      makePaper({ title: 'Spectral Methods' }),
    ]);

    expect(search(first, 'sparse')).toEqual(['Sparse Coding for Retrieval', 'Sparse Attention for Long Documents']);
    expect(search(second, 'sparse')).toEqual(['Sparse Grids for Fluids']);
    expect(search(second, 'sparse grids')).toEqual(['Sparse Grids for Fluids']);
    expect(search(first, 'sparse grids')).toEqual([]);
    expect(cachedQueries(first)).toEqual(['sparse grids', 'sparse']);
  });
});

describe('search mask across passes', () => {
  it('should search once for every pass of one view', () => {
    const index = buildPaperIndex(buildPapers());
    const filters = { ...createDefaultFilters(), search: 'attention' };

    selectVisiblePapers(index, filters, { year: 2023 }, BY_SOURCE);
    countPapersPerCategory(index, filters, { year: 2023 });
    countMatchingByYearAndCategory(index, filters, {});
    computeMatchingCategoryMix(index, filters, { year: 2023 });

    expect(index.searchMatches).toHaveLength(1);
    expect(index.searchMatches[0]?.matchCount).toBe(3);
  });

  it('should share one match between predicates', () => {
    const index = buildPaperIndex(buildPapers());
    const filters = { ...createDefaultFilters(), search: 'Attention' };
    const first = createPaperPredicate(index, filters, {});
    const match = index.searchMatches[0];

    const second = createPaperPredicate(index, filters, { category: 'CV' }, { ignoreCategories: true });

    expect(index.searchMatches).toEqual([match]);
    expect([0, 1, 2, 3, 4, 5].map(first)).toEqual([false, true, false, false, true, true]);
    expect([0, 1, 2, 3, 4, 5].map(second)).toEqual([false, true, false, false, true, true]);
  });
});

describe('search against a text scan', () => {
  const papers = (() => {
    resetPaperPositions();
    return [
      makePaper({ title: 'Reaching 8$\\%$ gains in \\emph{in situ} tests', abstract: 'An $O(n \\log n)$ bound.' }),
      makePaper({
        title: "A ``Aha moment'' study",
        authors: ['José Ñúñez', 'Wei Zhang'],
        abstract: 'Tabs\tand\nnew lines.',
      }),
      makePaper({ title: 'Straße und Brücke', authors: ['Lea Novak'], fullAuthors: ['Lea Novak', 'Ana Sousa'] }),
      makePaper({ title: 'Self-Supervised Graph Neural Networks', abstract: 'graph graph graph networks' }),
      makePaper({ title: 'Élan vital', abstract: 'Cafe\u0301 au lait and non\u00a0breaking spaces' }),
    ];
  })();
  const index = buildPaperIndex(papers);
  const queries = [
    '8%', 'o(n', 'log n)', 'in situ', '\u201caha', 'jose', 'nunez', 'ñúñez', 'tabs', 'and', 'new lines', 'strasse',
    'straße', 'brucke', 'ana sousa', 'sousa novak', 'self-sup', 'graph networks', 'grap', 'h n', 'elan', 'cafe',
    'non', 'breaking', 'a', 'e', 'zz', '\u0000', '%', '$',
  ];

  it.each(queries)('should match the scan for %j', (query) => {
    expect(search(index, query)).toEqual(searchByScanning(papers, query));
  });
});

describe('buildSearchTerms', () => {
  const texts = [
    '  José   LEARNING ',
    'tabs\tnew\nlines\r\nand\u00a0non-breaking\u3000ideographic\u2003em\u2000quad',
    'İstanbul STRASSE Straße Ǆemal ΟΔΟΣ Σ',
    'Cafe\u0301 \u0000 nai\u0308ve \u0301 x\u0301',
    'repeated Repeated REPEATED words',
    '',
    '   ',
  ];

  it.each(texts)('should list the folded words of %j', (text) => {
    const foldedWords = foldText(text)
      .split(' ')
      .filter((word) => word.length > 0);
    const terms = buildSearchTerms([text], 1);

    expect(terms.vocabularyText).toBe([...new Set(foldedWords)].map((word) => `${word}\n`).join(''));
    expect(Array.from(terms.paperTermIds)).toEqual([...new Set(foldedWords)].map((_word, id) => id));
  });

  it('should list the papers of each term', () => {
    const terms = buildSearchTerms(['graph kernels', 'graph search', 'kernels of graph'], 3);

    expect(terms.vocabularyText).toBe('graph\nkernels\nsearch\nof\n');
    expect(Array.from(terms.termOffsets)).toEqual([0, 6, 14, 21, 24]);
    expect(Array.from(terms.paperStarts)).toEqual([0, 2, 4, 7]);
    expect(Array.from(terms.paperTermIds)).toEqual([0, 1, 0, 2, 1, 3, 0]);
    expect(Array.from(terms.termStarts)).toEqual([0, 3, 5, 6, 7]);
    expect(Array.from(terms.termPapers)).toEqual([0, 1, 2, 0, 2, 1, 2]);
  });
});
