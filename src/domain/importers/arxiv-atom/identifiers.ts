import { splitArxivVersion } from '../../paper-id';

/** An arXiv identifier split into the id shared by all versions and the version suffix, when one is given. */
export interface ArxivReference {
  id: string;
  version?: string;
}

/** Identifiers since April 2007: `2510.14968`, `0704.0001`, with an optional version. */
const NEW_STYLE_ID = /^\d{4}\.\d{4,5}(?:v\d+)?$/;
/** Identifiers before April 2007: archive, optional subject class, then seven digits, as in `hep-th/9901001` or `math.GT/0309136`. */
const OLD_STYLE_ID = /^[a-z]+(?:-[a-z]+)*(?:\.[A-Za-z]{2})?\/\d{7}(?:v\d+)?$/;

const ARXIV_URL = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/([^?#]+)/i;
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;
const ARXIV_PREFIX = /^arxiv:/i;
const PDF_SUFFIX = /\.pdf$/i;

const DOI_RESOLVER_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;

/**
 * Reads an arXiv identifier from an abstract or PDF URL (`http://arxiv.org/abs/2510.14968v1`,
 * `https://arxiv.org/pdf/hep-th/9901001v2.pdf`), an arXiv DOI (`10.48550/arXiv.2510.14968`) or a bare id
 * (`arXiv:2510.14968`). Returns undefined for anything else, so a text that merely mentions arXiv is not taken for an id.
 */
export function parseArxivReference(text: string): ArxivReference | undefined {
  const trimmed = text.trim();
  const fromUrl = ARXIV_URL.exec(trimmed)?.[1];
  const fromDoi = ARXIV_DOI.exec(stripDoiResolver(trimmed))?.[1];
  const candidate = (fromUrl ?? fromDoi ?? trimmed.replace(ARXIV_PREFIX, '')).replace(PDF_SUFFIX, '');

  if (!NEW_STYLE_ID.test(candidate) && !OLD_STYLE_ID.test(candidate)) return undefined;

  return splitArxivVersion(candidate);
}

/** The abstract page of an arXiv paper, without a version so that it shows the latest one. */
export function arxivAbstractUrl(arxivId: string): string {
  return `https://arxiv.org/abs/${arxivId}`;
}

/** Removes a resolver prefix such as `https://doi.org/` or `doi:` from a DOI. */
export function stripDoiResolver(doi: string): string {
  return doi.trim().replace(DOI_RESOLVER_PREFIX, '');
}
