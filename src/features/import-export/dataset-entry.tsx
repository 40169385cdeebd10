import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';

import type { Dataset } from '../../domain/model';
import { DEFAULT_DATASET_ID } from '../../domain/saved-data/storage-status';
import { usePubscopeStore } from '../../store/pubscope-store';
import { countNoun } from './import-wording';

interface DatasetEntryProps {
  dataset: Dataset;
  isActive: boolean;
  onDelete: () => void;
}

/** Shows one dataset in the manager with Rename and Delete, or why the default dataset has neither. */
export function DatasetEntry({ dataset, isActive, onDelete }: DatasetEntryProps) {
  const [editing, setEditing] = useState(false);
  const renameButtonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const isDefault = dataset.id === DEFAULT_DATASET_ID;

  useEffect(() => {
    if (wasEditing.current && !editing) renameButtonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <li className="dataset-entry">
      {editing ? (
        <RenameForm dataset={dataset} onDone={() => setEditing(false)} />
      ) : (
        <span className="dataset-entry-name">
          {dataset.name}
          <span className="dataset-entry-meta">
            {countNoun(dataset.papers.length, 'paper')}
            {isActive && ' · on screen'}
          </span>
        </span>
      )}
      {isDefault ? (
        <p className="dataset-entry-note">
          The default profile is rebuilt from the shipped file on every start, so it cannot be renamed or deleted.
        </p>
      ) : (
        !editing && (
          <span className="dataset-entry-buttons">
            <button type="button" ref={renameButtonRef} aria-label={`Rename ${dataset.name}`} onClick={() => setEditing(true)}>
              Rename
            </button>
            <button type="button" aria-label={`Delete ${dataset.name}`} onClick={onDelete}>
              Delete
            </button>
          </span>
        )
      )}
    </li>
  );
}

/** Renames on Enter or Save, and leaves the name as it was on Escape or Cancel. */
function RenameForm({ dataset, onDone }: { dataset: Dataset; onDone: () => void }) {
  const [name, setName] = useState(dataset.name);
  const [blank, setBlank] = useState(false);
  const inputId = useId();
  const errorId = useId();

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setBlank(true);
      return;
    }
    usePubscopeStore.getState().renameDataset(dataset.id, name);
    onDone();
  };

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape here cancels the rename only, so the manager panel stays open.
    event.preventDefault();
    event.stopPropagation();
    onDone();
  };

  return (
    <form className="dataset-rename" onSubmit={save} onKeyDown={cancelOnEscape}>
      <label htmlFor={inputId}>New name for {dataset.name}</label>
      <input
        id={inputId}
        value={name}
        autoFocus
        autoComplete="off"
        aria-invalid={blank || undefined}
        aria-describedby={blank ? errorId : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setBlank(false);
        }}
      />
      {blank && (
        <p id={errorId} className="dataset-rename-error">
          A name cannot be blank.
        </p>
      )}
      <span className="dataset-entry-buttons">
        <button type="submit">Save</button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </span>
    </form>
  );
}
