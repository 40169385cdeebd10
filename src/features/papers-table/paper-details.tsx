import type { MouseEvent } from 'react';

import { ExternalLink } from '../../components/external-link';
import type { Paper } from '../../domain/model';
import { cleanTexText, isHttpUrl } from '../../domain/text';
import { usePubscopeStore } from '../../store/pubscope-store';
import { AuthorNames } from './author-names';

function CodeEntry({ paper }: { paper: Paper }) {
  if (isHttpUrl(paper.codeUrl)) return <ExternalLink href={paper.codeUrl} />;

  return <>Code is available, but its link is not a web address, so it is not shown.</>;
}

function ArxivEntry({ paper }: { paper: Paper }) {
  const label = paper.arxivId ? `arXiv:${paper.arxivId}` : paper.arxivUrl;

  return <ExternalLink href={paper.arxivUrl}>{label}</ExternalLink>;
}

/** Offers to take a paper that is not the owner's, such as a namesake's, out of the record. */
function SetAsideButton({ paperId }: { paperId: string }) {
  const setPaperAside = usePubscopeStore((state) => state.setPaperAside);

  const setAside = (event: MouseEvent<HTMLButtonElement>) => {
    // The row and this button leave the table, so focus moves to the table instead of the start of the page.
    event.currentTarget.closest<HTMLElement>('.papers-scroll')?.focus();
    setPaperAside(paperId);
  };

  return (
    <button type="button" className="paper-set-aside" onClick={setAside}>
      Set aside from the record
    </button>
  );
}

/**
 * Shows what the table row leaves out: the abstract, every known author, affiliations and links, and a button that
 * sets the paper aside from the record.
 */
export function PaperDetails({ paper }: { paper: Paper }) {
  const authors = paper.fullAuthors ?? paper.authors;
  const authorsTruncated = paper.fullAuthors ? false : paper.authorsTruncated;
  const hasArxiv = Boolean(paper.arxivId || paper.arxivUrl);

  return (
    <div className="paper-details" role="region" aria-label={`Details of ${cleanTexText(paper.title)}`}>
      <dl>
        <dt>Abstract</dt>
        <dd className="paper-abstract">
          {paper.abstract ? cleanTexText(paper.abstract) : <span className="papers-muted">No abstract in this record.</span>}
        </dd>
        <dt>Authors</dt>
        <dd>
          <AuthorNames authors={authors} truncated={authorsTruncated} />
        </dd>
        {paper.affiliations.length > 0 && (
          <>
            <dt>Affiliations</dt>
            <dd>{paper.affiliations.join(', ')}</dd>
          </>
        )}
        {hasArxiv && (
          <>
            <dt>arXiv</dt>
            <dd>
              <ArxivEntry paper={paper} />
            </dd>
          </>
        )}
        {paper.hasCode && (
          <>
            <dt>Code</dt>
            <dd>
              <CodeEntry paper={paper} />
            </dd>
          </>
        )}
      </dl>
      <SetAsideButton paperId={paper.id} />
    </div>
  );
}
