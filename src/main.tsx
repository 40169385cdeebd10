import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { RootErrorBoundary } from './app/root-error-boundary';
import { applyStoredTheme } from './app/theme-switch';
import { loadDefaultDataset } from './data/default-dataset';
import { usePubscopeStore } from './store/pubscope-store';
import './app/styles.css';

// The default profile is loaded first and synchronously, so the page shows it at once; saved datasets join it later.
usePubscopeStore.getState().addDataset(loadDefaultDataset());

applyStoredTheme();

/** Opens storage and starts loading and saving; its code loads after the first paint, as it brings the saved-data schema. */
async function startPersistence() {
  const [{ openDatasetStorage }, { connectPersistence }] = await Promise.all([
    import('./adapters/persistence/dataset-storage'),
    import('./adapters/persistence/connect-persistence'),
  ]);
  // openDatasetStorage never rejects: when IndexedDB is unusable, the storage works in memory and reports that in its status.
  const opened = await openDatasetStorage();
  await connectPersistence(usePubscopeStore, opened);
  return opened;
}

const storage = startPersistence();
void storage.catch((error: unknown) => {
    console.error('[persist] Loading and saving datasets failed to start.', error);
    usePubscopeStore.getState().setStorageStatus({ kind: 'memory-only', reason: 'saving could not start because of an error.' });
  });
const exportStoredData = () => storage.then((opened) => opened.exportRaw());

async function resetSavedData(): Promise<void> {
  const { DATABASE_NAME } = await import('./adapters/persistence/indexeddb-backend');
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleting the saved datasets failed'));
    // Another tab holds the database open; the deletion completes once it closes.
    request.onblocked = () => resolve();
  });
}

const container = document.getElementById('root');
if (!container) throw new Error('Pubscope needs an element with id "root" in index.html.');

createRoot(container).render(
  <StrictMode>
    <RootErrorBoundary resetSavedData={resetSavedData}>
      <App exportStoredData={exportStoredData} />
    </RootErrorBoundary>
  </StrictMode>,
);
