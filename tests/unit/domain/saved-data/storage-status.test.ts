import { describeStorageStatus } from '../../../../src/domain/saved-data/storage-status';

describe('describeStorageStatus', () => {
  it('should say nothing while saving works', () => {
    expect(describeStorageStatus({ kind: 'ok' })).toBeUndefined();
  });

  it('should explain memory-only storage with the reason', () => {
    expect(describeStorageStatus({ kind: 'memory-only', reason: 'the quota is full.' })).toBe(
      'Your data is kept in memory only and will not survive a reload: the quota is full.',
    );
  });
});
