import { createDefaultViewState, SORT_KEYS, type ViewState } from '../../../../src/domain/query/view-state';
import { isDefaultViewState, parseViewState } from '../../../../src/domain/saved-data/view-state-schema';

const view: ViewState = {
  filters: { search: 'routing', categories: ['cs.LG'], yearFrom: 2020, yearTo: 2024, hasCode: true, scoredOnly: false },
  sort: { key: 'score', direction: 'desc' },
  selection: { year: 2023, category: 'cs.LG' },
  setAside: ['doi:10.1000/xyz', 't:1a2b3c4d'],
};

describe('parseViewState', () => {
  it('should accept a complete view', () => {
    expect(parseViewState(view)).toEqual({ ok: true, value: view });
  });

  it('should read a view without set-aside ids as setting none aside', () => {
    const { setAside: _setAside, ...olderView } = view;

    expect(parseViewState(olderView)).toEqual({ ok: true, value: { ...view, setAside: [] } });
  });

  it('should sort set-aside ids and drop repeats', () => {
    const parsed = parseViewState({ ...view, setAside: ['t:b', 'doi:10.1000/xyz', 't:b'] });

    expect(parsed).toEqual({ ok: true, value: { ...view, setAside: ['doi:10.1000/xyz', 't:b'] } });
  });

  it.each<[string, unknown, string]>([
    ['an empty id', [''], 'setAside.0'],
    ['a number', [42], 'setAside.0'],
    ['a string instead of a list', 't:b', 'setAside'],
  ])('should reject %s among set-aside ids', (_case, setAside, field) => {
    const parsed = parseViewState({ ...view, setAside });

    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toMatch(new RegExp(`^Invalid view at ${field}: `));
  });

  it('should name the field that is wrong', () => {
    const keys = SORT_KEYS.map((key) => `"${key}"`).join('|');

    expect(parseViewState({ ...view, sort: { key: 'shoe-size', direction: 'desc' } })).toEqual({
      ok: false,
      error: `Invalid view at sort.key: Invalid option: expected one of ${keys}.`,
    });
  });

  it('should reject something that is not a view', () => {
    expect(parseViewState('q=routing')).toEqual({
      ok: false,
      error: 'Invalid view at the view: Invalid input: expected object, received string.',
    });
  });
});

describe('isDefaultViewState', () => {
  it('should recognise the default view', () => {
    expect(isDefaultViewState(createDefaultViewState())).toBe(true);
  });

  it.each<[string, (draft: ViewState) => void]>([
    ['a search', (draft) => (draft.filters.search = 'x')],
    ['a category', (draft) => (draft.filters.categories = ['cs.LG'])],
    ['a start year', (draft) => (draft.filters.yearFrom = 2020)],
    ['an end year', (draft) => (draft.filters.yearTo = 2020)],
    ['the code filter', (draft) => (draft.filters.hasCode = true)],
    ['the scored filter', (draft) => (draft.filters.scoredOnly = true)],
    ['another sort key', (draft) => (draft.sort.key = 'title')],
    ['another direction', (draft) => (draft.sort.direction = 'asc')],
    ['a selected year', (draft) => (draft.selection.year = 2021)],
    ['a selected category', (draft) => (draft.selection.category = 'cs.CL')],
    ['a set-aside paper', (draft) => (draft.setAside = ['t:1a2b3c4d'])],
  ])('should see %s as a change', (_change, applyChange) => {
    const changed = createDefaultViewState();
    applyChange(changed);

    expect(isDefaultViewState(changed)).toBe(false);
  });
});
