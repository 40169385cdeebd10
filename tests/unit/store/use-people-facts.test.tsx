import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Dataset } from '../../../src/domain/model';
import { usePubscopeStore } from '../../../src/store/pubscope-store';
import { usePeopleFacts } from '../../../src/store/use-people-facts';
import { makePaper, resetPaperPositions } from '../make-paper';
import { resetStore } from '../sample-dataset';

function makeRecord(paperCount: number): Dataset {
  resetPaperPositions();
  const papers = Array.from({ length: paperCount }, (_unused, position) =>
    makePaper({ title: `Paper ${position}`, authors: ['Alex Moreau', position % 2 === 0 ? 'Wei Zhang' : 'Ana Sousa'] }),
  );
  return { id: `record-${paperCount}`, name: 'Record', profile: { name: 'Alex Moreau', reported: {} }, papers, warnings: [], source: { format: 'csv' } };
}

function loadRecord(paperCount: number): void {
  resetStore();
  usePubscopeStore.getState().addDataset(makeRecord(paperCount));
}

describe('usePeopleFacts', () => {
  beforeEach(() => resetStore());

  it('learns a small record at once', () => {
    loadRecord(3);

    const { result } = renderHook(() => usePeopleFacts());

    expect(result.current.isWaiting).toBe(false);
    expect(result.current.facts?.coauthors.map((coauthor) => coauthor.name)).toEqual(['Wei Zhang', 'Ana Sousa']);
  });

  it('waits for a request on a large record', () => {
    loadRecord(20_001);

    const { result } = renderHook(() => usePeopleFacts());

    expect(result.current.isWaiting).toBe(true);
    expect(result.current.facts).toBeUndefined();
  });

  it('learns a large record on request', () => {
    loadRecord(20_001);
    const { result } = renderHook(() => usePeopleFacts());

    act(() => result.current.learn());

    expect(result.current.isWaiting).toBe(false);
    expect(result.current.facts?.coauthors.map((coauthor) => [coauthor.name, coauthor.jointPapers])).toEqual([
      ['Wei Zhang', 10_001],
      ['Ana Sousa', 10_000],
    ]);
  });
});
