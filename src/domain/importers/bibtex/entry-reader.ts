import type { Creator } from '@retorquere/bibtex-parser';

import { formatCount } from '../../format';
import type { Paper, Result } from '../../model';
import { readEntryDate } from './entry-date';
import { readEntryIdentifiers, type TextFields } from './entry-identifiers';
import { cleanFieldText, cleanVerbatimText } from './field-text';
import type { FieldValue, ReadEntry } from './parse-entries';
import { CODE_FIELD, CODE_WITHOUT_URL } from './pubscope-fields';

/** A paper as one entry describes it, before it gets its id and its position among the kept papers. */
export type PaperDraft = Omit<Paper, 'id' | 'sourceIndex'>;

export interface DraftReading {
  draft: PaperDraft;
  /** Remarks about fields that were left out, without the entry's name. */
  remarks: string[];
}

const VERBATIM_FIELDS = new Set(['url', 'doi', 'eprint', CODE_FIELD]);
/** The fields the importer reads. A value longer than the import's field limit skips the entry. */
const READ_FIELDS = [
  'title',
  'abstract',
  'journal',
  'journaltitle',
  'booktitle',
  'volume',
  'note',
  'howpublished',
  'date',
  'year',
  'month',
  'day',
  'eprint',
  'archiveprefix',
  'eprinttype',
  'primaryclass',
  'eprintclass',
  'arxivid',
  'url',
  'doi',
  CODE_FIELD,
];

/** Reads the paper an entry describes, or the reason it cannot be read. Fields outside `READ_FIELDS`, such as `keywords`, are ignored. */
export function readPaperDraft(entry: ReadEntry, maxFieldLength: number): Result<DraftReading> {
  const fields = readTextFields(entry.fields);
  const authorList = readAuthors(entry.fields.author);
  const tooLong = findTooLongField(fields, authorList.authors, maxFieldLength);
  if (tooLong !== undefined) return { ok: false, error: tooLong };

  const title = fields.title;
  if (title === undefined || title === '') return { ok: false, error: 'The entry has no title; every paper needs one.' };

  const date = readEntryDate(fields);
  if (!date.ok) return date;
  const identifiers = readEntryIdentifiers(fields);
  if (!identifiers.ok) return identifiers;

  const code = fields[CODE_FIELD];
  const draft: PaperDraft = {
    title,
    ...authorList,
    affiliations: [],
    hasCode: code !== undefined,
    ...date.value.date,
    ...identifiers.value,
  };
  setIfDefined(draft, 'codeUrl', code !== undefined && code.toLowerCase() !== CODE_WITHOUT_URL ? code : undefined);
  setIfDefined(draft, 'category', fields.primaryclass ?? fields.eprintclass);
  setIfDefined(draft, 'venue', fields.journal ?? fields.journaltitle ?? fields.booktitle);
  setIfDefined(draft, 'abstract', fields.abstract);

  const remarks = duplicateFieldRemarks(entry.fields);
  if (date.value.warning !== undefined) remarks.push(date.value.warning);
  return { ok: true, value: { draft, remarks } };
}

function readTextFields(fields: Readonly<Record<string, FieldValue>>): TextFields {
  const text: Record<string, string> = {};

  for (const name of READ_FIELDS) {
    const value = fields[name];
    if (typeof value !== 'string') continue;

    const cleaned = VERBATIM_FIELDS.has(name) ? cleanVerbatimText(value) : cleanFieldText(value);
    if (cleaned !== '') text[name] = cleaned;
  }
  return text;
}

/** Reads the author names. `and others` ends a list that the source cut short, which BibTeX styles print as "et al.". */
function readAuthors(value: FieldValue | undefined): Pick<Paper, 'authors' | 'authorsTruncated'> {
  const creators = Array.isArray(value) ? value.filter((creator): creator is Creator => typeof creator === 'object') : [];
  const authors: string[] = [];
  let authorsTruncated = false;

  for (const creator of creators) {
    if (isOthers(creator)) {
      authorsTruncated = true;
      continue;
    }
    const name = creatorName(creator);
    if (name !== '') authors.push(name);
  }
  return { authors, authorsTruncated };
}

function isOthers(creator: Creator): boolean {
  const { lastName, firstName, prefix, suffix } = creator;

  return lastName === 'others' && firstName === undefined && prefix === undefined && suffix === undefined;
}

/** Joins a name's parts in reading order, "First von Last, Jr.", as the other sources give authors. */
function creatorName(creator: Creator): string {
  if (creator.name !== undefined) return cleanFieldText(creator.name);

  const name = [creator.firstName, creator.prefix, creator.lastName].filter((part) => part !== undefined).join(' ');
  const withSuffix = creator.suffix === undefined ? name : `${name}, ${creator.suffix}`;
  return cleanFieldText(withSuffix);
}

function findTooLongField(fields: TextFields, authors: readonly string[], maxFieldLength: number): string | undefined {
  const values: [string, string][] = [
    ...Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ...authors.map((author): [string, string] => ['author', author]),
  ];
  const tooLong = values.find(([, value]) => value.length > maxFieldLength);
  if (tooLong === undefined) return undefined;

  const [name, value] = tooLong;
  return `Field ${name}: the value is ${formatCount(value.length)} characters long, over the limit of ${formatCount(maxFieldLength)}.`;
}

/** Lists fields given twice, which the parser keeps as `title+duplicate-1`. Like BibTeX, Pubscope uses the first value. */
function duplicateFieldRemarks(fields: Readonly<Record<string, FieldValue>>): string[] {
  const repeated = new Set(
    Object.keys(fields)
      .map((name) => /^(.*)\+duplicate-\d+$/.exec(name)?.[1])
      .filter((name): name is string => name !== undefined),
  );

  return [...repeated].map((name) => `the field ${name} appears more than once, so its first value was used.`);
}

function setIfDefined<K extends keyof PaperDraft>(draft: PaperDraft, key: K, value: PaperDraft[K] | undefined): void {
  if (value !== undefined) draft[key] = value;
}
