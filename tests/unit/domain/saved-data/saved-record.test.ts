import type { Dataset } from '../../../../src/domain/model';
import { createDefaultViewState } from '../../../../src/domain/query/view-state';
import {
  readSavedRecord,
  readStoredRecordForUpdate,
  UNKNOWN_CREATED_AT,
} from '../../../../src/domain/saved-data/saved-record';

function makeDataset(id = 'import-1'): Dataset {
  return {
    id,
    name: 'Wei Zhang (CSV)',
    profile: { name: 'Wei Zhang', reported: {} },
    papers: [
      {
        id: 't:one',
        title: 'Retrieval for Long Documents',
        authors: ['Wei Zhang'],
        authorsTruncated: false,
        affiliations: [],
        hasCode: false,
        sourceIndex: 0,
      },
    ],
    warnings: [],
    source: { format: 'csv', fileName: 'wei-zhang.csv' },
  };
}

const CREATED_AT = '2026-12-05T09:30:00.000Z';

describe('readSavedRecord', () => {
  it('should read a current record with its view', () => {
    const view = createDefaultViewState();
    const record = { schemaVersion: 1, datasetId: 'import-1', dataset: makeDataset(), view, createdAt: CREATED_AT };

    expect(readSavedRecord('import-1', record)).toEqual({ ok: true, value: { record } });
  });

  it('should return the stored dataset without copying it', () => {
    const dataset = makeDataset();

    const read = readSavedRecord('import-1', { schemaVersion: 1, datasetId: 'import-1', dataset, createdAt: CREATED_AT });

    const storedDataset = read.ok ? read.value.record.dataset : undefined;
    expect(storedDataset).toBe(dataset);
  });

  it('should migrate a version 0 record, the bare dataset', () => {
    const dataset = makeDataset();

    expect(readSavedRecord('import-1', dataset)).toEqual({
      ok: true,
      value: {
        record: { schemaVersion: 1, datasetId: 'import-1', dataset, createdAt: UNKNOWN_CREATED_AT },
        migratedFrom: 0,
      },
    });
  });

  it('should read the default record without papers', () => {
    const view = createDefaultViewState();
    const record = { schemaVersion: 1, datasetId: 'default', view, createdAt: CREATED_AT };

    expect(readSavedRecord('default', record)).toEqual({ ok: true, value: { record } });
  });

  it('should ignore a dataset stored under the default id', () => {
    const record = { schemaVersion: 1, datasetId: 'default', dataset: makeDataset('default'), createdAt: CREATED_AT };

    expect(readSavedRecord('default', record)).toEqual({
      ok: true,
      value: { record: { schemaVersion: 1, datasetId: 'default', createdAt: CREATED_AT } },
    });
  });

  it('should drop an invalid view but keep the dataset', () => {
    const record = { schemaVersion: 1, datasetId: 'import-1', dataset: makeDataset(), view: { filters: 1 }, createdAt: CREATED_AT };

    expect(readSavedRecord('import-1', record)).toEqual({
      ok: true,
      value: {
        record: { schemaVersion: 1, datasetId: 'import-1', dataset: makeDataset(), createdAt: CREATED_AT },
        viewProblem: 'Invalid view at filters: Invalid input: expected object, received number.',
      },
    });
  });

  it.each<[string, unknown, unknown, string]>([
    ['a key that is no id', 7, {}, 'Its key (7) is not a dataset id.'],
    ['a value that is no object', 'import-1', 'garbage', 'It is not an object.'],
    ['a list', 'import-1', [1, 2], 'It is not an object.'],
    [
      'a schema version that is no number',
      'import-1',
      { schemaVersion: 'one' },
      'Its schemaVersion (one) is not a whole number.',
    ],
    [
      'a newer schema version',
      'import-1',
      { schemaVersion: 4, datasetId: 'import-1' },
      'It was written by a newer Pubscope (schema version 4); this version reads up to 1.',
    ],
    [
      'a missing createdAt',
      'import-1',
      { schemaVersion: 1, datasetId: 'import-1', dataset: makeDataset() },
      'Invalid record at field createdAt: Invalid input: expected string, received undefined.',
    ],
    [
      'another dataset id than the key',
      'import-2',
      { schemaVersion: 1, datasetId: 'import-1', dataset: makeDataset(), createdAt: CREATED_AT },
      'Its datasetId "import-1" differs from its key "import-2".',
    ],
    [
      'a dataset with another id',
      'import-2',
      { schemaVersion: 1, datasetId: 'import-2', dataset: makeDataset('import-1'), createdAt: CREATED_AT },
      'Its dataset id "import-1" differs from its key "import-2".',
    ],
    [
      'no dataset',
      'import-1',
      { schemaVersion: 1, datasetId: 'import-1', createdAt: CREATED_AT },
      'It has no dataset.',
    ],
    [
      'a damaged paper',
      'import-1',
      {
        schemaVersion: 1,
        datasetId: 'import-1',
        dataset: { ...makeDataset(), papers: [{ ...makeDataset().papers[0], title: '' }] },
        createdAt: CREATED_AT,
      },
      'Invalid data at paper 1, field title: must not be empty.',
    ],
    [
      'a damaged version 0 record',
      'import-1',
      { ...makeDataset(), name: 7 },
      'Invalid data at field name: expected a string, found a number.',
    ],
  ])('should reject %s', (_case, key, value, reason) => {
    expect(readSavedRecord(key, value)).toEqual({ ok: false, error: reason });
  });
});

describe('readStoredRecordForUpdate', () => {
  it('should accept a current record', () => {
    const record = { schemaVersion: 1, datasetId: 'import-1', createdAt: CREATED_AT };

    expect(readStoredRecordForUpdate(record)).toBe(record);
  });

  it.each([undefined, 'text', { schemaVersion: 0, datasetId: 'a', createdAt: CREATED_AT }, { schemaVersion: 1, datasetId: 3, createdAt: CREATED_AT }])(
    'should ignore %j',
    (value) => {
      expect(readStoredRecordForUpdate(value)).toBeUndefined();
    },
  );
});
