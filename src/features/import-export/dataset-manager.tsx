import { useEffect, useId, useRef, type KeyboardEvent } from 'react';

import { loadDefaultDataset } from '../../data/default-dataset';
import { DEFAULT_DATASET_ID } from '../../domain/saved-data/storage-status';
import { usePubscopeStore } from '../../store/pubscope-store';
import { DatasetEntry } from './dataset-entry';
import { useShowToast } from './toast-context';

/** How long a deletion can be undone from its toast. */
const UNDO_TOAST_MS = 10_000;
const RESTORED_TOAST_MS = 5000;

interface DatasetManagerProps {
  id: string;
  onClose: () => void;
}

/**
 * Lists the datasets with Rename and Delete in a panel. The panel is not modal, so the toast with "Undo" stays
 * reachable while it is open.
 */
export function DatasetManager({ id, onClose }: DatasetManagerProps) {
  const datasets = usePubscopeStore((state) => state.datasets);
  const activeDatasetId = usePubscopeStore((state) => state.activeDatasetId);
  const showToast = useShowToast();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const hasDefault = datasets.some((dataset) => dataset.id === DEFAULT_DATASET_ID);

  useEffect(() => headingRef.current?.focus(), []);

  const deleteDataset = (datasetId: string, name: string) => {
    const { removeDataset, undoRemove } = usePubscopeStore.getState();
    removeDataset(datasetId);
    // The deleted entry took the focus with it, so the heading takes it to keep the person in the panel.
    headingRef.current?.focus();
    showToast({
      message: `Deleted “${name}”.`,
      action: {
        label: 'Undo',
        run: () => {
          undoRemove();
          showToast({ message: `Restored “${name}”.`, durationMs: RESTORED_TOAST_MS });
        },
      },
      durationMs: UNDO_TOAST_MS,
    });
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };

  return (
    <section id={id} className="dataset-manager" aria-labelledby={headingId} onKeyDown={closeOnEscape}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Manage datasets
      </h2>
      {!hasDefault && (
        <p className="dataset-manager-missing">
          The default profile is not loaded.{' '}
          <button type="button" onClick={() => usePubscopeStore.getState().addDataset(loadDefaultDataset())}>
            Restore default profile
          </button>
        </p>
      )}
      <ul className="dataset-list">
        {datasets.map((dataset) => (
          <DatasetEntry
            key={dataset.id}
            dataset={dataset}
            isActive={dataset.id === activeDatasetId}
            onDelete={() => deleteDataset(dataset.id, dataset.name)}
          />
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        Done
      </button>
    </section>
  );
}
