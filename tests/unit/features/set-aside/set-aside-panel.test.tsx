import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { PapersTable } from '../../../../src/features/papers-table/papers-table';
import { SetAsidePanel } from '../../../../src/features/set-aside/set-aside-panel';
import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { loadSampleDataset, resetStore } from '../../sample-dataset';

const SPARSE = 'Sparse Routing for Mixture Models';
const PLANNING = 'Planning Under Uncertainty';
const XSS = '<img src=x onerror=alert(1)>';

function renderRecord() {
  const user = userEvent.setup();
  render(
    <>
      <SetAsidePanel />
      <PapersTable />
    </>,
  );
  return { user };
}

async function setAside(user: ReturnType<typeof userEvent.setup>, title: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: title }));
  const details = screen.getByRole('region', { name: `Details of ${title}` });
  await user.click(within(details).getByRole('button', { name: 'Set aside from the record' }));
}

function getSetAsideList(): HTMLElement {
  const panel = screen.getByRole('region', { name: 'Set aside' });
  return within(panel).getByRole('list');
}

function getTable(): HTMLElement {
  return screen.getByRole('table', { name: 'Papers' });
}

beforeEach(() => {
  loadSampleDataset();
});

afterEach(() => {
  cleanup();
  resetStore();
});

describe('setting papers aside', () => {
  it('should show no panel while nothing is set aside', () => {
    renderRecord();

    expect(screen.queryByRole('region', { name: 'Set aside' })).not.toBeInTheDocument();
    expect(screen.getByText('Showing 5 of 5')).toBeInTheDocument();
  });

  it('should take the paper out of the table and the count', async () => {
    const { user } = renderRecord();

    await setAside(user, PLANNING);

    expect(within(getTable()).queryByRole('rowheader', { name: PLANNING })).not.toBeInTheDocument();
    expect(within(getTable()).getAllByRole('rowheader')).toHaveLength(4);
    expect(screen.getByText('Showing 4 of 4 · 1 set aside')).toBeInTheDocument();
  });

  it('should move focus to the table', async () => {
    const { user } = renderRecord();

    await setAside(user, PLANNING);

    expect(screen.getByRole('region', { name: 'Papers table, scrollable' })).toHaveFocus();
  });

  it('should list the paper with a Restore button', async () => {
    const { user } = renderRecord();

    await setAside(user, PLANNING);

    const list = getSetAsideList();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByText(PLANNING)).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: `Restore ${PLANNING}` })).toHaveTextContent('Restore');
  });

  it('should announce the change', async () => {
    const { user } = renderRecord();

    await setAside(user, PLANNING);

    expect(screen.getByRole('status')).toHaveTextContent(`“${PLANNING}” was set aside from the record.`);
  });

  it('should bring the paper back on Restore', async () => {
    const { user } = renderRecord();
    await setAside(user, PLANNING);

    await user.click(screen.getByRole('button', { name: `Restore ${PLANNING}` }));

    expect(within(getTable()).getByRole('rowheader', { name: PLANNING })).toBeInTheDocument();
    expect(screen.getByText('Showing 5 of 5')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Set aside' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`“${PLANNING}” is back in the record.`);
  });

  it('should move focus to the next Restore button', async () => {
    const { user } = renderRecord();
    await setAside(user, SPARSE);
    await setAside(user, PLANNING);

    await user.click(screen.getByRole('button', { name: `Restore ${SPARSE}` }));

    expect(screen.getByRole('button', { name: `Restore ${PLANNING}` })).toHaveFocus();
  });

  it('should bring every paper back on Restore all', async () => {
    const { user } = renderRecord();
    await setAside(user, SPARSE);
    await setAside(user, PLANNING);

    expect(within(getSetAsideList()).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Showing 3 of 3 · 2 set aside')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Restore all' }));

    expect(within(getTable()).getAllByRole('rowheader')).toHaveLength(5);
    expect(usePubscopeStore.getState().view.setAside).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('All 2 set-aside papers are back in the record.');
  });

  it('should show a title with markup as text', async () => {
    const { user } = renderRecord();

    await setAside(user, XSS);

    expect(within(getSetAsideList()).getByText(XSS)).toBeInTheDocument();
    expect(document.querySelector('.set-aside-panel img')).toBeNull();
  });

  it('should count only papers filters leave', async () => {
    const { user } = renderRecord();
    await setAside(user, PLANNING);

    act(() => usePubscopeStore.getState().toggleCategory('LG'));

    expect(screen.getByText('Showing 2 of 4 · 1 set aside')).toBeInTheDocument();
  });
});
