/**
 * Row positions in a long table, and the rows a view needs. Every row has the same height except a
 * few (open rows, which show their details), so a row's offset is one multiplication plus the extra height of the
 * taller rows above it. The work grows with the number of taller rows, never with the number of rows.
 */

/** A row whose measured height differs from the standard one. */
export interface TallRow {
  position: number;
  height: number;
}

export interface RowLayout {
  count: number;
  /** Height of an ordinary row, in pixels; positive. */
  rowHeight: number;
  /** Rows of another height, by ascending position. Callers give each position at most once. */
  tallRows: readonly TallRow[];
}

/** The rows to draw and the space the rows left out take above and below them. */
export interface RowRange {
  /** Position of the first row to draw. */
  start: number;
  /** Position after the last row to draw. */
  end: number;
  topSpace: number;
  bottomSpace: number;
}

/** Offset of the row at `position` from the top of the first row; `count` gives the height of all rows. */
export function rowOffset({ rowHeight, tallRows }: RowLayout, position: number): number {
  let offset = position * rowHeight;
  for (const row of tallRows) {
    if (row.position >= position) break;
    offset += row.height - rowHeight;
  }
  return offset;
}

/** Position of the row that covers the offset `y`, clamped to the rows there are. */
export function rowAt({ count, rowHeight, tallRows }: RowLayout, y: number): number {
  if (count === 0) return 0;

  let extraAbove = 0;
  for (const row of tallRows) {
    const top = row.position * rowHeight + extraAbove;
    if (y < top) break;
    if (y < top + row.height) return row.position;
    extraAbove += row.height - rowHeight;
  }
  const position = Math.floor((y - extraAbove) / rowHeight);
  return Math.min(Math.max(position, 0), count - 1);
}

/**
 * Returns the rows that show between the offsets `viewTop` and `viewBottom` (from the top of the first row), with
 * `overscan` more on each side so that fast scrolling rarely meets blank space.
 */
export function findRowRange(layout: RowLayout, viewTop: number, viewBottom: number, overscan: number): RowRange {
  const { count } = layout;
  if (count === 0) return { start: 0, end: 0, topSpace: 0, bottomSpace: 0 };

  const start = Math.max(rowAt(layout, viewTop) - overscan, 0);
  const end = Math.min(Math.max(rowAt(layout, viewBottom), start) + 1 + overscan, count);
  const topSpace = rowOffset(layout, start);
  const bottomSpace = rowOffset(layout, count) - rowOffset(layout, end);
  return { start, end, topSpace, bottomSpace };
}
