import {
  FieldMode,
  parse,
  type Creator,
  type Entry,
  type Library,
  type Options,
  type ParseError,
} from '@retorquere/bibtex-parser';

import { formatCount } from '../../format';
import type { LocatedEntry } from './entry-locator';
import { stripMarkup } from './field-text';
import { LineIndex } from './line-index';
import { describeParserRemark, describeStructureError, describeTexError, readParserPosition } from './parser-messages';
import { PlaceholderTable, type MaskedText } from './placeholders';
import { CODE_FIELD } from './pubscope-fields';

/** A field value as the parser returns it: text, a list (keywords, publisher) or a list of names. */
export type FieldValue = string | string[] | Creator[];

/** An entry the parser read, with the hidden characters put back. */
export interface ReadEntry {
  type: string;
  key: string;
  /** Field names in lower case. */
  fields: Record<string, FieldValue>;
  located: LocatedEntry;
}

export type EntryOutcome = { located: LocatedEntry; entry: ReadEntry } | { located: LocatedEntry; failure: string };

export interface ParsedEntries {
  /** One outcome per located entry that is not a directive (`@string`, `@comment`, `@preamble`), in input order. */
  outcomes: EntryOutcome[];
  /** Remarks about entries that were read, such as unknown TeX commands, without repeats. */
  warnings: string[];
}

export interface ParseEntriesOptions {
  lines: LineIndex;
  /** Entries longer than this many characters are not given to the parser. */
  maxEntryLength: number;
  /** Called after each batch with the offset in the input read so far. */
  onProgress?: (offset: number) => void;
}

const BASE_OPTIONS: Options = {
  // The parser's default rewrites English titles in sentence case; Pubscope shows titles as written.
  sentenceCase: false,
  // Crossref is resolved after all batches are read, because a parent may be in another batch than its children.
  applyCrossRef: false,
  // The code link is a URL like `url`, whose `%` must not start a TeX comment.
  verbatimFields: [...FieldMode.verbatim, CODE_FIELD],
};

/** The parser's error handling slows down with the size of its input, so it gets a batch of entries at a time. */
const BATCH_MAX_ENTRIES = 50;
const BATCH_MAX_CHARACTERS = 64 * 1024;

const DIRECTIVES = new Set(['string', 'comment', 'preamble']);

/**
 * Runs @retorquere/bibtex-parser over the located entries. `@string` definitions are read first and apply to every
 * entry; `@comment` and `@preamble` are passed over.
 *
 * NOTE: commands that a `@preamble` defines with `\newcommand` are not applied; such a command is kept as written
 * and reported as a warning.
 */
export function parseEntries(input: string, located: readonly LocatedEntry[], options: ParseEntriesOptions): ParsedEntries {
  const placeholders = new PlaceholderTable(input);
  const remarks = new Set<string>();
  const context: BatchContext = { input, lines: options.lines, placeholders, remarks, parserOptions: BASE_OPTIONS };

  const strings = readStringDefinitions(
    located.filter((entry) => entry.type === 'string'),
    context,
  );
  const entryContext = { ...context, parserOptions: { ...BASE_OPTIONS, strings } };

  const outcomes: EntryOutcome[] = [];
  const parsable: LocatedEntry[] = [];
  for (const entry of located.filter(({ type }) => !DIRECTIVES.has(type))) {
    const failure = earlyFailure(entry, options.maxEntryLength, context);
    if (failure === undefined) parsable.push(entry);
    else outcomes.push({ located: entry, failure });
  }

  for (const batch of batchesOf(parsable)) {
    outcomes.push(...readBatch(batch, entryContext));
    options.onProgress?.((batch[batch.length - 1] as LocatedEntry).end);
  }

  outcomes.sort((left, right) => left.located.start - right.located.start);
  return { outcomes, warnings: [...remarks] };
}

