import type { Paper, Profile } from '../model';
import { exportBibtex } from './bibtex';
import { exportCsv } from './csv';
import { exportMarkdown } from './markdown';
import { exportPubscopeJson } from './pubscope-json';

import { EXPORT_LABELS, type ExportFormat } from './formats';

export type { ExportFormat } from './formats';
export { EXPORT_FORMATS } from './formats';

export interface Exporter {
  /** Name of the format in the export menu. */
  label: string;
  /** File name extension, without the dot. */
  extension: string;
  /** Content type of the downloaded file. */
  mimeType: string;
  exportPapers: (papers: readonly Paper[], profile: Profile) => string;
}

export const EXPORTERS: Record<ExportFormat, Exporter> = {
  csv: { label: EXPORT_LABELS.csv, extension: 'csv', mimeType: 'text/csv;charset=utf-8', exportPapers: exportCsv },
  // BibTeX has no registered media type; application/x-bibtex is the one reference managers send.
  bibtex: { label: EXPORT_LABELS.bibtex, extension: 'bib', mimeType: 'application/x-bibtex;charset=utf-8', exportPapers: exportBibtex },
  'pubscope-json': {
    label: EXPORT_LABELS['pubscope-json'],
    extension: 'json',
    mimeType: 'application/json',
    exportPapers: (papers, profile) => exportPubscopeJson(papers, profile),
  },
  // text/markdown is registered by RFC 7763.
  markdown: { label: EXPORT_LABELS.markdown, extension: 'md', mimeType: 'text/markdown;charset=utf-8', exportPapers: exportMarkdown },
};

