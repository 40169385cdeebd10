import { rowExpandingFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';

/**
 * Features of the paper table. Sorting state only mirrors the store, because the domain sorts the rows.
 * Expanding state records which rows show their details.
 */
export const paperTableFeatures = tableFeatures({ rowSortingFeature, rowExpandingFeature });

export type PaperTableFeatures = typeof paperTableFeatures;