interface BatchContext {
  input: string;
  lines: LineIndex;
  placeholders: PlaceholderTable;
  remarks: Set<string>;
  parserOptions: Options;
}

/**
 * Reads `@string` definitions with their values as written (the parser's `raw` option), so that their TeX is read
 * once, as part of each entry that uses them. A later definition of a name replaces an earlier one.
 */
function readStringDefinitions(definitions: readonly LocatedEntry[], context: BatchContext): Record<string, string> {
  const strings: Record<string, string> = {};

  for (const batch of batchesOf(definitions)) {
    // Math is not masked, because math placeholders belong to one entry and a string's value goes into many.
    const masked = maskBatch(batch, context, { keepMath: false });
    try {
      const library = parse(masked.text, { ...context.parserOptions, raw: true });
      Object.assign(strings, library.strings);
      noteStringErrors(library.errors, masked, context);
    } catch (error) {
      context.remarks.add(`The @string definitions could not be read: ${describeThrown(error)}`);
    }
  }

  return strings;
}

function noteStringErrors(errors: readonly ParseError[], masked: MaskedBatch, context: BatchContext): void {
  for (const { error, input = '' } of errors) {
    const definition = masked.entries.find((entry) => entry.masked.text.trim() === input.trim());
    if (definition === undefined) {
      context.remarks.add(describeParserRemark(context.placeholders.restoreCharacters(error)));
      continue;
    }

    const { line } = context.lines.positionOf(definition.located.start);
    const reason = describeFailure(error, definition, masked, context);
    context.remarks.add(`The @string definition on line ${line} could not be read, so the names it defines are undefined. ${reason}`);
  }
}

function earlyFailure(entry: LocatedEntry, maxEntryLength: number, context: BatchContext): string | undefined {
  const length = entry.end - entry.start;
  if (length > maxEntryLength) {
    return `The entry is ${formatCount(length)} characters long, over the limit of ${formatCount(maxEntryLength)} for one field, so it was not read.`;
  }
  if (entry.closed) return undefined;

  const { line, column } = context.lines.positionOf(entry.start);
  const nextEntryLine = context.lines.positionOf(entry.end).line;
  const until = entry.end < context.input.length ? `before the next entry on line ${nextEntryLine}` : 'before the end of the input';
  return `Line ${line}, column ${column}: the entry's opening brace has no matching closing brace ${until}.`;
}

function* batchesOf(entries: readonly LocatedEntry[]): Generator<LocatedEntry[]> {
  let batch: LocatedEntry[] = [];
  let characters = 0;

  for (const entry of entries) {
    const length = entry.end - entry.start;
    if (batch.length > 0 && (batch.length >= BATCH_MAX_ENTRIES || characters + length > BATCH_MAX_CHARACTERS)) {
      yield batch;
      batch = [];
      characters = 0;
    }
    batch.push(entry);
    characters += length;
  }

  if (batch.length > 0) yield batch;
}

interface BatchEntry {
  located: LocatedEntry;
  masked: MaskedText;
  /** Offset of the entry in the text given to the parser. */
  batchStart: number;
}

/** Entries joined into the text given to the parser in one call. */
interface MaskedBatch {
  entries: BatchEntry[];
  text: string;
  /** Line index of `text`, built on the first error that needs it. */
  lines: () => LineIndex;
}

function maskBatch(batch: readonly LocatedEntry[], context: BatchContext, options: { keepMath: boolean }): MaskedBatch {
  const entries: BatchEntry[] = [];
  let batchLength = 0;
  for (const located of batch) {
    const masked = context.placeholders.mask(context.input.slice(located.start, located.end), options);
    entries.push({ located, masked, batchStart: batchLength });
    batchLength += masked.text.length + 1;
  }

  const text = entries.map((entry) => entry.masked.text).join('\n');
  let lines: LineIndex | undefined;
  return { entries, text, lines: () => (lines ??= new LineIndex(text)) };
}

