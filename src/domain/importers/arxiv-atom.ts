import { formatCount } from '../format';
import { fail, ok, type ImportWarning, type Result } from '../model';
import { ATOM_NAMESPACE, OPENSEARCH_NAMESPACE, childElements, childText, isElement } from './arxiv-atom/feed-elements';
import { readEntry } from './arxiv-atom/entry-reader';
import { MAX_ELEMENT_DEPTH, findExcessiveNesting } from './arxiv-atom/nesting-depth';
import { describeXmlParseError, findParserError } from './arxiv-atom/xml-parse-error';
import type { ImportResult, Importer, ImporterOptions } from './import-outcome';
import { lineAndColumn } from './openalex/json-syntax-error';
import { checkInputSize, checkRecordCount, collectPapers, resolveLimits } from './openalex/record-pipeline';

const EXPECTED_SHAPE = 'Expected an arXiv API Atom feed: XML with a <feed> root element holding <entry> elements';

/** The arXiv API reports a bad query as a feed whose only entry has an id under this address. */
const ARXIV_ERROR_ENTRY_ID = /^https?:\/\/arxiv\.org\/api\/errors/i;

/**
 * Reads an arXiv API Atom feed (`/api/query` responses) into papers, one per `<entry>`. An entry without an arXiv id
 * or title, or with an invalid date, is skipped with its 1-based entry number.
 *
 * NOTE: This importer parses with the browser's DOMParser, which Web Workers do not have, so it must run on the main
 * thread. Where DOMParser is missing, it returns a failure that names the cause.
 */
export const importArxivAtom: Importer = (text, options = {}) => {
  try {
    return importOrFail(text, options);
  } catch (error) {
    console.error('[import] The arXiv Atom importer failed unexpectedly.', error);
    return fail(`Reading the arXiv Atom feed failed unexpectedly (${String(error)}). This is a bug in Pubscope.`);
  }
};

function importOrFail(text: string, options: ImporterOptions): ImportResult {
  const limits = resolveLimits(options);
  const sizeProblem = checkInputSize(text, limits);
  if (sizeProblem) return fail(sizeProblem);
  if (text.trim() === '') return fail(`The input is empty. ${EXPECTED_SHAPE}.`);

  const feed = parseFeed(text);
  if (!feed.ok) return feed;

  const entries = childElements(feed.value, ATOM_NAMESPACE, 'entry');
  const apiError = readApiError(entries);
  if (apiError) return fail(apiError);

  const countProblem = checkRecordCount(entries.length, 'entry', limits);
  if (countProblem) return fail(countProblem);

  const { papers, skipped, warnings } = collectPapers(entries, 'entry', readEntry, options);
  return ok({
    format: 'arxiv-atom',
    papers,
    skipped,
    warnings: [...feedWarnings(feed.value, entries.length), ...warnings],
  });
}

function parseFeed(text: string): Result<Element> {
  const Parser = globalThis.DOMParser;
  if (typeof Parser !== 'function') {
    return fail(
      'This environment has no DOMParser (Web Workers have none), so the arXiv Atom feed cannot be read here. Import it on the page instead.',
    );
  }

  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== undefined) {
    const { line, column } = lineAndColumn(text, tooDeep);
    return fail(
      `Line ${line}, column ${column}: elements nest more than ${MAX_ELEMENT_DEPTH} levels deep, but an arXiv feed needs only four. ${EXPECTED_SHAPE}.`,
    );
  }

  const document = new Parser().parseFromString(text, 'application/xml');
  const parserError = findParserError(document);
  if (parserError) return fail(describeXmlParseError(parserError));

  const root = document.documentElement;
  if (!isElement(root, ATOM_NAMESPACE, 'feed')) {
    return fail(`${EXPECTED_SHAPE}, but the root element is <${root.tagName}>.`);
  }

  return ok(root);
}

function readApiError(entries: readonly Element[]): string | undefined {
  const [onlyEntry] = entries;
  if (entries.length !== 1 || !onlyEntry) return undefined;

  const id = childText(onlyEntry, ATOM_NAMESPACE, 'id');
  if (!id || !ARXIV_ERROR_ENTRY_ID.test(id)) return undefined;

  const summary = childText(onlyEntry, ATOM_NAMESPACE, 'summary') ?? id;
  return `The arXiv API returned an error instead of papers: ${summary}. Check the query and fetch the feed again.`;
}

function feedWarnings(feed: Element, entryCount: number): ImportWarning[] {
  if (entryCount === 0) return [{ message: 'The feed contains no entries, so there are no papers to import.' }];

  const totalResults = Number(childText(feed, OPENSEARCH_NAMESPACE, 'totalResults'));
  if (Number.isSafeInteger(totalResults) && totalResults > entryCount) {
    return [
      {
        message: `This feed is one page: it contains ${formatCount(entryCount)} of the ${formatCount(totalResults)} entries that match the query. Fetch the other pages (with the "start" and "max_results" parameters) and import them too.`,
      },
    ];
  }

  return [];
}
