import type { ImportWarning, Paper } from '../model';
import { paperIdFromArxiv, splitArxivVersion } from '../paper-id';
import { isHttpUrl } from '../text';

/** New-style (`2503.20783`) or old-style (`hep-th/9901001`) arXiv id, optionally with `arXiv:` and a version. */
const ARXIV_ID = /^(?:arxiv:)?(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i;

/** A links-file record with the arXiv id, code link and full author list of the paper that has this title. */
export interface ProfileLink {
  title: string;
  arxivId: string;
  codeUrl?: string | null;
  authors: string[];
}

/** A problem in one record: the dotted path of the field inside it ('' for the record itself) and what is wrong. */
interface LinkProblem {
  field: string;
  message: string;
}

type LinkReading = { ok: true; link: ProfileLink } | { ok: false; problem: LinkProblem };

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

/** Reads a text field, trimmed. Returns the problem instead when it is not text or is empty. */
function readText(value: unknown, field: string): { text: string } | { problem: LinkProblem } {
  if (typeof value !== 'string') return { problem: { field, message: `Expected text, got ${describeType(value)}` } };
  const text = value.trim();
  if (text === '') return { problem: { field, message: 'Expected text, got an empty one' } };
  return { text };
}

/** Checks one links-file record by hand, without a schema library, so that the default page loads less code. */
function readLink(value: unknown): LinkReading {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: { field: '', message: `Expected a record, got ${describeType(value)}` } };
  }
  const record = value as Record<string, unknown>;

  const title = readText(record.title, 'title');
  if ('problem' in title) return { ok: false, problem: title.problem };

  const arxivId = readText(record.arxivId, 'arxivId');
  if ('problem' in arxivId) return { ok: false, problem: arxivId.problem };
  if (!ARXIV_ID.test(arxivId.text)) {
    return { ok: false, problem: { field: 'arxivId', message: 'Invalid arXiv id: expected one such as "2503.20783"' } };
  }

  const { codeUrl } = record;
  if (codeUrl !== undefined && codeUrl !== null && (typeof codeUrl !== 'string' || !isHttpUrl(codeUrl))) {
    return { ok: false, problem: { field: 'codeUrl', message: 'Invalid URL' } };
  }

  if (!Array.isArray(record.authors)) {
    return { ok: false, problem: { field: 'authors', message: `Expected a list, got ${describeType(record.authors)}` } };
  }
  const authors: string[] = [];
  for (const [position, author] of (record.authors as unknown[]).entries()) {
    const name = readText(author, `authors.${position}`);
    if ('problem' in name) return { ok: false, problem: name.problem };
    authors.push(name.text);
  }

  const link: ProfileLink = { title: title.text, arxivId: arxivId.text, authors };
  if (typeof codeUrl === 'string') link.codeUrl = codeUrl.trim();
  else if (codeUrl === null) link.codeUrl = null;
  return { ok: true, link };
}

/** Reads every record of a links file, or lists the first problem of each invalid record. */
function readLinks(links: unknown): { ok: true; links: ProfileLink[] } | { ok: false; warnings: ImportWarning[] } {
  if (!Array.isArray(links)) {
    return { ok: false, warnings: [{ message: 'The links file was not applied because it is not a list of records.' }] };
  }

  const read: ProfileLink[] = [];
  const warnings: ImportWarning[] = [];
  (links as unknown[]).forEach((value, record) => {
    const reading = readLink(value);
    if (reading.ok) read.push(reading.link);
    else warnings.push(invalidLinkWarning(record, reading.problem));
  });
  return warnings.length > 0 ? { ok: false, warnings } : { ok: true, links: read };
}

export interface ProfileLinksMerge {
  papers: Paper[];
  warnings: ImportWarning[];
}

