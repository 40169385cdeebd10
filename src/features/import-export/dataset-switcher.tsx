import { useId, useRef, useState } from 'react';

import { usePubscopeStore } from '../../store/pubscope-store';
import { DatasetManager } from './dataset-manager';

/** Switches the dataset on screen with a "Dataset" select, and opens a panel to rename and delete datasets. */
export function DatasetSwitcher() {
  const datasets = usePubscopeStore((state) => state.datasets);
  const activeDatasetId = usePubscopeStore((state) => state.activeDatasetId);
  const setActiveDataset = usePubscopeStore((state) => state.setActiveDataset);
  const [managing, setManaging] = useState(false);
  const manageButtonRef = useRef<HTMLButtonElement>(null);
  const selectId = useId();
  const panelId = useId();

  const closeManager = () => {
    setManaging(false);
    manageButtonRef.current?.focus();
  };

  return (
    <div className="dataset-switcher">
      <label htmlFor={selectId}>Dataset</label>
      <select id={selectId} value={activeDatasetId ?? ''} onChange={(event) => setActiveDataset(event.target.value)}>
        {activeDatasetId === null && (
          <option value="" disabled>
            No dataset loaded
          </option>
        )}
        {datasets.map((dataset) => (
          <option key={dataset.id} value={dataset.id}>
            {dataset.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        ref={manageButtonRef}
        aria-expanded={managing}
        aria-controls={managing ? panelId : undefined}
        onClick={() => setManaging((open) => !open)}
      >
        Manage datasets
      </button>
      {managing && <DatasetManager id={panelId} onClose={closeManager} />}
    </div>
  );
}
