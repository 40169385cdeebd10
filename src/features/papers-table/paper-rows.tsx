import type { Row } from '@tanstack/react-table';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';

import type { Paper } from '../../domain/model';
import { PaperRow } from './paper-row';
import type { PaperTableFeatures } from './table-features';

/** Below this many rows every row is rendered, which keeps find-in-page working on ordinary records. */
export const VIRTUALISE_FROM_ROWS = 300;
/** A closed row with a two-line title; the virtualizer measures the real height once a row is drawn. */
const ESTIMATED_ROW_HEIGHT = 64;
// Rows drawn beyond the window's edges, so that fast scrolling rarely shows blank space.
const OVERSCAN_ROWS = 12;

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
 * Draws only the rows near the window's visible part, as the page scrolls. Each paper gets a table body of
 * its own, so that its details row is measured with it.
 */
export function VirtualPaperRows({ rows, columnCount }: PaperRowsProps) {
  const anchorRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const anchor = anchorRef.current;
    if (anchor) setScrollMargin(anchor.getBoundingClientRect().top + window.scrollY);
  }, [rows]);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    scrollMargin,
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const topSpace = first ? first.start - scrollMargin : 0;
  const bottomSpace = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;

  return (
    <>
      <tbody ref={anchorRef} aria-hidden="true" />
      <SpacerBody height={topSpace} columnCount={columnCount} />
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <tbody key={item.key} ref={virtualizer.measureElement} data-index={item.index}>
            <PaperRow row={row} isOpen={row.getIsExpanded()} columnCount={columnCount} />
          </tbody>
        );
      })}
      <SpacerBody height={bottomSpace} columnCount={columnCount} />
    </>
  );
}
