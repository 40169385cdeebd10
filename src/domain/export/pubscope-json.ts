import type { CitationYear, Paper, Profile, ReportedFigures } from '../model';
import {
  PUBSCOPE_FILE_FORMAT,
  PUBSCOPE_FILE_SCHEMA_VERSION,
  type PubscopeFile,
  type PubscopeFilePaper,
} from '../saved-data/pubscope-file';

// The key orders follow the model, so that two exports of the same papers differ only where the papers differ.
const PAPER_KEYS: readonly (keyof PubscopeFilePaper)[] = [
  'id',
  'title',
  'authors',
  'authorsTruncated',
  'fullAuthors',
  'affiliations',
  'category',
  'published',
  'datePrecision',
  'score',
  'hasCode',
  'codeUrl',
  'arxivId',
  'arxivVersion',
  'arxivUrl',
  'doi',
  'venue',
  'citations',
  'citationsByYear',
  'abstract',
];
const PROFILE_KEYS: readonly (keyof Profile)[] = ['name', 'primaryCategory', 'reported', 'capturedOn'];
const REPORTED_KEYS: readonly (keyof ReportedFigures)[] = ['hIndex', 'paperCount', 'citations', 'noveltyPercent', 'aiScore'];

export interface PubscopeJsonExportOptions {
  /** Time written as `exportedAt`. Default: now. */
  exportedAt?: Date;
}

/**
 * Writes papers and their profile as a Pubscope JSON file (schema version 1), indented by two spaces, with keys in
 * a fixed order and absent fields left out. Papers keep the given order; `sourceIndex` is not written because the
 * position in the file carries it.
 */
export function exportPubscopeJson(
  papers: readonly Paper[],
  profile: Profile,
  options: PubscopeJsonExportOptions = {},
): string {
  const file: PubscopeFile = {
    format: PUBSCOPE_FILE_FORMAT,
    schemaVersion: PUBSCOPE_FILE_SCHEMA_VERSION,
    exportedAt: (options.exportedAt ?? new Date()).toISOString(),
    profile: toFileProfile(profile),
    papers: papers.map(toFilePaper),
  };

  return `${JSON.stringify(file, null, 2)}\n`;
}

function toFilePaper(paper: Paper): PubscopeFilePaper {
  const filePaper = pickDefined(paper, PAPER_KEYS) as PubscopeFilePaper;

  if (paper.citationsByYear) {
    filePaper.citationsByYear = paper.citationsByYear.map(({ year, count }): CitationYear => ({ year, count }));
  }
  return filePaper;
}

function toFileProfile(profile: Profile): Profile {
  return { ...(pickDefined(profile, PROFILE_KEYS) as Profile), reported: pickDefined(profile.reported, REPORTED_KEYS) };
}

/** Copies the listed keys whose values are defined, in the listed order; arrays are copied too. */
function pickDefined<T extends object>(source: T, keys: readonly (keyof T)[]): Partial<T> {
  const picked: Partial<T> = {};

  for (const key of keys) {
    const value = source[key];
    if (value === undefined) continue;
    picked[key] = (Array.isArray(value) ? [...value] : value) as T[keyof T];
  }
  return picked;
}
