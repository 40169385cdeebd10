import type { ReactTable } from '@tanstack/react-table';
import { useId, useMemo } from 'react';

import type { Paper } from '../../src/domain/model';
import type { BaselineFeatures } from './table-setup';
import { yearOf } from './table-setup';

interface BaselineFiltersProps {
  table: ReactTable<BaselineFeatures, Paper>;
  papers: readonly Paper[];
}

function countCategories(papers: readonly Paper[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const paper of papers) counts.set(paper.category ?? '', (counts.get(paper.category ?? '') ?? 0) + 1);
  return [...counts].sort((first, second) => second[1] - first[1]);
}

function listYears(papers: readonly Paper[]): number[] {
  const years = new Set<number>();
  for (const paper of papers) {
    const year = yearOf(paper);
    if (year !== undefined) years.add(year);
  }
  return [...years].sort((first, second) => first - second);
}

function parseYear(value: string): number | undefined {
  return value === '' ? undefined : Number(value);
}

/** Search, category toggles, a year range and "Clear filters", each writing the table's own filter state. */
export function BaselineFilters({ table, papers }: BaselineFiltersProps) {
  const searchId = useId();
  const fromId = useId();
  const toId = useId();
  const categories = useMemo(() => countCategories(papers), [papers]);
  const years = useMemo(() => listYears(papers), [papers]);
  const categoryColumn = table.getColumn('category');
  const yearColumn = table.getColumn('year');
  const pressed = (categoryColumn?.getFilterValue() as string[] | undefined) ?? [];
  const [yearFrom, yearTo] = (yearColumn?.getFilterValue() as [number?, number?] | undefined) ?? [];

  const toggleCategory = (category: string) => {
    const next = pressed.includes(category) ? pressed.filter((code) => code !== category) : [...pressed, category];
    categoryColumn?.setFilterValue(next);
  };
  const clearFilters = () => {
    table.resetColumnFilters(true);
    table.setGlobalFilter('');
  };
  const yearOptions = [
    <option key="any" value="">
      Any
    </option>,
    ...years.map((year) => (
      <option key={year} value={year}>
        {year}
      </option>
    )),
  ];

  return (
    <section className="filters-panel">
      <h2>Filters</h2>
      <button type="button" onClick={clearFilters}>
        Clear filters
      </button>
      <label htmlFor={searchId}>Search papers</label>
      <input
        id={searchId}
        type="search"
        value={String(table.state.globalFilter ?? '')}
        onChange={(event) => table.setGlobalFilter(event.target.value)}
      />
      <fieldset>
        <legend>Categories</legend>
        {categories.map(([category, count]) => (
          <button
            key={category}
            type="button"
            className="filters-toggle"
            aria-pressed={pressed.includes(category)}
            onClick={() => toggleCategory(category)}
          >
            <span className="filters-toggle-code">{category}</span> {count}
          </button>
        ))}
      </fieldset>
      <label htmlFor={fromId}>From year</label>
      <select
        id={fromId}
        value={yearFrom ?? ''}
        onChange={(event) => yearColumn?.setFilterValue([parseYear(event.target.value), yearTo])}
      >
        {yearOptions}
      </select>
      <label htmlFor={toId}>To year</label>
      <select
        id={toId}
        value={yearTo ?? ''}
        onChange={(event) => yearColumn?.setFilterValue([yearFrom, parseYear(event.target.value)])}
      >
        {yearOptions}
      </select>
    </section>
  );
}
