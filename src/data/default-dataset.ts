import type { Dataset } from '../domain/model';
import { mergeProfileLinks } from '../domain/importers/profile-links';
import { parseProfileText } from '../domain/importers/profile-text';
import links from './changyu-chen.links.json';
import profileText from './changyu-chen.txt?raw';

/** The date the shipped profile text was copied. Its yearless paper dates are read against it. */
const CAPTURED_ON = '2026-12-04';

/**
 * Builds the dataset shown before anyone imports their own: the shipped profile text with its links file merged in.
 * Throws when the shipped text does not parse, because that is a build error, not something a person can fix.
 */
export function loadDefaultDataset(): Dataset {
  const parsed = parseProfileText(profileText, { capturedOn: CAPTURED_ON });
  if (!parsed.ok) throw new Error(`[default-dataset] The shipped profile text failed to parse: ${parsed.error}`);

  const { profile, papers, warnings: parseWarnings } = parsed.value;
  const merged = mergeProfileLinks(papers, links);

  return {
    id: 'default',
    name: 'Changyu Chen (default profile)',
    profile,
    papers: merged.papers,
    warnings: [...parseWarnings, ...merged.warnings],
    source: { format: 'profile-text', fileName: 'changyu-chen.txt' },
  };
}
