import { useCallback, useEffect, useRef, useState } from 'react';

import { CANCELLED_MESSAGE, startImport, type ImportJob } from '../../adapters/workers/import-client';
import type { ImportResult, ParsedImport, SkippedRecord } from '../../domain/importers/import-outcome';
import type { FormatChoice } from '../../domain/importers/formats';

/** Phase of an import dialog: filling in the form, reading, showing a failure, or offering to skip bad records. */
export type ImportPhase =
  | { kind: 'editing'; notice?: string }
  | { kind: 'running'; percent: number }
  | { kind: 'failed'; message: string; skipped: SkippedRecord[] }
  | { kind: 'reviewing'; parsed: ParsedImport };

export type ImportSource = { file: File } | { text: string };

export interface ImportJobControls {
  phase: ImportPhase;
  start: (source: ImportSource, fileName: string | undefined, format: FormatChoice) => Promise<void>;
  cancel: () => void;
  showFailure: (message: string) => void;
  returnToForm: (notice?: string) => void;
}

function describeEmptyImport(parsed: ParsedImport): ImportPhase {
  if (parsed.skipped.length > 0) {
    return { kind: 'failed', message: 'None of the records could be read:', skipped: parsed.skipped };
  }
  const reason = parsed.warnings[0]?.message ?? 'The input contains no papers.';
  return { kind: 'failed', message: reason, skipped: [] };
}

/**
 * Runs one import at a time through the import worker and tracks its phase. A result with papers and no skipped
 * records goes straight to `onReadable`. One with skipped records waits in `reviewing` for the person to decide.
 */
export function useImportJob(onReadable: (parsed: ParsedImport) => void): ImportJobControls {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'editing' });
  const jobRef = useRef<ImportJob | null>(null);
  const onReadableRef = useRef(onReadable);

  useEffect(() => {
    onReadableRef.current = onReadable;
  });

  useEffect(
    () => () => {
      jobRef.current?.cancel();
      jobRef.current = null;
    },
    [],
  );

  const settle = useCallback((result: ImportResult) => {
    if (!result.ok) {
      const cancelled = result.error === CANCELLED_MESSAGE;
      setPhase(cancelled ? { kind: 'editing', notice: 'Import cancelled. Nothing was imported.' } : { kind: 'failed', message: result.error, skipped: [] });
      return;
    }

    const parsed = result.value;
    if (parsed.papers.length === 0) setPhase(describeEmptyImport(parsed));
    else if (parsed.skipped.length > 0) setPhase({ kind: 'reviewing', parsed });
    else onReadableRef.current(parsed);
  }, []);

  const start = useCallback(
    async (source: ImportSource, fileName: string | undefined, format: FormatChoice) => {
      jobRef.current?.cancel();
      let shownPercent = 0;
      const job = startImport(source, fileName, {
        format,
        onProgress: (fraction) => {
          const percent = Math.round(fraction * 100);
          // Progress arrives per chunk and per thousand rows, so the dialog re-renders only on a new whole percent.
          if (jobRef.current !== job || percent === shownPercent) return;
          shownPercent = percent;
          setPhase({ kind: 'running', percent });
        },
      });
      jobRef.current = job;
      setPhase({ kind: 'running', percent: 0 });

      const result = await job.result;
      if (jobRef.current !== job) return;
      jobRef.current = null;
      settle(result);
    },
    [settle],
  );

  const cancel = useCallback(() => jobRef.current?.cancel(), []);
  const showFailure = useCallback((message: string) => setPhase({ kind: 'failed', message, skipped: [] }), []);
  const returnToForm = useCallback((notice?: string) => setPhase({ kind: 'editing', notice }), []);

  return { phase, start, cancel, showFailure, returnToForm };
}
