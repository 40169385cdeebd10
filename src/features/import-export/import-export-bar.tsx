import { useRef, useState } from 'react';

import { DatasetSwitcher } from './dataset-switcher';
import { DropOverlay } from './drop-overlay';
import { ExportMenu } from './export-menu';
import { ImportDialog } from './import-dialog';
import { ToastProvider } from './toast-context';
import { useFileDrop } from './use-file-drop';
import './import-export.css';

interface ImportRequest {
  /** Changes with every request, so that a new drop opens a fresh dialog. */
  serial: number;
  droppedFile?: File;
  droppedFileCount?: number;
}

/**
 * The app bar's dataset switcher, "Import data" button and "Export" menu, with the import dialog and the toasts they
 * show. Files dropped anywhere on the page open the import dialog and start importing at once, because the drop
 * already names the file and the intent, and the result is a new dataset that can be deleted and restored.
 */
export function ImportExportBar() {
  const [importRequest, setImportRequest] = useState<ImportRequest | null>(null);
  const serial = useRef(0);

  const requestImport = (droppedFile?: File, droppedFileCount?: number) => {
    serial.current++;
    setImportRequest({ serial: serial.current, droppedFile, droppedFileCount });
  };
  const dragging = useFileDrop(requestImport);

  return (
    <ToastProvider>
      <div className="import-export-bar">
        <DatasetSwitcher />
        <button type="button" onClick={() => requestImport()}>
          Import data
        </button>
        <ExportMenu />
      </div>
      {importRequest && (
        <ImportDialog
          key={importRequest.serial}
          droppedFile={importRequest.droppedFile}
          droppedFileCount={importRequest.droppedFileCount}
          onClose={() => setImportRequest(null)}
        />
      )}
      {dragging && <DropOverlay />}
    </ToastProvider>
  );
}
