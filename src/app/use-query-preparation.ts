import { useEffect } from 'react';

import { listQueryPreparation, useActiveDataset } from '../store/selectors';

/** How long each step waits for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 2000;

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(run, IDLE_TIMEOUT_MS);
  return () => window.clearTimeout(timer);
}

/**
 * Once the page is idle after showing a dataset, builds its search terms and its sorted orders, one step per
 * idle moment, so that the first keystroke and the first sort by each column do not wait for them. A large record
 * shows its rows first.
 */
export function useQueryPreparation(): void {
  const papers = useActiveDataset()?.papers;

  useEffect(() => {
    if (!papers) return undefined;

    const steps = listQueryPreparation(papers);
    let cancel = () => {};
    const runNext = () => {
      const step = steps.shift();
      if (!step) return;
      cancel = whenIdle(() => {
        step();
        runNext();
      });
    };
    runNext();
    return () => cancel();
  }, [papers]);
}
