import { useTable, type ExpandedState } from '@tanstack/react-table';
import { useId, useMemo, useState } from 'react';

import { formatCount } from '../../domain/format';
import type { Paper } from '../../domain/model';
import { usePubscopeStore } from '../../store/pubscope-store';
import { usePeopleFacts } from '../../store/use-people-facts';
import { useActiveDataset, useRecordPapers, useVisiblePapers } from '../../store/selectors';
import { ColumnHeader } from './column-header';
import { OwnerNameContext } from './owner-name-context';
import { PeopleFactsContext } from './owner-place';
import { paperColumns, paperColumnsWithCitations } from './paper-columns';
import { AllPaperRows, usePaperWindow, VirtualPaperRows } from './paper-rows';
import './papers-table.css';
import { SortSelect } from './sort-select';
import { paperTableFeatures } from './table-features';
import { toSortingState } from './table-sorting';

const getPaperId = (paper: Paper) => paper.id;
const canOpenEveryRow = () => true;

function EmptyRow({ hasPapers, columnCount }: { hasPapers: boolean; columnCount: number }) {
  return (
    <tr className="papers-empty">
      <td colSpan={columnCount}>
        {hasPapers ? 'No paper matches the current filters.' : 'No papers loaded yet.'}
      </td>
    </tr>
  );
}

/** Lists the visible papers in the store's order. Each title opens a row of details below it. */
export function PapersTable() {
  const headingId = useId();
  const papers = useVisiblePapers();
  const dataset = useActiveDataset();
  const sort = usePubscopeStore((state) => state.view.sort);
  const sorting = useMemo(() => toSortingState(sort), [sort]);
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const allPapers = dataset?.papers;
  const hasCitations = useMemo(() => allPapers?.some((paper) => paper.citations !== undefined) ?? false, [allPapers]);
  const columns = hasCitations ? paperColumnsWithCitations : paperColumns;
  const totalCount = useRecordPapers().length;
  const peopleFacts = usePeopleFacts().facts;
  const setAsideCount = (dataset?.papers.length ?? 0) - totalCount;
  const paperWindow = usePaperWindow(papers, totalCount);
  const { start, end } = paperWindow;
  const drawnPapers = useMemo(() => papers.slice(start, end), [papers, start, end]);

  const table = useTable({
    features: paperTableFeatures,
    columns,
    // Only the papers to draw, so that the table builds a few dozen rows however many papers pass the filters.
    data: drawnPapers,
    getRowId: getPaperId,
    // The domain has already filtered and sorted `papers`, so the table shows them as given.
    manualSorting: true,
    // Otherwise table-core 9.3 resets the expanded state whenever `data` changes, closing open rows on every filter or sort.
    manualExpanding: true,
    getRowCanExpand: canOpenEveryRow,
    state: { sorting, expanded },
    onExpandedChange: setExpanded,
  });

  const rows = table.getRowModel().rows;

  return (
    <section className="panel papers-panel" aria-labelledby={headingId}>
      <div className="papers-toolbar">
        <h2 id={headingId}>Papers</h2>
        <p className="papers-count">
          Showing {formatCount(papers.length)} of {formatCount(totalCount)}
          {setAsideCount > 0 && ` · ${formatCount(setAsideCount)} set aside`}
        </p>
        <SortSelect />
      </div>
      <OwnerNameContext value={dataset?.profile.name}>
        <PeopleFactsContext value={peopleFacts}>
          <div className="papers-scroll" role="region" aria-label="Papers table, scrollable" tabIndex={0}>
            <table className={paperWindow.isVirtual ? 'papers-table is-windowed' : 'papers-table'}>
              <caption className="visually-hidden">Papers</caption>
              <thead>
                {table.getHeaderGroups().map((headerGroup) => (
                  <tr key={headerGroup.id}>
                    {headerGroup.headers.map((header) => (
                      <ColumnHeader key={header.id} header={header} />
                    ))}
                  </tr>
                ))}
              </thead>
              {papers.length === 0 && (
                <tbody>
                  <EmptyRow hasPapers={totalCount > 0} columnCount={columns.length} />
                </tbody>
              )}
              {paperWindow.isVirtual ? (
                <VirtualPaperRows rows={rows} columnCount={columns.length} paperWindow={paperWindow} />
              ) : (
                <AllPaperRows rows={rows} columnCount={columns.length} />
              )}
            </table>
          </div>
        </PeopleFactsContext>
      </OwnerNameContext>
    </section>
  );
}
