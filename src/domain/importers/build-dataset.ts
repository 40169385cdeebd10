import type { Dataset, Profile } from '../model';
import type { ParsedImport } from './import-outcome';
import { mergeDuplicatePapers } from './merge-duplicates';

export interface ImportSummary {
  dataset: Dataset;
  importedCount: number;
  /** Papers folded into another record of the same paper, within the input or against the dataset added to. */
  mergedCount: number;
  skippedCount: number;
}

interface BuildOptions {
  /** Id of the new dataset; ignored when adding to `addTo`. */
  datasetId: string;
  fileName?: string;
  /** The dataset the papers join; without it, they make a new dataset. */
  addTo?: Dataset;
}

function nameFromFile(fileName: string | undefined): string | undefined {
  return fileName?.replace(/\.[a-z0-9]+$/i, '').trim() || undefined;
}

function fallbackProfile(fileName: string | undefined): Profile {
  return { name: nameFromFile(fileName) ?? 'Imported papers', reported: {} };
}

/** Turns what an importer read into a dataset, merging duplicate papers. */
export function buildDatasetFromImport(parsed: ParsedImport, options: BuildOptions): ImportSummary {
  const { addTo, fileName } = options;
  const merged = mergeDuplicatePapers(addTo?.papers ?? [], parsed.papers);
  const profile = addTo?.profile ?? parsed.profile ?? fallbackProfile(fileName);

  const dataset: Dataset = {
    id: addTo?.id ?? options.datasetId,
    name: addTo?.name ?? profile.name,
    profile,
    papers: merged.papers,
    warnings: [...(addTo?.warnings ?? []), ...parsed.warnings],
    source: addTo?.source ?? { format: parsed.format, fileName },
  };

  return {
    dataset,
    importedCount: parsed.papers.length,
    mergedCount: merged.mergedCount,
    skippedCount: parsed.skipped.length,
  };
}
