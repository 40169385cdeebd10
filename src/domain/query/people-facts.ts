import type { Paper } from '../model';
import { rankCoauthors, buildPersonDirectoryForRecord, type Coauthor } from '../people/coauthors';
import { authorListOf } from '../people/author-list';
import { findOwnerPlace, type OwnerPlace } from '../people/authorship';
import type { PersonDirectory } from '../people/person-names';
import type { PaperIndex } from './paper-index';
import type { AuthorshipFilter } from './view-state';

/** The people of one record: its directory of names, the owner's place on each paper, and the owner's co-authors. */
export interface PeopleFacts {
  papers: readonly Paper[];
  directory: PersonDirectory;
  ownerPerson: string;
  /** The owner's place on the paper at each position of the index. */
  ownerPlaces: readonly OwnerPlace[];
  /**
   * False when no author list names the owner: the record's name is then not an author's (an import named after its
   * file, say), and the owner's places carry no information.
   */
  isOwnerListed: boolean;
  coauthors: readonly Coauthor[];
  /** Marks, by position, the papers that list `person` among their authors. */
  personMask: (person: string) => Uint8Array;
  /** Marks, by position, the papers where the owner is first author, or last; a sole author is both. */
  authorshipMask: (authorship: AuthorshipFilter) => Uint8Array;
}

/** Places that count as first or last author; a sole author is both. */
const AUTHORSHIP_KINDS: Record<AuthorshipFilter, ReadonlySet<OwnerPlace['kind']>> = {
  first: new Set(['first', 'sole']),
  last: new Set(['last', 'sole']),
};

const factsByIndex = new WeakMap<PaperIndex, Map<string, PeopleFacts>>();

function buildPeopleFacts(papers: readonly Paper[], ownerName: string): PeopleFacts {
  const directory = buildPersonDirectoryForRecord(papers, ownerName);
  const ownerPerson = directory.personOf(ownerName);
  const masks = new Map<string, Uint8Array>();
  const authorshipMasks = new Map<AuthorshipFilter, Uint8Array>();
  let ownerPlaces: OwnerPlace[] | undefined;
  let isOwnerListed: boolean | undefined;
  let coauthors: Coauthor[] | undefined;
  const listOwnerPlaces = () => {
    ownerPlaces ??= papers.map((paper) => findOwnerPlace(paper, ownerPerson, directory));
    return ownerPlaces;
  };

  return {
    papers,
    directory,
    ownerPerson,
    get ownerPlaces() {
      return listOwnerPlaces();
    },
    // Each table cell reads this, so it is computed once.
    get isOwnerListed() {
      isOwnerListed ??= listOwnerPlaces().some((place) => place.kind !== 'not-listed' && place.kind !== 'in-cut-part');
      return isOwnerListed;
    },
    get coauthors() {
      coauthors ??= rankCoauthors(papers, ownerName, directory);
      return coauthors;
    },
    personMask(person) {
      let mask = masks.get(person);
      if (!mask) {
        mask = Uint8Array.from(papers, (paper) =>
          authorListOf(paper).names.some((author) => directory.personOf(author) === person) ? 1 : 0,
        );
        masks.set(person, mask);
      }
      return mask;
    },
    authorshipMask(authorship) {
      let mask = authorshipMasks.get(authorship);
      if (!mask) {
        const kinds = AUTHORSHIP_KINDS[authorship];
        mask = Uint8Array.from(listOwnerPlaces(), (place) => (kinds.has(place.kind) ? 1 : 0));
        authorshipMasks.set(authorship, mask);
      }
      return mask;
    },
  };
}

/** Returns the people facts already built for an index and owner, or undefined; it never builds them. */
export function peekPeopleFacts(index: PaperIndex, ownerName: string): PeopleFacts | undefined {
  return factsByIndex.get(index)?.get(ownerName);
}

/** Returns the people facts of an index's papers for the record's owner, built once per index and owner. */
export function getPeopleFacts(index: PaperIndex, ownerName: string): PeopleFacts {
  let byOwner = factsByIndex.get(index);
  if (!byOwner) {
    byOwner = new Map();
    factsByIndex.set(index, byOwner);
  }
  let facts = byOwner.get(ownerName);
  if (!facts) {
    facts = buildPeopleFacts(index.papers, ownerName);
    byOwner.set(ownerName, facts);
  }
  return facts;
}
