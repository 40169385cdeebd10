import { stripAccents } from '../text';

/** Letters that Unicode decomposition leaves as they are, written the way they are usually spelled in ASCII. */
const ASCII_SPELLINGS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Used when a profile name has no letter or digit that can be written in ASCII, such as a name in Chinese script. */
const FALLBACK_SLUG = 'papers';
const MAX_SLUG_LENGTH = 60;

/** Turns a profile name into lowercase ASCII words joined by hyphens: `José Ortega` → `jose-ortega`. */
export function slugifyProfileName(name: string): string {
  const ascii = stripAccents(name.toLowerCase()).replace(/[^ -~]/g, (letter) => ASCII_SPELLINGS[letter] ?? ' ');
  const slug = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');

  return slug === '' ? FALLBACK_SLUG : slug;
}

/** Formats a date as yyyy-mm-dd in the local time zone, the day on the person's calendar. */
export function formatLocalDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');

  return `${date.getFullYear()}-${month}-${day}`;
}

/** Names an export after the profile and the day: `changyu-chen-2026-12-04.csv`. */
export function buildExportFileName(profileName: string, extension: string, date: Date): string {
  return `${slugifyProfileName(profileName)}-${formatLocalDate(date)}.${extension}`;
}
