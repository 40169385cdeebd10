import type { Paper } from '../model';
import type { PersonDirectory } from './person-names';

/** The author list Pubscope trusts most for a paper, and whether the source cut it short. */
export interface AuthorList {
  names: readonly string[];
  isCut: boolean;
}

/**
 * Returns the complete list when another source supplied one, else the listed authors with their "et al." flag.
 * An empty `fullAuthors` counts as absent, because no paper has zero authors.
 */
export function authorListOf(paper: Paper): AuthorList {
  if (paper.fullAuthors && paper.fullAuthors.length > 0) return { names: paper.fullAuthors, isCut: false };
  return { names: paper.authors, isCut: paper.authorsTruncated };
}

/** Returns the ids of the people listed on a paper. A person named twice is in the set once. */
export function personsOnPaper(paper: Paper, directory: PersonDirectory): Set<string> {
  return new Set(authorListOf(paper).names.map((name) => directory.personOf(name)));
}

/** Returns the year of a paper's publication date, or undefined when it is undated. */
export function publicationYear(paper: Paper): number | undefined {
  if (!paper.published) return undefined;

  const year = Number(paper.published.slice(0, 4));
  return Number.isInteger(year) ? year : undefined;
}
