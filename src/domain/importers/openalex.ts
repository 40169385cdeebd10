import { formatCount } from '../format';
import { fail, ok, type ImportWarning, type Result } from '../model';
import type { ImportResult, Importer, ImporterOptions } from './import-outcome';
import { describeJsonSyntaxError } from './openalex/json-syntax-error';
import { asObject, describeJsonType, type JsonObject } from './openalex/json-values';
import { checkInputSize, checkRecordCount, collectPapers, resolveLimits } from './openalex/record-pipeline';
import { describeNonWork, readWork } from './openalex/work-reader';

/** The works found in a response, and how many works matched the query in all when the response is one page. */
interface LocatedWorks {
  works: readonly unknown[];
  matchingCount?: number;
}

const EXPECTED_SHAPE =
  'Expected OpenAlex works: a /works API response with a "results" array, an array of works, or one work object';

/** Keys of which any one marks a lone JSON object as an OpenAlex work. */
const WORK_KEYS = ['title', 'display_name', 'authorships', 'publication_year', 'publication_date', 'abstract_inverted_index'];

/**
 * Reads OpenAlex works: a page of `/works` results as the API returns it (`{ "meta": …, "results": [work, …] }`),
 * a bare array of works, or a single work as `/works/W…` returns it. A record that is not a work object, has no
 * title or has an invalid date or count is skipped with its 1-based record number.
 */
export const importOpenAlex: Importer = (text, options = {}) => {
  try {
    return importOrFail(text, options);
  } catch (error) {
    console.error('[import] The OpenAlex importer failed unexpectedly.', error);
    return fail(`Reading the OpenAlex input failed unexpectedly (${String(error)}). This is a bug in Pubscope.`);
  }
};

function importOrFail(text: string, options: ImporterOptions): ImportResult {
  const limits = resolveLimits(options);
  const sizeProblem = checkInputSize(text, limits);
  if (sizeProblem) return fail(sizeProblem);

  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') return fail(`The input is empty. ${EXPECTED_SHAPE}.`);

  const parsed = parseJson(json);
  if (!parsed.ok) return parsed;

  const located = locateWorks(parsed.value);
  if (!located.ok) return located;
  const { works, matchingCount } = located.value;

  const countProblem = checkRecordCount(works.length, 'record', limits);
  if (countProblem) return fail(countProblem);
  const nonWorkProblem = checkAnyWork(works);
  if (nonWorkProblem) return fail(nonWorkProblem);

  const { papers, skipped, warnings } = collectPapers(works, 'record', readWork, options);
  return ok({
    format: 'openalex',
    papers,
    skipped,
    warnings: [...responseWarnings(works.length, matchingCount), ...warnings],
  });
}

function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return fail(describeJsonSyntaxError(text, error.message));
  }
}

function locateWorks(value: unknown): Result<LocatedWorks> {
  if (Array.isArray(value)) return ok({ works: value });

  const response = asObject(value);
  if (!response) return fail(`${EXPECTED_SHAPE}, but the JSON is ${describeJsonType(value)}.`);

  if ('results' in response) return locatePagedWorks(response);
  if (WORK_KEYS.some((key) => key in response)) return ok({ works: [response] });

  // OpenAlex reports a bad request as `{ "error": …, "message": … }` with no results.
  if (typeof response.error === 'string') {
    const detail = typeof response.message === 'string' ? ` ${response.message}` : '';
    return fail(`OpenAlex returned an error instead of works. ${response.error}${detail}`);
  }

  const keys = Object.keys(response);
  if (keys.length === 0) return fail(`${EXPECTED_SHAPE}, but the JSON is an empty object.`);
  return fail(`${EXPECTED_SHAPE}, but the JSON is an object with the keys ${listKeys(keys)}.`);
}

function locatePagedWorks(response: JsonObject): Result<LocatedWorks> {
  const { results } = response;
  if (!Array.isArray(results)) {
    return fail(`${EXPECTED_SHAPE}, but "results" is ${describeJsonType(results)}, not an array.`);
  }

  const count = asObject(response.meta)?.count;
  return ok({ works: results, matchingCount: Number.isSafeInteger(count) ? (count as number) : undefined });
}

/** Fails a whole input none of whose records is a work, such as `[1, 2]` or a list of authors: not the format at all. */
function checkAnyWork(works: readonly unknown[]): string | undefined {
  if (works.length === 0) return undefined;

  const firstProblem = describeNonWork(works[0]);
  if (!firstProblem || works.some((work) => describeNonWork(work) === undefined)) return undefined;

  return `Record 1: ${firstProblem}, and no other record is a work either. ${EXPECTED_SHAPE}.`;
}

function responseWarnings(workCount: number, matchingCount: number | undefined): ImportWarning[] {
  if (workCount === 0) return [{ message: 'The input contains no works, so there are no papers to import.' }];

  if (matchingCount !== undefined && matchingCount > workCount) {
    return [
      {
        message: `This response is one page: it contains ${formatCount(workCount)} of the ${formatCount(matchingCount)} works that match the query. Fetch the other pages (with the "page" or "cursor" parameter) and import them too.`,
      },
    ];
  }

  return [];
}

function listKeys(keys: readonly string[]): string {
  const quotedKeys = keys.slice(0, 5).map((key) => JSON.stringify(key));
  return keys.length > 5 ? `${quotedKeys.join(', ')} and ${keys.length - 5} more` : quotedKeys.join(', ');
}
