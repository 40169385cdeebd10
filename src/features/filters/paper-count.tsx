import { useVisiblePapers } from '../../store/selectors';
import { describePaperCount } from './filter-options';

interface PaperCountProps {
  /** All papers of the active dataset. */
  total: number;
}

export function PaperCount({ total }: PaperCountProps) {
  const visibleCount = useVisiblePapers().length;

  return (
    <p className="filters-count" role="status" aria-live="polite">
      {describePaperCount(visibleCount, total)}
    </p>
  );
}
