import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { PapersTable } from '../../../../src/features/papers-table/papers-table';

/** Renders PapersTable against the app's store and starts a user-event session. */
export function renderPapersTable() {
  const user = userEvent.setup();
  render(<PapersTable />);

  return { user, table: screen.getByRole('table', { name: 'Papers' }) };
}

/** Returns the titles in table order. */
export function readTitleOrder(): string[] {
  const table = screen.getByRole('table', { name: 'Papers' });

  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

export function getColumnHeader(name: string): HTMLElement {
  return screen.getByRole('columnheader', { name });
}

/** Finds the table row whose title cell shows the given title. */
export function getPaperRow(title: string): HTMLElement {
  const titleCell = screen.getByRole('rowheader', { name: title });
  const row = titleCell.closest('tr');
  if (!row) throw new Error(`No table row contains the title "${title}".`);

  return row;
}
