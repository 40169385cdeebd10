import { useEffect, useId, useRef } from 'react';

import type { Paper } from '../../domain/model';
import { cleanTexText } from '../../domain/text';
import { usePubscopeStore } from '../../store/pubscope-store';
import { useSetAsidePapers } from '../../store/selectors';
import './set-aside.css';
import { useSetAsideAnnouncement } from './use-set-aside-announcement';

interface SetAsideEntryProps {
  paper: Paper;
  onRestore: (paperId: string) => void;
}

function SetAsideEntry({ paper, onRestore }: SetAsideEntryProps) {
  const title = cleanTexText(paper.title);

  return (
    <li className="set-aside-entry">
      <span className="set-aside-title">{title}</span>
      <button
        type="button"
        className="outline-button set-aside-button"
        aria-label={`Restore ${title}`}
        onClick={() => onRestore(paper.id)}
      >
        Restore
      </button>
    </li>
  );
}

/**
 * Moves focus, after a Restore button leaves the list, to the button now at its place or to the last one, so that
 * a keyboard user stays in the list.
 */
function useFocusAfterRestore(setAsidePapers: readonly Paper[]) {
  const listRef = useRef<HTMLUListElement>(null);
  const restoredPosition = useRef<number | undefined>(undefined);

  useEffect(() => {
    const position = restoredPosition.current;
    restoredPosition.current = undefined;
    if (position === undefined) return;

    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    if (!buttons || buttons.length === 0) {
      // The panel left with its last button: the restored paper is back in the table, so focus goes there.
      document.querySelector<HTMLElement>('.papers-scroll')?.focus();
      return;
    }
    buttons[Math.min(position, buttons.length - 1)]?.focus();
  }, [setAsidePapers]);

  const rememberPosition = (paperId: string) => {
    restoredPosition.current = setAsidePapers.findIndex((paper) => paper.id === paperId);
  };

  return { listRef, rememberPosition };
}

/**
 * Lists the papers set aside from the record, each with a button that restores it, while any is set aside. The
 * status region stays in the page even when the list is empty, because screen readers announce changes only to a
 * region they already know.
 */
export function SetAsidePanel() {
  const headingId = useId();
  const setAsidePapers = useSetAsidePapers();
  const restorePaper = usePubscopeStore((state) => state.restorePaper);
  const restoreAllPapers = usePubscopeStore((state) => state.restoreAllPapers);
  const announcement = useSetAsideAnnouncement();
  const { listRef, rememberPosition } = useFocusAfterRestore(setAsidePapers);

  const restoreAll = () => {
    restoreAllPapers();
    // The panel leaves with its buttons: every paper is back in the table, so focus goes there.
    document.querySelector<HTMLElement>('.papers-scroll')?.focus();
  };

  const restore = (paperId: string) => {
    rememberPosition(paperId);
    restorePaper(paperId);
  };

  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {setAsidePapers.length > 0 && (
        <section className="panel set-aside-panel" aria-labelledby={headingId}>
          <div className="set-aside-heading">
            <h2 id={headingId}>Set aside</h2>
            <button type="button" className="outline-button set-aside-button" onClick={restoreAll}>
              Restore all
            </button>
          </div>
          <p className="set-aside-note">
            These papers are left out of the record: the figures Pubscope computes, the charts and the table leave them
            out. The figures the source reported stay as reported.
          </p>
          <ul className="set-aside-list" ref={listRef}>
            {setAsidePapers.map((paper) => (
              <SetAsideEntry key={paper.id} paper={paper} onRestore={restore} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