/**
 * Adds arXiv ids, arXiv links, full author lists and code links from a links file to the papers with the same title.
 *
 * A title matches exactly first, then ignoring case, accents, whitespace and punctuation. A matched paper gets a new
 * object with the `arxiv:` id. The code mark only ever turns on, so a paper the profile marked `Code` keeps it.
 * A links file of the wrong shape changes nothing and returns a warning per invalid record, with `record` set to the
 * record's index in the array from 0.
 */
export function mergeProfileLinks(papers: Paper[], links: unknown): ProfileLinksMerge {
  const parsedLinks = readLinks(links);
  if (!parsedLinks.ok) return { papers, warnings: parsedLinks.warnings };

  const paperIndexByLink = matchLinksToPapers(papers, parsedLinks.links);
  const mergedPapers = [...papers];
  const warnings: ImportWarning[] = [];
  const titleByArxivId = new Map<string, string>();

  parsedLinks.links.forEach((link, record) => {
    const paperIndex = paperIndexByLink[record];
    if (paperIndex === undefined) {
      warnings.push(unmatchedLinkWarning(link, record));
      return;
    }

    const paper = papers[paperIndex]!;
    const arxivId = splitArxivVersion(link.arxivId).id;
    const earlierTitle = titleByArxivId.get(arxivId);
    if (earlierTitle !== undefined) {
      warnings.push(repeatedArxivIdWarning(arxivId, earlierTitle, paper.title, record));
      return;
    }

    titleByArxivId.set(arxivId, paper.title);
    mergedPapers[paperIndex] = applyLink(paper, link);
  });

  return { papers: mergedPapers, warnings };
}

/** Pairs each link with an unclaimed paper. Exact title matches are claimed for all links before normalized ones. */
function matchLinksToPapers(papers: Paper[], links: ProfileLink[]): (number | undefined)[] {
  const paperIndexByLink: (number | undefined)[] = links.map(() => undefined);
  const claimedPapers = new Set<number>();

  for (const titleKey of [(title: string) => title, normalizeTitleForMatching]) {
    const paperKeys = papers.map((paper) => titleKey(paper.title));

    links.forEach((link, linkIndex) => {
      if (paperIndexByLink[linkIndex] !== undefined) return;

      const linkKey = titleKey(link.title);
      const paperIndex = paperKeys.findIndex((key, index) => key === linkKey && !claimedPapers.has(index));
      if (paperIndex === -1) return;

      claimedPapers.add(paperIndex);
      paperIndexByLink[linkIndex] = paperIndex;
    });
  }

  return paperIndexByLink;
}

function normalizeTitleForMatching(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function applyLink(paper: Paper, link: ProfileLink): Paper {
  const { id: arxivId, version } = splitArxivVersion(link.arxivId);

  return {
    ...paper,
    id: paperIdFromArxiv(arxivId),
    arxivId,
    ...(version !== undefined && { arxivVersion: version }),
    arxivUrl: `https://arxiv.org/abs/${arxivId}`,
    ...(link.authors.length > 0 && { fullAuthors: [...link.authors] }),
    ...(link.codeUrl && { codeUrl: link.codeUrl, hasCode: true }),
  };
}

function invalidLinkWarning(record: number, problem: LinkProblem): ImportWarning {
  const part =
    problem.field === ''
      ? `the record at index ${record} is invalid`
      : `the record at index ${record} has an invalid "${problem.field}"`;
  return { record, message: `The links file was not applied because ${part}. ${problem.message}.` };
}

function unmatchedLinkWarning(link: ProfileLink, record: number): ImportWarning {
  return {
    record,
    message:
      `No paper has the title "${link.title}" from the links file (record at index ${record}), ` +
      'so its arXiv id and code link were not applied.',
  };
}

function repeatedArxivIdWarning(arxivId: string, earlierTitle: string, title: string, record: number): ImportWarning {
  return {
    record,
    message:
      `The links file gives the arXiv id ${arxivId} to both "${earlierTitle}" and "${title}" ` +
      `(record at index ${record}). Only "${earlierTitle}" got it.`,
  };
}
