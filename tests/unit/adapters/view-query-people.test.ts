import { formatViewQuery, parseViewQuery } from '../../../src/adapters/url/view-query';
import { createDefaultViewState, type FilterState, type ViewState } from '../../../src/domain/query/view-state';

function viewWith(change: Partial<FilterState>, rest: Partial<ViewState> = {}): ViewState {
  const view = createDefaultViewState();
  return { ...view, ...rest, filters: { ...view.filters, ...change } };
}

function readPeopleFilters(query: string): Pick<FilterState, 'coauthor' | 'authorship'> {
  const { coauthor, authorship } = parseViewQuery(query).filters;
  return { coauthor, authorship };
}

describe('formatViewQuery people filters', () => {
  it('should write the co-author and the place', () => {
    const view = viewWith({ coauthor: 'odile marsh', authorship: 'last' });

    expect(formatViewQuery(view)).toBe('with=odile+marsh&role=last');
  });

  it('should leave out unset people filters', () => {
    const query = formatViewQuery(viewWith({ search: 'routing', coauthor: undefined, authorship: undefined }));

    expect(query).toBe('q=routing');
  });

  it('should write sort by position', () => {
    const view = viewWith({ authorship: 'first' }, { sort: { key: 'position', direction: 'desc' } });

    expect(formatViewQuery(view)).toBe('role=first&sort=position-desc');
  });
});

describe('parseViewQuery people filters', () => {
  it.each([
    viewWith({ coauthor: 'odile marsh', authorship: 'first' }),
    viewWith({ coauthor: 'ines varga', authorship: 'last' }, { sort: { key: 'position', direction: 'asc' } }),
    viewWith({ coauthor: 'zoe ruiz vega' }),
    viewWith({ authorship: 'last', search: 'planning' }),
  ])('should read back people filters %#', (view) => {
    const readBack = parseViewQuery(formatViewQuery(view));

    expect(readBack.filters).toEqual({ ...view.filters, yearFrom: undefined, yearTo: undefined });
    expect(readBack.sort).toEqual(view.sort);
  });

  it('should read back a co-author with reserved characters', () => {
    const coauthor = 'o’brien & sons + co?=#%';

    expect(readPeopleFilters(formatViewQuery(viewWith({ coauthor }))).coauthor).toBe(coauthor);
  });

  it('should read defaults without the parameters', () => {
    expect(readPeopleFilters('q=routing&sort=title-asc')).toEqual({ coauthor: undefined, authorship: undefined });
  });

  it.each(['middle', 'FIRST', 'first ', 'sole', 'first,last', ''])('should drop role=%j', (role) => {
    expect(readPeopleFilters(`role=${encodeURIComponent(role)}`).authorship).toBeUndefined();
  });

  it('should keep a valid role beside a bad co-author', () => {
    expect(readPeopleFilters('with=%07&role=last')).toEqual({ coauthor: undefined, authorship: 'last' });
  });

  it('should drop a 10,000-character co-author', () => {
    const query = `with=${'a'.repeat(10_000)}&role=first`;

    expect(readPeopleFilters(query)).toEqual({ coauthor: undefined, authorship: 'first' });
  });

  it('should accept a co-author up to 200 characters', () => {
    expect(readPeopleFilters(`with=${'a'.repeat(200)}`).coauthor).toBe('a'.repeat(200));
    expect(readPeopleFilters(`with=${'a'.repeat(201)}`).coauthor).toBeUndefined();
  });

  it.each([
    ['bell', 'odile%07marsh'],
    ['null', 'odile%00marsh'],
    ['new line', 'odile%0Amarsh'],
    ['tab', 'odile%09marsh'],
    ['delete', 'odile%7Fmarsh'],
    ['C1 control', 'odile%C2%85marsh'],
  ])('should drop a co-author with a %s character', (_name, encoded) => {
    expect(readPeopleFilters(`with=${encoded}`).coauthor).toBeUndefined();
  });

  it.each([
    ['with=', undefined],
    ['with=+++', undefined],
    ['with=%20odile%20marsh%20', 'odile marsh'],
    ['with=odile+marsh&with=tomas+brenner', 'odile marsh'],
  ])('should read %s as co-author %j', (query, coauthor) => {
    expect(readPeopleFilters(query).coauthor).toBe(coauthor);
  });
});
