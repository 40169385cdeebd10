import { act, render } from '@testing-library/react';

import { useViewUrlSync } from '../../../src/adapters/url/use-view-url-sync';
import { usePubscopeStore } from '../../../src/store/pubscope-store';
import { loadSampleDataset, resetStore } from '../sample-dataset';

function UrlSync() {
  useViewUrlSync();
  return null;
}

function goBack(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    window.history.back();
  });
}

beforeEach(() => {
  loadSampleDataset();
});

afterEach(() => {
  resetStore();
  window.history.replaceState(null, '', '/');
});

describe('useViewUrlSync', () => {
  it('should read the view from the URL on start', () => {
    window.history.replaceState(null, '', '/?q=routing&cat=LG&sort=score-asc&year=2024');

    render(<UrlSync />);

    const { view } = usePubscopeStore.getState();
    expect(view.filters.search).toBe('routing');
    expect(view.filters.categories).toEqual(['LG']);
    expect(view.sort).toEqual({ key: 'score', direction: 'asc' });
    expect(view.selection.year).toBe(2024);
  });

  it('should drop malformed values from the URL', () => {
    window.history.replaceState(null, '', '/?sort=nonsense&from=abcd&code=1');

    render(<UrlSync />);

    expect(window.location.search).toBe('?code=1');
  });

  it('should write view changes to the URL', () => {
    render(<UrlSync />);

    act(() => usePubscopeStore.getState().toggleCategory('CL'));
    act(() => usePubscopeStore.getState().toggleSort('title'));

    expect(window.location.search).toBe('?cat=CL&sort=title-asc');
  });

  it('should step back through changes with Back', async () => {
    render(<UrlSync />);
    act(() => usePubscopeStore.getState().toggleCategory('CL'));
    act(() => usePubscopeStore.getState().setHasCode(true));

    await act(goBack);

    expect(usePubscopeStore.getState().view.filters.hasCode).toBe(false);
    expect(usePubscopeStore.getState().view.filters.categories).toEqual(['CL']);
  });

  it('should leave a typed search in one Back step', async () => {
    render(<UrlSync />);
    act(() => usePubscopeStore.getState().toggleCategory('LG'));
    for (const search of ['s', 'sp', 'spa']) {
      act(() => usePubscopeStore.getState().setSearch(search));
    }

    await act(goBack);

    expect(usePubscopeStore.getState().view.filters.search).toBe('');
    expect(usePubscopeStore.getState().view.filters.categories).toEqual(['LG']);
  });

  it('should drop set-aside ids the dataset lacks from a link', () => {
    window.history.replaceState(null, '', '/?aside=t%3Aplanning%2Ct%3Amissing');

    render(<UrlSync />);

    expect(usePubscopeStore.getState().view.setAside).toEqual(['t:planning']);
    expect(window.location.search).toBe('?aside=t%3Aplanning');
  });

  it('should restore a set-aside paper with Back', async () => {
    render(<UrlSync />);
    act(() => usePubscopeStore.getState().setPaperAside('t:planning'));

    expect(window.location.search).toBe('?aside=t%3Aplanning');

    await act(goBack);

    expect(usePubscopeStore.getState().view.setAside).toEqual([]);
  });
});
