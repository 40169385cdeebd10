import { useContext } from 'react';

import { foldText } from '../../domain/text';
import type { PeopleFacts } from '../../domain/query/people-facts';
import { OwnerNameContext } from './owner-name-context';
import { PeopleFactsContext } from './owner-place';

interface AuthorNamesProps {
  authors: readonly string[];
  /** True when the list is cut short, which adds "et al.". */
  truncated: boolean;
  /** Shows at most this many names from the start, plus the record owner's wherever it is; all when left out. */
  limit?: number;
}

/**
 * Finds the position of the first author who is the owner, or -1: through the record's people when known, so that
 * the mark agrees with the Authorship column, else by the whole folded name.
 */
function findOwner(authors: readonly string[], ownerName: string | undefined, facts: PeopleFacts | undefined): number {
  if (facts) {
    const { directory, ownerPerson } = facts;
    return ownerPerson === '' ? -1 : authors.findIndex((author) => directory.personOf(author) === ownerPerson);
  }
  if (!ownerName) return -1;

  const ownerKey = foldText(ownerName);
  return authors.findIndex((author) => foldText(author) === ownerKey);
}

/**
 * Lists authors separated by commas, marking the record's owner wherever the whole name matches. Names before
 * and after the owner are joined into one text each, so a long list stays a few text nodes.
 */
export function AuthorNames({ authors, truncated, limit = authors.length }: AuthorNamesProps) {
  const ownerPosition = findOwner(authors, useContext(OwnerNameContext), useContext(PeopleFactsContext));

  if (authors.length === 0) return <span className="papers-muted">Authors unknown</span>;

  const shownCount = Math.min(limit, authors.length);
  const isOwnerShown = ownerPosition >= 0 && ownerPosition < shownCount;
  const isOwnerAfterGap = ownerPosition >= shownCount;
  const beforeOwner = authors.slice(0, isOwnerShown ? ownerPosition : shownCount).join(', ');
  const afterOwner = isOwnerShown ? authors.slice(ownerPosition + 1, shownCount).join(', ') : '';
  const hiddenCount = authors.length - shownCount - (isOwnerAfterGap ? 1 : 0);

  return (
    <>
      {beforeOwner}
      {isOwnerShown && (
        <>
          {ownerPosition > 0 && ', '}
          <mark>{authors[ownerPosition]}</mark>
          {afterOwner && `, ${afterOwner}`}
        </>
      )}
      {isOwnerAfterGap && (
        <>
          {ownerPosition > shownCount ? ', …, ' : ', '}
          <mark>{authors[ownerPosition]}</mark>
        </>
      )}
      {hiddenCount > 0 && `, +${hiddenCount} more`}
      {truncated && ' et al.'}
    </>
  );
}
