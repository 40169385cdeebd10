import { formatPublicationDate } from '../../domain/format';
import { useVisiblePapers } from '../../store/selectors';

export function PaperList() {
  const papers = useVisiblePapers();

  return (
    <section aria-labelledby="papers-heading">
      <h2 id="papers-heading">Papers ({papers.length})</h2>
      <ol className="paper-list">
        {papers.map((paper) => (
          <li key={paper.id}>
            <span className="paper-title">{paper.title}</span>
            <span className="paper-meta">
              {paper.category} · {formatPublicationDate(paper.published, paper.datePrecision)}
              {paper.score !== undefined && ` · score ${paper.score}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
