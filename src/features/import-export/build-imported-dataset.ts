import { buildDatasetFromImport, type ImportSummary } from '../../domain/importers/build-dataset';
import type { ParsedImport } from '../../domain/importers/import-outcome';
import type { Dataset } from '../../domain/model';
import { DEFAULT_DATASET_ID } from '../../domain/saved-data/storage-status';

export type ImportTarget = 'new' | 'add';

interface ImportPlace {
  target: ImportTarget;
  /** The dataset on screen, which the papers join when `target` is `add`. */
  activeDataset: Dataset | undefined;
  /** Every loaded dataset, so that a new one gets a name none of them has. */
  datasets: readonly Dataset[];
  newDatasetId: string;
  fileName?: string;
}

/** Returns `name`, or `name (2)`, `name (3)` … when another dataset has it already, so that the switcher shows distinct names. */
export function pickUniqueDatasetName(name: string, datasets: readonly Dataset[]): string {
  const taken = new Set(datasets.map((dataset) => dataset.name));
  if (!taken.has(name)) return name;

  let number = 2;
  while (taken.has(`${name} (${number})`)) number++;
  return `${name} (${number})`;
}

/**
 * Builds the dataset an import produces: a new one, or the active one with the papers merged in. The default dataset
 * is rebuilt from the shipped file on every start and never saved, so papers added to it go into a saved copy.
 */
export function buildImportedDataset(parsed: ParsedImport, place: ImportPlace): ImportSummary {
  const { activeDataset, datasets, newDatasetId, fileName } = place;

  if (place.target === 'add' && activeDataset) {
    const addTo =
      activeDataset.id === DEFAULT_DATASET_ID
        ? { ...activeDataset, id: newDatasetId, name: pickUniqueDatasetName(describeCopyName(activeDataset), datasets) }
        : activeDataset;
    return buildDatasetFromImport(parsed, { datasetId: newDatasetId, fileName, addTo });
  }

  const summary = buildDatasetFromImport(parsed, { datasetId: newDatasetId, fileName });
  return { ...summary, dataset: { ...summary.dataset, name: pickUniqueDatasetName(summary.dataset.name, datasets) } };
}

export function describeCopyName(dataset: Dataset): string {
  return `${dataset.profile.name} (copy)`;
}

/** Writes the label of the "add" choice: the default dataset gets a copy, every other dataset the papers themselves. */
export function describeAddTarget(activeDataset: Dataset): string {
  if (activeDataset.id === DEFAULT_DATASET_ID) return `Add to a copy of ${activeDataset.name}`;
  return `Add to ${activeDataset.name}`;
}
