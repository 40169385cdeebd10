import type { SkippedRecord } from '../../domain/importers/import-outcome';
import { SkippedRecords } from './skipped-records';

interface ImportFailureProps {
  /** The file name or "pasted text"; absent when nothing was chosen. */
  sourceName: string | undefined;
  message: string;
  skipped: readonly SkippedRecord[];
}

/** Why nothing was imported, in the importer's words, which name the line, entry or record at fault. */
export function ImportFailure({ sourceName, message, skipped }: ImportFailureProps) {
  return (
    <div className="import-failure" role="alert">
      <p className="import-failure-title">{sourceName ? `Nothing was imported from ${sourceName}.` : 'Nothing was imported.'}</p>
      <p>{message}</p>
      {skipped.length > 0 && <SkippedRecords skipped={skipped} />}
    </div>
  );
}
