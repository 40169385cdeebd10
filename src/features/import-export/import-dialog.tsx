import { useEffect, useRef, useState, type FormEvent } from 'react';

import type { ParsedImport } from '../../domain/importers/import-outcome';
import { usePubscopeStore } from '../../store/pubscope-store';
import { selectActiveDataset, useActiveDataset } from '../../store/selectors';
import { buildImportedDataset } from './build-imported-dataset';
import { ImportFailure } from './import-failure';
import { ImportFormFields, type ImportChoices } from './import-form-fields';
import { ImportProgress } from './import-progress';
import { countNoun, describeImportToast } from './import-wording';
import { ModalDialog } from './modal-dialog';
import { SkippedOffer } from './skipped-offer';
import { useShowToast } from './toast-context';
import { useImportJob, type ImportPhase } from './use-import-job';

interface ImportDialogProps {
  /** A file dropped on the page. Its import starts at once, as a new dataset in the detected format. */
  droppedFile?: File;
  /** How many files the drop carried. Only the first is imported. */
  droppedFileCount?: number;
  onClose: () => void;
}

/** Moves focus to the control that matters when a phase starts: Cancel while reading, Import after it stopped. */
function useFocusOnPhase(phase: ImportPhase['kind']) {
  const importRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const previous = useRef(phase);

  useEffect(() => {
    if (phase === 'running') cancelRef.current?.focus();
    else if ((previous.current === 'running' || previous.current === 'reviewing') && phase !== 'reviewing') {
      importRef.current?.focus();
    }
    previous.current = phase;
  }, [phase]);

  return { importRef, cancelRef };
}

/** Imports a file or pasted text as a new dataset, or into the one on screen. */
export function ImportDialog({ droppedFile, droppedFileCount = 1, onClose }: ImportDialogProps) {
  const activeDataset = useActiveDataset();
  const showToast = useShowToast();
  const [choices, setChoices] = useState<ImportChoices>({ file: droppedFile, text: '', format: 'auto', target: 'new' });
  const hasText = choices.text.trim() !== '';
  const sourceName = choices.file?.name ?? (hasText ? 'pasted text' : undefined);

  const finish = (parsed: ParsedImport) => {
    const state = usePubscopeStore.getState();
    const summary = buildImportedDataset(parsed, {
      target: choices.target,
      activeDataset: selectActiveDataset(state),
      datasets: state.datasets,
      newDatasetId: crypto.randomUUID(),
      fileName: choices.file?.name,
    });

    state.addDataset(summary.dataset);
    showToast(describeImportToast(summary, sourceName ?? 'pasted text', parsed.warnings));
    onClose();
  };
  const { phase, start, cancel, showFailure, returnToForm } = useImportJob(finish);
  const { importRef, cancelRef } = useFocusOnPhase(phase.kind);

  useEffect(() => {
    if (droppedFile) void start({ file: droppedFile }, droppedFile.name, 'auto');
  }, [droppedFile, start]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choices.file) void start({ file: choices.file }, choices.file.name, choices.format);
    else if (hasText) void start({ text: choices.text }, undefined, choices.format);
    else showFailure('Choose a file or paste text to import.');
  };

  const close = () => {
    cancel();
    onClose();
  };

  return (
    <ModalDialog title="Import data" onClose={close} className="import-dialog">
      {phase.kind === 'reviewing' ? (
        <SkippedOffer parsed={phase.parsed} onImport={() => finish(phase.parsed)} onCancel={() => returnToForm('Nothing was imported.')} />
      ) : (
        <form className="import-form" onSubmit={submit} noValidate>
          {droppedFileCount > 1 && (
            <p className="import-notice">
              You dropped {countNoun(droppedFileCount, 'file')}; Pubscope imports one file at a time, so only {droppedFile?.name} is
              imported.
            </p>
          )}
          <fieldset className="import-fields" disabled={phase.kind === 'running'}>
            <ImportFormFields
              choices={choices}
              onChange={(change) => {
                setChoices((current) => ({ ...current, ...change }));
                // A failure or notice is about the previous choice; it goes once the person changes it.
                if (phase.kind !== 'editing' || phase.notice) returnToForm();
              }}
              activeDataset={activeDataset}
            />
          </fieldset>
          {phase.kind === 'failed' && <ImportFailure sourceName={sourceName} message={phase.message} skipped={phase.skipped} />}
          {phase.kind === 'editing' && phase.notice && <p className="import-notice">{phase.notice}</p>}
          {phase.kind === 'running' ? (
            <ImportProgress percent={phase.percent} onCancel={cancel} cancelRef={cancelRef} />
          ) : (
            <div className="import-actions">
              <button type="submit" ref={importRef} className="button-primary">
                Import
              </button>
            </div>
          )}
        </form>
      )}
    </ModalDialog>
  );
}
