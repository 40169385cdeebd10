import { formatCount } from '../format';
import { fail, ok, type ImportWarning, type Paper, type Result } from '../model';
import { paperIdFromArxiv, paperIdFromDoi, paperIdFromTitle } from '../paper-id';
import { validatePaper } from '../schema';
import { resolveCrossrefs } from './bibtex/crossref';
import { locateEntries, type LocatedEntry } from './bibtex/entry-locator';
import { readPaperDraft, type PaperDraft } from './bibtex/entry-reader';
import { LineIndex } from './bibtex/line-index';
import { parseEntries, type ParsedEntries, type ReadEntry } from './bibtex/parse-entries';
import {
  DEFAULT_IMPORT_LIMITS,
  type ImportLimits,
  type ImportResult,
  type Importer,
  type ImporterOptions,
  type ParsedImport,
  type SkippedRecord,
} from './import-outcome';

const BYTE_ORDER_MARK = '\uFEFF';
const DIRECTIVES = new Set(['string', 'comment', 'preamble']);

/**
 * Imports BibTeX or biblatex text, as Google Scholar, DBLP, arXiv, Zotero and hand-written files have it, with
 * @retorquere/bibtex-parser. `@string` macros, `#` concatenation, month macros, TeX accents and `crossref` are
 * resolved, and `$…$` math is kept as written. An entry that cannot be read, or has no title, is skipped with its key
 * and the reason, and the other entries are imported. The import fails when the text is empty, contains no entry,
 * is larger than the size limit or contains more papers than the paper limit, and when the importer itself throws.
 */
