import { useRef } from 'react';

import { CategoryToggles } from './category-toggles';
import { ChartSelectionChips } from './chart-selection-chips';
import { ClearFiltersButton } from './clear-filters-button';
import { PaperCount } from './paper-count';
import { PaperFlags } from './paper-flags';
import { PeopleFilters } from './people-filters';
import { SearchBox } from './search-box';
import { useDatasetFacets } from './use-dataset-facets';
import { YearRangeSelects } from './year-range-selects';
import './filters-panel.css';

/** Search, category, year and flag filters over the active dataset, with the live count of papers they leave. */
export function FiltersPanel() {
  const facets = useDatasetFacets();
  const searchRef = useRef<HTMLInputElement>(null);
  const focusSearch = () => searchRef.current?.focus();

  return (
    <section className="panel filters-panel">
      <div className="filters-header">
        <h2>Filters</h2>
        <ClearFiltersButton onCleared={focusSearch} />
      </div>
      <PaperCount total={facets.paperCount} />
      <ChartSelectionChips onEmptied={focusSearch} />
      <SearchBox inputRef={searchRef} />
      <CategoryToggles datasetCounts={facets.categoryCounts} />
      <YearRangeSelects yearSpan={facets.yearSpan} undatedCount={facets.undatedCount} />
      <PeopleFilters />
      <PaperFlags />
    </section>
  );
}
