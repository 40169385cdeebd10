import { EXPORT_FORMATS, EXPORTERS } from '../../../../src/domain/export/registry';
import { createSampleDataset } from '../../sample-dataset';

describe('EXPORTERS', () => {
  it('should list the formats in menu order', () => {
    expect(EXPORT_FORMATS.map((format) => EXPORTERS[format].label)).toEqual(['CSV', 'BibTeX', 'Pubscope JSON', 'Markdown list']);
  });

  it.each([
    ['csv', 'csv', 'text/csv;charset=utf-8'],
    ['bibtex', 'bib', 'application/x-bibtex;charset=utf-8'],
    ['pubscope-json', 'json', 'application/json'],
    ['markdown', 'md', 'text/markdown;charset=utf-8'],
  ] as const)('should name %s files .%s as %s', (format, extension, mimeType) => {
    expect(EXPORTERS[format].extension).toBe(extension);
    expect(EXPORTERS[format].mimeType).toBe(mimeType);
  });

  it.each(EXPORT_FORMATS)('should write %s text for every paper', (format) => {
    const { papers, profile } = createSampleDataset();

    const text = EXPORTERS[format].exportPapers(papers, profile);

    expect(text.length).toBeGreaterThan(0);
    expect(text).toContain('Dialogue Agents That Ask');
    expect(text).toContain('Notes on Evaluation');
  });
});
