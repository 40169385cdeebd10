import type { SearchTerms } from './search-terms';

/** Papers still in question: a mask over paper positions and how many of them are set. */
export interface CandidatePapers {
  mask: Uint8Array;
  count: number;
}

/** Lists the ids of the terms containing `word`, in ascending order. */
function findTermsContaining(terms: SearchTerms, word: string): number[] {
  const { vocabularyText, termOffsets } = terms;
  const ids: number[] = [];
  let id = 0;
  let offset = vocabularyText.indexOf(word);
  while (offset >= 0) {
    // Hits come in text order, so the term containing this hit is at or after the previous hit's term.
    while ((termOffsets[id + 1] ?? Infinity) <= offset) id += 1;
    ids.push(id);
    offset = vocabularyText.indexOf(word, termOffsets[id + 1] ?? vocabularyText.length);
  }
  return ids;
}

function isCandidate(candidates: CandidatePapers | undefined, position: number): boolean {
  return candidates === undefined || candidates.mask[position] === 1;
}

/** Walks the papers of each term, which is cheap for rare words. */
function markThroughTermPapers(
  terms: SearchTerms,
  termIds: number[],
  candidates: CandidatePapers | undefined,
  mask: Uint8Array,
): void {
  const { termStarts, termPapers } = terms;
  for (const id of termIds) {
    const end = termStarts[id + 1] ?? 0;
    for (let entry = termStarts[id] ?? 0; entry < end; entry++) {
      const position = termPapers[entry] ?? 0;
      if (isCandidate(candidates, position)) mask[position] = 1;
    }
  }
}

/** Walks the terms of each candidate paper up to the first that contains the word, which is cheap for common words. */
function markThroughPaperTerms(
  terms: SearchTerms,
  termIds: number[],
  candidates: CandidatePapers | undefined,
  mask: Uint8Array,
): void {
  const { paperStarts, paperTermIds } = terms;
  const containsWord = new Uint8Array(terms.termOffsets.length - 1);
  for (const id of termIds) containsWord[id] = 1;

  for (let position = 0; position < mask.length; position++) {
    if (!isCandidate(candidates, position)) continue;

    const end = paperStarts[position + 1] ?? 0;
    for (let entry = paperStarts[position] ?? 0; entry < end; entry++) {
      if (containsWord[paperTermIds[entry] ?? 0] === 1) {
        mask[position] = 1;
        break;
      }
    }
  }
}

/**
 * Returns a mask of the candidate papers, or of every paper when `candidates` is undefined,
 * whose search text contains `word`. It walks whichever lists promise fewer reads.
 */
export function markPapersContaining(
  terms: SearchTerms,
  word: string,
  candidates: CandidatePapers | undefined,
): Uint8Array {
  const paperCount = terms.paperStarts.length - 1;
  const mask = new Uint8Array(paperCount);
  const termIds = findTermsContaining(terms, word);
  if (termIds.length === 0) return mask;

  let postingCount = 0;
  for (const id of termIds) postingCount += (terms.termStarts[id + 1] ?? 0) - (terms.termStarts[id] ?? 0);
  // An estimate: a paper's walk stops at its first term containing the word, sooner the more such terms it has.
  const averageTermsPerPaper = terms.paperTermIds.length / paperCount;
  const candidateCount = candidates?.count ?? paperCount;
  const paperWalkCost = (candidateCount * averageTermsPerPaper) / (1 + postingCount / paperCount);

  if (postingCount <= paperWalkCost) markThroughTermPapers(terms, termIds, candidates, mask);
  else markThroughPaperTerms(terms, termIds, candidates, mask);
  return mask;
}
