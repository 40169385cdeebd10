import type { Result } from '../../model';
import { arxivAbstractUrl, parseArxivReference, stripDoiResolver, type ArxivReference } from '../arxiv-atom/identifiers';

/** The arXiv and DOI identifiers of an entry, in the form `Paper` stores them. */
export interface EntryIdentifiers {
  arxivId?: string;
  arxivVersion?: string;
  arxivUrl?: string;
  doi?: string;
}

/** Text fields of an entry by lower-case name, after TeX has been turned into text. */
export type TextFields = Readonly<Record<string, string | undefined>>;

const DOI = /^10\.\d+(?:\.\d+)*\/\S+$/;
const DOI_URL = /^https?:\/\/(?:dx\.)?doi\.org\//i;
/** `arXiv:2401.00001` inside free text, as Google Scholar writes in `journal` and Zotero in `note`. */
const ARXIV_MENTION = /\barXiv:\s*([^\s,;()[\]]+)/i;
/** DBLP lists arXiv papers as `journal = {CoRR}, volume = {abs/2401.00001}`. */
const DBLP_CORR_VOLUME = /^abs\/(.+)$/;

/**
 * Reads the arXiv id from, in this order: `eprint` (with `archivePrefix` or `eprinttype` arXiv, or none), `arxivid`,
 * DBLP's CoRR volume, an arxiv.org `url`, an arXiv DOI, or an `arXiv:` mention in `journal`, `note` or `howpublished`.
 * The DOI comes from `doi`, or else from a doi.org `url`. An `eprint` marked as arXiv or a `doi` that cannot be read
 * fails the entry, so that a mistyped identifier is not lost without a word.
 */
export function readEntryIdentifiers(fields: TextFields): Result<EntryIdentifiers> {
  const arxiv = readArxivReference(fields);
  if (!arxiv.ok) return arxiv;
  const doi = readDoi(fields);
  if (!doi.ok) return doi;

  const identifiers: EntryIdentifiers = {};
  if (arxiv.value) {
    identifiers.arxivId = arxiv.value.id;
    if (arxiv.value.version !== undefined) identifiers.arxivVersion = arxiv.value.version;
    identifiers.arxivUrl = arxivUrlOf(fields.url, arxiv.value.id) ?? arxivAbstractUrl(arxiv.value.id);
  }
  if (doi.value !== undefined) identifiers.doi = doi.value;
  return { ok: true, value: identifiers };
}

function readArxivReference(fields: TextFields): Result<ArxivReference | undefined> {
  const archive = fields.archiveprefix ?? fields.eprinttype;
  const isArxivArchive = archive !== undefined && archive.toLowerCase() === 'arxiv';

  if (fields.eprint !== undefined && (archive === undefined || isArxivArchive)) {
    const fromEprint = parseArxivReference(fields.eprint);
    if (fromEprint) return { ok: true, value: fromEprint };
    if (isArxivArchive) {
      return {
        ok: false,
        error: `Field eprint: expected an arXiv identifier such as 2401.00001 or hep-th/9901001, found "${fields.eprint}".`,
      };
    }
  }

  const corrVolume = fields.journal?.toLowerCase() === 'corr' ? DBLP_CORR_VOLUME.exec(fields.volume ?? '')?.[1] : undefined;
  const candidates = [
    fields.arxivid,
    corrVolume,
    fields.url,
    fields.doi,
    ...[fields.journal, fields.note, fields.howpublished].map((text) => ARXIV_MENTION.exec(text ?? '')?.[1]),
  ];
  for (const candidate of candidates) {
    const reference = candidate === undefined ? undefined : parseArxivReference(candidate);
    if (reference) return { ok: true, value: reference };
  }

  return { ok: true, value: undefined };
}

function readDoi(fields: TextFields): Result<string | undefined> {
  if (fields.doi !== undefined) {
    const doi = stripDoiResolver(fields.doi);
    if (DOI.test(doi)) return { ok: true, value: doi };
    return { ok: false, error: `Field doi: expected a DOI such as 10.1000/xyz123, found "${fields.doi}".` };
  }

  const url = fields.url?.trim();
  if (url !== undefined && DOI_URL.test(url)) {
    const doi = decodeDoiUrlPath(url.replace(DOI_URL, ''));
    if (DOI.test(doi)) return { ok: true, value: doi };
  }
  return { ok: true, value: undefined };
}

function decodeDoiUrlPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Keeps the entry's own arXiv URL, which may name a version, when it points at the same paper. */
function arxivUrlOf(url: string | undefined, arxivId: string): string | undefined {
  if (url === undefined || parseArxivReference(url)?.id !== arxivId) return undefined;

  return url.trim();
}
