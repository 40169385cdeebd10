import { formatPublicationDate } from '../format';
import type { Paper, Profile } from '../model';
import { cleanTexText, foldText, isHttpUrl } from '../text';

interface YearGroup {
  heading: string;
  papers: Paper[];
}

const UNDATED_HEADING = 'Undated';

/**
 * Characters that could start emphasis, code, links, images, raw HTML, entities, headings, tables, strikethrough or
 * an e-mail autolink. Each gets a backslash in data, so that it shows as itself.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~&@]/g;
/**
 * GitHub Flavored Markdown also links bare `www.` and `http://` text. A backslash before the `.` or `:` keeps the text
 * as it reads but splits it for the autolink scanners of cmark-gfm and markdown-it, which skip escaped characters.
 */
const BARE_LINK_STARTS = /\b(www)\.|:(?=\/\/)/gi;
/** Text at the start of a list item that Markdown would read as a nested list or a thematic break. */
const BLOCK_MARKER_AT_START = /^(?:([-+])|(\d+)([.)]))/;
/** Link destinations may hold parentheses only in balanced pairs, so they are percent-encoded instead. */
const DESTINATION_SPECIAL = /[()]/g;
/** Characters a DOI may contain that would end or change a URL path. */
const DOI_URL_SPECIAL = /[%"#?<>\s\\^`{|}()[\]]/g;

/**
 * Writes a publication list for a CV: a heading with the profile name, then one section per year, newest first, with
 * undated papers last. Papers are numbered through the whole list. Each entry gives the authors with the profile's
 * owner in bold, the title, venue and date, and http(s) links to arXiv, the code and the DOI. Data is escaped so
 * that it cannot add links, HTML or formatting.
 */
export function exportMarkdown(papers: readonly Paper[], profile: Profile): string {
  const lines = [`# ${escapeMarkdown(profile.name)} — Publications`, ''];
  let number = 1;

  if (papers.length === 0) lines.push('No papers.', '');

  for (const group of groupByYear(papers)) {
    lines.push(`## ${group.heading}`, '');
    for (const paper of group.papers) lines.push(`${number++}. ${paperEntry(paper, profile.name)}`);
    lines.push('');
  }

  return `${lines.join('\n').trimEnd()}\n`;
}

function groupByYear(papers: readonly Paper[]): YearGroup[] {
  const byHeading = new Map<string, Paper[]>();

  for (const paper of [...papers].sort(comparePapers)) {
    const heading = paper.published?.slice(0, 4) ?? UNDATED_HEADING;
    byHeading.set(heading, [...(byHeading.get(heading) ?? []), paper]);
  }

  return [...byHeading].map(([heading, groupPapers]) => ({ heading, papers: groupPapers }));
}

/** Orders papers newest first and undated last, keeping source order among papers of the same date. */
function comparePapers(left: Paper, right: Paper): number {
  if (left.published !== right.published) {
    if (left.published === undefined) return 1;
    if (right.published === undefined) return -1;
    return left.published < right.published ? 1 : -1;
  }
  return left.sourceIndex - right.sourceIndex;
}

function paperEntry(paper: Paper, ownerName: string): string {
  const venue = escapeMarkdown(paper.venue ?? '');
  const sentences = [
    authorList(paper, ownerName),
    escapeMarkdown(cleanTexText(paper.title)),
    venue === '' ? '' : `*${venue}*`,
    paper.published === undefined ? '' : formatPublicationDate(paper.published, paper.datePrecision),
  ].filter((sentence) => sentence !== '');
  const links = paperLinks(paper);

  const entry = [...sentences.map(endSentence), ...(links === '' ? [] : [links])].join(' ');
  return escapeBlockMarker(entry);
}

/** Lists the complete authors when another source supplied them, else the listed ones with "et al." when cut short. */
function authorList(paper: Paper, ownerName: string): string {
  const useFullList = paper.fullAuthors !== undefined && paper.fullAuthors.length > 0;
  const names = useFullList ? (paper.fullAuthors ?? []) : paper.authors;
  const ownerKey = foldText(ownerName);

  const written = names
    .filter((name) => name.trim() !== '')
    .map((name) => {
      const escaped = escapeMarkdown(name);
      return foldText(name) === ownerKey ? `**${escaped}**` : escaped;
    });
  if (!useFullList && paper.authorsTruncated) written.push('et al.');

  return written.join(', ');
}

function paperLinks(paper: Paper): string {
  const arxivUrl = paper.arxivUrl ?? (paper.arxivId && `https://arxiv.org/abs/${paper.arxivId}`);
  const doiUrl = paper.doi && `https://doi.org/${paper.doi.replace(DOI_URL_SPECIAL, percentEncode)}`;
  const links: [string, string | undefined][] = [
    ['arXiv', arxivUrl],
    ['code', paper.codeUrl],
    ['DOI', doiUrl],
  ];

  return links
    .filter((link): link is [string, string] => isHttpUrl(link[1]))
    .map(([label, url]) => `[${label}](${linkDestination(url)})`)
    .join(' · ');
}

function linkDestination(url: string): string {
  return new URL(url.trim()).href.replace(DESTINATION_SPECIAL, percentEncode);
}

/** Percent-encodes one character, including the `(` and `)` that `encodeURIComponent` leaves as they are. */
function percentEncode(character: string): string {
  const encoded = encodeURIComponent(character);
  if (encoded !== character) return encoded;

  return `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Collapses white space, so that data never starts a new Markdown line, and escapes the special characters. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MARKDOWN_SPECIAL, '\\$&')
    .replace(BARE_LINK_STARTS, (_match, www: string | undefined) => (www === undefined ? '\\:' : `${www}\\.`));
}

function escapeBlockMarker(entry: string): string {
  return entry.replace(BLOCK_MARKER_AT_START, (_match, sign: string | undefined, digits: string, end: string) =>
    sign === undefined ? `${digits}\\${end}` : `\\${sign}`,
  );
}
