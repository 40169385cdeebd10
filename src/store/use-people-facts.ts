import { useEffect, useState, useSyncExternalStore } from 'react';

import type { PaperIndex } from '../domain/query/paper-index';
import { getPeopleFacts, peekPeopleFacts, type PeopleFacts } from '../domain/query/people-facts';
import { getPaperIndex, useActiveDataset, useRecordPapers } from './selectors';
import { whenIdle } from './when-idle';

/** Records up to this size learn who is who as they are shown: about 50 ms for 5,000 papers on a two-core machine. */
const LEARN_AT_ONCE_UP_TO = 5000;
/**
 * Records up to this size learn it once the page is idle after their first rows. Larger ones wait until a person
 * presses Count co-authors: at 100,000 papers, matching some two million author names blocks the page for about four seconds.
 */
const LEARN_WHEN_IDLE_UP_TO = 20_000;

const requestedIndexes = new WeakSet<PaperIndex>();
const listeners = new Set<() => void>();
let requestCount = 0;

function subscribeToRequests(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function readRequestCount(): number {
  return requestCount;
}

export interface PeopleFactsState {
  /** The record's people and the owner's place on each paper, once learned. */
  facts?: PeopleFacts;
  /** True while a large record waits for `learn` before it matches its author names. */
  isWaiting: boolean;
  /** Learns the record's people now, blocking the page for a few seconds on the largest records. */
  learn: () => void;
}

/** Returns the record's people, learned at once, when the page is idle, or on request, by the record's size. */
export function usePeopleFacts(): PeopleFactsState {
  const papers = useRecordPapers();
  const ownerName = useActiveDataset()?.profile.name;
  const index = getPaperIndex(papers);
  useSyncExternalStore(subscribeToRequests, readRequestCount);
  const [learned, setLearned] = useState<{ index: PaperIndex; facts: PeopleFacts }>();

  const isRequested = requestedIndexes.has(index);
  const isImmediate = papers.length <= LEARN_AT_ONCE_UP_TO || isRequested;
  const learnsWhenIdle = !isImmediate && papers.length <= LEARN_WHEN_IDLE_UP_TO;

  useEffect(() => {
    if (ownerName === undefined || !learnsWhenIdle) return undefined;
    return whenIdle(() => setLearned({ index, facts: getPeopleFacts(index, ownerName) }));
  }, [index, ownerName, learnsWhenIdle]);

  const learn = () => {
    requestedIndexes.add(index);
    requestCount++;
    for (const listener of listeners) listener();
  };

  if (ownerName === undefined) return { isWaiting: false, learn };
  if (isImmediate) return { facts: getPeopleFacts(index, ownerName), isWaiting: false, learn };
  if (learned?.index === index) return { facts: learned.facts, isWaiting: false, learn };
  // A co-author or authorship filter from a link, or the authorship sort, has them built already.
  const built = peekPeopleFacts(index, ownerName);
  if (built) return { facts: built, isWaiting: false, learn };
  return { isWaiting: !learnsWhenIdle, learn };
}
