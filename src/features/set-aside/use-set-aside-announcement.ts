import { useEffect, useState } from 'react';

import type { Paper } from '../../domain/model';
import { usePubscopeStore } from '../../store/pubscope-store';
import { selectActiveDataset } from '../../store/selectors';
import { describeSetAsideChange } from './set-aside-wording';

function pickPapers(papers: readonly Paper[], ids: readonly string[]): Paper[] {
  const selectedIds = new Set(ids);
  return papers.filter((paper) => selectedIds.has(paper.id));
}

/**
 * Returns the latest sentence about papers set aside or restored in the active dataset, including by Back and
 * Forward. Switching datasets announces nothing, because the set-aside papers then change with the dataset.
 */
export function useSetAsideAnnouncement(): string {
  const [announcement, setAnnouncement] = useState('');

  useEffect(
    () =>
      usePubscopeStore.subscribe((state, previous) => {
        if (state.view.setAside === previous.view.setAside) return;
        if (state.activeDatasetId !== previous.activeDatasetId) return;

        const papers = selectActiveDataset(state)?.papers ?? [];
        const change = describeSetAsideChange(
          pickPapers(papers, previous.view.setAside),
          pickPapers(papers, state.view.setAside),
        );
        if (change !== undefined) setAnnouncement(change);
      }),
    [],
  );

  return announcement;
}
