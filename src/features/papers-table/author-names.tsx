import { Fragment, useContext } from 'react';

import { foldText } from '../../domain/text';
import { OwnerNameContext } from './owner-name-context';

interface AuthorNamesProps {
  authors: readonly string[];
  /** True when the list is cut short, which adds "et al.". */
  truncated: boolean;
}

/** Lists authors separated by commas, marking the record's owner wherever the whole name matches. */
export function AuthorNames({ authors, truncated }: AuthorNamesProps) {
  const ownerName = useContext(OwnerNameContext);
  const ownerKey = ownerName ? foldText(ownerName) : undefined;

  if (authors.length === 0) return <span className="papers-muted">Authors unknown</span>;

  return (
    <>
      {authors.map((author, position) => (
        <Fragment key={position}>
          {position > 0 && ', '}
          {foldText(author) === ownerKey ? <mark>{author}</mark> : author}
        </Fragment>
      ))}
      {truncated && ' et al.'}
    </>
  );
}