function readBatch(batch: readonly LocatedEntry[], context: BatchContext): EntryOutcome[] {
  const masked = maskBatch(batch, context, { keepMath: true });

  try {
    return matchEntries(masked, parse(masked.text, context.parserOptions), context);
  } catch (error) {
    // The parser throws only on errors it does not expect; read the entries one by one to find the entry at fault.
    if (batch.length === 1) return [{ located: batch[0] as LocatedEntry, failure: describeThrown(error) }];
    return batch.flatMap((located) => readBatch([located], context));
  }
}

function describeThrown(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);

  return `The BibTeX parser failed on the entry: ${message.split('\n', 1)[0]}`;
}

/**
 * Pairs the parser's entries with the batch's entries. Every batch entry starts with a type and a brace that the
 * parser accepts, so the parser starts one entry for each. One that fails while its fields are split stays in the
 * list with an empty `input`, and one that fails while its TeX is read is left out.
 */
function matchEntries(masked: MaskedBatch, library: Library, context: BatchContext): EntryOutcome[] {
  const errorByInput = new Map<string, string>();
  for (const { error, input = '' } of library.errors) {
    if (input.trim() !== '' && !errorByInput.has(input.trim())) errorByInput.set(input.trim(), error);
  }

  const usedErrors = new Set<string>();
  const outcomes: EntryOutcome[] = [];
  let parsedIndex = 0;
  for (const batchEntry of masked.entries) {
    const parsed = library.entries[parsedIndex];
    const text = batchEntry.masked.text.trim();
    const isRead = parsed !== undefined && parsed.input !== '' && text.startsWith(parsed.input);
    if (parsed !== undefined && (isRead || parsed.input === '')) parsedIndex++;

    if (isRead) {
      outcomes.push({ located: batchEntry.located, entry: restoreEntry(parsed, batchEntry) });
      continue;
    }

    const error = errorByInput.get(text);
    if (error !== undefined) usedErrors.add(text);
    outcomes.push({ located: batchEntry.located, failure: describeFailure(error, batchEntry, masked, context) });
  }

  for (const { error, input = '' } of library.errors) {
    if (usedErrors.has(input.trim())) continue;
    context.remarks.add(describeParserRemark(context.placeholders.restoreCharacters(error)));
  }

  return outcomes;
}

/** Rewords the parser's error for one entry, with the position moved from the batch text to the input. */
function describeFailure(
  error: string | undefined,
  batchEntry: BatchEntry,
  masked: MaskedBatch,
  context: BatchContext,
): string {
  if (error === undefined) return 'The BibTeX parser could not read the entry.';

  const restored = batchEntry.masked.restore(error);
  const batchPosition = readParserPosition(error);
  if (batchPosition === undefined) return describeTexError(restored);

  const batchOffset = masked.lines().offsetOf(batchPosition);
  const entryOffset = batchEntry.masked.originalOffset(batchOffset - batchEntry.batchStart);
  const position = context.lines.positionOf(batchEntry.located.start + entryOffset);
  return describeStructureError(restored, position);
}

/** Removes the parser's markup from every value and then puts the hidden characters back. */
function restoreEntry(entry: Entry, { masked, located }: BatchEntry): ReadEntry {
  const restore = (text: string) => masked.restore(stripMarkup(text));
  const fields: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(entry.fields)) {
    fields[name] = restoreValue(value as FieldValue, restore);
  }

  return { type: entry.type.toLowerCase(), key: masked.restore(entry.key), fields, located };
}

function restoreValue(value: FieldValue, restore: (text: string) => string): FieldValue {
  if (typeof value === 'string') return restore(value);

  return (value as (string | Creator)[]).map((item) => {
    if (typeof item === 'string') return restore(item);
    return Object.fromEntries(
      Object.entries(item).map(([part, text]) => [part, typeof text === 'string' ? restore(text) : text]),
    ) as Creator;
  }) as FieldValue;
}
