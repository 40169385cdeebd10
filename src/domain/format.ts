import type { DatePrecision } from './model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formats an ISO date the way people read it, to the precision the source gave: "Jun 3, 2026", "Jun 2026", "2026". */
export function formatPublicationDate(published: string | undefined, precision: DatePrecision = 'day'): string {
  if (!published) return 'Date unknown';

  const [year, month, day] = published.split('-');
  const monthName = MONTHS[Number(month) - 1];
  if (precision === 'year' || !monthName) return year ?? published;
  if (precision === 'month') return `${monthName} ${year}`;
  return `${monthName} ${Number(day)}, ${year}`;
}

const integerFormat = new Intl.NumberFormat('en-US');

export function formatCount(value: number): string {
  return integerFormat.format(value);
}
