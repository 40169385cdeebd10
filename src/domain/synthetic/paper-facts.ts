import type { CitationYear, DatePrecision } from '../model';
import { chance, createWeightedPicker, pickOne, randomInt, zipfWeights, type Random } from './random';

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2026;
/** The generated record ends here, so that no paper is dated after the capture date below. */
const LAST_MONTH_OF_LAST_YEAR = 11;
export const CAPTURED_ON = '2026-12-01';

/** The 40 arXiv computer-science classes Pubscope names, most frequent first. */
export const SYNTHETIC_CATEGORIES = ['LG', 'CV', 'CL', 'AI', 'stat.ML', 'RO', 'CR', 'IR', 'NE', 'SE', 'HC', 'DC',
  'SI', 'DS', 'IT', 'SY', 'MA', 'GR', 'DB', 'CY', 'NI', 'PL', 'LO', 'GT', 'SD', 'MM', 'CC', 'CG', 'DM', 'FL', 'NA',
  'AR', 'CE', 'ET', 'OS', 'PF', 'MS', 'SC', 'DL', 'GL'] as const;

/** Picks a category with Zipf-like frequencies: the first takes about a quarter of the papers, the last under 1%. */
export const pickCategory = createWeightedPicker(SYNTHETIC_CATEGORIES, zipfWeights(SYNTHETIC_CATEGORIES.length, 1));

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_unused, offset) => FIRST_YEAR + offset);
// Each year weighs 8% more than the one before, so that recent years hold most papers.
const pickYear = createWeightedPicker(YEARS, YEARS.map((year) => 1.08 ** (year - FIRST_YEAR)));

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export interface PublicationDate {
  published: string;
  datePrecision: DatePrecision;
  year: number;
  month: number;
}

/** Picks a date from 1990 to November 2026; 10% are known to the month and 10% only to the year. */
export function pickPublicationDate(random: Random): PublicationDate {
  const year = pickYear(random);
  const month = randomInt(random, 1, year === LAST_YEAR ? LAST_MONTH_OF_LAST_YEAR : 12);
  const lastDay = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  const roll = random();

  if (roll < 0.1) return { published: `${year}-01-01`, datePrecision: 'year', year, month };
  if (roll < 0.2) return { published: `${year}-${pad(month)}-01`, datePrecision: 'month', year, month };
  return { published: `${year}-${pad(month)}-${pad(randomInt(random, 1, lastDay))}`, datePrecision: 'day', year, month };
}

/** Picks a score on the 0–100 scale with one decimal, bell-shaped around 50 as the mean of three uniform draws. */
export function pickScore(random: Random): number {
  return Math.round(((random() + random() + random()) / 3) * 1000) / 10;
}

/** Picks a heavy-tailed citation count from 0 to about 4,900: the median paper has about 20. */
export function pickCitationCount(random: Random): number {
  return Math.floor(Math.exp(random() ** 1.5 * 8.5)) - 1;
}

/** Splits `total` citations over the years from `firstYear` to the last year, in random shares that add up to it. */
export function splitCitationsByYear(random: Random, total: number, firstYear: number): CitationYear[] {
  const years = Array.from({ length: LAST_YEAR - firstYear + 1 }, (_unused, offset) => firstYear + offset);
  const weights = years.map(() => random());
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const counts = weights.map((weight) => Math.floor((total * weight) / weightSum));
  const remainder = total - counts.reduce((sum, count) => sum + count, 0);
  counts[counts.length - 1] = (counts.at(-1) ?? 0) + remainder;

  return years.map((year, position) => ({ year, count: counts[position] ?? 0 }));
}

/**
 * Builds an arXiv identifier in the scheme of its time: `cs/9901001` before 2007, `0704.0001` until 2014 and
 * `1501.00001` since. `serial` makes it unique among papers of the same month.
 */
export function buildArxivId(year: number, month: number, serial: number): string {
  const yearMonth = `${pad(year % 100)}${pad(month)}`;
  if (year < 2007) return `cs/${yearMonth}${String(serial % 1000).padStart(3, '0')}`;
  if (year < 2015) return `${yearMonth}.${String(serial % 10000).padStart(4, '0')}`;
  return `${yearMonth}.${String(serial % 100000).padStart(5, '0')}`;
}

const CODE_HOSTS = ['https://github.com', 'https://gitlab.com', 'https://codeberg.org'];
const VENUES = ['NeurIPS', 'ICML', 'ICLR', 'ACL', 'EMNLP', 'CVPR', 'KDD', 'SIGIR', 'AAAI', 'IJCAI',
  'Journal of Machine Learning Research', 'Transactions on Graph Learning', 'Workshop on Reproducible Systems'];
const AFFILIATIONS = ['gatech', 'ethz', 'epfl', 'kaist', 'tsinghua', 'inria', 'ucl', 'mila', 'utokyo', 'iisc'];

export function buildCodeUrl(random: Random, serial: number): string {
  return `${pickOne(random, CODE_HOSTS)}/lab-${serial % 997}/project-${serial}`;
}

export function buildDoi(random: Random, serial: number): string {
  return `10.${randomInt(random, 1000, 99999)}/synthetic.${serial}`;
}

export function pickVenue(random: Random): string {
  return pickOne(random, VENUES);
}

/** No affiliation for most papers, one or two tags for a fifth of them. */
export function pickAffiliations(random: Random): string[] {
  if (!chance(random, 0.2)) return [];
  const first = pickOne(random, AFFILIATIONS);
  const second = pickOne(random, AFFILIATIONS);
  return chance(random, 0.5) || first === second ? [first] : [first, second];
}
