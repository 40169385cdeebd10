import type { Paper } from '../model';
import { paperIdFromArxiv, paperIdFromDoi } from '../paper-id';
import { foldText } from '../text';

export interface MergeOutcome {
  /** Every distinct paper, existing ones first, with `sourceIndex` renumbered from 0. */
  papers: Paper[];
  /** How many papers were folded into one already present. */
  mergedCount: number;
}

/** Keys under which two records count as the same paper: arXiv id, DOI, or the title without case, accents and punctuation. */
function identityKeys(paper: Paper): string[] {
  const keys: string[] = [];
  if (paper.arxivId) keys.push(`arxiv:${paper.arxivId.toLowerCase()}`);
  if (paper.doi) keys.push(`doi:${paper.doi.toLowerCase()}`);

  const title = foldText(paper.title).replace(/[^\p{L}\p{N}]+/gu, '');
  if (title) keys.push(`title:${title}`);
  return keys;
}

function longer<T>(left: T[] | undefined, right: T[] | undefined): T[] | undefined {
  if (!left) return right;
  if (!right) return left;
  return right.length > left.length ? right : left;
}

function maxDefined(left: number | undefined, right: number | undefined): number | undefined {
  if (left === undefined) return right;
  if (right === undefined) return left;
  return Math.max(left, right);
}

function mergeAuthors(kept: Paper, other: Paper): Pick<Paper, 'authors' | 'authorsTruncated'> {
  const otherIsBetter =
    (kept.authorsTruncated && !other.authorsTruncated && other.authors.length > 0) ||
    (kept.authorsTruncated === other.authorsTruncated && other.authors.length > kept.authors.length);
  return otherIsBetter
    ? { authors: other.authors, authorsTruncated: other.authorsTruncated }
    : { authors: kept.authors, authorsTruncated: kept.authorsTruncated };
}

/** Combines two records of one paper: the kept record's values win, and the other fills what it lacks. */
export function mergePaperRecords(kept: Paper, other: Paper): Paper {
  const merged: Paper = {
    ...other,
    ...Object.fromEntries(Object.entries(kept).filter(([, value]) => value !== undefined)),
    ...mergeAuthors(kept, other),
    fullAuthors: longer(kept.fullAuthors, other.fullAuthors),
    affiliations: [...new Set([...kept.affiliations, ...other.affiliations])],
    hasCode: kept.hasCode || other.hasCode,
    citations: maxDefined(kept.citations, other.citations),
    citationsByYear: longer(kept.citationsByYear, other.citationsByYear),
  };

  if (merged.arxivId) merged.id = paperIdFromArxiv(merged.arxivId);
  else if (merged.doi) merged.id = paperIdFromDoi(merged.doi);
  return merged;
}

function dropUndefined(paper: Paper): Paper {
  return Object.fromEntries(Object.entries(paper).filter(([, value]) => value !== undefined)) as unknown as Paper;
}

/**
 * Merges records that describe the same paper (same arXiv id ignoring version, same DOI, or same
 * normalised title), both within `incoming` and against `existing`.
 */
export function mergeDuplicatePapers(existing: readonly Paper[], incoming: readonly Paper[]): MergeOutcome {
  const papers: Paper[] = [];
  const positionByKey = new Map<string, number>();
  let mergedCount = 0;

  for (const paper of [...existing, ...incoming]) {
    const position = identityKeys(paper)
      .map((key) => positionByKey.get(key))
      .find((found) => found !== undefined);

    let stored = paper;
    let storedAt = papers.length;
    if (position === undefined) {
      papers.push(paper);
    } else {
      stored = mergePaperRecords(papers[position] as Paper, paper);
      storedAt = position;
      papers[position] = stored;
      mergedCount++;
    }
    for (const key of identityKeys(stored)) positionByKey.set(key, storedAt);
  }

  return {
    papers: papers.map((paper, sourceIndex) => dropUndefined({ ...paper, sourceIndex })),
    mergedCount,
  };
}
