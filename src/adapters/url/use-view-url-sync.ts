import { useEffect } from 'react';

import type { ViewState } from '../../domain/query/view-state';
import { usePubscopeStore } from '../../store/pubscope-store';
import { formatViewQuery, joinViewQuery, parseViewQuery, splitViewQuery } from './view-query';

function onlySearchChanged(previous: ViewState, next: ViewState): boolean {
  return (
    previous.filters.search !== next.filters.search &&
    formatViewQuery({ ...previous, filters: { ...previous.filters, search: '' } }) ===
      formatViewQuery({ ...next, filters: { ...next.filters, search: '' } })
  );
}

/** Reads the view query from the address, with a long set-aside list from the fragment. */
function currentQuery(): string {
  return joinViewQuery(window.location.search.replace(/^\?/, ''), window.location.hash.replace(/^#/, ''));
}

function writeQuery(fullQuery: string, mode: 'push' | 'replace'): void {
  const { query, fragment } = splitViewQuery(fullQuery);
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/**
 * Keeps the view state and the URL query in step: the URL is read on start and on Back/Forward,
 * and every view change is written back. Each change gets its own history entry, except that the
 * keystrokes of one search replace each other, so Back leaves the search in one step.
 */
export function useViewUrlSync(): void {
  useEffect(() => {
    // A link's view wins. Without one, the view already in the store stays, such as one restored from storage.
    const query = currentQuery();
    if (query) usePubscopeStore.getState().replaceView(parseViewQuery(query));
    // A link may carry malformed values; write back the view as understood.
    writeQuery(formatViewQuery(usePubscopeStore.getState().view), 'replace');

    let searchInProgress = false;
    const unsubscribe = usePubscopeStore.subscribe((state, previous) => {
      if (state.view === previous.view) return;

      const query = formatViewQuery(state.view);
      if (query === currentQuery()) return;
      const isSearchKeystroke = onlySearchChanged(previous.view, state.view);
      writeQuery(query, isSearchKeystroke && searchInProgress ? 'replace' : 'push');
      searchInProgress = isSearchKeystroke;
    });

    const restoreFromUrl = () => {
      searchInProgress = false;
      usePubscopeStore.getState().replaceView(parseViewQuery(currentQuery()));
    };
    window.addEventListener('popstate', restoreFromUrl);

    return () => {
      unsubscribe();
      window.removeEventListener('popstate', restoreFromUrl);
    };
  }, []);
}