export const importBibtex: Importer = (text, options = {}) => {
  try {
    return importOrFail(text, options);
  } catch (error) {
    return fail(`The BibTeX file could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
};

function importOrFail(text: string, options: ImporterOptions): ImportResult {
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  const body = readBody(text, limits);
  if (!body.ok) return body;

  const located = locateEntries(body.value);
  if (!located.some(({ type }) => !DIRECTIVES.has(type))) {
    return fail('No BibTeX entry found: expected an entry such as @article{key, …}.');
  }

  const lines = new LineIndex(body.value);
  const parsed = parseEntries(body.value, located, {
    lines,
    maxEntryLength: limits.maxFieldLength,
    onProgress: (offset) => options.onProgress?.(offset / body.value.length),
  });
  const result = collectPapers(parsed, lines, limits);
  if (!result.ok) return result;

  options.onProgress?.(1);
  return result;
}

function readBody(text: string, limits: ImportLimits): Result<string> {
  if (utf8LengthExceeds(text, limits.maxInputBytes)) {
    const limit = formatByteSize(limits.maxInputBytes);
    return fail(`The file is larger than the ${limit} limit for one import. Split it into smaller files and import them one at a time.`);
  }

  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  if (body.trim() === '') return fail('The file is empty. Expected BibTeX entries such as @article{key, title = {…}}.');

  return ok(body);
}

interface PaperCollector {
  result: ParsedImport;
  lines: LineIndex;
  limits: ImportLimits;
  firstLocationById: Map<string, string>;
}

/** Turns the parser's outcomes into papers and skipped records, in input order. */
function collectPapers(parsed: ParsedEntries, lines: LineIndex, limits: ImportLimits): ImportResult {
  const warnings = parsed.warnings.map((message) => ({ message }));
  const result: ParsedImport = { format: 'bibtex', papers: [], skipped: [], warnings };
  const collector: PaperCollector = { result, lines, limits, firstLocationById: new Map() };

  const entries = parsed.outcomes.flatMap((outcome) => ('entry' in outcome ? [outcome.entry] : []));
  const crossrefs = resolveCrossrefs(entries);
  const resolvedByEntry = new Map(entries.map((entry, index) => [entry, crossrefs.entries[index] ?? entry]));

  for (const outcome of parsed.outcomes) {
    if ('failure' in outcome) {
      const location = describeLocation(outcome.located.key, outcome.located, lines);
      result.skipped.push({ location, reason: outcome.failure });
      continue;
    }

    const childKeys = crossrefs.childKeysByContainer.get(outcome.entry);
    if (childKeys !== undefined) {
      result.skipped.push(containerSkip(outcome.entry, childKeys, lines));
      continue;
    }
    if (!collectPaper(resolvedByEntry.get(outcome.entry) ?? outcome.entry, collector)) {
      return fail(`The file has more than ${formatCount(limits.maxPapers)} papers, the limit for one import. Split it into smaller files.`);
    }
  }

  result.warnings.push(...duplicateKeyWarnings(entries, lines));
  return ok(result);
}

/** Reads one entry into the result; returns false when the paper limit is reached. */
function collectPaper(entry: ReadEntry, collector: PaperCollector): boolean {
  const { result, lines, limits } = collector;
  const location = describeLocation(entry.key, entry.located, lines);
  const line = lines.positionOf(entry.located.start).line;

  const reading = readPaperDraft(entry, limits.maxFieldLength);
  if (!reading.ok) {
    result.skipped.push({ location, reason: reading.error });
    return true;
  }

  const { draft, remarks } = reading.value;
  const paper = validatePaper({ ...draft, id: paperIdFor(draft), sourceIndex: result.papers.length });
  if (!paper.ok) {
    result.skipped.push({ location, reason: paper.error });
    return true;
  }
  if (result.papers.length >= limits.maxPapers) return false;

  result.warnings.push(...remarks.map((remark) => ({ line, message: `${capitalize(location)}: ${remark}` })));
  result.papers.push(keepIdUnique(paper.value, location, line, collector));
  return true;
}

function paperIdFor(draft: PaperDraft): string {
  if (draft.arxivId) return paperIdFromArxiv(draft.arxivId);
  if (draft.doi) return paperIdFromDoi(draft.doi);

  const year = draft.published ? Number(draft.published.slice(0, 4)) : undefined;
  return paperIdFromTitle(draft.title, year);
}

/** Keeps papers that share an id apart by suffixing `-2`, `-3` … to the later copies, with a warning for each. */
function keepIdUnique(paper: Paper, location: string, line: number, collector: PaperCollector): Paper {
  const { firstLocationById, result } = collector;
  const firstLocation = firstLocationById.get(paper.id);
  if (firstLocation === undefined) {
    firstLocationById.set(paper.id, location);
    return paper;
  }

  let copy = 2;
  while (firstLocationById.has(`${paper.id}-${copy}`)) copy++;
  const id = `${paper.id}-${copy}`;
  firstLocationById.set(id, location);

  result.warnings.push({
    line,
    message: `The paper "${paper.title}" in ${location} appears again (first in ${firstLocation}). Both copies are kept.`,
  });
  return { ...paper, id };
}

/** Names an entry by its key, or by its line when it has none: "entry smith2020", "line 12". */
function describeLocation(key: string | undefined, located: LocatedEntry, lines: LineIndex): string {
  if (key !== undefined && key !== '') return `entry ${key}`;

  return `line ${lines.positionOf(located.start).line}`;
}

function containerSkip(entry: ReadEntry, childKeys: readonly string[], lines: LineIndex): SkippedRecord {
  const listedKeys = childKeys.slice(0, 3).join(', ');
  const more = childKeys.length > 3 ? ` and ${formatCount(childKeys.length - 3)} more` : '';
  const children = childKeys.length === 1 ? `entry ${listedKeys} refers` : `entries ${listedKeys}${more} refer`;

  return {
    location: describeLocation(entry.key, entry.located, lines),
    reason: `The @${entry.type} entry describes a volume, not a paper: ${children} to it through crossref and took its venue and date from it.`,
  };
}

function duplicateKeyWarnings(entries: readonly ReadEntry[], lines: LineIndex): ImportWarning[] {
  const linesByKey = new Map<string, number[]>();
  for (const entry of entries) {
    if (entry.key === '') continue;
    const line = lines.positionOf(entry.located.start).line;
    linesByKey.set(entry.key, [...(linesByKey.get(entry.key) ?? []), line]);
  }

  return [...linesByKey]
    .filter(([, keyLines]) => keyLines.length > 1)
    .map(([key, keyLines]) => ({
      line: keyLines[1],
      message: `The key ${key} is used by ${keyLines.length} entries (lines ${keyLines.join(', ')}). Each entry was read on its own.`,
    }));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** UTF-8 never takes fewer bytes than UTF-16 code units, so most inputs are judged without encoding them. */
function utf8LengthExceeds(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;

  return new TextEncoder().encode(text).length > maxBytes;
}

const BYTES_PER_MEGABYTE = 1024 * 1024;

function formatByteSize(bytes: number): string {
  if (bytes < BYTES_PER_MEGABYTE) return `${formatCount(bytes)}-byte`;
  return `${formatCount(Math.round(bytes / BYTES_PER_MEGABYTE))} MB`;
}
