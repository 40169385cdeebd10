import { describe, expect, it } from 'vitest';

import { getSortedOrder } from '../../../src/domain/query/paper-index';
import { getPaperIndex, listQueryPreparation } from '../../../src/store/selectors';
import { makePaper } from '../make-paper';

describe('listQueryPreparation', () => {
  const papers = [
    makePaper({ title: 'Zeta flows', published: '2021-03-01', score: 4, citations: 10, category: 'LG' }),
    makePaper({ title: 'Alpha graphs', published: '2019-07-15', score: 9, category: 'CV' }),
    makePaper({ title: 'Mu kernels', published: '2023-01-20', citations: 3, category: 'CL' }),
  ];

  it('lists search and every sort order', () => {
    const steps = listQueryPreparation(papers);
    const index = getPaperIndex(papers);
    expect(steps).toHaveLength(13);
    expect(index.sortedOrders.size).toBe(0);

    for (const step of steps) step();

    expect([...index.sortedOrders.keys()].sort()).toEqual([
      'category:asc',
      'category:desc',
      'citations:asc',
      'citations:desc',
      'date:asc',
      'date:desc',
      'score:asc',
      'score:desc',
      'source:asc',
      'source:desc',
      'title:asc',
      'title:desc',
    ]);
  });

  it('prepares the same orders a sort computes on demand', () => {
    for (const step of listQueryPreparation(papers)) step();
    const prepared = getSortedOrder(getPaperIndex(papers), { key: 'title', direction: 'asc' });

    expect([...prepared].map((position) => papers[position]?.title)).toEqual([
      'Alpha graphs',
      'Mu kernels',
      'Zeta flows',
    ]);
  });
});
