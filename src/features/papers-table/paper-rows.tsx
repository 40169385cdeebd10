import type { Row } from '@tanstack/react-table';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

import type { Paper } from '../../domain/model';
import { PaperRow } from './paper-row';
import { findRowRange, type RowLayout, type TallRow } from './row-window';
import type { PaperTableFeatures } from './table-features';

/** Records of fewer papers draw every row, which keeps find-in-page working on ordinary records. */
export const VIRTUALISE_FROM_ROWS = 300;
/** The height of a closed row until one is drawn and measured; the stylesheet gives every closed row one height. */
const ESTIMATED_ROW_HEIGHT = 64;
// Rows drawn beyond the view's edges, so that fast scrolling rarely shows blank space.
const OVERSCAN_ROWS = 6;
// Heights closer than this to a closed row's count as the same height.
const HEIGHT_TOLERANCE = 0.5;

/** The papers to draw: every one, or a run of them near the window's visible part with the space around it. */
export interface PaperWindow {
  isVirtual: boolean;
  /** Position of the first drawn paper in the list. */
  start: number;
  /** Position after the last drawn paper. */
  end: number;
  topSpace: number;
  bottomSpace: number;
  /** An empty table body just above the rows, whose position on the page shows which rows are in view. */
  anchorRef: RefObject<HTMLTableSectionElement | null>;
  /** Watches the height of a drawn paper's table body, which carries `data-paper-id` and `data-open`. */
  observeRow: (element: HTMLTableSectionElement | null) => (() => void) | undefined;
}

interface View {
  top: number;
  bottom: number;
}

/** Reads where the view is, in pixels from the top of the first row, which starts where the empty anchor sits. */
function readView(anchor: HTMLElement): View {
  const top = -anchor.getBoundingClientRect().top;
  return { top, bottom: top + window.innerHeight };
}

/** Places the rows of another height than a closed row's, kept by paper id, at their papers' positions. */
function placeTallRows(papers: readonly Paper[], heights: ReadonlyMap<string, number>): TallRow[] {
  if (heights.size === 0) return [];

  const rows: TallRow[] = [];
  for (const [paperId, height] of heights) {
    const position = papers.findIndex((paper) => paper.id === paperId);
    if (position >= 0) rows.push({ position, height });
  }
  return rows.sort((a, b) => a.position - b.position);
}

interface RowMeasures {
  rowHeight: number;
  heights: ReadonlyMap<string, number>;
}

interface MeasuredRow {
  paperId: string;
  isOpen: boolean;
  height: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Takes new measurements in; returns `previous` itself when nothing changed, so that nothing draws again. */
function updateMeasures(previous: RowMeasures, measured: readonly MeasuredRow[]): RowMeasures {
  const closedHeights = measured.filter((row) => !row.isOpen).map((row) => row.height);
  const rowHeight = closedHeights.length > 0 ? median(closedHeights) : previous.rowHeight;
  const heights = new Map(previous.heights);
  for (const { paperId, isOpen, height } of measured) {
    if (isOpen || Math.abs(height - rowHeight) > HEIGHT_TOLERANCE) heights.set(paperId, height);
    else heights.delete(paperId);
  }

  const isSameHeights =
    heights.size === previous.heights.size && [...heights].every(([id, height]) => previous.heights.get(id) === height);
  if (rowHeight === previous.rowHeight && isSameHeights) return previous;
  return { rowHeight, heights: isSameHeights ? previous.heights : heights };
}

/**
 * Measures drawn rows as they resize: the median closed row gives every closed row's height, and the others
 * (open rows, mostly) are kept by paper id, so that an open row keeps its height while it is out of view.
 */
function useRowHeights() {
  const [measures, setMeasures] = useState<RowMeasures>(() => ({
    rowHeight: ESTIMATED_ROW_HEIGHT,
    heights: new Map(),
  }));

  const [observer] = useState(() => {
    if (typeof ResizeObserver === 'undefined') return undefined;

    return new ResizeObserver((entries) => {
      const measured = entries.map((entry) => {
        const body = entry.target as HTMLElement;
        return {
          paperId: body.dataset.paperId ?? '',
          isOpen: body.dataset.open === 'true',
          height: entry.borderBoxSize[0]?.blockSize ?? body.getBoundingClientRect().height,
        };
      });
      setMeasures((previous) => updateMeasures(previous, measured));
    });
  });

  const observeRow = useCallback(
    (element: HTMLTableSectionElement | null) => {
      if (!element || !observer) return undefined;
      observer.observe(element);
      return () => observer.unobserve(element);
    },
    [observer],
  );

  return { ...measures, observeRow };
}

/**
 * Chooses which of `papers`, the ones passing the filters, to draw. In a record of VIRTUALISE_FROM_ROWS papers or
 * more, only those near the window's visible part are drawn, however few pass the filters, so that a filter
 * change draws a few dozen rows. Closed rows share one height, so finding them is arithmetic.
 */
export function usePaperWindow(papers: readonly Paper[], recordSize: number): PaperWindow {
  const isVirtual = recordSize >= VIRTUALISE_FROM_ROWS;
  const anchorRef = useRef<HTMLTableSectionElement>(null);
  const { rowHeight, heights, observeRow } = useRowHeights();
  const [view, setView] = useState<View>(() => ({ top: 0, bottom: window.innerHeight }));

  const tallRows = useMemo(() => placeTallRows(papers, heights), [papers, heights]);
  const layout: RowLayout = useMemo(
    () => ({ count: isVirtual ? papers.length : 0, rowHeight, tallRows }),
    [isVirtual, papers.length, rowHeight, tallRows],
  );
  const range = findRowRange(layout, view.top, view.bottom, OVERSCAN_ROWS);

  // The scroll listener reads the latest layout and range, and stores a new view only when it draws other rows.
  const latest = useRef({ layout, range });
  useLayoutEffect(() => {
    latest.current = { layout, range };
  });

  useLayoutEffect(() => {
    const anchor = anchorRef.current;
    if (!isVirtual || !anchor) return undefined;

    const follow = () => {
      const next = readView(anchor);
      const { layout: current, range: drawn } = latest.current;
      const nextRange = findRowRange(current, next.top, next.bottom, OVERSCAN_ROWS);
      if (nextRange.start !== drawn.start || nextRange.end !== drawn.end) setView(next);
    };
    follow();
    window.addEventListener('scroll', follow, { passive: true });
    window.addEventListener('resize', follow);
    // The table moves when something above it changes height, which changes the page's height too. Reading the
    // view then, after the browser's layout, costs nothing; reading it after every change of rows would force one.
    const pageResize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(follow);
    pageResize?.observe(document.documentElement);
    return () => {
      window.removeEventListener('scroll', follow);
      window.removeEventListener('resize', follow);
      pageResize?.disconnect();
    };
  }, [isVirtual]);

  if (!isVirtual) {
    return { isVirtual, start: 0, end: papers.length, topSpace: 0, bottomSpace: 0, anchorRef, observeRow };
  }
  return { isVirtual, ...range, anchorRef, observeRow };
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
  const { topSpace, bottomSpace, anchorRef, observeRow } = paperWindow;

  return (
    <>
      <tbody ref={anchorRef} aria-hidden="true" />
      <SpacerBody height={topSpace} columnCount={columnCount} />
      {rows.map((row) => (
        <tbody key={row.id} ref={observeRow} data-paper-id={row.id} data-open={row.getIsExpanded()}>
          <PaperRow row={row} isOpen={row.getIsExpanded()} columnCount={columnCount} />
        </tbody>
      ))}
      <SpacerBody height={bottomSpace} columnCount={columnCount} />
    </>
  );
}
