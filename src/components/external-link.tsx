import type { ReactNode } from 'react';

import { isHttpUrl } from '../domain/text';

interface ExternalLinkProps {
  href: string | undefined;
  children?: ReactNode;
}

/**
 * Makes a link of an http(s) URL from the data, opening in a new tab without giving the new page
 * access to this one. Any other value (a `javascript:` URL, a bare host) is shown as plain text.
 */
export function ExternalLink({ href, children }: ExternalLinkProps) {
  if (!isHttpUrl(href)) return <span className="unsafe-link">{children ?? href}</span>;

  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}
