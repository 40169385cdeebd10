import { useId } from 'react';

import { usePubscopeStore } from '../../store/pubscope-store';
import { changeYearRange, listYearChoices, type YearSpan } from './filter-options';

interface YearRangeSelectsProps {
  yearSpan?: YearSpan;
  undatedCount: number;
}

function parseYear(value: string): number | undefined {
  return value === '' ? undefined : Number(value);
}

export function YearRangeSelects({ yearSpan, undatedCount }: YearRangeSelectsProps) {
  const yearFrom = usePubscopeStore((state) => state.view.filters.yearFrom);
  const yearTo = usePubscopeStore((state) => state.view.filters.yearTo);
  const setYearRange = usePubscopeStore((state) => state.setYearRange);
  const fromId = useId();
  const toId = useId();
  const choices = listYearChoices(yearSpan, { yearFrom, yearTo });
  const hidesUndated = undatedCount > 0 && (yearFrom !== undefined || yearTo !== undefined);

  const changeEnd = (end: 'from' | 'to', value: string) => {
    const next = changeYearRange({ yearFrom, yearTo }, end, parseYear(value));
    setYearRange(next.yearFrom, next.yearTo);
  };

  const options = [
    <option key="any" value="">
      Any
    </option>,
    ...choices.map((year) => (
      <option key={year} value={String(year)}>
        {year}
      </option>
    )),
  ];

  return (
    <div className="filters-group">
      <div className="filters-years">
        <div className="filters-field">
          <label htmlFor={fromId}>From year</label>
          <select id={fromId} value={yearFrom ?? ''} onChange={(event) => changeEnd('from', event.target.value)}>
            {options}
          </select>
        </div>
        <div className="filters-field">
          <label htmlFor={toId}>To year</label>
          <select id={toId} value={yearTo ?? ''} onChange={(event) => changeEnd('to', event.target.value)}>
            {options}
          </select>
        </div>
      </div>
      {hidesUndated && (
        <p className="filters-hint">
          {undatedCount === 1 ? 'One paper without a date is' : `${undatedCount} papers without a date are`} hidden
          while a year is set.
        </p>
      )}
    </div>
  );
}
