import { useState } from 'react';

import { buildExportFileName } from '../../domain/export/file-name';
import { describeStorageStatus } from '../../domain/saved-data/storage-status';
import { usePubscopeStore } from '../../store/pubscope-store';
import { downloadText } from './download-file';
import { countNoun } from './import-wording';

interface StorageNoticesProps {
  /** Reads everything stored, unreadable records included, as JSON text. Absent where there is no storage. */
  exportStoredData?: () => Promise<string>;
}

/** Shows banners about saving: that data lives in memory only, and that stored records were set aside as unreadable. */
export function StorageNotices({ exportStoredData }: StorageNoticesProps) {
  const storageStatus = usePubscopeStore((state) => state.storageStatus);
  const setAsideNotice = usePubscopeStore((state) => state.setAsideNotice);
  // The memory-only banner is dismissed for one reason, and a different reason later shows it again.
  const [dismissedReason, setDismissedReason] = useState<string | null>(null);
  const memoryOnly = describeStorageStatus(storageStatus);
  const showMemoryOnly = memoryOnly !== undefined && memoryOnly !== dismissedReason;

  if (!showMemoryOnly && !setAsideNotice) return null;

  return (
    <section className="storage-notices" aria-label="Storage notices">
      {showMemoryOnly && (
        <div className="storage-notice">
          <p>{memoryOnly}</p>
          <button type="button" onClick={() => setDismissedReason(memoryOnly)}>
            Dismiss
          </button>
        </div>
      )}
      {setAsideNotice && (
        <div className="storage-notice">
          <div>
            <p>
              {countNoun(setAsideNotice.entries.length, 'saved dataset')} could not be read, so the page started with the
              default profile. The unreadable data was set aside and is still kept in this browser.
            </p>
            <details>
              <summary>What could not be read</summary>
              <ul>
                {setAsideNotice.entries.map((entry, index) => (
                  <li key={index}>
                    {entry.key} — {entry.reason}
                  </li>
                ))}
              </ul>
            </details>
          </div>
          <span className="storage-notice-buttons">
            {exportStoredData && (
              <button type="button" onClick={() => void downloadStoredData(exportStoredData)}>
                Export the stored data
              </button>
            )}
            <button type="button" onClick={() => usePubscopeStore.getState().setSetAsideNotice(null)}>
              Dismiss
            </button>
          </span>
        </div>
      )}
    </section>
  );
}

async function downloadStoredData(exportStoredData: () => Promise<string>): Promise<void> {
  const json = await exportStoredData();
  downloadText(json, buildExportFileName('pubscope stored data', 'json', new Date()), 'application/json');
}
