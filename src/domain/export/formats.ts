export type ExportFormat = 'csv' | 'bibtex' | 'pubscope-json' | 'markdown';

/** The formats in the order the export menu lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'bibtex', 'pubscope-json', 'markdown'];

/** Names of the formats in the export menu. They live apart from the exporters, which load only when used. */
export const EXPORT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV',
  bibtex: 'BibTeX',
  'pubscope-json': 'Pubscope JSON',
  markdown: 'Markdown list',
};
