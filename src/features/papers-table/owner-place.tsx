import { createContext, useContext } from 'react';

import type { Paper } from '../../domain/model';
import { describeOwnerPlace, findOwnerPlace } from '../../domain/people/authorship';
import type { PeopleFacts } from '../../domain/query/people-facts';

/** The record's people, once known; large records learn them after their first rows are on screen. */
export const PeopleFactsContext = createContext<PeopleFacts | undefined>(undefined);

/** Shows the record owner's place on a paper's author list, and flags a paper whose complete list lacks them. */
export function OwnerPlace({ paper }: { paper: Paper }) {
  const facts = useContext(PeopleFactsContext);
  if (!facts) {
    return (
      <span className="papers-muted" title="Found once the record's co-authors are counted">
        …
      </span>
    );
  }
  if (!facts.isOwnerListed) {
    return (
      <span className="papers-muted" title="No author list names the record's owner, so their place is unknown">
        Unknown
      </span>
    );
  }

  const place = findOwnerPlace(paper, facts.ownerPerson, facts.directory);
  const text = describeOwnerPlace(place);
  if (place.kind !== 'not-listed') return <>{text}</>;

  return (
    <span className="owner-not-listed" title="Likely misattributed, or a namesake">
      <span aria-hidden="true">⚠ </span>
      {text}
    </span>
  );
}
