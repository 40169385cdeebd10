import { describeCategory } from '../../domain/categories';
import { formatCount, formatPublicationDate } from '../../domain/format';
import type { Paper } from '../../domain/model';
import { cleanTexText } from '../../domain/text';

/** Builds the id of a paper's details row, encoded so that `aria-controls` never meets white space. */
export function getPaperDetailsId(paperId: string): string {
  return `paper-details-${encodeURIComponent(paperId)}`;
}

interface PaperTitleButtonProps {
  paper: Paper;
  isOpen: boolean;
  onToggle: () => void;
}

export function PaperTitleButton({ paper, isOpen, onToggle }: PaperTitleButtonProps) {
  return (
    <button
      type="button"
      className="paper-title-button"
      aria-expanded={isOpen}
      aria-controls={isOpen ? getPaperDetailsId(paper.id) : undefined}
      onClick={onToggle}
    >
      <span className="papers-clamp">{cleanTexText(paper.title)}</span>
    </button>
  );
}

function MissingValue({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}

export function CategoryLabel({ category }: { category: string | undefined }) {
  if (!category) return <MissingValue label="no category" />;

  const name = describeCategory(category);
  if (name === category) return <>{category}</>;

  return <abbr title={name}>{category}</abbr>;
}

const DATE_TIME_LENGTH = { year: 4, month: 7, day: 10 } as const;

export function PublicationDate({ paper }: { paper: Paper }) {
  const text = formatPublicationDate(paper.published, paper.datePrecision);
  if (!paper.published) return <span className="papers-muted">{text}</span>;

  // The stored date fills unknown parts with 01, so the machine-readable date keeps only the known parts.
  const dateTime = paper.published.slice(0, DATE_TIME_LENGTH[paper.datePrecision ?? 'day']);

  return <time dateTime={dateTime}>{text}</time>;
}

export function CitationCount({ citations }: { citations: number | undefined }) {
  if (citations === undefined) return <MissingValue label="citations unknown" />;

  return <>{formatCount(citations)}</>;
}

export function ScoreValue({ score }: { score: number | undefined }) {
  if (score === undefined) return <MissingValue label="no score" />;

  return <>{score.toFixed(1)}</>;
}
