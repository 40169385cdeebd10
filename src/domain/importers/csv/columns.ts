/** The paper fields a CSV file can carry, one column each. */
export type CsvColumn =
  | 'title'
  | 'authors'
  | 'date'
  | 'category'
  | 'score'
  | 'codeUrl'
  | 'arxivId'
  | 'citations'
  | 'abstract'
  | 'doi'
  | 'venue'
  | 'hasCode'
  | 'affiliations'
  | 'fullAuthors';

/** Header names the exporter writes, in the order it writes them. */
export const CSV_COLUMN_HEADERS: Readonly<Record<CsvColumn, string>> = {
  title: 'title',
  authors: 'authors',
  date: 'date',
  category: 'category',
  score: 'score',
  codeUrl: 'code URL',
  arxivId: 'arXiv ID',
  citations: 'citations',
  abstract: 'abstract',
  doi: 'DOI',
  venue: 'venue',
  hasCode: 'has code',
  affiliations: 'affiliations',
  fullAuthors: 'full authors',
};

export const CSV_COLUMNS = Object.keys(CSV_COLUMN_HEADERS) as CsvColumn[];

/** Columns whose cells are numbers, which the exporter writes without formula neutralisation. */
export const NUMERIC_COLUMNS: ReadonlySet<CsvColumn> = new Set<CsvColumn>(['score', 'citations']);

/** Header names accepted besides the exported one, compared after `normalizeHeaderName`. */
const EXTRA_HEADER_NAMES: Partial<Record<CsvColumn, readonly string[]>> = {
  authors: ['author'],
  codeUrl: ['code'],
  arxivId: ['arxiv'],
};

const COLUMN_BY_HEADER_NAME = new Map<string, CsvColumn>(
  CSV_COLUMNS.flatMap((column) =>
    [CSV_COLUMN_HEADERS[column], ...(EXTRA_HEADER_NAMES[column] ?? [])].map(
      (name) => [normalizeHeaderName(name), column] as const,
    ),
  ),
);

/** Folds case and drops spaces, underscores and hyphens, so that `Code URL`, `code_url` and `codeUrl` compare equal. */
export function normalizeHeaderName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

export function columnForHeaderName(name: string): CsvColumn | undefined {
  return COLUMN_BY_HEADER_NAME.get(normalizeHeaderName(name));
}
