import type { Paper } from '../../src/domain/model';

let nextSourceIndex = 0;

/** Builds a paper with neutral defaults; each call gets the next source position unless given one. */
export function makePaper(overrides: Partial<Paper> & { title: string }): Paper {
  const sourceIndex = overrides.sourceIndex ?? nextSourceIndex++;
  return {
    id: `paper-${sourceIndex}`,
    authors: ['Alex Moreau', 'Wei Zhang'],
    authorsTruncated: false,
    affiliations: [],
    hasCode: false,
    sourceIndex,
    ...overrides,
  };
}

export function resetPaperPositions(): void {
  nextSourceIndex = 0;
}
