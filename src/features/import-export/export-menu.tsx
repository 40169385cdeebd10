import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

import { buildExportFileName } from '../../domain/export/file-name';
import { EXPORT_FORMATS, EXPORT_LABELS, type ExportFormat } from '../../domain/export/formats';
import { useActiveDataset, useVisiblePapers } from '../../store/selectors';
import { downloadText } from './download-file';
import { countNoun } from './import-wording';
import { findNextMenuIndex } from './menu-keys';
import { useShowToast } from './toast-context';
import { useCloseOnOutsidePointer } from './use-close-on-outside-pointer';

const EXPORT_TOAST_MS = 6000;

/** Downloads the papers in the current view, with its filters and sort, in the format picked from a menu button. */
export function ExportMenu() {
  const papers = useVisiblePapers();
  const dataset = useActiveDataset();
  const showToast = useShowToast();
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const pendingFocus = useRef<number | null>(null);
  const buttonId = useId();
  const menuId = useId();
  const noteId = useId();
  const isEmpty = papers.length === 0 || !dataset;

  useCloseOnOutsidePointer(open, containerRef, () => setOpen(false));

  useEffect(() => {
    // The items exist only after the render that opens the menu.
    if (open && pendingFocus.current !== null) itemRefs.current[pendingFocus.current]?.focus();
    pendingFocus.current = null;
  }, [open]);

  const openMenu = (focusIndex: number) => {
    pendingFocus.current = focusIndex;
    setOpen(true);
  };

  const closeAndReturnFocus = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const exportAs = async (format: ExportFormat) => {
    if (isEmpty) return;
    // The exporters, with the BibTeX library, load on first use so that they stay out of the first paint.
    const { EXPORTERS } = await import('../../domain/export/registry');
    const exporter = EXPORTERS[format];
    const fileName = buildExportFileName(dataset.profile.name, exporter.extension, new Date());

    downloadText(exporter.exportPapers(papers, dataset.profile), fileName, exporter.mimeType);
    closeAndReturnFocus();
    showToast({ message: `Exported ${countNoun(papers.length, 'paper')} as ${fileName}.`, durationMs: EXPORT_TOAST_MS });
  };

  const moveFocus = (event: KeyboardEvent, index: number) => {
    const next = findNextMenuIndex(event.key, index, EXPORT_FORMATS.length);
    if (next !== undefined) {
      event.preventDefault();
      itemRefs.current[next]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeAndReturnFocus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  const openFromKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 0 : EXPORT_FORMATS.length - 1);
    }
  };

  return (
    <div className="export-menu" ref={containerRef}>
      <button
        type="button"
        id={buttonId}
        ref={buttonRef}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : openMenu(0))}
        onKeyDown={openFromKey}
      >
        Export
      </button>
      {open && (
        <div className="export-menu-popup">
          <p id={noteId} className="export-menu-note">
            {isEmpty ? 'The current view has no papers to export. Clear the filters to export again.' : `Exports the ${countNoun(papers.length, 'paper')} in the current view as:`}
          </p>
          <ul id={menuId} role="menu" aria-labelledby={buttonId} aria-describedby={noteId}>
            {EXPORT_FORMATS.map((format, index) => (
              <li key={format} role="none">
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  ref={(element) => {
                    itemRefs.current[index] = element;
                  }}
                  aria-disabled={isEmpty || undefined}
                  onClick={() => exportAs(format)}
                  onKeyDown={(event) => moveFocus(event, index)}
                >
                  {EXPORT_LABELS[format]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
