import { useEffect, useState } from 'react';

import { getPeopleFacts, type PeopleFacts } from '../domain/query/people-facts';
import { getPaperIndex, useActiveDataset, useRecordPapers } from './selectors';
import { whenIdle } from './when-idle';

/**
 * Records up to this size learn who is who as they are shown. Larger ones once the page is idle after showing their
 * first rows: at 100,000 papers, matching some two million author names takes about three seconds.
 */
const PEOPLE_AT_ONCE_UP_TO = 5000;

/** Returns the record's people and the owner's place on each paper, or undefined while a large record is learning them. */
export function usePeopleFacts(): PeopleFacts | undefined {
  const papers = useRecordPapers();
  const ownerName = useActiveDataset()?.profile.name;
  const index = getPaperIndex(papers);
  const isImmediate = ownerName !== undefined && papers.length <= PEOPLE_AT_ONCE_UP_TO;
  const [learned, setLearned] = useState<{ index: typeof index; facts: PeopleFacts }>();

  useEffect(() => {
    if (ownerName === undefined || isImmediate) return undefined;
    return whenIdle(() => setLearned({ index, facts: getPeopleFacts(index, ownerName) }));
  }, [index, ownerName, isImmediate]);

  if (ownerName === undefined) return undefined;
  if (isImmediate) return getPeopleFacts(index, ownerName);
  return learned?.index === index ? learned.facts : undefined;
}
