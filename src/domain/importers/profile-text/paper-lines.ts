import type { Paper } from '../../model';
import { paperIdFromTitle } from '../../paper-id';
import { classifyMetaLine, type PaperMeta } from './meta-line';
import type { ParseContext, SourceLine } from './parse-context';
import { expectedError, quote } from './profile-text-error';

/** Maximum words in one author's name. An authors line with a longer part is taken to be an abstract. */
const MAX_WORDS_PER_AUTHOR = 8;

const EXPECTED_META_LINE = 'a paper\'s category and date (such as "LGMar 26, 2025")';
const EXAMPLE_AUTHORS = '"Alex Moreau, Wei Zhang et al."';

const AFFILIATION_SEPARATOR = /\s+\u00B7\s*|\s*\u00B7\s+/;
const ET_AL_SUFFIX = /,?\s*\bet al\.?$/;

export interface ParsedPaper {
  paper: Paper;
  titleLine: number;
}

interface AuthorsLine {
  authors: string[];
  authorsTruncated: boolean;
  affiliations: string[];
}

export function parsePapers(context: ParseContext, firstPaperIndex: number): ParsedPaper[] {
  const papers: ParsedPaper[] = [];
  let index = firstPaperIndex;

  while (index < context.lines.length) {
    const { paper, nextIndex } = parsePaper(context, index, papers.length);
    papers.push(paper);
    index = nextIndex;
  }

  return papers;
}

/** Reads the paper whose category-and-date line is at `index`. `nextIndex` is the index after the paper's last line. */
function parsePaper(
  context: ParseContext,
  index: number,
  sourceIndex: number,
): { paper: ParsedPaper; nextIndex: number } {
  const meta = readMetaLine(context, index);
  const titleLine = readTitleLine(context, index + 1);
  const authorsLine = readAuthorsLine(context, index + 2);
  const abstractLine = findAbstractLine(context, index + 3);

  const paper = buildPaper(meta, titleLine.text, parseAuthorsLine(authorsLine.text), abstractLine?.text, sourceIndex);
  const nextIndex = index + (abstractLine ? 4 : 3);

  return { paper: { paper, titleLine: titleLine.number }, nextIndex };
}

function readMetaLine({ lines, capturedOn }: ParseContext, index: number): PaperMeta {
  const line = lines[index]!;
  const metaLine = classifyMetaLine(line.text, capturedOn);

  if (metaLine.kind === 'malformed') {
    throw expectedError(line.number, EXPECTED_META_LINE, quote(line.text), metaLine.reason);
  }

  if (metaLine.kind === 'other') throw expectedError(line.number, EXPECTED_META_LINE, quote(line.text));

  return metaLine.meta;
}

function readTitleLine({ lines, capturedOn }: ParseContext, index: number): SourceLine {
  const metaLine = lines[index - 1]!;
  const titleLine = lines[index];

  if (!titleLine) {
    throw expectedError(metaLine.number, `a title after ${quote(metaLine.text)}`, 'the end of the text');
  }

  // NOTE: a title that is itself a valid category-and-date line is read as a missing title.
  if (classifyMetaLine(titleLine.text, capturedOn).kind === 'meta') {
    throw expectedError(
      titleLine.number,
      `the title of the paper on line ${metaLine.number}`,
      `another category and date line, ${quote(titleLine.text)}`,
    );
  }

  return titleLine;
}

function readAuthorsLine({ lines, capturedOn }: ParseContext, index: number): SourceLine {
  const titleLine = lines[index - 1]!;
  const authorsLine = lines[index];
  const expected = `the authors of ${quote(titleLine.text)}, such as ${EXAMPLE_AUTHORS}`;

  if (!authorsLine) throw expectedError(titleLine.number, expected, 'the end of the text');

  if (classifyMetaLine(authorsLine.text, capturedOn).kind !== 'other') {
    throw expectedError(authorsLine.number, expected, `a category and date line, ${quote(authorsLine.text)}`);
  }

  if (!looksLikeAuthorsLine(authorsLine.text)) {
    throw expectedError(authorsLine.number, expected, quote(authorsLine.text));
  }

  return authorsLine;
}

function looksLikeAuthorsLine(text: string): boolean {
  const { authors } = parseAuthorsLine(text);

  return authors.length > 0 && authors.every((author) => author.split(' ').length <= MAX_WORDS_PER_AUTHOR);
}

/**
 * Returns the abstract line at `index`, or undefined when the paper has none and the line starts the next paper.
 * A valid category-and-date line is still read as an abstract when another one follows it, because a paper's own
 * category-and-date line is always followed by a title.
 */
function findAbstractLine({ lines, capturedOn }: ParseContext, index: number): SourceLine | undefined {
  const candidate = lines[index];
  if (!candidate) return undefined;

  const candidateClass = classifyMetaLine(candidate.text, capturedOn);
  if (candidateClass.kind === 'other') return candidate;

  if (candidateClass.kind === 'malformed') {
    throw expectedError(candidate.number, EXPECTED_META_LINE, quote(candidate.text), candidateClass.reason);
  }

  const following = lines[index + 1];
  const followedByMetaLine = following !== undefined && classifyMetaLine(following.text, capturedOn).kind === 'meta';

  return followedByMetaLine ? candidate : undefined;
}

/** Splits `A, B, C et al. · aff1, aff2` into authors, the et-al. flag and affiliations. */
function parseAuthorsLine(text: string): AuthorsLine {
  const [authorsText = '', ...affiliationTexts] = text.split(AFFILIATION_SEPARATOR);
  const authorsTruncated = ET_AL_SUFFIX.test(authorsText);

  const authors = splitList(authorsText.replace(ET_AL_SUFFIX, ''));
  const affiliations = affiliationTexts.flatMap(splitList);

  return { authors, authorsTruncated, affiliations };
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function buildPaper(
  meta: PaperMeta,
  title: string,
  authorsLine: AuthorsLine,
  abstract: string | undefined,
  sourceIndex: number,
): Paper {
  const year = Number(meta.published.iso.slice(0, 4));

  return {
    id: paperIdFromTitle(title, year),
    title,
    authors: authorsLine.authors,
    authorsTruncated: authorsLine.authorsTruncated,
    affiliations: authorsLine.affiliations,
    category: meta.category,
    published: meta.published.iso,
    datePrecision: meta.published.precision,
    ...(meta.score !== undefined && { score: meta.score }),
    hasCode: meta.hasCode,
    ...(abstract !== undefined && { abstract }),
    sourceIndex,
  };
}
