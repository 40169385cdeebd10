import type { Paper } from '../model';
import { authorListOf, personsOnPaper, publicationYear } from './author-list';
import { buildPersonDirectory } from './person-names';
import type { PersonDirectory } from './person-names';

/** A person who shares papers with the owner of the record. */
export interface Coauthor {
  /** Person id from the directory. */
  person: string;
  /** Spelling shown for the person. */
  name: string;
  jointPapers: number;
  /** Publication years of the first and last joint paper, absent when no joint paper is dated. */
  firstYear?: number;
  lastYear?: number;
  /** True when a cut author list in the record does not name this person, so `jointPapers` may be too low. */
  mayBeLow: boolean;
  /** Ids of the joint papers, in record order. */
  paperIds: string[];
}

/** Builds a directory from every author name of the record (full lists where known) and the owner's name. */
export function buildPersonDirectoryForRecord(papers: readonly Paper[], ownerName: string): PersonDirectory {
  return buildPersonDirectory(
    listRecordNames(papers, ownerName),
    papers.map((paper) => authorListOf(paper).names),
  );
}

/** Yields every author name of the record and then the owner's, without gathering them into one array. */
function* listRecordNames(papers: readonly Paper[], ownerName: string): Generator<string> {
  for (const paper of papers) yield* authorListOf(paper).names;
  yield ownerName;
}

function addYear(coauthor: Coauthor, year: number | undefined): void {
  if (year === undefined) return;

  coauthor.firstYear = Math.min(coauthor.firstYear ?? year, year);
  coauthor.lastYear = Math.max(coauthor.lastYear ?? year, year);
}

function countCoauthors(papers: readonly Paper[], ownerPerson: string, directory: PersonDirectory): Map<string, Coauthor> {
  const coauthors = new Map<string, Coauthor>();

  for (const paper of papers) {
    const year = publicationYear(paper);

    for (const person of personsOnPaper(paper, directory)) {
      if (person === ownerPerson || person === '') continue;

      const coauthor = coauthors.get(person) ?? {
        person,
        name: directory.displayName(person),
        jointPapers: 0,
        mayBeLow: false,
        paperIds: [],
      };
      coauthor.jointPapers++;
      coauthor.paperIds.push(paper.id);
      addYear(coauthor, year);
      coauthors.set(person, coauthor);
    }
  }

  return coauthors;
}

/** Marks each co-author missing from at least one cut author list, because they may be among the names cut. */
function markCountsThatMayBeLow(coauthors: Map<string, Coauthor>, papers: readonly Paper[], directory: PersonDirectory): void {
  const cutLists = papers.filter((paper) => authorListOf(paper).isCut).map((paper) => personsOnPaper(paper, directory));

  for (const coauthor of coauthors.values()) {
    coauthor.mayBeLow = cutLists.some((persons) => !persons.has(coauthor.person));
  }
}

// One collator for every comparison: `localeCompare` with a locale sets one up on each call.
const collator = new Intl.Collator('en');

function compareCoauthors(a: Coauthor, b: Coauthor): number {
  if (a.jointPapers !== b.jointPapers) return b.jointPapers - a.jointPapers;
  return collator.compare(a.name, b.name) || collator.compare(a.person, b.person);
}

/**
 * Ranks the owner's co-authors by joint papers, most first, then by name. A paper counts once per person even
 * when a name repeats on it, and undated papers count without giving a year. The owner is never their own
 * co-author. Without a directory, one is built from the record.
 */
export function rankCoauthors(
  papers: readonly Paper[],
  ownerName: string,
  directory: PersonDirectory = buildPersonDirectoryForRecord(papers, ownerName),
): Coauthor[] {
  const coauthors = countCoauthors(papers, directory.personOf(ownerName), directory);
  markCountsThatMayBeLow(coauthors, papers, directory);

  return [...coauthors.values()].sort(compareCoauthors);
}

/** Joint papers of the given persons in one year, with 0 for a person who shares none that year. */
export interface JointPapersInYear {
  year: number;
  counts: Record<string, number>;
}

/**
 * Counts the papers per year that list each of the given persons, for every year from the first to the last in
 * which any of them is listed, gaps included. Undated papers are left out. Returns [] when none is listed on a
 * dated paper.
 */
export function countJointPapersPerYear(
  papers: readonly Paper[],
  persons: readonly string[],
  directory: PersonDirectory,
): JointPapersInYear[] {
  const countsByYear = new Map<number, Record<string, number>>();

  for (const paper of papers) {
    const year = publicationYear(paper);
    if (year === undefined) continue;

    const listed = personsOnPaper(paper, directory);
    for (const person of persons) {
      if (!listed.has(person)) continue;
      const counts = countsByYear.get(year) ?? {};
      counts[person] = (counts[person] ?? 0) + 1;
      countsByYear.set(year, counts);
    }
  }

  if (countsByYear.size === 0) return [];

  const years = [...countsByYear.keys()];
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const rows: JointPapersInYear[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const counts = Object.fromEntries(persons.map((person) => [person, countsByYear.get(year)?.[person] ?? 0]));
    rows.push({ year, counts });
  }

  return rows;
}

/** Returns the ids of the papers whose author list names the person, for filtering by co-author. */
export function paperIdsWithPerson(papers: readonly Paper[], person: string, directory: PersonDirectory): Set<string> {
  const ids = papers.filter((paper) => personsOnPaper(paper, directory).has(person)).map((paper) => paper.id);
  return new Set(ids);
}
