import { initialsFit, keyOfParts, parseNameParts, reorderCommaName } from './name-parts';
import type { NameParts } from './name-parts';

/** The people behind a set of author names, however each name is written. */
export interface PersonDirectory {
  /**
   * Returns the stable id of the person a name refers to: the name key of the full form it joins, else its own key.
   * Names the directory was not built from are resolved by the same rules against the names it was built from.
   */
  personOf(name: string): string;
  /** Returns the spelling to show for a person id, or the id itself when the directory does not know it. */
  displayName(personId: string): string;
}

/** All spellings that share one name key, with how often and from which position each was seen. */
interface NameForm {
  key: string;
  parts: NameParts;
  spellings: Map<string, { count: number; firstSeen: number }>;
}

/**
 * Returns the key under which two spellings of one name compare equal: NFKD, accents stripped, lower case,
 * dots, hyphens and runs of white space as single separators, and `Family, Given` read as `Given Family`.
 * `Inés  Varga`, `ines varga`, `INES-VARGA` and `Varga, Inés` share the key `ines varga`.
 */
export function nameKey(name: string): string {
  return keyOfParts(parseNameParts(name));
}

function collectNameForms(names: Iterable<string>): Map<string, NameForm> {
  const forms = new Map<string, NameForm>();
  // A large record repeats each name many times: each distinct name is parsed once, and its later occurrences
  // only add to the count of the spelling it was filed under.
  const seenByName = new Map<string, { count: number } | null>();
  let position = 0;

  for (const name of names) {
    const known = seenByName.get(name);
    if (known !== undefined) {
      if (known) {
        known.count++;
        position++;
      }
      continue;
    }

    const parts = parseNameParts(name);
    const key = keyOfParts(parts);
    if (key === '') {
      seenByName.set(name, null);
      continue;
    }

    const form = forms.get(key) ?? { key, parts, spellings: new Map() };
    forms.set(key, form);
    const spelling = reorderCommaName(name).replace(/\s+/g, ' ');
    const seen = form.spellings.get(spelling) ?? { count: 0, firstSeen: position };
    seen.count++;
    form.spellings.set(spelling, seen);
    seenByName.set(name, seen);
    position++;
  }

  return forms;
}

function groupFullFormsByFamily(forms: Iterable<NameForm>): Map<string, NameForm[]> {
  const byFamily = new Map<string, NameForm[]>();

  for (const form of forms) {
    if (form.parts.isAbbreviated) continue;
    const group = byFamily.get(form.parts.family) ?? [];
    group.push(form);
    byFamily.set(form.parts.family, group);
  }

  return byFamily;
}

/**
 * Collects, for each abbreviated name key, the keys of the names listed with it on one author list: two names on
 * one list are two people, so the abbreviated name never joins those.
 */
function collectListedTogether(
  authorLists: Iterable<readonly string[]>,
  forms: Map<string, NameForm>,
): Map<string, Set<string>> {
  const together = new Map<string, Set<string>>();
  const keyByName = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = keyByName.get(name);
    if (key === undefined) {
      key = nameKey(name);
      keyByName.set(name, key);
    }
    return key;
  };

  for (const list of authorLists) {
    if (list.length < 2) continue;

    const keys = list.map(keyOf);
    for (const key of keys) {
      if (!forms.get(key)?.parts.isAbbreviated) continue;
      const others = together.get(key) ?? new Set<string>();
      for (const other of keys) if (other !== key) others.add(other);
      together.set(key, others);
    }
  }
  return together;
}

/**
 * Joins an abbreviated name to the one full form whose family name and given-name initials fit it.
 * With no fitting full form, or with two or more (`X. Wren` beside `Xanthe Wren` and `Xavier Wren`), the
 * abbreviated name stays a person of its own, because guessing would merge two people. A full form listed on one
 * paper with the abbreviated name does not count, because it is another person.
 */
function resolvePersonId(
  parts: NameParts,
  key: string,
  fullFormsByFamily: Map<string, NameForm[]>,
  listedWith: ReadonlySet<string> = new Set(),
): string {
  if (!parts.isAbbreviated) return key;

  const candidates = (fullFormsByFamily.get(parts.family) ?? []).filter(
    (full) => initialsFit(parts, full.parts) && !listedWith.has(full.key),
  );
  const [onlyCandidate] = candidates;
  return candidates.length === 1 && onlyCandidate ? onlyCandidate.key : key;
}

interface SpellingChoice {
  text: string;
  isAbbreviated: boolean;
  givenCount: number;
  count: number;
  firstSeen: number;
}

/** Spellings of full forms come first, then those with more given names, then the most frequent, then the earliest. */
function compareSpellings(a: SpellingChoice, b: SpellingChoice): number {
  if (a.isAbbreviated !== b.isAbbreviated) return a.isAbbreviated ? 1 : -1;
  if (a.givenCount !== b.givenCount) return b.givenCount - a.givenCount;
  if (a.count !== b.count) return b.count - a.count;
  return a.firstSeen - b.firstSeen;
}

function chooseDisplayNames(forms: Map<string, NameForm>, personByKey: Map<string, string>): Map<string, string> {
  const bestByPerson = new Map<string, SpellingChoice>();

  for (const form of forms.values()) {
    const personId = personByKey.get(form.key) ?? form.key;

    for (const [text, seen] of form.spellings) {
      const choice = { text, isAbbreviated: form.parts.isAbbreviated, givenCount: form.parts.given.length, ...seen };
      const best = bestByPerson.get(personId);
      if (!best || compareSpellings(choice, best) < 0) bestByPerson.set(personId, choice);
    }
  }

  return new Map([...bestByPerson].map(([personId, choice]) => [personId, choice.text]));
}

/**
 * Builds the directory of the people behind the given names. A name given more than once counts that often
 * when choosing the spelling to show. An abbreviated name joins a full name only when exactly one full name in `names` fits it.
 * Names in scripts without case (Chinese, Arabic...) never count as abbreviated, so they match by key only.
 * `authorLists`, when given, are the papers' author lists: an abbreviated name never joins a full name it shares
 * a list with.
 */
export function buildPersonDirectory(
  names: Iterable<string>,
  authorLists: Iterable<readonly string[]> = [],
): PersonDirectory {
  const forms = collectNameForms(names);
  const fullFormsByFamily = groupFullFormsByFamily(forms.values());
  const listedTogether = collectListedTogether(authorLists, forms);

  const personByKey = new Map<string, string>();
  for (const form of forms.values()) {
    personByKey.set(form.key, resolvePersonId(form.parts, form.key, fullFormsByFamily, listedTogether.get(form.key)));
  }

  const displayNames = chooseDisplayNames(forms, personByKey);

  const personByName = new Map<string, string>();

  return {
    personOf(name) {
      let person = personByName.get(name);
      if (person === undefined) {
        const parts = parseNameParts(name);
        const key = keyOfParts(parts);
        person = personByKey.get(key) ?? resolvePersonId(parts, key, fullFormsByFamily);
        personByName.set(name, person);
      }
      return person;
    },
    displayName(personId) {
      return displayNames.get(personId) ?? personId;
    },
  };
}
