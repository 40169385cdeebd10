import type { FieldValue } from './parse-entries';

/** An entry that may refer to a parent entry through `crossref`. */
export interface CrossrefEntry {
  key: string;
  type: string;
  fields: Record<string, FieldValue>;
}

/** Entry types that hold other entries, such as the proceedings volume that DBLP adds for each conference paper. */
const CONTAINER_TYPES = new Set([
  'proceedings',
  'mvproceedings',
  'book',
  'mvbook',
  'collection',
  'mvcollection',
  'periodical',
  'reference',
  'mvreference',
]);

/**
 * Groups of fields a child takes from its parent when it has none of the group, so that a child's own `year` is never
 * mixed with its parent's `month`. A container's title is the venue when it has no `booktitle`.
 */
const VENUE_FIELDS = ['booktitle', 'journal', 'journaltitle'];
const DATE_FIELDS = ['date', 'year', 'month', 'day'];

export interface CrossrefResolution<T extends CrossrefEntry> {
  /** The entries with inherited fields filled in, in the same order. */
  entries: T[];
  /** Containers that children refer to, with the keys of those children. */
  childKeysByContainer: Map<T, string[]>;
}

/**
 * Fills in the venue and date that children inherit through `crossref`; other fields are not inherited. Keys match
 * without regard to case, as in BibTeX, and the first entry with a key is the one referred to. Containers that
 * children refer to are reported, because they describe a volume rather than a paper.
 */
export function resolveCrossrefs<T extends CrossrefEntry>(entries: readonly T[]): CrossrefResolution<T> {
  const byKey = new Map<string, T>();
  for (const entry of entries) {
    if (!byKey.has(entry.key.toLowerCase())) byKey.set(entry.key.toLowerCase(), entry);
  }

  const childKeysByContainer = new Map<T, string[]>();
  const resolved = entries.map((entry) => {
    const parentKey = entry.fields.crossref;
    const parent = typeof parentKey === 'string' ? byKey.get(parentKey.toLowerCase()) : undefined;
    if (parent === undefined || parent === entry) return entry;

    if (CONTAINER_TYPES.has(parent.type)) {
      childKeysByContainer.set(parent, [...(childKeysByContainer.get(parent) ?? []), entry.key]);
    }
    return { ...entry, fields: { ...inheritedFields(entry, parent), ...entry.fields } };
  });

  return { entries: resolved, childKeysByContainer };
}

function inheritedFields(child: CrossrefEntry, parent: CrossrefEntry): Record<string, FieldValue> {
  const parentFields: Record<string, FieldValue> = { ...parent.fields };
  if (parentFields.booktitle === undefined && CONTAINER_TYPES.has(parent.type) && parent.fields.title !== undefined) {
    parentFields.booktitle = parent.fields.title;
  }

  const inherited: Record<string, FieldValue> = {};
  for (const group of [VENUE_FIELDS, DATE_FIELDS]) {
    if (group.some((name) => child.fields[name] !== undefined)) continue;
    for (const name of group) {
      const value = parentFields[name];
      if (value !== undefined) inherited[name] = value;
    }
  }
  return inherited;
}
