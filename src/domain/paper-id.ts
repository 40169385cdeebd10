const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const ARXIV_PREFIX = /^arxiv:/i;
const ARXIV_VERSION_SUFFIX = /v(\d+)$/;

/**
 * Derives a paper id from its title and year, for sources that give no arXiv id.
 * Case, accents and runs of whitespace do not change the id, so a re-import of the same source keeps it.
 */
export function paperIdFromTitle(title: string, year?: number): string {
  const key = `${normalizeTitleForId(title)}|${year ?? ''}`;

  return `t:${fnv1a32(key).toString(16).padStart(8, '0')}`;
}

/** Builds a paper id from an arXiv id, leaving out the version so that all versions of a paper share one id. */
export function paperIdFromArxiv(arxivId: string): string {
  return `arxiv:${splitArxivVersion(arxivId).id}`;
}

/** Builds a paper id from a DOI; DOIs are case-insensitive, so the id is lower-cased. */
export function paperIdFromDoi(doi: string): string {
  return `doi:${doi.trim().toLowerCase()}`;
}

/** Splits `2503.20783v2` (optionally prefixed `arXiv:`) into the id `2503.20783` and the version `v2`. */
export function splitArxivVersion(arxivId: string): { id: string; version?: string } {
  const bareId = arxivId.trim().replace(ARXIV_PREFIX, '');
  const versionMatch = ARXIV_VERSION_SUFFIX.exec(bareId);

  if (!versionMatch) return { id: bareId };

  return { id: bareId.slice(0, versionMatch.index), version: versionMatch[0] };
}

function normalizeTitleForId(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** 32-bit FNV-1a over the UTF-8 bytes of `text`. */
function fnv1a32(text: string): number {
  let hash = FNV_OFFSET_BASIS;

  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME);
  }

  return hash >>> 0;
}
