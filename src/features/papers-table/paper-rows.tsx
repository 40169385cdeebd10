import type { Row } from '@tanstack/react-table';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

import type { Paper } from '../../domain/model';
import { PaperRow } from './paper-row';
import type { PaperTableFeatures } from './table-features';

/** Below this many rows every row is rendered, which keeps find-in-page working on ordinary records. */
export const VIRTUALISE_FROM_ROWS = 300;
/** A closed row with a two-line title; the virtualizer measures the real height once a row is drawn. */
const ESTIMATED_ROW_HEIGHT = 64;
// Rows drawn beyond the window's edges, so that fast scrolling rarely shows blank space.
const OVERSCAN_ROWS = 12;

/** The papers to draw: every one, or a run of them near the window's visible part with the space around it. */
export interface PaperWindow {
  isVirtual: boolean;
  /** Position of the first drawn paper in the list. */
  start: number;
  /** Position after the last drawn paper. */
  end: number;
  topSpace: number;
  bottomSpace: number;
  /** An empty table body just above the rows, whose position on the page the virtualizer reads. */
  anchorRef: RefObject<HTMLTableSectionElement | null>;
  measureElement: (element: Element | null) => void;
}

/**
 * Chooses the papers to draw. From VIRTUALISE_FROM_ROWS papers on, only those near the window's visible
 * part are drawn, so that the table builds rows for a few dozen papers whatever the record's size.
 */
export function usePaperWindow(papers: readonly Paper[]): PaperWindow {
  const isVirtual = papers.length >= VIRTUALISE_FROM_ROWS;
  const anchorRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const anchor = anchorRef.current;
    if (anchor) setScrollMargin(anchor.getBoundingClientRect().top + window.scrollY);
  }, [papers]);

  const virtualizer = useWindowVirtualizer({
    count: isVirtual ? papers.length : 0,
    enabled: isVirtual,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    scrollMargin,
    // The default key, the row's position, stays the same when a sort reorders the papers, so that the
    // virtualizer keeps its row positions instead of computing them again for every paper.
  });

  const base = { anchorRef, measureElement: virtualizer.measureElement };
  if (!isVirtual) return { ...base, isVirtual, start: 0, end: papers.length, topSpace: 0, bottomSpace: 0 };

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  return {
    ...base,
    isVirtual,
    start: first?.index ?? 0,
    end: last ? last.index + 1 : 0,
    topSpace: first ? first.start - scrollMargin : 0,
    bottomSpace: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0,
  };
}

interface PaperRowsProps {
  rows: Row<PaperTableFeatures, Paper>[];
  columnCount: number;
}

/** Draws every row in one table body. */
export function AllPaperRows({ rows, columnCount }: PaperRowsProps) {
  return (
    <tbody>
      {rows.map((row) => (
        <PaperRow key={row.id} row={row} isOpen={row.getIsExpanded()} columnCount={columnCount} />
      ))}
    </tbody>
  );
}

function SpacerBody({ height, columnCount }: { height: number; columnCount: number }) {
  if (height <= 0) return null;

  return (
    <tbody aria-hidden="true">
      <tr className="papers-spacer" style={{ height }}>
        <td colSpan={columnCount} />
      </tr>
    </tbody>
  );
}

/**
 * Draws the rows of the window's papers between spacers as tall as the rows left out. Each paper gets a
 * table body of its own, so that its details row is measured with it.
 */
export function VirtualPaperRows({ rows, columnCount, paperWindow }: PaperRowsProps & { paperWindow: PaperWindow }) {
  const { start, topSpace, bottomSpace, anchorRef, measureElement } = paperWindow;

  return (
    <>
      <tbody ref={anchorRef} aria-hidden="true" />
      <SpacerBody height={topSpace} columnCount={columnCount} />
      {rows.map((row, offset) => (
        <tbody key={row.id} ref={measureElement} data-index={start + offset}>
          <PaperRow row={row} isOpen={row.getIsExpanded()} columnCount={columnCount} />
        </tbody>
      ))}
      <SpacerBody height={bottomSpace} columnCount={columnCount} />
    </>
  );
}
