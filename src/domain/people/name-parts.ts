import { foldText } from '../text';

/** A personal name split into folded words: the given names and the family name. */
export interface NameParts {
  /** Folded given names in order. A hyphenated given name such as `Jean-Luc` gives two entries. */
  given: string[];
  /** Folded family name. A hyphenated one such as `Ruiz-Vega` stays one entry, written `ruiz vega`. */
  family: string;
  /** True when every given name is an initial, as in `X. Wren` or `J.-L. Tavel`. */
  isAbbreviated: boolean;
}

/** Dots and hyphens separate the parts of a name, as in `X.T.` or `Jean-Luc`. */
const NAME_SEPARATORS = /[.\-‐‑‒–]+/g;

/**
 * Rewrites `Family, Given` as `Given Family`, and BibTeX's `Family, Suffix, Given` as `Given Family Suffix`.
 * Names without a comma are returned trimmed.
 */
export function reorderCommaName(name: string): string {
  const parts = name.split(',').map((part) => part.trim());
  if (parts.length === 2 && parts[0] && parts[1]) return `${parts[1]} ${parts[0]}`;
  if (parts.length === 3 && parts[0] && parts[1] && parts[2]) return `${parts[2]} ${parts[0]} ${parts[1]}`;
  return name.trim();
}

/** Folds one word of a name: NFKD, accents stripped, lower case, dots and hyphens turned into spaces. */
function foldNameWord(word: string): string {
  return foldText(word.normalize('NFKD').replace(NAME_SEPARATORS, ' '));
}

/**
 * True for a one-letter part of a cased script (Latin, Greek, Cyrillic...).
 * A one-character part of a script without case, such as a Chinese given name, is a name, not an initial.
 */
function isInitial(part: string): boolean {
  if ([...part].length !== 1) return false;
  return part.toLowerCase() !== part.toUpperCase();
}

/**
 * Splits a name into given names and a family name. The family name is the last word, so a particle written
 * apart, as in `Jan van der Berg`, is read as a given name.
 * NOTE: so `J. van der Berg` never counts as abbreviated and never joins `Jan van der Berg`. It matches by key only.
 */
export function parseNameParts(name: string): NameParts {
  const words = reorderCommaName(name)
    .split(/\s+/)
    .map(foldNameWord)
    .filter((word) => word !== '');
  const familyWord = words.pop() ?? '';
  const given = words.flatMap((word) => word.split(' '));

  return {
    given,
    family: familyWord,
    isAbbreviated: given.length > 0 && given.every(isInitial),
  };
}

/** Joins the parts into a name key: the folded words, given names first, separated by single spaces. */
export function keyOfParts(parts: NameParts): string {
  return [...parts.given, parts.family].filter((word) => word !== '').join(' ');
}

/**
 * True when each initial of the abbreviated form is the first letter of the given name at the same place in the
 * full form. The full form may have more given names: `J. Tavel` fits `Jean Luc Tavel`, but `J. L. Tavel` does
 * not fit `Jean Tavel`.
 */
export function initialsFit(abbreviated: NameParts, full: NameParts): boolean {
  if (abbreviated.family !== full.family) return false;
  if (abbreviated.given.length > full.given.length) return false;

  return abbreviated.given.every((initial, index) => full.given[index]?.startsWith(initial) === true);
}
