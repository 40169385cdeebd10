import { useMemo } from 'react';

import { formatCount } from '../../domain/format';
import { usePubscopeStore } from '../../store/pubscope-store';
import { useCategoryCounts } from '../../store/selectors';
import { listCategoryOptions, type CategoryOption } from './filter-options';

interface CategoryTogglesProps {
  /** Papers per category in the whole dataset, which sets the order of the toggles. */
  datasetCounts: ReadonlyMap<string, number>;
}

function CategoryToggle({ option, onToggle }: { option: CategoryOption; onToggle: (key: string) => void }) {
  const { label } = option;

  // The spaces between the spans keep the accessible name readable: "LG Machine Learning 10".
  return (
    <button type="button" className="filters-toggle" aria-pressed={option.pressed} onClick={() => onToggle(option.key)}>
      <span className="filters-toggle-mark" aria-hidden="true" />{' '}
      <span className="filters-toggle-code">{label.code}</span>{' '}
      {label.name && <span className="filters-toggle-name">{label.name}</span>}{' '}
      <span className="filters-toggle-count">{formatCount(option.count)}</span>
    </button>
  );
}

export function CategoryToggles({ datasetCounts }: CategoryTogglesProps) {
  const pressed = usePubscopeStore((state) => state.view.filters.categories);
  const toggleCategory = usePubscopeStore((state) => state.toggleCategory);
  const facetCounts = useCategoryCounts();
  const options = useMemo(
    () => listCategoryOptions(datasetCounts, facetCounts, pressed),
    [datasetCounts, facetCounts, pressed],
  );

  if (options.length === 0) return null;

  return (
    <fieldset className="filters-group">
      <legend>Categories</legend>
      <p className="filters-hint">Pressed categories narrow the list. None pressed shows all.</p>
      <ul className="filters-toggles">
        {options.map((option) => (
          <li key={option.key}>
            <CategoryToggle option={option} onToggle={toggleCategory} />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
