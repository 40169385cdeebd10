import { useEffect } from 'react';

import { listQueryPreparation, useRecordPapers } from '../store/selectors';
import { whenIdle } from '../store/when-idle';

/**
 * Once the page is idle after showing a dataset, builds its search terms and its sorted orders, one step per
 * idle moment, so that the first keystroke and the first sort by each column do not wait for them. A large record
 * shows its rows first.
 */
export function useQueryPreparation(): void {
  const papers = useRecordPapers();

  useEffect(() => {
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
