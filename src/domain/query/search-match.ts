import type { PaperIndex } from './paper-index';
import { markPapersContaining } from './term-match';

/** The papers whose search text contains every word of one query. */
export interface SearchMatch {
  words: readonly string[];
  /** 1 at the position of each matching paper, else 0. Shared by every caller, so no caller may write to it. */
  mask: Uint8Array;
  matchCount: number;
}

/** Masks kept per index: at 100,000 papers each takes 100 kB, and a few cover typing a word and deleting it again. */
export const MAX_CACHED_MATCHES = 8;

function findCachedMatch(index: PaperIndex, key: string): SearchMatch | undefined {
  const position = index.searchMatches.findIndex((match) => match.words.join(' ') === key);
  if (position < 0) return undefined;

  const [match] = index.searchMatches.splice(position, 1) as [SearchMatch];
  index.searchMatches.unshift(match);
  return match;
}

/**
 * True when every paper matching `words` also matches `cached`: each cached word occurs inside
 * one of the new words, as when a word grows by a letter or the query gains a word.
 */
function narrows(cached: SearchMatch, words: readonly string[]): boolean {
  return cached.words.every((cachedWord) => words.some((word) => word.includes(cachedWord)));
}

/** Picks, among the cached matches that the new query can only narrow, the one with the fewest papers. */
function findNarrowestSuperset(index: PaperIndex, words: readonly string[]): SearchMatch | undefined {
  let narrowest: SearchMatch | undefined;
  for (const cached of index.searchMatches) {
    if (!narrows(cached, words)) continue;
    if (!narrowest || cached.matchCount < narrowest.matchCount) narrowest = cached;
  }
  return narrowest;
}

function countMatches(mask: Uint8Array): number {
  let count = 0;
  for (const matched of mask) count += matched;
  return count;
}

function computeMatch(index: PaperIndex, words: readonly string[]): SearchMatch {
  const superset = findNarrowestSuperset(index, words);
  // A word inside a word of the superset query occurs in every paper of the superset already.
  const wordsToTest = superset ? words.filter((word) => !superset.words.some((known) => known.includes(word))) : words;

  let candidates = superset ? { mask: superset.mask, count: superset.matchCount } : undefined;
  for (const word of wordsToTest) {
    const mask = markPapersContaining(index.searchTerms, word, candidates);
    candidates = { mask, count: countMatches(mask) };
  }

  if (!candidates) throw new Error('[query] A search match needs at least one word.');
  return { words, mask: candidates.mask, matchCount: candidates.count };
}

/**
 * Returns the papers that contain every search word, or undefined when there are no words and
 * every paper matches. Words are folded and free of white space, as tokenizeQuery returns them.
 * Results are cached on the index, so the several filter passes of one interaction search once,
 * and a query that only narrows a cached one tests just the papers that matched before.
 */
export function getSearchMatch(index: PaperIndex, words: readonly string[]): SearchMatch | undefined {
  if (words.length === 0) return undefined;

  const cached = findCachedMatch(index, words.join(' '));
  if (cached) return cached;

  const match = computeMatch(index, words);
  index.searchMatches.unshift(match);
  index.searchMatches.length = Math.min(index.searchMatches.length, MAX_CACHED_MATCHES);
  return match;
}
