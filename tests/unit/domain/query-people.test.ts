import { describe, expect, it } from 'vitest';

import { buildPaperIndex } from '../../../src/domain/query/paper-index';
import { getPeopleFacts } from '../../../src/domain/query/people-facts';
import { makePaper } from '../make-paper';

const OWNER = 'Inés Varga';

const papers = [
  makePaper({ title: 'Owner first', authors: ['Inés Varga', 'Odile Marsh'], published: '2019-04-01' }),
  makePaper({ title: 'Owner last', authors: ['Odile Marsh', 'Tomas Brenner', 'I. Varga'], published: '2021-09-15' }),
  makePaper({ title: 'Owner missing', authors: ['Xanthe Wren', 'Tomas Brenner'], published: '2022-02-01' }),
];

describe('getPeopleFacts', () => {
  it('places the owner on each paper', () => {
    const facts = getPeopleFacts(buildPaperIndex(papers), OWNER);

    expect(facts.ownerPlaces.map((place) => place.kind)).toEqual(['first', 'last', 'not-listed']);
  });

  it('marks the papers of one person', () => {
    const facts = getPeopleFacts(buildPaperIndex(papers), OWNER);

    expect([...facts.personMask(facts.directory.personOf('Tomas Brenner'))]).toEqual([0, 1, 1]);
    expect([...facts.personMask(facts.directory.personOf('Odile Marsh'))]).toEqual([1, 1, 0]);
  });

  it('ranks co-authors of every paper in the record', () => {
    const facts = getPeopleFacts(buildPaperIndex(papers), OWNER);

    expect(facts.coauthors.map((coauthor) => [coauthor.name, coauthor.jointPapers])).toEqual([
      ['Odile Marsh', 2],
      ['Tomas Brenner', 2],
      ['Xanthe Wren', 1],
    ]);
  });

  it('builds once per index and owner', () => {
    const index = buildPaperIndex(papers);

    expect(getPeopleFacts(index, OWNER)).toBe(getPeopleFacts(index, OWNER));
    expect(getPeopleFacts(index, 'Odile Marsh')).not.toBe(getPeopleFacts(index, OWNER));
  });
});

describe('isOwnerListed', () => {
  it('is true when an author list names the owner', () => {
    expect(getPeopleFacts(buildPaperIndex(papers), OWNER).isOwnerListed).toBe(true);
  });

  it('is false when no author list names the owner', () => {
    expect(getPeopleFacts(buildPaperIndex(papers), 'Imported papers').isOwnerListed).toBe(false);
  });
});
