import type { SkippedRecord } from '../../domain/importers/import-outcome';
import { countNoun } from './import-wording';

/** Long lists are cut, because a file of a million bad rows would otherwise make a million list items. */
const MAX_LISTED = 100;

/** Lists the records an import could not read, each with where it is and why. */
export function SkippedRecords({ skipped }: { skipped: readonly SkippedRecord[] }) {
  const listed = skipped.slice(0, MAX_LISTED);
  const unlisted = skipped.length - listed.length;

  // A long list scrolls, and tabIndex lets keyboard users scroll it too.
  return (
    <>
      <ul className="import-skipped" tabIndex={0} aria-label="Records that could not be read">
        {listed.map((record, index) => (
          <li key={index}>
            <span className="import-skipped-location">{record.location}</span> — {record.reason}
          </li>
        ))}
      </ul>
      {unlisted > 0 && <p className="import-hint">… and {countNoun(unlisted, 'more record')}.</p>}
    </>
  );
}
