import { usePubscopeStore } from '../../store/pubscope-store';
import { hasActiveFilters } from './filter-options';

interface ClearFiltersButtonProps {
  /** Called after clearing to move keyboard focus, because the button turns disabled and would drop it. */
  onCleared: () => void;
}

export function ClearFiltersButton({ onCleared }: ClearFiltersButtonProps) {
  const isFiltered = usePubscopeStore((state) => hasActiveFilters(state.view.filters, state.view.selection));
  const clearFilters = usePubscopeStore((state) => state.clearFilters);

  const clear = () => {
    clearFilters();
    onCleared();
  };

  return (
    <button type="button" className="outline-button filters-clear" disabled={!isFiltered} onClick={clear}>
      Clear filters
    </button>
  );
}
