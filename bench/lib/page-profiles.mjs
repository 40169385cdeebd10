// Selectors and control descriptions of each measured page. Both pages offer the same controls under the same
// labels, so one scenario drives both. Only the markup around the table and the charts differs.

/** The year clicked in the papers-per-year chart and the category toggled; both are frequent in the generated data. */
export const CHART_YEAR = 2020;
export const TOGGLED_CATEGORY = 'CV';
export const RANGE_START_YEAR = 2015;
/** Typed key by key; every word occurs in the generated titles and abstracts. */
export const TYPED_QUERY = 'graph neural networks';

const sharedTargets = {
  search: [{ label: 'Search papers' }],
  yearFrom: [{ label: 'From year' }],
  clearFilters: [{ css: 'button', text: 'Clear filters' }],
  category: (code) => [{ codeText: code }],
  sortHeader: (name) => [{ css: 'thead button.sort-button', textStartsWith: name }],
};

export const PAGE_PROFILES = {
  pubscope: {
    label: 'Pubscope',
    path: () => '/',
    switchDataset: true,
    tableSelector: '.papers-table',
    rowSelector: '.papers-table tr.paper-row',
    /** Shown once the lazily loaded charts have drawn their bars. */
    readySelector: '.year-chart g[data-year]',
    // The whole table, not one body: a virtualised table may draw its rows in several bodies.
    regions: ['.papers-table', '.charts-panel'],
    targets: {
      ...sharedTargets,
      yearBar: (year) => [
        { css: `.year-chart g[data-year="${year}"]` },
        // The "Show data" table offers the same selection as a button, even while the table is hidden.
        { css: 'button.chart-table-toggle', text: `Filter to ${year}` },
      ],
    },
  },
  baseline: {
    label: 'Baseline',
    path: (datasetId) => `/bench/baseline/?dataset=${encodeURIComponent(datasetId)}`,
    switchDataset: false,
    tableSelector: '.papers-table',
    rowSelector: '.papers-table tbody tr',
    readySelector: '.year-bars button[data-year]',
    regions: ['.papers-table', '.year-bars'],
    targets: {
      ...sharedTargets,
      yearBar: (year) => [{ css: `.year-bars button[data-year="${year}"]` }],
    },
  },
};
