import { exportMarkdown } from '../../../../src/domain/export/markdown';
import type { Paper, Profile } from '../../../../src/domain/model';
import { makePaper, resetPaperPositions } from '../../make-paper';

const PROFILE: Profile = { name: 'Ana Sousa', reported: {} };

beforeEach(() => {
  resetPaperPositions();
});

function entryFor(overrides: Partial<Paper> & { title: string }, profile: Profile = PROFILE): string {
  const lines = exportMarkdown([makePaper({ authors: [], ...overrides })], profile).split('\n');
  const entry = lines.find((line) => line.startsWith('1. '));
  if (entry === undefined) throw new Error('expected a numbered entry');
  return entry.slice('1. '.length);
}

describe('exportMarkdown', () => {
  it('should write a publication list by year', () => {
    const papers = [
      makePaper({
        title: 'Calibrated retrieval?',
        authors: ['Lea Novak'],
        published: '2025-01-15',
        datePrecision: 'day',
      }),
      makePaper({
        title: 'Low-rank adapters at scale',
        authors: ['Omar Haddad', 'Ana Sousa'],
        authorsTruncated: true,
        published: '2024-01-01',
        datePrecision: 'year',
        arxivId: '2401.01234',
        arxivUrl: 'javascript:alert(1)',
        codeUrl: 'ftp://example.org/code',
      }),
      makePaper({ title: 'An undated preprint', authors: ['Wei Zhang'] }),
      makePaper({
        title: 'Sparse attention cuts cost by 8$\\%$',
        authors: ['Ana Sousa', 'Wei Zhang'],
        authorsTruncated: true,
        fullAuthors: ['Ana Sousa', 'Wei Zhang', 'Lea Novak'],
        published: '2025-06-03',
        datePrecision: 'day',
        venue: 'NeurIPS 2025',
        arxivId: '2506.01234',
        arxivVersion: 'v2',
        arxivUrl: 'https://arxiv.org/abs/2506.01234',
        codeUrl: 'https://github.com/example/sparse',
        doi: '10.1000/sparse.7',
      }),
      makePaper({
        title: 'Graph priors for protein design',
        authors: ['Wei Zhang', 'ÁNA SOUSA'],
        published: '2025-02-01',
        datePrecision: 'month',
      }),
    ];

    expect(exportMarkdown(papers, PROFILE)).toBe(
      [
        '# Ana Sousa — Publications',
        '',
        '## 2025',
        '',
        '1. **Ana Sousa**, Wei Zhang, Lea Novak. Sparse attention cuts cost by 8%. *NeurIPS 2025*. Jun 3, 2025. [arXiv](https://arxiv.org/abs/2506.01234) · [code](https://github.com/example/sparse) · [DOI](https://doi.org/10.1000/sparse.7)',
        '2. Wei Zhang, **ÁNA SOUSA**. Graph priors for protein design. Feb 2025.',
        '3. Lea Novak. Calibrated retrieval? Jan 15, 2025.',
        '',
        '## 2024',
        '',
        '4. Omar Haddad, **Ana Sousa**, et al. Low-rank adapters at scale. 2024.',
        '',
        '## Undated',
        '',
        '5. Wei Zhang. An undated preprint.',
        '',
      ].join('\n'),
    );
  });

  it('should say so when there are no papers', () => {
    expect(exportMarkdown([], { name: 'Lea Novak', reported: {} })).toBe('# Lea Novak — Publications\n\nNo papers.\n');
  });

  it('should keep source order within one date', () => {
    const papers = [
      makePaper({ title: 'First listed', published: '2024-03-01', datePrecision: 'month' }),
      makePaper({ title: 'Second listed', published: '2024-03-01', datePrecision: 'month' }),
    ];

    const entries = exportMarkdown(papers, PROFILE)
      .split('\n')
      .filter((line) => /^\d+\. /.test(line));

    expect(entries).toEqual([
      '1. Alex Moreau, Wei Zhang. First listed. Mar 2024.',
      '2. Alex Moreau, Wei Zhang. Second listed. Mar 2024.',
    ]);
  });

  it('should bold the owner ignoring accents and case', () => {
    expect(entryFor({ title: 'T', authors: ['José Müller', 'Wei Zhang'] }, { name: 'jose muller', reported: {} })).toBe(
      '**José Müller**, Wei Zhang. T.',
    );
  });
});

describe('exportMarkdown escaping', () => {
  it.each<[string, string]>([
    ['*Bold* and _italic_', '\\*Bold\\* and \\_italic\\_.'],
    ['[click](https://evil.example)', '\\[click\\](https\\://evil.example).'],
    ['![image](x.png)', '!\\[image\\](x.png).'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>.'],
    ['Use `code` here', 'Use \\`code\\` here.'],
    ['# Not a heading', '\\# Not a heading.'],
    ['a | b ~~c~~', 'a \\| b \\~\\~c\\~\\~.'],
    ['R&amp;D', 'R\\&amp;D.'],
    ['Mail me@example.org', 'Mail me\\@example.org.'],
    ['Visit www.example.org', 'Visit www\\.example.org.'],
    ['Back\\slash', 'Back\\\\slash.'],
    ['Line one\nline two\r\n- three', 'Line one line two - three.'],
    ['- Not a list', '\\- Not a list.'],
    ['+ Not a list', '\\+ Not a list.'],
    ['1. Not a list', '1\\. Not a list.'],
    ['2) Not a list', '2\\) Not a list.'],
  ])('should escape the title %j', (title, entry) => {
    expect(entryFor({ title })).toBe(entry);
  });

  it('should escape authors, venue and the profile name', () => {
    const markdown = exportMarkdown(
      [makePaper({ title: 'T', authors: ['_Ana_', 'Wei <b>Zhang</b>'], venue: 'Venue *2024*' })],
      { name: '# Ana [Sousa]', reported: {} },
    );

    expect(markdown).toBe(
      '# \\# Ana \\[Sousa\\] — Publications\n\n## Undated\n\n1. \\_Ana\\_, Wei \\<b\\>Zhang\\</b\\>. T. *Venue \\*2024\\**.\n',
    );
  });

  it('should link only http and https URLs', () => {
    expect(entryFor({ title: 'T', codeUrl: 'javascript:alert(1)', arxivUrl: 'data:text/html,x', arxivId: '2401.01234' })).toBe('T.');
    expect(entryFor({ title: 'T', codeUrl: 'http://example.org/code' })).toBe('T. [code](http://example.org/code)');
  });

  it('should derive the arXiv link from the id', () => {
    expect(entryFor({ title: 'T', arxivId: '2401.01234', arxivVersion: 'v3' })).toBe(
      'T. [arXiv](https://arxiv.org/abs/2401.01234)',
    );
  });

  it('should encode link destinations', () => {
    expect(entryFor({ title: 'T', codeUrl: 'https://example.org/a_(b) c<d>' })).toBe(
      'T. [code](https://example.org/a_%28b%29%20c%3Cd%3E)',
    );
    expect(entryFor({ title: 'T', doi: '10.1000/a(b)#c?d e' })).toBe(
      'T. [DOI](https://doi.org/10.1000/a%28b%29%23c%3Fd%20e)',
    );
  });
});

describe('exportMarkdown blank data', () => {
  it('should leave out a blank venue and blank names', () => {
    expect(entryFor({ title: 'T', venue: '  ', authors: ['Ana Sousa', ' ', 'Wei Zhang'] })).toBe(
      '**Ana Sousa**, Wei Zhang. T.',
    );
  });
});
