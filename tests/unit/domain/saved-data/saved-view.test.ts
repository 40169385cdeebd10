import { createDefaultViewState, type ViewState } from '../../../../src/domain/query/view-state';
import { createSavedViewRecord, readSavedView } from '../../../../src/domain/saved-data/saved-view';

const view: ViewState = {
  filters: { search: 'routing', categories: ['cs.LG'], yearFrom: 2020, hasCode: true, scoredOnly: false },
  sort: { key: 'citations', direction: 'desc' },
  selection: { category: 'cs.LG' },
  setAside: ['arxiv:2503.20783', 't:1a2b3c4d'],
};

describe('readSavedView', () => {
  it('should read back a created record', () => {
    expect(readSavedView(createSavedViewRecord(view))).toEqual({ ok: true, value: view });
  });

  it('should write the set-aside ids', () => {
    expect(createSavedViewRecord(createDefaultViewState()).view.setAside).toEqual([]);
    expect(createSavedViewRecord(view).view.setAside).toEqual(['arxiv:2503.20783', 't:1a2b3c4d']);
  });

  it('should read a view saved before set-aside papers', () => {
    const { setAside: _setAside, ...olderView } = view;

    expect(readSavedView({ schemaVersion: 1, view: olderView })).toEqual({ ok: true, value: { ...view, setAside: [] } });
  });

  it('should read the default view', () => {
    expect(readSavedView({ schemaVersion: 1, view: createDefaultViewState() })).toEqual({
      ok: true,
      value: createDefaultViewState(),
    });
  });

  it.each<[string, unknown, string]>([
    ['a string', 'q=routing', 'The view record is not an object.'],
    ['a list', [view], 'The view record is not an object.'],
    ['a bare view', view, "The view record's schemaVersion (undefined) is not a whole number."],
    ['a fractional schema version', { schemaVersion: 1.5, view }, "The view record's schemaVersion (1.5) is not a whole number."],
    [
      'a newer schema version',
      { schemaVersion: 3, view },
      'The view was written by a newer Pubscope (schema version 3); this version reads up to 1.',
    ],
    ['schema version 0', { schemaVersion: 0, view }, 'The view record has an unknown schema version 0.'],
    [
      'a damaged view',
      { schemaVersion: 1, view: { ...view, sort: { key: 'date', direction: 'up' } } },
      'Invalid view at sort.direction: Invalid option: expected one of "asc"|"desc".',
    ],
    [
      'a missing view',
      { schemaVersion: 1 },
      'Invalid view at the view: Invalid input: expected object, received undefined.',
    ],
  ])('should reject %s', (_case, value, reason) => {
    expect(readSavedView(value)).toEqual({ ok: false, error: reason });
  });
});
