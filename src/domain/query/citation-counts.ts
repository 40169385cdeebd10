import type { CitationsInYear } from '../citation-metrics';
import type { PaperIndex } from './paper-index';

/** Every paper's per-year citation counts in flat arrays: paper p's entries run from `starts[p]` to `starts[p + 1]`. */
interface CitationTable {
  starts: Int32Array;
  years: Int32Array;
  counts: Float64Array;
  firstYear: number;
  lastYear: number;
}

const citationTables = new WeakMap<PaperIndex, CitationTable>();

function buildCitationTable(index: PaperIndex): CitationTable {
  const { papers } = index;
  const starts = new Int32Array(papers.length + 1);
  papers.forEach((paper, position) => {
    starts[position + 1] = (starts[position] ?? 0) + (paper.citationsByYear?.length ?? 0);
  });

  const entryCount = starts[papers.length] ?? 0;
  const years = new Int32Array(entryCount);
  const counts = new Float64Array(entryCount);
  let firstYear = Infinity;
  let lastYear = -Infinity;
  let entry = 0;
  for (const paper of papers) {
    for (const { year, count } of paper.citationsByYear ?? []) {
      years[entry] = year;
      counts[entry] = count;
      firstYear = Math.min(firstYear, year);
      lastYear = Math.max(lastYear, year);
      entry += 1;
    }
  }
  return { starts, years, counts, firstYear, lastYear };
}

/** Returns the index's citation table, built on first use so that later filter changes read no paper object. */
function getCitationTable(index: PaperIndex): CitationTable {
  let table = citationTables.get(index);
  if (!table) {
    table = buildCitationTable(index);
    citationTables.set(index, table);
  }
  return table;
}

/** Tells whether any paper of the index has per-year citation counts. */
export function hasYearlyCitations(index: PaperIndex): boolean {
  const table = getCitationTable(index);
  return table.years.length > 0;
}

/**
 * Adds up the citations the papers at `positions` received in each year, with the same result as
 * sumCitationsByYear over those papers: every year from the first to the last with a count appears.
 */
export function sumCitationsByYearAt(index: PaperIndex, positions: Int32Array): CitationsInYear[] {
  const { starts, years, counts, firstYear, lastYear } = getCitationTable(index);
  if (years.length === 0) return [];

  const totals = new Float64Array(lastYear - firstYear + 1);
  const seen = new Uint8Array(totals.length);
  for (const position of positions) {
    const end = starts[position + 1] ?? 0;
    for (let entry = starts[position] ?? 0; entry < end; entry++) {
      const slot = (years[entry] ?? firstYear) - firstYear;
      totals[slot] = (totals[slot] ?? 0) + (counts[entry] ?? 0);
      seen[slot] = 1;
    }
  }

  const first = seen.indexOf(1);
  if (first === -1) return [];
  const last = seen.lastIndexOf(1);
  const result: CitationsInYear[] = [];
  for (let slot = first; slot <= last; slot++) {
    result.push({ year: firstYear + slot, citations: totals[slot] ?? 0 });
  }
  return result;
}
