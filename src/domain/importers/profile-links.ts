import { z } from 'zod';

import type { ImportWarning, Paper } from '../model';
import { paperIdFromArxiv, splitArxivVersion } from '../paper-id';

/** New-style (`2503.20783`) or old-style (`hep-th/9901001`) arXiv id, optionally with `arXiv:` and a version. */
const ARXIV_ID = /^(?:arxiv:)?(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i;

const profileLinkSchema = z.object({
  title: z.string().trim().min(1),
  arxivId: z.string().trim().regex(ARXIV_ID, 'Invalid arXiv id: expected one such as "2503.20783"'),
  codeUrl: z.httpUrl().nullable().optional(),
  authors: z.array(z.string().trim().min(1)),
});

const profileLinksSchema = z.array(profileLinkSchema);

/** A links-file record with the arXiv id, code link and full author list of the paper that has this title. */
export type ProfileLink = z.infer<typeof profileLinkSchema>;

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
  const parsedLinks = profileLinksSchema.safeParse(links);
  if (!parsedLinks.success) return { papers, warnings: invalidLinksWarnings(parsedLinks.error, links) };

  const paperIndexByLink = matchLinksToPapers(papers, parsedLinks.data);
  const mergedPapers = [...papers];
  const warnings: ImportWarning[] = [];
  const titleByArxivId = new Map<string, string>();

  parsedLinks.data.forEach((link, record) => {
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

function invalidLinksWarnings(error: z.ZodError, links: unknown): ImportWarning[] {
  if (!Array.isArray(links)) {
    return [{ message: 'The links file was not applied because it is not a list of records.' }];
  }

  const firstIssueByRecord = new Map<number, z.core.$ZodIssue>();
  for (const issue of error.issues) {
    const record = issue.path[0];
    if (typeof record === 'number' && !firstIssueByRecord.has(record)) firstIssueByRecord.set(record, issue);
  }

  return [...firstIssueByRecord].map(([record, issue]) => ({
    record,
    message: `The links file was not applied because ${describeInvalidPart(record, issue)}. ${issue.message}.`,
  }));
}

function describeInvalidPart(record: number, issue: z.core.$ZodIssue): string {
  const field = issue.path.slice(1).join('.');

  if (field === '') return `the record at index ${record} is invalid`;

  return `the record at index ${record} has an invalid "${field}"`;
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
