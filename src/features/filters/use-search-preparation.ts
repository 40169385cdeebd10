import { useEffect } from 'react';

import { prepareSearch, useActiveDataset } from '../../store/selectors';

/** How long to wait for an idle moment before building the search terms anyway. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Builds the active dataset's search terms once the page is idle after showing it, so that the first
 * keystroke does not wait for them. A large record shows its rows first.
 */
export function useSearchPreparation(): void {
  const papers = useActiveDataset()?.papers;

  useEffect(() => {
    if (!papers) return undefined;

    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => prepareSearch(papers), { timeout: IDLE_TIMEOUT_MS });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(() => prepareSearch(papers), IDLE_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [papers]);
}
