import { fail, ok, type Result } from '../../model';
import { formatIsoDate, parseIsoDate } from '../profile-text/calendar-date';
import type { PaperDraft } from '../openalex/record-pipeline';
import { ARXIV_NAMESPACE, ATOM_NAMESPACE, childElements, childText, firstChild, foldedText } from './feed-elements';
import { arxivAbstractUrl, parseArxivReference, stripDoiResolver } from './identifiers';

/** The date part of an Atom timestamp such as `2025-10-16T17:59:37Z`, as written, without converting the zone. */
const TIMESTAMP_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/;

/** Reads one `<entry>` of an arXiv API feed into a paper draft, or explains why it cannot be one. */
export function readEntry(entry: Element): Result<PaperDraft> {
  const idText = childText(entry, ATOM_NAMESPACE, 'id');
  if (!idText) return fail('no arXiv id: the <id> element is missing or empty');

  const arxiv = parseArxivReference(idText);
  if (!arxiv) return fail(`<id> "${idText}" is not an arXiv abstract URL such as http://arxiv.org/abs/2510.14968v1`);

  const title = childText(entry, ATOM_NAMESPACE, 'title');
  if (!title) return fail('no title: the <title> element is missing or empty');

  const published = readPublished(entry);
  if (!published.ok) return published;

  const authors = childElements(entry, ATOM_NAMESPACE, 'author');
  const doi = childText(entry, ARXIV_NAMESPACE, 'doi');

  return ok({
    title,
    authors: authors.flatMap((author) => presentText(childText(author, ATOM_NAMESPACE, 'name'))),
    authorsTruncated: false,
    affiliations: readAffiliations(authors),
    category: readPrimaryCategory(entry),
    ...published.value,
    hasCode: false,
    arxivId: arxiv.id,
    arxivVersion: arxiv.version,
    arxivUrl: arxivAbstractUrl(arxiv.id),
    // arXiv separates several DOIs of one paper with spaces; the first is the paper's own in practice.
    doi: doi ? stripDoiResolver(doi.split(' ')[0] ?? doi) : undefined,
    venue: childText(entry, ARXIV_NAMESPACE, 'journal_ref'),
    abstract: childText(entry, ATOM_NAMESPACE, 'summary'),
  });
}

function readPublished(entry: Element): Result<Pick<PaperDraft, 'published' | 'datePrecision'>> {
  const timestamp = childText(entry, ATOM_NAMESPACE, 'published');
  if (!timestamp) return ok({});

  const datePart = TIMESTAMP_DATE.exec(timestamp)?.[1];
  const date = datePart ? parseIsoDate(datePart) : undefined;
  if (!date) return fail(`<published> "${timestamp}" is not a valid date such as 2025-10-16T17:59:37Z`);

  return ok({ published: formatIsoDate(date), datePrecision: 'day' });
}

/** Affiliations of all authors, each once, in the order they first appear. */
function readAffiliations(authors: readonly Element[]): string[] {
  const names = authors.flatMap((author) =>
    childElements(author, ARXIV_NAMESPACE, 'affiliation').flatMap((affiliation) => presentText(foldedText(affiliation))),
  );

  return [...new Set(names)];
}

function readPrimaryCategory(entry: Element): string | undefined {
  const primary = firstChild(entry, ARXIV_NAMESPACE, 'primary_category')?.getAttribute('term')?.trim();
  if (primary) return primary;

  const first = firstChild(entry, ATOM_NAMESPACE, 'category')?.getAttribute('term')?.trim();
  return first ? first : undefined;
}

function presentText(text: string | undefined): string[] {
  return text ? [text] : [];
}
