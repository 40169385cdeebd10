import { cleanup, render, screen } from '@testing-library/react';

import { ChartsPanel } from '../../../../src/features/charts/charts-panel';
import { resetStore } from '../../sample-dataset';

/** jsdom has no layout, so charts get a fixed width, and no animation so that shapes exist on the first render. */
export function renderChartsPanel() {
  return render(<ChartsPanel options={{ animate: false, fixedWidth: 400 }} />);
}

/** Unmounts before resetting the store, so that the reset does not update mounted charts outside act(). */
export function cleanUpCharts(): void {
  cleanup();
  resetStore();
}

export function getFigure(name: string): HTMLElement {
  return screen.getByRole('figure', { name });
}

/** Returns the visible text of a cell, without the words meant only for screen readers. */
function readVisibleText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent?.trim() ?? '';
}

/** Returns each row of a table section as the visible text of its cells. */
export function readRows(table: HTMLElement, section: 'tbody' | 'tfoot' = 'tbody'): string[][] {
  const rows = [...table.querySelectorAll(`${section} tr`)];
  return rows.map((row) => [...row.querySelectorAll('th, td')].map(readVisibleText));
}
