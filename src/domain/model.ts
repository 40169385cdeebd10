/** How much of a publication date the source gave. */
export type DatePrecision = 'day' | 'month' | 'year';

/** The figures a source reports about a researcher; each is absent where the source has none. */
export interface ReportedFigures {
  hIndex?: number;
  paperCount?: number;
  citations?: number;
  noveltyPercent?: number;
  aiScore?: number;
}

export interface Profile {
  name: string;
  /** Category code as the source writes it, such as `LG` or `cs.CL`. */
  primaryCategory?: string;
  reported: ReportedFigures;
  /** ISO date (yyyy-mm-dd) the profile text was captured; dates without a year are read relative to it. */
  capturedOn?: string;
}

export interface CitationYear {
  year: number;
  count: number;
}

export interface Paper {
  /** Stable across reloads and re-imports of the same source: the arXiv id when known, else derived from the title. */
  id: string;
  title: string;
  /** Authors as the source lists them, possibly cut short. */
  authors: string[];
  /** True when the source cut the author list ("et al."). */
  authorsTruncated: boolean;
  /** The complete author list in publication order, when another source supplied it. */
  fullAuthors?: string[];
  /** Affiliation tags shown beside the authors, such as `gatech`. */
  affiliations: string[];
  /** Category code as the source writes it, such as `LG`, `cs.CL` or `stat.ML`. */
  category?: string;
  /** ISO date yyyy-mm-dd; unknown parts are filled with 01 and `datePrecision` says which parts are real. */
  published?: string;
  datePrecision?: DatePrecision;
  /** Score on a 0–100 scale, as reported by the source. */
  score?: number;
  hasCode: boolean;
  codeUrl?: string;
  /** arXiv identifier without version, such as `2503.20783`. */
  arxivId?: string;
  /** arXiv version suffix such as `v2`, kept apart so that versions of one paper share an id. */
  arxivVersion?: string;
  arxivUrl?: string;
  /** DOI without the resolver prefix, such as `10.1000/xyz123`. */
  doi?: string;
  /** Journal, conference or other venue the paper appeared in. */
  venue?: string;
  /** Citation count reported by the source. */
  citations?: number;
  citationsByYear?: CitationYear[];
  abstract?: string;
  /** Position in the source, from 0; the table's "source order" sorts by it. */
  sourceIndex: number;
}

/** A problem that did not stop the import, such as a header count that disagrees with the papers found. */
export interface ImportWarning {
  message: string;
  line?: number;
  record?: number;
}

export type SourceFormat = 'profile-text' | 'pubscope-json' | 'csv' | 'bibtex' | 'openalex' | 'arxiv-atom';

export interface Dataset {
  id: string;
  /** Name shown in the dataset switcher. */
  name: string;
  profile: Profile;
  papers: Paper[];
  warnings: ImportWarning[];
  source: { format: SourceFormat; fileName?: string };
}

/** The outcome of a parser or importer: the whole value, or the reason there is none. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: string): Result<T> {
  return { ok: false, error };
}
