import { describe, expect, it } from 'vitest';

import {
  formatViewQuery,
  joinViewQuery,
  MAX_QUERY_LENGTH,
  parseViewQuery,
  splitViewQuery,
} from '../../../src/adapters/url/view-query';
import { createDefaultViewState, normalizePaperIds } from '../../../src/domain/query/view-state';

function viewWithSetAside(count: number) {
  const view = createDefaultViewState();
  view.filters.search = 'graph';
  view.setAside = normalizePaperIds(
    Array.from({ length: count }, (_unused, position) => `doi:10.1000/journal.${String(position).padStart(6, '0')}`),
  );
  return view;
}

describe('splitViewQuery', () => {
  it('keeps a short query whole', () => {
    const query = formatViewQuery(viewWithSetAside(3));

    expect(splitViewQuery(query)).toEqual({ query, fragment: '' });
  });

  it('moves a long set-aside list to the fragment', () => {
    const { query, fragment } = splitViewQuery(formatViewQuery(viewWithSetAside(400)));

    expect(query).toBe('q=graph');
    expect(fragment.startsWith('aside=')).toBe(true);
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('leaves a long query without a set-aside list whole', () => {
    const query = `q=${'a'.repeat(MAX_QUERY_LENGTH)}`;

    expect(splitViewQuery(query)).toEqual({ query, fragment: '' });
  });
});

describe('joinViewQuery', () => {
  it('restores the view a split wrote', () => {
    const view = viewWithSetAside(400);
    const { query, fragment } = splitViewQuery(formatViewQuery(view));

    expect(parseViewQuery(joinViewQuery(query, fragment))).toEqual(view);
  });

  it('keeps an id with a comma and a percent sign', () => {
    const view = createDefaultViewState();
    view.setAside = normalizePaperIds(['t:a,b%c', ...viewWithSetAside(300).setAside]);
    const { query, fragment } = splitViewQuery(formatViewQuery(view));

    expect(parseViewQuery(joinViewQuery(query, fragment)).setAside).toEqual(view.setAside);
  });

  it('ignores a fragment without a set-aside list', () => {
    expect(joinViewQuery('q=graph', 'section-2')).toBe('q=graph');
    expect(joinViewQuery('q=graph', '')).toBe('q=graph');
  });
});
