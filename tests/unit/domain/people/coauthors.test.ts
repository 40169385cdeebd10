import { loadDefaultDataset } from '../../../../src/data/default-dataset';
import {
  buildPersonDirectoryForRecord,
  countJointPapersPerYear,
  paperIdsWithPerson,
  rankCoauthors,
} from '../../../../src/domain/people/coauthors';
import { makePaper } from '../../make-paper';

const OWNER = 'Inés Varga';

const record = [
  makePaper({
    title: 'Complete list, owner first',
    id: 'p1',
    authors: ['Inés Varga', 'Odile Marsh', 'Tomas Brenner'],
    published: '2019-04-01',
  }),
  makePaper({
    title: 'Cut list naming Marsh twice',
    id: 'p2',
    authors: ['Odile Marsh', 'Odile  Marsh', 'I. Varga'],
    authorsTruncated: true,
    published: '2021-09-15',
  }),
  makePaper({
    title: 'Cut list completed by another source',
    id: 'p3',
    authors: ['Xanthe Wren', 'Inés Varga'],
    authorsTruncated: true,
    fullAuthors: ['Xanthe Wren', 'Inés Varga', 'Tomas Brenner'],
    published: '2021-02-01',
  }),
  makePaper({
    title: 'Undated paper',
    id: 'p4',
    authors: ['Varga, Inés', 'Tomas Brenner'],
  }),
];

describe('rankCoauthors', () => {
  it('should rank by joint papers, then name', () => {
    const coauthors = rankCoauthors(record, OWNER);

    expect(coauthors.map((coauthor) => [coauthor.name, coauthor.jointPapers])).toEqual([
      ['Tomas Brenner', 3],
      ['Odile Marsh', 2],
      ['Xanthe Wren', 1],
    ]);
  });

  it('should count a repeated name once per paper', () => {
    const marsh = rankCoauthors(record, OWNER).find((coauthor) => coauthor.name === 'Odile Marsh');

    expect(marsh?.paperIds).toEqual(['p1', 'p2']);
    expect(marsh?.jointPapers).toBe(2);
  });

  it('should never list the owner', () => {
    const names = rankCoauthors(record, OWNER).map((coauthor) => coauthor.person);

    expect(names).not.toContain('ines varga');
    expect(names).not.toContain('i varga');
  });

  it('should take years from dated papers only', () => {
    const coauthors = rankCoauthors(record, OWNER);
    const years = coauthors.map(({ name, firstYear, lastYear }) => ({ name, firstYear, lastYear }));

    expect(years).toEqual([
      { name: 'Tomas Brenner', firstYear: 2019, lastYear: 2021 },
      { name: 'Odile Marsh', firstYear: 2019, lastYear: 2021 },
      { name: 'Xanthe Wren', firstYear: 2021, lastYear: 2021 },
    ]);
  });

  it('should leave years out without dated papers', () => {
    const undated = [makePaper({ title: 'Undated', authors: ['Inés Varga', 'Odile Marsh'] })];

    const [marsh] = rankCoauthors(undated, OWNER);

    expect(marsh?.jointPapers).toBe(1);
    expect(marsh?.firstYear).toBeUndefined();
    expect(marsh?.lastYear).toBeUndefined();
  });

  it('should flag counts a cut list may hide', () => {
    const mayBeLow = Object.fromEntries(rankCoauthors(record, OWNER).map((coauthor) => [coauthor.name, coauthor.mayBeLow]));

    expect(mayBeLow).toEqual({ 'Tomas Brenner': true, 'Odile Marsh': false, 'Xanthe Wren': true });
  });

  it('should not flag counts without cut lists', () => {
    const complete = record.filter((paper) => paper.id !== 'p2');

    expect(rankCoauthors(complete, OWNER).some((coauthor) => coauthor.mayBeLow)).toBe(false);
  });

  it('should break ties by name', () => {
    const papers = [makePaper({ title: 'Tie', authors: ['Inés Varga', 'Xanthe Wren', 'Ilse Korda', 'Odile Marsh'] })];

    expect(rankCoauthors(papers, OWNER).map((coauthor) => coauthor.name)).toEqual([
      'Ilse Korda',
      'Odile Marsh',
      'Xanthe Wren',
    ]);
  });

  it('should return nothing for an empty record', () => {
    expect(rankCoauthors([], OWNER)).toEqual([]);
  });
});

