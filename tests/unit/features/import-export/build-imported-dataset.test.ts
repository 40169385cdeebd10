import type { ParsedImport } from '../../../../src/domain/importers/import-outcome';
import {
  buildImportedDataset,
  describeAddTarget,
  pickUniqueDatasetName,
} from '../../../../src/features/import-export/build-imported-dataset';
import { makePaper } from '../../make-paper';
import { createSampleDataset } from '../../sample-dataset';

function parsedCsv(titles: string[]): ParsedImport {
  return {
    format: 'csv',
    papers: titles.map((title, index) => makePaper({ id: `t:${index}`, title, sourceIndex: index })),
    skipped: [],
    warnings: [],
  };
}

const defaultDataset = { ...createSampleDataset(), id: 'default', name: 'Ana Sousa (default profile)' };

describe('pickUniqueDatasetName', () => {
  it('should number names already taken', () => {
    const datasets = [createSampleDataset(), { ...createSampleDataset(), id: 'b', name: 'Sample record (2)' }];

    expect(pickUniqueDatasetName('refs', datasets)).toBe('refs');
    expect(pickUniqueDatasetName('Sample record', datasets)).toBe('Sample record (3)');
  });
});

describe('buildImportedDataset', () => {
  it('should make a new dataset named after the file', () => {
    const summary = buildImportedDataset(parsedCsv(['One', 'Two']), {
      target: 'new',
      activeDataset: createSampleDataset(),
      datasets: [createSampleDataset()],
      newDatasetId: 'new-id',
      fileName: 'refs.csv',
    });

    expect(summary.dataset.id).toBe('new-id');
    expect(summary.dataset.name).toBe('refs');
    expect(summary.dataset.source).toEqual({ format: 'csv', fileName: 'refs.csv' });
    expect(summary.importedCount).toBe(2);
  });

  it('should add to the active dataset', () => {
    const sample = createSampleDataset();

    const summary = buildImportedDataset(parsedCsv(['One']), {
      target: 'add',
      activeDataset: sample,
      datasets: [sample],
      newDatasetId: 'new-id',
    });

    expect(summary.dataset.id).toBe('sample');
    expect(summary.dataset.name).toBe('Sample record');
    expect(summary.dataset.papers).toHaveLength(sample.papers.length + 1);
  });

  it('should add to a copy of the default dataset', () => {
    const summary = buildImportedDataset(parsedCsv(['One']), {
      target: 'add',
      activeDataset: defaultDataset,
      datasets: [defaultDataset],
      newDatasetId: 'new-id',
    });

    expect(summary.dataset.id).toBe('new-id');
    expect(summary.dataset.name).toBe('Ana Sousa (copy)');
    expect(summary.dataset.papers).toHaveLength(defaultDataset.papers.length + 1);
    expect(summary.dataset.profile).toBe(defaultDataset.profile);
  });
});

describe('describeAddTarget', () => {
  it('should name the copy for the default dataset', () => {
    expect(describeAddTarget(createSampleDataset())).toBe('Add to Sample record');
    expect(describeAddTarget(defaultDataset)).toBe('Add to a copy of Ana Sousa (default profile)');
  });
});
