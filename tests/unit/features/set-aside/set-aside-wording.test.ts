import type { Paper } from '../../../../src/domain/model';
import { describeSetAsideChange } from '../../../../src/features/set-aside/set-aside-wording';
import { makePaper } from '../../make-paper';

const routing = makePaper({ id: 't:routing', title: 'Sparse Routing' });
const kernels = makePaper({ id: 't:kernels', title: 'Graph Kernels' });
const tex = makePaper({ id: 't:tex', title: "Gains of 8$\\%$ with ''routing''" });

describe('describeSetAsideChange', () => {
  it.each<[string, Paper[], Paper[], string | undefined]>([
    ['no change', [routing], [routing], undefined],
    ['one paper set aside', [routing], [routing, kernels], '“Graph Kernels” was set aside from the record.'],
    ['one paper restored', [routing, kernels], [kernels], '“Sparse Routing” is back in the record.'],
    ['every paper restored', [routing, kernels], [], 'All 2 set-aside papers are back in the record.'],
    ['papers swapped', [routing], [kernels], '1 paper is set aside now.'],
    ['two papers set aside at once', [], [routing, kernels], '2 papers are set aside now.'],
    ['a TeX title', [], [tex], '“Gains of 8% with “routing”” was set aside from the record.'],
  ])('should describe %s', (_case, previous, current, expected) => {
    expect(describeSetAsideChange(previous, current)).toBe(expected);
  });
});
