import { formatCount } from '../../domain/format';

export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

const ordinalRules = new Intl.PluralRules('en-US', { type: 'ordinal' });
const ORDINAL_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** Formats a rank the way people write it: 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function formatOrdinal(rank: number): string {
  return `${formatCount(rank)}${ORDINAL_SUFFIXES[ordinalRules.select(rank)] ?? 'th'}`;
}

/** Names how many of the loaded papers have something, such as "Papers with a score: 2 of 5 loaded." */
export function describeShareOfLoaded(papersWith: string, count: number, paperCount: number): string {
  return `Papers with ${papersWith}: ${formatCount(count)} of ${formatCount(paperCount)} loaded.`;
}
