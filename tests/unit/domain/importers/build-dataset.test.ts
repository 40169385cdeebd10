import { buildDatasetFromImport } from '../../../../src/domain/importers/build-dataset';
import type { ParsedImport } from '../../../../src/domain/importers/import-outcome';
import { createSampleDataset } from '../../sample-dataset';
import { makePaper, resetPaperPositions } from '../../make-paper';

beforeEach(resetPaperPositions);

function parsedWith(change: Partial<ParsedImport>): ParsedImport {
  return { format: 'csv', papers: [], skipped: [], warnings: [], ...change };
}

describe('buildDatasetFromImport', () => {
  it('should name a new dataset after the file when the input names no researcher', () => {
    const parsed = parsedWith({ papers: [makePaper({ title: 'A' }), makePaper({ title: 'B' })] });

    const summary = buildDatasetFromImport(parsed, { datasetId: 'new-id', fileName: 'lab-papers.csv' });

    expect(summary.dataset.id).toBe('new-id');
    expect(summary.dataset.name).toBe('lab-papers');
    expect(summary.dataset.profile).toEqual({ name: 'lab-papers', reported: {} });
    expect(summary.dataset.source).toEqual({ format: 'csv', fileName: 'lab-papers.csv' });
    expect(summary.importedCount).toBe(2);
  });

  it('should use the profile the input names', () => {
    const parsed = parsedWith({ format: 'profile-text', profile: { name: 'Lea Novak', reported: { hIndex: 4 } } });

    expect(buildDatasetFromImport(parsed, { datasetId: 'x' }).dataset.name).toBe('Lea Novak');
  });

  it('should merge into the dataset added to and count duplicates and skips', () => {
    const existing = createSampleDataset();
    const parsed = parsedWith({
      papers: [makePaper({ title: 'Sparse routing for mixture models', citations: 5 }), makePaper({ title: 'Brand New' })],
      skipped: [{ location: 'line 4', reason: 'missing title' }],
      warnings: [{ message: 'Unknown column "notes" ignored.' }],
    });

    const summary = buildDatasetFromImport(parsed, { datasetId: 'ignored', addTo: existing });

    expect(summary.dataset.id).toBe('sample');
    expect(summary.dataset.papers).toHaveLength(6);
    expect(summary.mergedCount).toBe(1);
    expect(summary.skippedCount).toBe(1);
    expect(summary.dataset.papers[0]?.citations).toBe(5);
    expect(summary.dataset.warnings).toEqual([{ message: 'Unknown column "notes" ignored.' }]);
  });
});
