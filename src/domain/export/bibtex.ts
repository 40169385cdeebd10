import { findMathSegments } from '../importers/bibtex/placeholders';
import { CODE_FIELD, CODE_WITHOUT_URL } from '../importers/bibtex/pubscope-fields';
import type { Paper, Profile } from '../model';
import { stripAccents } from '../text';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Title words left out of citation keys, as Google Scholar does: `sousa2024deep`, not `sousa2024a`. */
const KEY_STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'towards', 'toward']);

/**
 * Writes papers as BibTeX that BibTeX and biblatex accept, and that `importBibtex` reads back to the same title,
 * authors, date, identifiers, venue, abstract, category and code link. Affiliations, scores and citation counts have
 * no BibTeX field and are not written. The entries have:
 *
 * - `@article` with the venue as `journal`, or `@misc` when no venue is known (arXiv-only papers among them);
 * - the key `<first author's last name><year><first title word>` in ASCII, with `-2`, `-3` … on repeats;
 * - `author` from `fullAuthors` when another source gave the complete list, else from `authors`, ending in
 *   `and others` when that list was cut short;
 * - `year`, `month` (a macro such as `jun`) and `day` to the precision the paper has;
 * - `eprint`, `archivePrefix = {arXiv}` and `primaryClass` (the category, written for any paper that has one);
 * - `url` from `arxivUrl`, and the code link in a custom `code` field (`code = {yes}` for code at no known address),
 *   which BibTeX styles leave out of formatted bibliographies.
 *
 * Text is written in UTF-8 with TeX specials escaped, `$…$` math as written, and title words with inner capitals
 * (`BERT`, `iPhone`) in braces so that styles which lower-case titles keep them.
 */
export function exportBibtex(papers: readonly Paper[], profile: Profile): string {
  const usedKeys = new Set<string>();
  const entries = papers.map((paper) => writeEntry(paper, uniqueKey(citationKey(paper), usedKeys)));
  const header = `% ${commentText(`Papers of ${profile.name}, exported from Pubscope`)}\n`;

  return [header, ...entries].join('\n');
}

