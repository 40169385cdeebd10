import { useId, useRef } from 'react';

import { usePubscopeStore } from '../../store/pubscope-store';
import { labelCategory } from './filter-options';

interface ChartSelectionChipsProps {
  /** Called after the last chip is removed to move keyboard focus, which would otherwise be lost with the button. */
  onEmptied: () => void;
}

export function ChartSelectionChips({ onEmptied }: ChartSelectionChipsProps) {
  const year = usePubscopeStore((state) => state.view.selection.year);
  const category = usePubscopeStore((state) => state.view.selection.category);
  const clearSelectedYear = usePubscopeStore((state) => state.clearSelectedYear);
  const clearSelectedCategory = usePubscopeStore((state) => state.clearSelectedCategory);
  const yearChipRef = useRef<HTMLButtonElement>(null);
  const categoryChipRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  if (year === undefined && category === undefined) return null;

  const focusRemaining = (remaining: HTMLButtonElement | null) => {
    if (remaining) remaining.focus();
    else onEmptied();
  };

  const removeYear = () => {
    clearSelectedYear();
    focusRemaining(categoryChipRef.current);
  };

  const removeCategory = () => {
    clearSelectedCategory();
    focusRemaining(yearChipRef.current);
  };

  const categoryCode = category === undefined ? undefined : labelCategory(category).code;

  return (
    <div className="filters-chips" role="group" aria-labelledby={titleId}>
      <span id={titleId} className="filters-chips-title">
        Selected in the charts
      </span>
      {year !== undefined && (
        <button
          ref={yearChipRef}
          type="button"
          className="filters-chip"
          aria-label={`Remove year ${year} filter`}
          onClick={removeYear}
        >
          Year: {year} <span aria-hidden="true">✕</span>
        </button>
      )}
      {categoryCode !== undefined && (
        <button
          ref={categoryChipRef}
          type="button"
          className="filters-chip"
          aria-label={`Remove category ${categoryCode} filter`}
          onClick={removeCategory}
        >
          Category: {categoryCode} <span aria-hidden="true">✕</span>
        </button>
      )}
    </div>
  );
}
