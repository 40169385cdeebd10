import {
  changeYearRange,
  describePaperCount,
  findYearSpan,
  hasActiveFilters,
  labelCategory,
  listCategoryOptions,
  listYearChoices,
  type YearRange,
} from '../../../../src/features/filters/filter-options';
import { createDefaultFilters } from '../../../../src/domain/query/view-state';

describe('listCategoryOptions', () => {
  it('should order by dataset count, then by code', () => {
    const datasetCounts = new Map([
      ['CL', 2],
      ['LG', 5],
      ['AI', 2],
    ]);

    const options = listCategoryOptions(datasetCounts, new Map([['AI', 1]]), []);

    expect(options.map((option) => option.key)).toEqual(['LG', 'AI', 'CL']);
    expect(options.map((option) => option.count)).toEqual([0, 1, 0]);
  });

  it('should mark pressed categories', () => {
    const options = listCategoryOptions(new Map([['LG', 1], ['CL', 1]]), new Map(), ['CL']);

    expect(options.map((option) => [option.key, option.pressed])).toEqual([
      ['CL', true],
      ['LG', false],
    ]);
  });

  it('should keep a pressed category the dataset lacks', () => {
    const options = listCategoryOptions(new Map([['LG', 3]]), new Map([['LG', 3]]), ['RO']);

    expect(options.map((option) => option.key)).toEqual(['LG', 'RO']);
    expect(options[1]).toMatchObject({ key: 'RO', count: 0, pressed: true, label: { code: 'RO', name: 'Robotics' } });
  });

  it('should label papers without a category as Other', () => {
    const options = listCategoryOptions(new Map([['', 2]]), new Map([['', 2]]), []);

    expect(options).toEqual([{ key: '', label: { code: 'Other' }, count: 2, pressed: false }]);
  });
});

describe('labelCategory', () => {
  it.each([
    ['LG', { code: 'LG', name: 'Machine Learning' }],
    ['cs.CL', { code: 'cs.CL', name: 'Computation and Language' }],
    ['q-bio.NC', { code: 'q-bio.NC' }],
    ['', { code: 'Other' }],
  ])('should label %j', (key, expected) => {
    expect(labelCategory(key)).toEqual(expected);
  });
});

describe('findYearSpan', () => {
  it('should skip unknown years', () => {
    expect(findYearSpan(Int32Array.from([2024, 0, 2019, 2022]))).toEqual({ first: 2019, last: 2024 });
  });

  it('should find no span without dated papers', () => {
    expect(findYearSpan(Int32Array.from([0, 0]))).toBeUndefined();
    expect(findYearSpan([])).toBeUndefined();
  });
});

describe('listYearChoices', () => {
  it('should list every year of the span', () => {
    expect(listYearChoices({ first: 2021, last: 2024 }, {})).toEqual([2021, 2022, 2023, 2024]);
  });

  it('should add chosen years outside the span', () => {
    expect(listYearChoices({ first: 2022, last: 2023 }, { yearFrom: 2019, yearTo: 2030 })).toEqual([
      2019, 2022, 2023, 2030,
    ]);
  });

  it('should list only chosen years without a span', () => {
    expect(listYearChoices(undefined, {})).toEqual([]);
    expect(listYearChoices(undefined, { yearTo: 2020 })).toEqual([2020]);
  });
});

describe('changeYearRange', () => {
  const cases: Array<[YearRange, 'from' | 'to', number | undefined, YearRange]> = [
    [{}, 'from', 2022, { yearFrom: 2022, yearTo: undefined }],
    [{}, 'to', 2022, { yearFrom: undefined, yearTo: 2022 }],
    [{ yearFrom: 2020, yearTo: 2024 }, 'from', 2022, { yearFrom: 2022, yearTo: 2024 }],
    [{ yearFrom: 2020, yearTo: 2024 }, 'from', 2024, { yearFrom: 2024, yearTo: 2024 }],
    [{ yearFrom: 2020, yearTo: 2022 }, 'from', 2025, { yearFrom: 2025, yearTo: 2025 }],
    [{ yearFrom: 2023, yearTo: 2025 }, 'to', 2021, { yearFrom: 2021, yearTo: 2021 }],
    [{ yearFrom: 2023, yearTo: 2025 }, 'to', undefined, { yearFrom: 2023, yearTo: undefined }],
    [{ yearFrom: 2023, yearTo: 2025 }, 'from', undefined, { yearFrom: undefined, yearTo: 2025 }],
    [{ yearTo: 2021 }, 'from', 2024, { yearFrom: 2024, yearTo: 2024 }],
  ];

  it.each(cases)('should change %j at %s to %s', (current, end, year, expected) => {
    expect(changeYearRange(current, end, year)).toEqual(expected);
  });
});

describe('hasActiveFilters', () => {
  it('should find nothing set in the defaults', () => {
    expect(hasActiveFilters(createDefaultFilters(), {})).toBe(false);
    expect(hasActiveFilters(createDefaultFilters(), { year: undefined, category: undefined })).toBe(false);
  });

  it.each([
    ['search', { ...createDefaultFilters(), search: ' ' }, {}],
    ['categories', { ...createDefaultFilters(), categories: ['LG'] }, {}],
    ['yearFrom', { ...createDefaultFilters(), yearFrom: 2020 }, {}],
    ['yearTo', { ...createDefaultFilters(), yearTo: 2020 }, {}],
    ['hasCode', { ...createDefaultFilters(), hasCode: true }, {}],
    ['scoredOnly', { ...createDefaultFilters(), scoredOnly: true }, {}],
    ['selected year', createDefaultFilters(), { year: 2024 }],
    ['selected category', createDefaultFilters(), { category: 'LG' }],
  ])('should find %s set', (_name, filters, selection) => {
    expect(hasActiveFilters(filters, selection)).toBe(true);
  });
});

describe('describePaperCount', () => {
  it.each([
    [3, 19, '3 of 19 papers'],
    [0, 1, '0 of 1 paper'],
    [1, 1, '1 of 1 paper'],
    [1200, 1500, '1,200 of 1,500 papers'],
  ])('should describe %i of %i', (visible, total, expected) => {
    expect(describePaperCount(visible, total)).toBe(expected);
  });
});
