import type { SourceFormat } from '../model';

const EXTENSION_FORMATS = new Map<string, SourceFormat>(Object.entries({
  bib: 'bibtex',
  bibtex: 'bibtex',
  csv: 'csv',
  tsv: 'csv',
  xml: 'arxiv-atom',
  atom: 'arxiv-atom',
}) as [string, SourceFormat][]);

function extensionOf(fileName: string | undefined): string | undefined {
  const match = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/);
  return match?.[1];
}

function detectJsonFormat(start: string): SourceFormat {
  if (/"format"\s*:\s*"pubscope"/.test(start)) return 'pubscope-json';
  return 'openalex';
}

function looksLikeCsvHeader(firstLine: string): boolean {
  return /(^|[,;\t])\s*"?title"?\s*([,;\t]|$)/i.test(firstLine);
}

/**
 * Recognises an input's format from its first few kilobytes, using the file name only where the content
 * is ambiguous. Profile page text is the fallback, because its importer explains best what it expected.
 */
export function detectFormat(text: string, fileName?: string): SourceFormat {
  const start = text.slice(0, 8192).replace(/^\uFEFF/, '').trimStart();
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';

  if (start.startsWith('{') || start.startsWith('[')) return detectJsonFormat(start);
  if (start.startsWith('<?xml') || start.startsWith('<feed')) return 'arxiv-atom';
  if (/^(%[^\n]*\n\s*)*@[a-z]+\s*[{(]/i.test(start)) return 'bibtex';
  if (looksLikeCsvHeader(firstLine)) return 'csv';

  const fromExtension = EXTENSION_FORMATS.get(extensionOf(fileName) ?? '');
  return fromExtension ?? 'profile-text';
}

export const FORMAT_LABELS: Record<SourceFormat, string> = {
  'profile-text': 'Profile page text',
  'pubscope-json': 'Pubscope JSON',
  csv: 'CSV',
  bibtex: 'BibTeX',
  openalex: 'OpenAlex works JSON',
  'arxiv-atom': 'arXiv API Atom feed',
};
