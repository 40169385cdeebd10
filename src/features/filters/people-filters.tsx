import { useId, useMemo } from 'react';

import { formatCount } from '../../domain/format';
import type { OwnerPlace } from '../../domain/people/authorship';

import type { AuthorshipFilter } from '../../domain/query/view-state';
import { usePubscopeStore } from '../../store/pubscope-store';
import { usePeopleFacts } from '../../store/use-people-facts';

const AUTHORSHIP_OPTIONS: readonly { value: AuthorshipFilter | ''; label: string }[] = [
  { value: '', label: 'Any place' },
  { value: 'first', label: 'First author' },
  { value: 'last', label: 'Last author' },
];

/** Counts the papers where the owner leads the list and where they close it; a sole author counts as both. */
function countLeadPlaces(places: readonly OwnerPlace[]): { first: number; last: number } {
  let first = 0;
  let last = 0;
  for (const { kind } of places) {
    if (kind === 'first' || kind === 'sole') first++;
    if (kind === 'last' || kind === 'sole') last++;
  }
  return { first, last };
}

/** Narrows the papers by the owner's place on them, and shows the co-author chosen in the co-author panel. */
export function PeopleFilters() {
  const selectId = useId();
  const authorship = usePubscopeStore((state) => state.view.filters.authorship);
  const coauthor = usePubscopeStore((state) => state.view.filters.coauthor);
  const setAuthorship = usePubscopeStore((state) => state.setAuthorship);
  const toggleCoauthor = usePubscopeStore((state) => state.toggleCoauthor);
  const { facts } = usePeopleFacts();
  const coauthorName = coauthor === undefined ? undefined : (facts?.directory.displayName(coauthor) ?? coauthor);
  const placeCounts = useMemo(() => (facts ? countLeadPlaces(facts.ownerPlaces) : undefined), [facts]);

  return (
    <div className="filters-group">
      <div className="filters-field">
        <label htmlFor={selectId}>Owner&apos;s place</label>
        <select
          id={selectId}
          value={authorship ?? ''}
          onChange={(event) => setAuthorship((event.target.value || undefined) as AuthorshipFilter | undefined)}
        >
          {AUTHORSHIP_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {facts && !facts.isOwnerListed && (
          <p className="filters-hint">No author list names the record&apos;s owner, so their place is unknown.</p>
        )}
        {placeCounts && facts?.isOwnerListed && (
          <p className="filters-hint">
            In the record: {formatCount(placeCounts.first)} as first author, {formatCount(placeCounts.last)} as last
            author.
          </p>
        )}
      </div>
      {coauthorName !== undefined && coauthor !== undefined && (
        <div className="filters-chips">
          <button
            type="button"
            className="filters-chip"
            aria-label={`Remove co-author ${coauthorName} filter`}
            onClick={() => toggleCoauthor(coauthor)}
          >
            With: {coauthorName} <span aria-hidden="true">✕</span>
          </button>
        </div>
      )}
    </div>
  );
}
