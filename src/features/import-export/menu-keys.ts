/**
 * Returns the index of the menu item a key moves focus to, following the ARIA menu pattern: arrows move and wrap,
 * Home and End jump to the ends. Returns undefined for keys that do not move focus.
 */
export function findNextMenuIndex(key: string, current: number, itemCount: number): number | undefined {
  if (itemCount === 0) return undefined;

  switch (key) {
    case 'ArrowDown':
      return (current + 1) % itemCount;
    case 'ArrowUp':
      return (current - 1 + itemCount) % itemCount;
    case 'Home':
      return 0;
    case 'End':
      return itemCount - 1;
    default:
      return undefined;
  }
}
