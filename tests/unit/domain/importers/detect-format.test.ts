import { detectFormat } from '../../../../src/domain/importers/detect-format';

describe('detectFormat', () => {
  it.each([
    ['{"format": "pubscope", "schemaVersion": 1}', undefined, 'pubscope-json'],
    ['\uFEFF  {"meta": {}, "results": []}', undefined, 'openalex'],
    ['[{"id": "https://openalex.org/W1"}]', undefined, 'openalex'],
    ['<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', undefined, 'arxiv-atom'],
    ['@article{key, title={A}}', undefined, 'bibtex'],
    ['% exported by a reference manager\n@inproceedings{key,', undefined, 'bibtex'],
    ['title,authors,date\nA,B,2024', undefined, 'csv'],
    ['"Title";"Authors"\n', undefined, 'csv'],
    ['Year\tTitle\n2024\tA', undefined, 'csv'],
    ['Ana Sousa\n\nLG\nh-index3', undefined, 'profile-text'],
    ['name,year\nA,2024', 'papers.csv', 'csv'],
    ['something', 'refs.bib', 'bibtex'],
    ['something', 'profile.txt', 'profile-text'],
  ])('should read %j (%s) as %s', (text, fileName, expected) => {
    expect(detectFormat(text, fileName)).toBe(expected);
  });
});

describe('detectFormat file names', () => {
  it('should not read object members as extensions', () => {
    expect(detectFormat('plain words', 'notes.constructor')).toBe('profile-text');
    expect(detectFormat('plain words', 'notes.__proto__')).toBe('profile-text');
  });
});
