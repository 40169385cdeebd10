import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { findRowRange, rowAt, rowOffset, type RowLayout } from '../../../../src/features/papers-table/row-window';

const evenRows: RowLayout = { count: 1000, rowHeight: 50, tallRows: [] };
// Rows 3 and 10 are open: 200 and 130 pixels instead of 50.
const twoOpenRows: RowLayout = {
  count: 20,
  rowHeight: 50,
  tallRows: [
    { position: 3, height: 200 },
    { position: 10, height: 130 },
  ],
};

describe('rowOffset', () => {
  it('multiplies position by row height', () => {
    expect(rowOffset(evenRows, 0)).toBe(0);
    expect(rowOffset(evenRows, 7)).toBe(350);
    expect(rowOffset(evenRows, 1000)).toBe(50_000);
  });

  it('adds the extra height of the taller rows above the position only', () => {
    expect(rowOffset(twoOpenRows, 3)).toBe(150);
    expect(rowOffset(twoOpenRows, 4)).toBe(350);
    expect(rowOffset(twoOpenRows, 10)).toBe(650);
    expect(rowOffset(twoOpenRows, 11)).toBe(780);
    expect(rowOffset(twoOpenRows, 20)).toBe(1230);
  });
});

describe('rowAt', () => {
  it('finds the row covering an offset among rows of one height', () => {
    expect(rowAt(evenRows, 0)).toBe(0);
    expect(rowAt(evenRows, 49.9)).toBe(0);
    expect(rowAt(evenRows, 50)).toBe(1);
    expect(rowAt(evenRows, 12_345)).toBe(246);
  });

  it('finds an open row anywhere inside its height, and the rows after it', () => {
    expect(rowAt(twoOpenRows, 149)).toBe(2);
    expect(rowAt(twoOpenRows, 150)).toBe(3);
    expect(rowAt(twoOpenRows, 349)).toBe(3);
    expect(rowAt(twoOpenRows, 350)).toBe(4);
    expect(rowAt(twoOpenRows, 700)).toBe(10);
    expect(rowAt(twoOpenRows, 780)).toBe(11);
  });

  it('clamps offsets above the first row and below the last', () => {
    expect(rowAt(evenRows, -400)).toBe(0);
    expect(rowAt(evenRows, 10_000_000)).toBe(999);
    expect(rowAt({ count: 0, rowHeight: 50, tallRows: [] }, 100)).toBe(0);
  });

  it('agrees with rowOffset: the row found covers the offset', () => {
    const layouts = fc
      .record({
        count: fc.integer({ min: 1, max: 300 }),
        rowHeight: fc.integer({ min: 1, max: 80 }),
        tall: fc.uniqueArray(fc.record({ position: fc.nat(299), height: fc.integer({ min: 1, max: 900 }) }), {
          selector: (row) => row.position,
          maxLength: 6,
        }),
      })
      .map(({ count, rowHeight, tall }) => ({
        count,
        rowHeight,
        tallRows: tall.filter((row) => row.position < count).sort((a, b) => a.position - b.position),
      }));

    fc.assert(
      fc.property(layouts, fc.double({ min: 0, max: 1, noNaN: true }), (layout, share) => {
        const y = share * rowOffset(layout, layout.count) * 0.999_999;
        const position = rowAt(layout, y);
        expect(rowOffset(layout, position)).toBeLessThanOrEqual(y);
        expect(rowOffset(layout, position + 1)).toBeGreaterThan(y);
      }),
    );
  });
});

describe('findRowRange', () => {
  it('takes view rows plus overscan', () => {
    // The view shows offsets 1,000 to 1,600: rows 20 to 32.
    expect(findRowRange(evenRows, 1000, 1600, 5)).toEqual({
      start: 15,
      end: 38,
      topSpace: 750,
      bottomSpace: 48_100,
    });
  });

  it('stops the overscan at the first and the last row', () => {
    expect(findRowRange(evenRows, 0, 400, 5)).toEqual({ start: 0, end: 14, topSpace: 0, bottomSpace: 49_300 });
    expect(findRowRange(evenRows, 49_800, 50_600, 5)).toEqual({
      start: 991,
      end: 1000,
      topSpace: 49_550,
      bottomSpace: 0,
    });
  });

  it('counts an open row above the view in the space above', () => {
    expect(findRowRange(twoOpenRows, 700, 800, 1)).toEqual({
      start: 9,
      end: 13,
      topSpace: 600,
      bottomSpace: 1230 - 880,
    });
  });

  it('draws no row when there are none', () => {
    expect(findRowRange({ count: 0, rowHeight: 50, tallRows: [] }, 0, 800, 5)).toEqual({
      start: 0,
      end: 0,
      topSpace: 0,
      bottomSpace: 0,
    });
  });

  it('still draws the last rows when the view is below the table', () => {
    expect(findRowRange(evenRows, 80_000, 80_800, 2)).toMatchObject({ start: 997, end: 1000, bottomSpace: 0 });
  });
});
