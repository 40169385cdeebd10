import type { ImportResult, ImporterOptions } from './import-outcome';
import { parseProfileText } from './profile-text';

/** Reads profile page text through the common importer contract; the page names the researcher. */
export function importProfileText(text: string, options: ImporterOptions & { now?: Date } = {}): ImportResult {
  const parsed = parseProfileText(text, { now: options.now });
  if (!parsed.ok) return parsed;

  const { profile, papers, warnings } = parsed.value;
  return { ok: true, value: { format: 'profile-text', profile, papers, skipped: [], warnings } };
}
