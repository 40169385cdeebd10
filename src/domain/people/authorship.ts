import type { Paper } from '../model';
import { authorListOf } from './author-list';
import type { PersonDirectory } from './person-names';

/**
 * The owner's place on one paper's author list, with `position` counted from 1. In a cut list `authorCount` is
 * the number of names listed and `isCountExact` is false, because more authors follow.
 */
export type OwnerPlace =
  | { kind: 'first' | 'last' | 'middle' | 'sole'; position: number; authorCount: number; isCountExact: boolean }
  | { kind: 'in-cut-part' }
  | { kind: 'not-listed' };

/**
 * Finds the owner's place on a paper, matching each listed name to a person through the directory.
 * A cut list never makes the owner `sole` or `last`, because names follow. When the owner is missing from a
 * cut list they are presumably among the names cut (`in-cut-part`). Missing from a complete list (`not-listed`)
 * usually means a misattributed paper or a namesake.
 */
export function findOwnerPlace(paper: Paper, ownerPerson: string, directory: PersonDirectory): OwnerPlace {
  const { names, isCut } = authorListOf(paper);
  // An owner name without letters or digits has the empty key, which blank author names share too.
  const index = ownerPerson === '' ? -1 : names.findIndex((name) => directory.personOf(name) === ownerPerson);

  if (index === -1) return { kind: isCut ? 'in-cut-part' : 'not-listed' };

  const position = index + 1;
  const authorCount = names.length;
  const place = { position, authorCount, isCountExact: !isCut };
  if (authorCount === 1 && !isCut) return { kind: 'sole', ...place };
  if (position === 1) return { kind: 'first', ...place };
  if (position === authorCount && !isCut) return { kind: 'last', ...place };
  return { kind: 'middle', ...place };
}

/** Returns the English ordinal of a positive whole number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st. */
export function formatOrdinal(value: number): string {
  const lastTwoDigits = value % 100;
  if (lastTwoDigits >= 11 && lastTwoDigits <= 13) return `${value}th`;

  const suffixByLastDigit: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };
  return `${value}${suffixByLastDigit[value % 10] ?? 'th'}`;
}

/** Describes the owner's place for people: "First author", "3rd of 7", "3rd of 5+ (list cut)" and so on. */
export function describeOwnerPlace(place: OwnerPlace): string {
  switch (place.kind) {
    case 'first':
      return 'First author';
    case 'last':
      return 'Last author';
    case 'sole':
      return 'Sole author';
    case 'middle':
      return place.isCountExact
        ? `${formatOrdinal(place.position)} of ${place.authorCount}`
        : `${formatOrdinal(place.position)} of ${place.authorCount}+ (list cut)`;
    case 'in-cut-part':
      return 'In the cut part of the list';
    case 'not-listed':
      return 'Not in the author list';
  }
}

/**
 * Sort order of the kinds: first, sole, middle, last, in the cut part, not listed. First and sole come before
 * the rest because both lead the paper. A place in the cut part is still likely authorship, so it comes before
 * a paper that does not list the owner at all.
 */
const KIND_ORDER: Record<OwnerPlace['kind'], number> = {
  first: 0,
  sole: 1,
  middle: 2,
  last: 3,
  'in-cut-part': 4,
  'not-listed': 5,
};

/** Compares two places for sorting in the order of `KIND_ORDER`, and middle places by position (2nd before 3rd). */
export function compareOwnerPlaces(a: OwnerPlace, b: OwnerPlace): number {
  const byKind = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (byKind !== 0) return byKind;

  const positionA = 'position' in a ? a.position : 0;
  const positionB = 'position' in b ? b.position : 0;
  return positionA - positionB;
}