describe('rankCoauthors on the default profile', () => {
  it('should count the three most frequent co-authors', () => {
    const dataset = loadDefaultDataset();

    const top = rankCoauthors(dataset.papers, dataset.profile.name).slice(0, 3);

    // Counted by a separate Node script over src/data/changyu-chen.links.json: for each name, the number of
    // records whose `authors` list contains it exactly. Five people share 5 papers, and the name order puts
    // Arunesh Sinha and Min Lin first among them.
    expect(top.map(({ name, jointPapers }) => ({ name, jointPapers }))).toEqual([
      { name: 'Zichen Liu', jointPapers: 6 },
      { name: 'Arunesh Sinha', jointPapers: 5 },
      { name: 'Min Lin', jointPapers: 5 },
    ]);
    expect(top[0]?.paperIds).toEqual([
      'arxiv:2503.20783',
      'arxiv:2510.01051',
      'arxiv:2406.09760',
      'arxiv:2411.01493',
      'arxiv:2502.12982',
      'arxiv:2504.10559',
    ]);
    expect(top.some((coauthor) => coauthor.mayBeLow)).toBe(false);
  });
});

describe('countJointPapersPerYear', () => {
  it('should count per year with empty years as 0', () => {
    const papers = [
      ...record,
      makePaper({ title: 'Later', id: 'p5', authors: ['Inés Varga', 'Odile Marsh'], published: '2023-01-01' }),
    ];
    const directory = buildPersonDirectoryForRecord(papers, OWNER);

    const rows = countJointPapersPerYear(papers, ['odile marsh', 'tomas brenner'], directory);

    expect(rows).toEqual([
      { year: 2019, counts: { 'odile marsh': 1, 'tomas brenner': 1 } },
      { year: 2020, counts: { 'odile marsh': 0, 'tomas brenner': 0 } },
      { year: 2021, counts: { 'odile marsh': 1, 'tomas brenner': 1 } },
      { year: 2022, counts: { 'odile marsh': 0, 'tomas brenner': 0 } },
      { year: 2023, counts: { 'odile marsh': 1, 'tomas brenner': 0 } },
    ]);
  });

  it('should span only the years of the given persons', () => {
    const directory = buildPersonDirectoryForRecord(record, OWNER);

    expect(countJointPapersPerYear(record, ['xanthe wren'], directory)).toEqual([
      { year: 2021, counts: { 'xanthe wren': 1 } },
    ]);
  });

  it('should return nothing without dated joint papers', () => {
    const directory = buildPersonDirectoryForRecord(record, OWNER);

    expect(countJointPapersPerYear(record, ['nobody listed'], directory)).toEqual([]);
    expect(countJointPapersPerYear(record, [], directory)).toEqual([]);
  });
});

describe('paperIdsWithPerson', () => {
  it('should find papers under any spelling', () => {
    const directory = buildPersonDirectoryForRecord(record, OWNER);

    expect(paperIdsWithPerson(record, 'odile marsh', directory)).toEqual(new Set(['p1', 'p2']));
    expect(paperIdsWithPerson(record, 'ines varga', directory)).toEqual(new Set(['p1', 'p2', 'p3', 'p4']));
    expect(paperIdsWithPerson(record, 'tomas brenner', directory)).toEqual(new Set(['p1', 'p3', 'p4']));
  });

  it('should use fullAuthors over a cut list', () => {
    const directory = buildPersonDirectoryForRecord(record, OWNER);

    expect(paperIdsWithPerson(record, 'tomas brenner', directory).has('p3')).toBe(true);
  });
});

describe('buildPersonDirectoryForRecord', () => {
  it('should include the owner and full author lists', () => {
    const papers = [makePaper({ title: 'Cut', authors: ['O. Marsh'], authorsTruncated: true, fullAuthors: ['Odile Marsh'] })];

    const directory = buildPersonDirectoryForRecord(papers, 'Varga, Inés');

    expect(directory.displayName('ines varga')).toBe('Inés Varga');
    expect(directory.personOf('O. Marsh')).toBe('odile marsh');
  });
});
