import { fail, ok, type CitationYear, type DatePrecision, type Result } from '../../model';
import { formatIsoDate, parseIsoDate } from '../profile-text/calendar-date';
import { arxivAbstractUrl } from '../arxiv-atom/identifiers';
import { rebuildAbstract } from './abstract';
import { asArray, asObject, asText, describeJsonType, type JsonObject } from './json-values';
import type { PaperDraft } from './record-pipeline';
import { readArxivReference, readDoi } from './work-ids';

const OPENALEX_ID = /^https:\/\/openalex\.org\/([A-Z])\d+$/i;

/** OpenAlex entity types other than works, by the first letter of their ids. Work ids start with `W`. */
const ENTITY_BY_ID_LETTER: Record<string, string> = {
  A: 'author',
  C: 'concept',
  F: 'funder',
  I: 'institution',
  P: 'publisher',
  S: 'source',
  T: 'topic',
};

/** Inline HTML markup in a title, such as `<i>Drosophila</i>`, which is removed so that the title reads as plain text. */
const TITLE_MARKUP = /<\/?(?:i|b|em|strong|sub|sup|scp|u)\b[^<>]*>/gi;

/** Concept levels broad enough for a category: 0 is a discipline such as "Computer science", and 1 a field in it. */
const BROAD_CONCEPT_LEVELS = new Set([0, 1]);

/** Explains why a record is not a work (another type, or another OpenAlex entity), or returns undefined for a work. */
export function describeNonWork(record: unknown): string | undefined {
  const work = asObject(record);
  if (!work) return `the record is ${describeJsonType(record)}, not a work object`;

  const idLetter = typeof work.id === 'string' ? OPENALEX_ID.exec(work.id)?.[1]?.toUpperCase() : undefined;
  const entity = idLetter ? ENTITY_BY_ID_LETTER[idLetter] : undefined;
  if (entity) return `the record is an OpenAlex ${entity} (${String(work.id)}), not a work`;

  return undefined;
}

/** Reads one OpenAlex work into a paper draft, or explains why the record cannot be one. */
export function readWork(record: unknown): Result<PaperDraft> {
  const nonWork = describeNonWork(record);
  if (nonWork) return fail(nonWork);
  const work = record as JsonObject;

  const title = readTitle(work);
  if (!title) return fail('no title: "title" and "display_name" are both missing or empty');

  const date = readPublicationDate(work);
  if (!date.ok) return date;
  const citations = readCitations(work);
  if (!citations.ok) return citations;
  const citationsByYear = readCitationsByYear(work);
  if (!citationsByYear.ok) return citationsByYear;

  const doi = readDoi(work);
  const arxiv = readArxivReference(work, doi);

  return ok({
    title,
    authors: readAuthors(work),
    authorsTruncated: work.is_authors_truncated === true,
    affiliations: readInstitutions(work),
    category: readCategory(work),
    ...date.value,
    hasCode: false,
    arxivId: arxiv?.id,
    arxivVersion: arxiv?.version,
    arxivUrl: arxiv ? arxivAbstractUrl(arxiv.id) : undefined,
    doi,
    venue: asText(asObject(asObject(work.primary_location)?.source)?.display_name),
    citations: citations.value,
    citationsByYear: citationsByYear.value,
    abstract: rebuildAbstract(work.abstract_inverted_index),
  });
}

function readTitle(work: JsonObject): string | undefined {
  const rawTitle = asText(work.title) ?? asText(work.display_name);

  return asText(rawTitle?.replace(TITLE_MARKUP, ''));
}

function readPublicationDate(work: JsonObject): Result<{ published?: string; datePrecision?: DatePrecision }> {
  const { publication_date: publicationDate, publication_year: publicationYear } = work;

  if (publicationDate !== undefined && publicationDate !== null) {
    const date = typeof publicationDate === 'string' ? parseIsoDate(publicationDate.trim()) : undefined;
    if (!date) return fail(`publication_date ${JSON.stringify(publicationDate)} is not a valid date such as "2018-02-13"`);
    return ok({ published: formatIsoDate(date), datePrecision: 'day' });
  }

  if (publicationYear !== undefined && publicationYear !== null) {
    const firstDay = Number.isInteger(publicationYear)
      ? parseIsoDate(formatIsoDate({ year: publicationYear as number, month: 1, day: 1 }))
      : undefined;
    if (!firstDay) return fail(`publication_year ${JSON.stringify(publicationYear)} is not a valid year such as 2018`);
    return ok({ published: formatIsoDate(firstDay), datePrecision: 'year' });
  }

  return ok({});
}

function readCitations(work: JsonObject): Result<number | undefined> {
  const count = work.cited_by_count;
  if (count === undefined || count === null) return ok(undefined);
  if (!isCount(count)) return fail(`cited_by_count ${JSON.stringify(count)} is not a whole number of 0 or more`);

  return ok(count);
}

function readCitationsByYear(work: JsonObject): Result<CitationYear[] | undefined> {
  const countsByYear = work.counts_by_year;
  if (countsByYear === undefined || countsByYear === null) return ok(undefined);
  if (!Array.isArray(countsByYear)) return fail(`counts_by_year is ${describeJsonType(countsByYear)}, not an array`);

  const citationYears: CitationYear[] = [];
  for (const [index, item] of countsByYear.entries()) {
    const year = asObject(item)?.year;
    const count = asObject(item)?.cited_by_count;
    if (!Number.isSafeInteger(year) || !isCount(count)) {
      return fail(`counts_by_year item ${index + 1} is not an object with a whole "year" and "cited_by_count"`);
    }
    citationYears.push({ year: year as number, count });
  }

  return ok(citationYears.sort((left, right) => left.year - right.year));
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function readAuthors(work: JsonObject): string[] {
  return asArray(work.authorships).flatMap((authorship) => {
    const fields = asObject(authorship);
    const name = asText(asObject(fields?.author)?.display_name) ?? asText(fields?.raw_author_name);
    return name ? [name] : [];
  });
}

/** Institution names of all authorships, each once, in the order they first appear. */
function readInstitutions(work: JsonObject): string[] {
  const names = asArray(work.authorships).flatMap((authorship) =>
    asArray(asObject(authorship)?.institutions).flatMap((institution) => {
      const name = asText(asObject(institution)?.display_name);
      return name ? [name] : [];
    }),
  );

  return [...new Set(names)];
}

/**
 * Picks the category from the primary topic's subfield, such as "Artificial Intelligence". OpenAlex has about 250
 * subfields, so a subfield is about as broad as an arXiv category. The topic itself (one of about 4,500) is used only
 * when it has no subfield. Works without a primary topic fall back to the highest-scoring concept of level 0 or 1,
 * because deeper concepts are too narrow to group papers by.
 */
function readCategory(work: JsonObject): string | undefined {
  const primaryTopic = asObject(work.primary_topic);
  const fromTopic = asText(asObject(primaryTopic?.subfield)?.display_name) ?? asText(primaryTopic?.display_name);
  if (fromTopic) return fromTopic;

  let best: { name: string; score: number } | undefined;
  for (const concept of asArray(work.concepts)) {
    const fields = asObject(concept);
    const name = asText(fields?.display_name);
    const score = typeof fields?.score === 'number' && Number.isFinite(fields.score) ? fields.score : 0;

    const isBroad = BROAD_CONCEPT_LEVELS.has(fields?.level as number);
    if (name && isBroad && (!best || score > best.score)) best = { name, score };
  }

  return best?.name;
}
