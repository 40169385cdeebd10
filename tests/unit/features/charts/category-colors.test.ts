import { getCategoryColors } from '../../../../src/features/charts/category-colors';
import { makePaper } from '../../make-paper';

describe('getCategoryColors', () => {
  it('should order categories by paper count in the dataset', () => {
    const papers = [
      makePaper({ title: 'Dialogue Agents', category: 'CL' }),
      makePaper({ title: 'Sparse Routing', category: 'LG' }),
      makePaper({ title: 'Mixture Models', category: 'LG' }),
    ];

    expect(getCategoryColors(papers).order).toEqual(['LG', 'CL']);
  });

  it('should give each category its own color', () => {
    const papers = ['LG', 'CL', 'AI', 'CV'].map((category) => makePaper({ title: `A paper in ${category}`, category }));
    const { colorOf } = getCategoryColors(papers);

    expect(new Set(['LG', 'CL', 'AI', 'CV'].map(colorOf)).size).toBe(4);
  });

  it('should give papers without a category a neutral grey', () => {
    const papers = [
      makePaper({ title: 'Notes on Evaluation', category: undefined }),
      makePaper({ title: 'Sparse Routing', category: 'LG' }),
    ];

    expect(getCategoryColors(papers).colorOf('Other')).toBe('#74808e');
  });

  it('should return the same colors for the same papers', () => {
    const papers = [makePaper({ title: 'Sparse Routing', category: 'LG' })];

    expect(getCategoryColors(papers)).toBe(getCategoryColors(papers));
  });

  it('should give grouped categories the neutral grey', () => {
    const categories = ['cs.CV', 'cs.LG', 'cs.CL', 'cs.AI', 'cs.RO', 'cs.IR', 'cs.NE', 'cs.DB', 'cs.DS'];
    const papers = categories.flatMap((category, rank) =>
      Array.from({ length: categories.length - rank }, (_unused, copy) =>
        makePaper({ title: `Paper ${copy} in ${category}`, category }),
      ),
    );
    const { colorOf, grouped } = getCategoryColors(papers);

    expect([...grouped]).toEqual(['cs.DB', 'cs.DS']);
    expect(colorOf('cs.DB')).toBe('#74808e');
    expect(colorOf('cs.DS')).toBe('#74808e');
    expect(new Set(categories.slice(0, 7).map(colorOf)).size).toBe(7);
  });
});
