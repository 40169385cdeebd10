import type { Paper, Profile } from '../model';
import { splitArxivVersion } from '../paper-id';
import { isPlainRecord, type Migration, type SchemaHistory } from './schema-migration';

/** Value of the `format` field that marks a file as Pubscope's own export. */
export const PUBSCOPE_FILE_FORMAT = 'pubscope';

/** The schema version this build writes and the newest it reads. */
export const PUBSCOPE_FILE_SCHEMA_VERSION = 1;

/** A paper as the file stores it. `sourceIndex` is left out because the position in `papers` carries it. */
export type PubscopeFilePaper = Omit<Paper, 'sourceIndex'>;

/** Pubscope's own export file, schema version 1. */
export interface PubscopeFile {
  format: typeof PUBSCOPE_FILE_FORMAT;
  schemaVersion: typeof PUBSCOPE_FILE_SCHEMA_VERSION;
  /** ISO date and time of the export; informational, importers ignore it. */
  exportedAt: string;
  profile: Profile;
  papers: PubscopeFilePaper[];
}

/**
 * Schema version 0 is a pre-release draft of the file, kept so that the migration path stays exercised:
 * `{ "format": "pubscope", "schemaVersion": 0, "researcher": Profile, "papers": [...] }`, where each paper's
 * `arxivId` still carried the version suffix (`2401.00001v2`) and there was no `arxivVersion` field.
 */
const migrateFromVersion0: Migration = {
  from: 0,
  migrate: (value) => {
    if (!isPlainRecord(value)) return value;

    const { researcher, papers, ...rest } = value;
    return {
      ...rest,
      schemaVersion: 1,
      profile: researcher,
      papers: Array.isArray(papers) ? papers.map(splitVersionedArxivId) : papers,
    };
  },
};

function splitVersionedArxivId(paper: unknown): unknown {
  if (!isPlainRecord(paper) || typeof paper.arxivId !== 'string' || paper.arxivVersion !== undefined) return paper;

  const { id, version } = splitArxivVersion(paper.arxivId);
  return version === undefined ? paper : { ...paper, arxivId: id, arxivVersion: version };
}

export const PUBSCOPE_FILE_HISTORY: SchemaHistory = {
  currentVersion: PUBSCOPE_FILE_SCHEMA_VERSION,
  migrations: [migrateFromVersion0],
};
