import { ExternalLink } from '../../components/external-link';
import type { Paper } from '../../domain/model';
import { cleanTexText, isHttpUrl } from '../../domain/text';

interface CodeAvailabilityProps {
  paper: Paper;
}

/**
 * Shows a "Code" link for an http(s) code URL, "Yes" when the paper has code but no safe URL
 * (a `javascript:` URL, for example), and nothing when it has no code.
 */
export function CodeAvailability({ paper }: CodeAvailabilityProps) {
  if (isHttpUrl(paper.codeUrl)) {
    return (
      <ExternalLink href={paper.codeUrl}>
        Code <span className="visually-hidden">of {cleanTexText(paper.title)}</span>
      </ExternalLink>
    );
  }

  if (paper.hasCode) return <>Yes</>;

  return null;
}
