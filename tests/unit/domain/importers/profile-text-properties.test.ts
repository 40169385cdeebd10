import fc from 'fast-check';

import { importProfileText } from '../../../../src/domain/importers/profile-text-importer';

const PROFILE_LINES = ['Ana Sousa', '', 'LG', 'h-index3', '2papers', '40citations', 'LGJun 3', 'A Title', 'Ana Sousa, Wei Zhang et al.', 'An abstract.', '97.5CLMay 25, 2024Code', '2 Papers'];

describe('importProfileText on arbitrary input', () => {
  it('should return a result and never throw on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const result = importProfileText(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('should never throw on shuffled profile-like lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PROFILE_LINES), { maxLength: 40 }), (lines) => {
        const result = importProfileText(lines.join('\n'));
        if (result.ok) {
          expect(result.value.papers.every((paper, position) => paper.sourceIndex === position)).toBe(true);
        } else {
          expect(result.error).toMatch(/^Line \d+: /);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should finish a 1 MB random input quickly', () => {
    const random = fc.sample(fc.string({ minLength: 1_000_000, maxLength: 1_000_000, unit: 'binary' }), { numRuns: 1, seed: 7 })[0] ?? '';

    const started = performance.now();
    const result = importProfileText(random);
    const elapsed = performance.now() - started;

    expect(result.ok).toBe(false);
    // A generous bound for a busy two-core machine; the parse is linear and takes well under 100 ms when idle.
    expect(elapsed).toBeLessThan(3000);
  });
});
