import { createColumnHelper } from '@tanstack/react-table';

import type { Paper } from '../../domain/model';
import { AuthorNames } from './author-names';
import { CodeAvailability } from './code-availability';
import { OwnerPlace } from './owner-place';
import { CategoryLabel, CitationCount, PaperTitleButton, PublicationDate, ScoreValue } from './paper-cells';
import type { PaperTableFeatures } from './table-features';

const column = createColumnHelper<PaperTableFeatures, Paper>();
/** Author names a row shows before "+N more"; the owner's name shows wherever it is, and the details list all. */
const AUTHORS_IN_TABLE = 6;


/**
 * Columns of the paper table, defined once so that the table keeps one reference. A sortable
 * column's id is the store's sort key. The table never sorts by the accessors, because the domain sorts.
 */
export const paperColumns = column.columns([
  column.accessor('title', {
    id: 'title',
    header: 'Title',
    cell: ({ row }) => (
      <PaperTitleButton paper={row.original} isOpen={row.getIsExpanded()} onToggle={() => row.toggleExpanded()} />
    ),
  }),
  column.accessor('authors', {
    id: 'authors',
    header: 'Authors',
    enableSorting: false,
    cell: ({ row }) => (
      <span className="papers-clamp">
        <AuthorNames
          authors={row.original.fullAuthors ?? row.original.authors}
          truncated={row.original.fullAuthors ? false : row.original.authorsTruncated}
          limit={AUTHORS_IN_TABLE}
        />
      </span>
    ),
  }),
  // The accessor is never read: the domain sorts by the owner's place, and the column only needs to be sortable.
  column.accessor('sourceIndex', {
    id: 'position',
    header: 'Authorship',
    cell: ({ row }) => <OwnerPlace paper={row.original} />,
  }),
  column.accessor('category', {
    id: 'category',
    header: 'Category',
    cell: ({ row }) => <CategoryLabel category={row.original.category} />,
  }),
  column.accessor('published', {
    id: 'date',
    header: 'Date',
    cell: ({ row }) => <PublicationDate paper={row.original} />,
  }),
  column.accessor('score', {
    id: 'score',
    header: 'Score',
    cell: ({ row }) => <ScoreValue score={row.original.score} />,
  }),
  column.display({
    id: 'code',
    header: 'Code',
    cell: ({ row }) => <CodeAvailability paper={row.original} />,
  }),
]);

/** The same columns with citation counts before Code, for datasets whose papers carry them. */
export const paperColumnsWithCitations = column.columns([
  ...paperColumns.slice(0, -1),
  column.accessor('citations', {
    id: 'citations',
    header: 'Citations',
    cell: ({ row }) => <CitationCount citations={row.original.citations} />,
  }),
  ...paperColumns.slice(-1),
]);
