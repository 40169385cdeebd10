import { readFileSync } from 'node:fs';

import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';

import { ImportExportBar } from '../../../../src/features/import-export/import-export-bar';
import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { loadSampleDataset } from '../../sample-dataset';
import { installDialogPolyfill } from './dialog-polyfill';

/** Loads the sample dataset and renders the app bar's import and export controls. */
export function renderImportExport(options: Parameters<typeof userEvent.setup>[0] = {}) {
  installDialogPolyfill();
  const dataset = loadSampleDataset();
  const user = userEvent.setup(options);
  render(<ImportExportBar />);
  return { user, dataset };
}

export function readUiFixture(name: string): string {
  return readFileSync(`tests/fixtures/ui/${name}`, 'utf8');
}

export function createUiFixtureFile(name: string): File {
  return new File([readUiFixture(name)], name, { type: 'text/plain' });
}

export async function openImportDialog(user: UserEvent): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: 'Import data' }));
  return screen.getByRole('dialog', { name: 'Import data' });
}

export async function pasteText(user: UserEvent, text: string): Promise<void> {
  await user.click(screen.getByRole('textbox', { name: 'Or paste text' }));
  await user.paste(text);
}

export function readDatasetNames(): string[] {
  return usePubscopeStore.getState().datasets.map((dataset) => dataset.name);
}

export function readActiveDataset() {
  const state = usePubscopeStore.getState();
  return state.datasets.find((dataset) => dataset.id === state.activeDatasetId);
}
