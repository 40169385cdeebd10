import { findNextMenuIndex } from '../../../../src/features/import-export/menu-keys';

describe('findNextMenuIndex', () => {
  it.each([
    ['ArrowDown', 0, 1],
    ['ArrowDown', 3, 0],
    ['ArrowUp', 0, 3],
    ['ArrowUp', 2, 1],
    ['Home', 2, 0],
    ['End', 1, 3],
  ])('should move %s from %i to %i among four', (key, current, next) => {
    expect(findNextMenuIndex(key, current, 4)).toBe(next);
  });

  it('should ignore other keys and empty menus', () => {
    expect(findNextMenuIndex('a', 1, 4)).toBeUndefined();
    expect(findNextMenuIndex('ArrowDown', 0, 0)).toBeUndefined();
  });
});
