import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';

import { loadDefaultDataset } from '../../../../src/data/default-dataset';
import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { createSampleDataset, resetStore } from '../../sample-dataset';
import { readActiveDataset, readDatasetNames, renderImportExport } from './render-import-export';

function addSecondDataset() {
  const second = { ...createSampleDataset(), id: 'second', name: 'Wei Zhang papers' };
  act(() => usePubscopeStore.getState().addDataset(second));
  return second;
}

function addDefaultDataset() {
  act(() => usePubscopeStore.getState().addDataset(loadDefaultDataset()));
}

async function openManager(user: ReturnType<typeof renderImportExport>['user']) {
  await user.click(screen.getByRole('button', { name: 'Manage datasets' }));
  return screen.getByRole('region', { name: 'Manage datasets' });
}

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  resetStore();
});

describe('DatasetSwitcher', () => {
  it('should list datasets by name and switch', async () => {
    const { user } = renderImportExport();
    addSecondDataset();
    const select = screen.getByRole('combobox', { name: 'Dataset' });

    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Sample record',
      'Wei Zhang papers',
    ]);
    expect(select).toHaveDisplayValue('Wei Zhang papers');

    await user.selectOptions(select, 'Sample record');

    expect(usePubscopeStore.getState().activeDatasetId).toBe('sample');
    expect(select).toHaveDisplayValue('Sample record');
  });

  it('should rename on Enter', async () => {
    const { user } = renderImportExport();
    const manager = await openManager(user);

    await user.click(within(manager).getByRole('button', { name: 'Rename Sample record' }));
    const input = within(manager).getByRole('textbox', { name: 'New name for Sample record' });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, 'Ana Sousa, 2022–2025{Enter}');

    expect(readDatasetNames()).toEqual(['Ana Sousa, 2022–2025']);
    expect(screen.getByRole('option', { name: 'Ana Sousa, 2022–2025' })).toBeInTheDocument();
    expect(within(manager).getByRole('button', { name: 'Rename Ana Sousa, 2022–2025' })).toHaveFocus();
  });

  it('should keep the name on Escape', async () => {
    const { user } = renderImportExport();
    const manager = await openManager(user);

    await user.click(within(manager).getByRole('button', { name: 'Rename Sample record' }));
    await user.type(within(manager).getByRole('textbox', { name: 'New name for Sample record' }), ' changed{Escape}');

    expect(readDatasetNames()).toEqual(['Sample record']);
    expect(within(manager).queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Manage datasets' })).toBeInTheDocument();
    expect(within(manager).getByRole('button', { name: 'Rename Sample record' })).toHaveFocus();
  });

  it('should reject a blank name', async () => {
    const { user } = renderImportExport();
    const manager = await openManager(user);

    await user.click(within(manager).getByRole('button', { name: 'Rename Sample record' }));
    const input = within(manager).getByRole('textbox', { name: 'New name for Sample record' });
    await user.clear(input);
    await user.type(input, '   {Enter}');

    expect(input).toHaveAccessibleDescription('A name cannot be blank.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(readDatasetNames()).toEqual(['Sample record']);
  });

  it('should delete and undo from the toast', async () => {
    const { user } = renderImportExport();
    addSecondDataset();
    const manager = await openManager(user);

    await user.click(within(manager).getByRole('button', { name: 'Delete Wei Zhang papers' }));

    expect(readDatasetNames()).toEqual(['Sample record']);
    expect(readActiveDataset()?.id).toBe('sample');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Deleted “Wei Zhang papers”.');
    expect(within(manager).getByRole('heading', { name: 'Manage datasets' })).toHaveFocus();

    await user.click(within(status).getByRole('button', { name: 'Undo' }));

    expect(readDatasetNames()).toEqual(['Sample record', 'Wei Zhang papers']);
    expect(readActiveDataset()?.id).toBe('second');
    expect(status).toHaveTextContent('Restored “Wei Zhang papers”.');
    expect(within(status).getByRole('button', { name: 'Dismiss' })).toHaveFocus();
  });

  it('should hide the undo toast after ten seconds', async () => {
    const { user } = renderImportExport();
    addSecondDataset();
    const manager = await openManager(user);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    fireEvent.click(within(manager).getByRole('button', { name: 'Delete Wei Zhang papers' }));

    act(() => vi.advanceTimersByTime(9_900));
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Wei Zhang papers”.');
    act(() => vi.advanceTimersByTime(200));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('should explain why the default cannot be deleted', async () => {
    const { user } = renderImportExport();
    addDefaultDataset();
    const manager = await openManager(user);

    const entries = within(manager).getAllByRole('listitem');
    const defaultEntry = entries.find((entry) => entry.textContent?.includes('(default profile)'));

    expect(defaultEntry).toHaveTextContent('cannot be renamed or deleted');
    expect(within(defaultEntry!).queryByRole('button')).not.toBeInTheDocument();
    expect(within(manager).getByRole('button', { name: 'Delete Sample record' })).toBeInTheDocument();
  });

  it('should restore a missing default profile', async () => {
    const { user } = renderImportExport();
    const manager = await openManager(user);

    await user.click(within(manager).getByRole('button', { name: 'Restore default profile' }));

    expect(readDatasetNames()).toEqual(['Sample record', 'Changyu Chen (default profile)']);
    expect(within(manager).queryByRole('button', { name: 'Restore default profile' })).not.toBeInTheDocument();
  });

  it('should close the manager on Escape', async () => {
    const { user } = renderImportExport();
    await openManager(user);

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('region', { name: 'Manage datasets' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Manage datasets' })).toHaveFocus();
  });
});
