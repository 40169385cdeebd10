import { useEffect, useId, useRef } from 'react';

import type { ParsedImport } from '../../domain/importers/import-outcome';
import { describeImportGoodOnes, describeSkippedOffer } from './import-wording';
import { SkippedRecords } from './skipped-records';

interface SkippedOfferProps {
  parsed: ParsedImport;
  onImport: () => void;
  onCancel: () => void;
}

/** Asks whether to import the papers that could be read when some records could not; nothing is imported before. */
export function SkippedOffer({ parsed, onImport, onCancel }: SkippedOfferProps) {
  const headingId = useId();
  const importRef = useRef<HTMLButtonElement>(null);
  const paperCount = parsed.papers.length;
  const skippedCount = parsed.skipped.length;

  useEffect(() => importRef.current?.focus(), []);

  return (
    <section className="import-offer" aria-labelledby={headingId}>
      <p id={headingId} className="import-offer-heading">
        {describeSkippedOffer(paperCount, skippedCount)}
      </p>
      <SkippedRecords skipped={parsed.skipped} />
      <div className="import-actions">
        <button type="button" ref={importRef} className="button-primary" onClick={onImport}>
          {describeImportGoodOnes(paperCount, skippedCount)}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
