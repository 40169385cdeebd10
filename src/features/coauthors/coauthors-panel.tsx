import { lazy, Suspense, useId, useMemo, useState } from 'react';

import { formatCount } from '../../domain/format';
import type { Coauthor } from '../../domain/people/coauthors';
import { usePubscopeStore } from '../../store/pubscope-store';
import { useActiveDataset } from '../../store/selectors';
import { usePeopleFacts } from '../../store/use-people-facts';
import './coauthors-panel.css';

// The chart carries recharts, which the charts panel loads after the table is on screen: this waits for it too.
const CollaborationChart = lazy(() =>
  import('./collaboration-chart').then((module) => ({ default: module.CollaborationChart })),
);

/** Co-authors listed before "Show all". */
const SHOWN_AT_FIRST = 10;
/** Co-authors drawn in the chart of joint papers per year. */
export const CHARTED_COAUTHORS = 5;

function formatYears({ firstYear, lastYear }: Coauthor): string {
  if (firstYear === undefined || lastYear === undefined) return 'Undated';
  return firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
}

interface CoauthorRowProps {
  coauthor: Coauthor;
  isSelected: boolean;
  onToggle: () => void;
}

function CoauthorRow({ coauthor, isSelected, onToggle }: CoauthorRowProps) {
  return (
    <tr className={isSelected ? 'is-selected' : undefined}>
      <th scope="row">
        <button type="button" className="coauthor-button" aria-pressed={isSelected} onClick={onToggle}>
          {coauthor.name}
        </button>
      </th>
      <td className="coauthor-count">
        {formatCount(coauthor.jointPapers)}
        {coauthor.mayBeLow && (
          <>
            <span aria-hidden="true" className="coauthor-low-mark">
              +
            </span>
            <span className="visually-hidden"> or more</span>
          </>
        )}
      </td>
      <td className="coauthor-years">{formatYears(coauthor)}</td>
    </tr>
  );
}

interface WaitingPanelProps {
  headingId: string;
  paperCount: number;
  onLearn: () => void;
}

/** Offers to count a large record's co-authors, which blocks the page for a few seconds. */
function WaitingPanel({ headingId, paperCount, onLearn }: WaitingPanelProps) {
  return (
    <section className="panel coauthors-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Co-authors</h2>
      <p className="coauthors-summary">
        This record has {formatCount(paperCount)} papers. Matching their author names to people takes a few seconds,
        during which the page does not respond; the Authorship column and the owner&apos;s place filter need it too.
      </p>
      <button type="button" className="coauthors-data-toggle" onClick={onLearn}>
        Count co-authors
      </button>
    </section>
  );
}

/**
 * Lists the people who share papers with the record's owner, most joint papers first, and draws the joint papers
 * per year of the first few. Pressing a name shows only the joint papers in the table and the charts.
 */
export function CoauthorsPanel() {
  const headingId = useId();
  const dataset = useActiveDataset();
  const { facts, isWaiting, learn } = usePeopleFacts();
  const selected = usePubscopeStore((state) => state.view.filters.coauthor);
  const toggleCoauthor = usePubscopeStore((state) => state.toggleCoauthor);
  const [showsAll, setShowsAll] = useState(false);
  const coauthors = facts?.coauthors;
  const anyMayBeLow = useMemo(() => coauthors?.some((coauthor) => coauthor.mayBeLow) ?? false, [coauthors]);

  if (!dataset) return null;
  if (isWaiting) return <WaitingPanel headingId={headingId} paperCount={dataset.papers.length} onLearn={learn} />;
  if (!facts || !coauthors) return null;

  const listed = showsAll ? coauthors : coauthors.slice(0, SHOWN_AT_FIRST);
  const charted = coauthors.slice(0, CHARTED_COAUTHORS);

  return (
    <section className="panel coauthors-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Co-authors</h2>
      {coauthors.length === 0 ? (
        <p className="coauthors-empty">No paper in this record names another author.</p>
      ) : (
        <div className="coauthors-layout">
          <div>
            <p className="coauthors-summary">
              {formatCount(coauthors.length)} {coauthors.length === 1 ? 'person shares' : 'people share'} papers with{' '}
              {dataset.profile.name}. Press a name to show only the papers they share.
            </p>
            <table className="coauthors-table">
              <caption className="visually-hidden">Co-authors by joint publications</caption>
              <thead>
                <tr>
                  <th scope="col">Co-author</th>
                  <th scope="col">Joint papers</th>
                  <th scope="col">Years</th>
                </tr>
              </thead>
              <tbody>
                {listed.map((coauthor) => (
                  <CoauthorRow
                    key={coauthor.person}
                    coauthor={coauthor}
                    isSelected={coauthor.person === selected}
                    onToggle={() => toggleCoauthor(coauthor.person)}
                  />
                ))}
              </tbody>
            </table>
            {coauthors.length > SHOWN_AT_FIRST && (
              <button type="button" className="coauthors-more" onClick={() => setShowsAll((all) => !all)}>
                {showsAll ? 'Show fewer' : `Show all ${formatCount(coauthors.length)}`}
              </button>
            )}
            {anyMayBeLow && (
              <p className="coauthors-note">
                + Some author lists in this record were cut short (&quot;et al.&quot;), so these counts may be low.
              </p>
            )}
          </div>
          <Suspense fallback={<p className="coauthors-loading">Loading the chart…</p>}>
            <CollaborationChart papers={facts.papers} coauthors={charted} directory={facts.directory} />
          </Suspense>
        </div>
      )}
    </section>
  );
}
