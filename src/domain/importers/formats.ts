import type { SourceFormat } from '../model';

export type FormatChoice = SourceFormat | 'auto';

/** Formats whose importer needs the browser's DOMParser, which Web Workers lack. */
export const MAIN_THREAD_FORMATS: ReadonlySet<SourceFormat> = new Set(['arxiv-atom']);
