import {
  describeFileSize,
  describeImportGoodOnes,
  describeImportLimits,
  describeImportSuccess,
  describeImportToast,
  describeImportWarning,
  describeSkippedOffer,
} from '../../../../src/features/import-export/import-wording';
import { DEFAULT_IMPORT_LIMITS } from '../../../../src/domain/importers/import-outcome';

describe('import wording', () => {
  it('should state the default limits in one line', () => {
    expect(describeImportLimits(DEFAULT_IMPORT_LIMITS)).toBe(
      'Limits: files up to 200 MB, 1,000,000 papers, 100,000 characters per field.',
    );
  });

  it('should count imported, merged and skipped papers', () => {
    expect(describeImportSuccess({ importedCount: 1200, mergedCount: 1, skippedCount: 3 }, 'refs.bib')).toBe(
      'Imported 1,200 papers from refs.bib (1 duplicate merged, 3 skipped)',
    );
    expect(describeImportSuccess({ importedCount: 1, mergedCount: 0, skippedCount: 0 }, 'pasted text')).toBe(
      'Imported 1 paper from pasted text (0 duplicates merged, 0 skipped)',
    );
  });

  it('should word the skipped-records offer', () => {
    expect(describeSkippedOffer(5, 2)).toBe('5 papers can be imported; 2 records could not be read:');
    expect(describeSkippedOffer(1, 1)).toBe('1 paper can be imported; 1 record could not be read:');
    expect(describeImportGoodOnes(5, 2)).toBe('Import the 5 good ones, skip 2');
    expect(describeImportGoodOnes(1, 1)).toBe('Import the 1 good one, skip 1');
  });

  it('should place warnings by line or record', () => {
    expect(describeImportWarning({ message: 'Duplicate title.', line: 4 })).toBe('Line 4: Duplicate title.');
    expect(describeImportWarning({ message: 'Same id.', record: 2 })).toBe('Record 2: Same id.');
    expect(describeImportWarning({ message: 'One page of many.' })).toBe('One page of many.');
  });

  it('should keep a toast with warnings until dismissed', () => {
    const counts = { importedCount: 2, mergedCount: 0, skippedCount: 0 };

    expect(describeImportToast(counts, 'refs.csv', []).durationMs).toBe(10_000);
    const withWarnings = describeImportToast(counts, 'refs.csv', [{ message: 'Unknown column.', line: 1 }]);
    expect(withWarnings.durationMs).toBeUndefined();
    expect(withWarnings.details).toEqual({ summary: '1 warning', items: ['Line 1: Unknown column.'] });
  });

  it('should give file sizes in bytes, KB or MB', () => {
    expect(describeFileSize(1)).toBe('1 byte');
    expect(describeFileSize(900)).toBe('900 bytes');
    expect(describeFileSize(2048)).toBe('2 KB');
    expect(describeFileSize(5.5 * 1024 * 1024)).toBe('5.5 MB');
  });
});
