import { computeRecordFigures } from '../../../src/domain/metrics';
import type { Dataset } from '../../../src/domain/model';
import { initialPubscopeState, usePubscopeStore } from '../../../src/store/pubscope-store';
import {
  excludeSetAsidePapers,
  getPaperIndex,
  selectCategoryCounts,
  selectRecordPapers,
  selectSetAsidePapers,
  selectVisible,
} from '../../../src/store/selectors';
import { makePaper, resetPaperPositions } from '../make-paper';

function makeDataset(id: string): Dataset {
  resetPaperPositions();
  return {
    id,
    name: `Dataset ${id}`,
    profile: { name: 'Alex Moreau', reported: {} },
    papers: [
      makePaper({ id: 'arxiv:2401.00001', title: 'Sparse Routing', category: 'LG', published: '2024-01-01', score: 80 }),
      makePaper({ id: 't:namesake', title: 'A Namesake Paper', category: 'CL', published: '2023-05-01', score: 40 }),
      makePaper({ id: 'doi:10.1000/xyz', title: 'Graph Kernels', category: 'LG', published: '2025-02-01' }),
    ],
    warnings: [],
    source: { format: 'csv' },
  };
}

function titlesOf(papers: readonly { title: string }[]): string[] {
  return papers.map((paper) => paper.title);
}

const store = () => usePubscopeStore.getState();

beforeEach(() => {
  usePubscopeStore.setState(initialPubscopeState, true);
  store().addDataset(makeDataset('a'));
});

afterEach(() => {
  usePubscopeStore.setState(initialPubscopeState, true);
});

describe('set-aside actions', () => {
  it('should keep ids sorted and unique', () => {
    store().setPaperAside('t:namesake');
    store().setPaperAside('doi:10.1000/xyz');
    store().setPaperAside('t:namesake');

    expect(store().view.setAside).toEqual(['doi:10.1000/xyz', 't:namesake']);
  });

  it('should ignore an id the dataset lacks', () => {
    const before = store().view;

    store().setPaperAside('t:missing');

    expect(store().view).toBe(before);
  });

  it('should restore one paper', () => {
    store().setPaperAside('t:namesake');
    store().setPaperAside('doi:10.1000/xyz');

    store().restorePaper('t:namesake');

    expect(store().view.setAside).toEqual(['doi:10.1000/xyz']);
  });

  it('should restore every paper', () => {
    store().setPaperAside('t:namesake');
    store().setPaperAside('doi:10.1000/xyz');

    store().restoreAllPapers();

    expect(store().view.setAside).toEqual([]);
  });

  it('should leave the view unchanged when restoring a paper not set aside', () => {
    const before = store().view;

    store().restorePaper('t:namesake');

    expect(store().view).toBe(before);
  });

  it('should drop unknown ids when replacing the view', () => {
    store().replaceView({ ...store().view, setAside: ['t:namesake', 't:missing'] });

    expect(store().view.setAside).toEqual(['t:namesake']);
  });

  it('should keep every id before a dataset is loaded', () => {
    usePubscopeStore.setState(initialPubscopeState, true);

    store().replaceView({ ...store().view, setAside: ['t:namesake', 't:missing'] });

    expect(store().view.setAside).toEqual(['t:missing', 't:namesake']);
  });

  it('should keep set-aside ids per dataset', () => {
    store().setPaperAside('t:namesake');
    store().addDataset(makeDataset('b'));

    expect(store().view.setAside).toEqual([]);

    store().setActiveDataset('a');

    expect(store().view.setAside).toEqual(['t:namesake']);
    expect(store().viewsByDataset.b?.setAside).toEqual([]);
  });
});

describe('record selectors', () => {
  it('should leave set-aside papers out of the record', () => {
    store().setPaperAside('t:namesake');

    expect(titlesOf(selectRecordPapers(store()))).toEqual(['Sparse Routing', 'Graph Kernels']);
    expect(titlesOf(selectSetAsidePapers(store()))).toEqual(['A Namesake Paper']);
  });

  it('should leave set-aside papers out of the visible papers', () => {
    store().setPaperAside('t:namesake');

    expect(titlesOf(selectVisible(store()))).toEqual(['Graph Kernels', 'Sparse Routing']);
  });

  it('should leave set-aside papers out of the category counts', () => {
    store().setPaperAside('arxiv:2401.00001');

    expect(selectCategoryCounts(store())).toEqual(new Map([['LG', 1], ['CL', 1]]));
  });

  it('should leave set-aside papers out of the record figures', () => {
    const whole = computeRecordFigures(selectRecordPapers(store()));
    store().setPaperAside('t:namesake');

    const record = computeRecordFigures(selectRecordPapers(store()));

    expect(whole.paperCount).toBe(3);
    expect(record.paperCount).toBe(2);
  });

  it('should use the dataset papers while nothing is set aside', () => {
    expect(selectRecordPapers(store())).toBe(store().datasets[0]?.papers);
  });

  it('should keep the record array while the ids stay equal', () => {
    store().setPaperAside('t:namesake');
    const record = selectRecordPapers(store());
    const index = getPaperIndex(record);

    store().setSearch('graph');
    store().replaceView({ ...store().view, setAside: ['t:namesake'] });

    expect(selectRecordPapers(store())).toBe(record);
    expect(getPaperIndex(selectRecordPapers(store()))).toBe(index);
  });

  it('should ignore ids the dataset lacks', () => {
    usePubscopeStore.setState({ view: { ...store().view, setAside: ['t:missing', 't:namesake'] } });

    expect(titlesOf(selectRecordPapers(store()))).toEqual(['Sparse Routing', 'Graph Kernels']);
    expect(titlesOf(selectSetAsidePapers(store()))).toEqual(['A Namesake Paper']);
  });
});

describe('excludeSetAsidePapers', () => {
  const papers = makeDataset('c').papers;

  it('should return the same array when no id matches', () => {
    expect(excludeSetAsidePapers(papers, ['t:missing'])).toBe(papers);
    expect(excludeSetAsidePapers(papers, [])).toBe(papers);
  });

  it('should keep the dataset order', () => {
    expect(titlesOf(excludeSetAsidePapers(papers, ['arxiv:2401.00001']))).toEqual(['A Namesake Paper', 'Graph Kernels']);
  });
});
