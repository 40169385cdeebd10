import { buildExportFileName, formatLocalDate, slugifyProfileName } from '../../../../src/domain/export/file-name';

describe('slugifyProfileName', () => {
  it.each([
    ['Changyu Chen', 'changyu-chen'],
    ['José Ortega', 'jose-ortega'],
    ['  Lea   Novak  ', 'lea-novak'],
    ['Ana Sousa (default profile)', 'ana-sousa-default-profile'],
    ['Jürgen Weiß', 'jurgen-weiss'],
    ['Søren Łukasz Æsir', 'soren-lukasz-aesir'],
    ["O'Brien, Wei-Zhang", 'o-brien-wei-zhang'],
    ['refs.2024', 'refs-2024'],
    ['<img src=x onerror=alert(1)>', 'img-src-x-onerror-alert-1'],
    ['../../etc/passwd', 'etc-passwd'],
  ])('should write %j as %j', (name, slug) => {
    expect(slugifyProfileName(name)).toBe(slug);
  });

  it('should fall back to "papers" without ASCII letters', () => {
    expect(slugifyProfileName('陈昌宇')).toBe('papers');
    expect(slugifyProfileName('')).toBe('papers');
    expect(slugifyProfileName('---')).toBe('papers');
  });

  it('should cut long names without a trailing hyphen', () => {
    const slug = slugifyProfileName(`${'a'.repeat(59)} b`);

    expect(slug).toBe('a'.repeat(59));
    expect(slugifyProfileName('x'.repeat(200))).toHaveLength(60);
  });
});

describe('formatLocalDate', () => {
  it('should use the local calendar day', () => {
    expect(formatLocalDate(new Date(2026, 11, 4, 23, 59))).toBe('2026-12-04');
    expect(formatLocalDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});

describe('buildExportFileName', () => {
  it('should join slug, date and extension', () => {
    expect(buildExportFileName('Changyu Chen', 'csv', new Date(2026, 11, 4))).toBe('changyu-chen-2026-12-04.csv');
    expect(buildExportFileName('Ana Sousa', 'bib', new Date(2025, 5, 30))).toBe('ana-sousa-2025-06-30.bib');
  });
});