function writeEntry(paper: Paper, key: string): string {
  const fields: [string, string][] = [];
  const add = (name: string, value: string | undefined) => {
    if (value !== undefined) fields.push([name, value]);
  };

  add('title', braced(escapeTitle(paper.title)));
  add('author', authorField(paper));
  add('journal', paper.venue === undefined ? undefined : braced(escapeText(paper.venue)));
  addDateFields(paper, add);
  add('doi', paper.doi === undefined ? undefined : braced(escapeVerbatim(paper.doi)));
  if (paper.arxivId !== undefined) {
    add('eprint', braced(escapeVerbatim(`${paper.arxivId}${paper.arxivVersion ?? ''}`)));
    add('archivePrefix', '{arXiv}');
  }
  add('primaryClass', paper.category === undefined ? undefined : braced(escapeText(paper.category)));
  add('url', paper.arxivUrl === undefined ? undefined : braced(escapeVerbatim(paper.arxivUrl)));
  add(CODE_FIELD, codeValue(paper));
  add('abstract', paper.abstract === undefined ? undefined : braced(escapeText(paper.abstract, { keepMath: true })));

  const type = paper.venue === undefined ? 'misc' : 'article';
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@${type}{${key},\n${body}\n}\n`;
}

function authorField(paper: Paper): string | undefined {
  const hasFullList = paper.fullAuthors !== undefined && paper.fullAuthors.length > 0;
  const names = (hasFullList ? (paper.fullAuthors ?? []) : paper.authors).map(collapseSpaces).filter((name) => name !== '');
  const cutShort = paper.authorsTruncated && !hasFullList;
  if (names.length === 0 && !cutShort) return undefined;

  return braced([...names.map(writeName), ...(cutShort ? ['others'] : [])].join(' and '));
}

/**
 * Braces a name whole where BibTeX would misread it. BibTeX splits `author` at ` and ` and reads commas as
 * "Last, First", and a name spelled `others` would mean "and others".
 */
function writeName(name: string): string {
  const escaped = escapeText(name);
  const needsBraces = /[,=]/.test(name) || /(^|\s)and(\s|$)/i.test(name) || name.toLowerCase() === 'others';

  return needsBraces ? `{${escaped}}` : escaped;
}

function addDateFields(paper: Paper, add: (name: string, value: string) => void): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(paper.published ?? '');
  if (!match) return;

  const [, year = '', month = '', day = ''] = match;
  const precision = paper.datePrecision ?? 'day';
  add('year', braced(year));
  if (precision === 'year') return;

  add('month', MONTH_MACROS[Number(month) - 1] ?? braced(month));
  if (precision === 'day') add('day', braced(String(Number(day))));
}

function codeValue(paper: Paper): string | undefined {
  if (paper.codeUrl !== undefined) return braced(escapeVerbatim(paper.codeUrl));

  return paper.hasCode ? braced(CODE_WITHOUT_URL) : undefined;
}

function braced(value: string): string {
  return `{${value}}`;
}

const TEXT_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};
const TEXT_SPECIAL = /[\\{}$%&#_^~]/g;
/** TeX turns `--`, `---`, ` `` ` and `''` into dashes and curly quotes; an empty group between the marks stops it. */
const LIGATURE_START = /([-`'])(?=\1)/g;

/**
 * Escapes text so that TeX, and the importer, read it back as it is. With `keepMath`, `$…$` spans that are safe in
 * TeX are written as they are, so that formulas stay formulas.
 */
export function escapeText(text: string, options: { keepMath?: boolean } = {}): string {
  return splitMath(collapseSpaces(text), options.keepMath ?? false)
    .map(({ isMath, text: part }) => (isMath ? part : escapePlain(part)))
    .join('');
}

function escapePlain(text: string): string {
  return text.replace(TEXT_SPECIAL, (character) => TEXT_ESCAPES[character] ?? character).replace(LIGATURE_START, '$1{}');
}

/** Escapes a title like `escapeText`, bracing words with a capital after their first letter: `{BERT}`, `{iPhone}`. */
function escapeTitle(title: string): string {
  return splitMath(collapseSpaces(title), true)
    .map(({ isMath, text }) => (isMath ? text : text.split(' ').map(protectWord).join(' ')))
    .join('');
}

function protectWord(word: string): string {
  const escaped = escapePlain(word);

  return /\p{L}.*\p{Lu}/u.test(word) ? `{${escaped}}` : escaped;
}

interface TextPart {
  isMath: boolean;
  text: string;
}

/** `%`, `#` and `&` inside math would end or break it in TeX, so such a span is escaped as text instead. */
const UNSAFE_IN_MATH = /[%#&]/;

function splitMath(text: string, keepMath: boolean): TextPart[] {
  if (!keepMath) return [{ isMath: false, text }];

  const parts: TextPart[] = [];
  let copiedUpTo = 0;
  for (const { start, end } of findMathSegments(text)) {
    const math = text.slice(start, end);
    if (UNSAFE_IN_MATH.test(math)) continue;

    parts.push({ isMath: false, text: text.slice(copiedUpTo, start) }, { isMath: true, text: math });
    copiedUpTo = end;
  }
  parts.push({ isMath: false, text: text.slice(copiedUpTo) });

  return parts.filter((part) => part.text !== '');
}

/**
 * Escapes a value of a field that BibTeX keeps as written (`doi`, `eprint`, `url`, `code`): braces must balance and a
 * `$` would start math, so those three are escaped, and the importer drops the backslashes again.
 *
 * NOTE: a backslash in such a value is written as it is; before one of `_%#&$~^{}` it reads back as an escape.
 * DOIs, arXiv ids and URLs do not contain backslashes.
 */
function escapeVerbatim(value: string): string {
  return collapseSpaces(value).replace(/[{}$]/g, '\\$&');
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Makes text safe for a `%` comment line: BibTeX starts an entry at any `@`, and a line break ends the comment. */
function commentText(text: string): string {
  return collapseSpaces(text).replace(/@/g, '(at)');
}

function citationKey(paper: Paper): string {
  const names = paper.fullAuthors !== undefined && paper.fullAuthors.length > 0 ? paper.fullAuthors : paper.authors;
  const lastName = asciiWord(lastNameOf(names[0] ?? ''));
  const year = paper.published?.slice(0, 4) ?? '';
  const titleWords = paper.title
    .split(/\s+/)
    .map(asciiWord)
    .filter((word) => word !== '');
  const titleWord = titleWords.find((word) => !KEY_STOP_WORDS.has(word)) ?? titleWords[0] ?? '';

  const key = `${lastName}${year}${titleWord}`;
  return key === '' ? 'paper' : key;
}

/** Authors are written "First Last", possibly with a suffix after a comma ("Martin King, Jr."). */
function lastNameOf(name: string): string {
  const beforeSuffix = name.split(',')[0] ?? '';
  const words = beforeSuffix.trim().split(/\s+/);

  return words[words.length - 1] ?? '';
}

function asciiWord(word: string): string {
  return stripAccents(word)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function uniqueKey(key: string, usedKeys: Set<string>): string {
  let unique = key;
  for (let copy = 2; usedKeys.has(unique); copy++) unique = `${key}-${copy}`;
  usedKeys.add(unique);

  return unique;
}
