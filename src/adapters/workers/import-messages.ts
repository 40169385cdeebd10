import type { ImportResult } from '../../domain/importers/import-outcome';
import type { FormatChoice } from '../../domain/importers/formats';

export interface ImportRequest {
  source: { file: File } | { text: string };
  format: FormatChoice;
  fileName?: string;
}

export type ImportWorkerMessage =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; result: ImportResult; format: string };
