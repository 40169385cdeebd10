import { formatViewQuery, parseViewQuery } from '../../../src/adapters/url/view-query';
import { createDefaultViewState, type ViewState } from '../../../src/domain/query/view-state';

function viewWith(change: Partial<ViewState['filters']>, rest: Partial<ViewState> = {}): ViewState {
  const view = createDefaultViewState();
  return { ...view, ...rest, filters: { ...view.filters, ...change } };
}

describe('formatViewQuery', () => {
  it('should write nothing for the default view', () => {
    expect(formatViewQuery(createDefaultViewState())).toBe('');
  });

  it('should write every set value', () => {
    const view = viewWith(
      { search: 'policy distillation', categories: ['LG', 'stat.ML'], yearFrom: 2023, yearTo: 2025, hasCode: true, scoredOnly: true },
      { sort: { key: 'score', direction: 'asc' }, selection: { year: 2024, category: 'CL' } },
    );

    expect(formatViewQuery(view)).toBe(
      'q=policy+distillation&cat=LG%2Cstat.ML&from=2023&to=2025&code=1&scored=1&sort=score-asc&year=2024&slice=CL',
    );
  });
});

describe('parseViewQuery', () => {
  it('should read back what formatViewQuery wrote', () => {
    const view = viewWith(
      { search: 'José & co', categories: ['CL'], yearFrom: 2022, hasCode: true },
      { sort: { key: 'title', direction: 'desc' }, selection: { category: 'LG' } },
    );

    expect(parseViewQuery(formatViewQuery(view))).toEqual({
      ...view,
      filters: { ...view.filters, yearTo: undefined },
      selection: { year: undefined, category: 'LG' },
    });
  });

  it.each([
    ['sort=score', { key: 'date', direction: 'desc' }],
    ['sort=height-asc', { key: 'date', direction: 'desc' }],
    ['sort=title-sideways', { key: 'date', direction: 'desc' }],
    ['sort=source-asc', { key: 'source', direction: 'asc' }],
  ])('should read %s as sort %j', (query, sort) => {
    expect(parseViewQuery(query).sort).toEqual(sort);
  });

  it('should ignore malformed years and unknown parameters', () => {
    const view = parseViewQuery('from=20x4&to=99999&year=abc&utm_source=mail&code=yes&scored=2');

    expect(view.filters.yearFrom).toBeUndefined();
    expect(view.filters.yearTo).toBeUndefined();
    expect(view.selection.year).toBeUndefined();
    expect(view.filters.hasCode).toBe(false);
    expect(view.filters.scoredOnly).toBe(false);
  });

  it('should swap a reversed year range', () => {
    const view = parseViewQuery('from=2025&to=2022');

    expect(view.filters.yearFrom).toBe(2022);
    expect(view.filters.yearTo).toBe(2025);
  });

  it('should drop empty and repeated categories', () => {
    expect(parseViewQuery('cat=LG,,CL,LG,').filters.categories).toEqual(['LG', 'CL']);
  });

  it('should survive a broken percent escape', () => {
    expect(parseViewQuery('q=%E0%A4%A&cat=%').filters.search).toBe('\uFFFD%A');
  });
});

describe('parseViewQuery hostile values', () => {
  it('should drop categories that cannot be codes', () => {
    const view = parseViewQuery('cat=%00%FF,LG,<img src=x>,cs.CL,q-bio.NC&slice=<img src=x onerror=alert(1)>');

    expect(view.filters.categories).toEqual(['LG', 'cs.CL', 'q-bio.NC']);
    expect(view.selection.category).toBeUndefined();
  });

  it('should cap the number of categories', () => {
    const codes = Array.from({ length: 5000 }, (_unused, position) => `C${position}`).join(',');

    expect(parseViewQuery(`cat=${codes}`).filters.categories).toHaveLength(200);
  });

  it('should cap the search length', () => {
    expect(parseViewQuery(`q=${'a'.repeat(100_000)}`).filters.search).toHaveLength(500);
  });
});

describe('set-aside papers in the query', () => {
  const ids = ['arxiv:2503.20783', 'doi:10.1000/xyz', 't:1a2b3c4d'];

  it('should write the ids as one parameter', () => {
    const view = { ...createDefaultViewState(), setAside: ids };

    expect(formatViewQuery(view)).toBe('aside=arxiv%3A2503.20783%2Cdoi%3A10.1000%2Fxyz%2Ct%3A1a2b3c4d');
  });

  it('should read back the written ids', () => {
    const view = { ...createDefaultViewState(), setAside: ids };

    expect(parseViewQuery(formatViewQuery(view))).toEqual(view);
  });

  it('should keep ids with commas, percent signs and spaces', () => {
    const oddIds = ['doi:10.1000/a,b', 'doi:10.1000/50%25', 'json:two words & more', 't:ünïcode'];
    const view = { ...createDefaultViewState(), setAside: [...oddIds].sort() };

    expect(parseViewQuery(formatViewQuery(view)).setAside).toEqual(view.setAside);
  });

  it('should read a hand-written list sorted and without repeats', () => {
    expect(parseViewQuery('aside=t:b,arxiv:2503.20783,t:b').setAside).toEqual(['arxiv:2503.20783', 't:b']);
  });

  it.each([
    ['empty ids', 'aside=,t:b,,', ['t:b']],
    ['a broken escape', 'aside=t%25E0%25A4%25A,t:b', ['t:b']],
    ['an over-long id', `aside=t:${'x'.repeat(400)},t:b`, ['t:b']],
    ['an empty value', 'aside=', []],
  ])('should drop %s', (_case, query, expected) => {
    expect(parseViewQuery(query).setAside).toEqual(expected);
  });

  it('should cap the number of ids', () => {
    const list = Array.from({ length: 50_000 }, (_unused, position) => `t:${position}`).join(',');

    expect(parseViewQuery(`aside=${list}`).setAside).toHaveLength(2000);
  });
});
