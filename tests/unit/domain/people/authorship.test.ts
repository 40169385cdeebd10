import {
  compareOwnerPlaces,
  describeOwnerPlace,
  findOwnerPlace,
  formatOrdinal,
} from '../../../../src/domain/people/authorship';
import type { OwnerPlace } from '../../../../src/domain/people/authorship';
import { buildPersonDirectoryForRecord } from '../../../../src/domain/people/coauthors';
import { buildPersonDirectory } from '../../../../src/domain/people/person-names';
import { loadDefaultDataset } from '../../../../src/data/default-dataset';
import type { Paper } from '../../../../src/domain/model';
import { makePaper } from '../../make-paper';

const OWNER = 'Inés Varga';
const directory = buildPersonDirectory([OWNER, 'Odile Marsh', 'Tomas Brenner', 'Xanthe Wren', 'Ilse Korda']);
const owner = directory.personOf(OWNER);

function placeOn(authors: string[], extra: Partial<Paper> = {}): OwnerPlace {
  return findOwnerPlace(makePaper({ title: 'A paper', authors, ...extra }), owner, directory);
}

describe('findOwnerPlace', () => {
  it('should find the first author', () => {
    expect(placeOn(['Inés Varga', 'Odile Marsh', 'Tomas Brenner'])).toEqual({
      kind: 'first',
      position: 1,
      authorCount: 3,
      isCountExact: true,
    });
  });

  it('should find the last author', () => {
    expect(placeOn(['Odile Marsh', 'Tomas Brenner', 'ines varga'])).toEqual({
      kind: 'last',
      position: 3,
      authorCount: 3,
      isCountExact: true,
    });
  });

  it('should find a middle author', () => {
    expect(placeOn(['Odile Marsh', 'Tomas Brenner', 'I. Varga', 'Xanthe Wren', 'Ilse Korda'])).toEqual({
      kind: 'middle',
      position: 3,
      authorCount: 5,
      isCountExact: true,
    });
  });

  it('should find the sole author', () => {
    expect(placeOn(['Varga, Inés'])).toEqual({ kind: 'sole', position: 1, authorCount: 1, isCountExact: true });
  });

  it('should read the first of a cut list as first', () => {
    expect(placeOn(['Inés Varga'], { authorsTruncated: true })).toEqual({
      kind: 'first',
      position: 1,
      authorCount: 1,
      isCountExact: false,
    });
  });

  it('should read the end of a cut list as middle', () => {
    const place = placeOn(['Odile Marsh', 'Tomas Brenner', 'Inés Varga'], { authorsTruncated: true });

    expect(place).toEqual({ kind: 'middle', position: 3, authorCount: 3, isCountExact: false });
  });

  it('should place a missing owner in the cut part', () => {
    expect(placeOn(['Odile Marsh', 'Tomas Brenner'], { authorsTruncated: true })).toEqual({ kind: 'in-cut-part' });
  });

  it('should report a missing owner of a complete list', () => {
    expect(placeOn(['Odile Marsh', 'Tomas Brenner'])).toEqual({ kind: 'not-listed' });
  });

  it('should prefer fullAuthors over a cut list', () => {
    const place = placeOn(['Odile Marsh', 'Tomas Brenner'], {
      authorsTruncated: true,
      fullAuthors: ['Odile Marsh', 'Tomas Brenner', 'Xanthe Wren', 'Inés Varga'],
    });

    expect(place).toEqual({ kind: 'last', position: 4, authorCount: 4, isCountExact: true });
  });

  it('should ignore an empty fullAuthors', () => {
    expect(placeOn(['Odile Marsh'], { authorsTruncated: true, fullAuthors: [] })).toEqual({ kind: 'in-cut-part' });
  });

  it('should take the first of repeated owner names', () => {
    expect(placeOn(['Odile Marsh', 'Inés Varga', 'Inés Varga'])).toEqual({
      kind: 'middle',
      position: 2,
      authorCount: 3,
      isCountExact: true,
    });
  });
});

describe('formatOrdinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [10, '10th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
  ])('should write %i as %j', (value, expected) => {
    expect(formatOrdinal(value)).toBe(expected);
  });
});

describe('describeOwnerPlace', () => {
  it.each<[OwnerPlace, string]>([
    [{ kind: 'first', position: 1, authorCount: 4, isCountExact: true }, 'First author'],
    [{ kind: 'first', position: 1, authorCount: 3, isCountExact: false }, 'First author'],
    [{ kind: 'last', position: 4, authorCount: 4, isCountExact: true }, 'Last author'],
    [{ kind: 'sole', position: 1, authorCount: 1, isCountExact: true }, 'Sole author'],
    [{ kind: 'middle', position: 3, authorCount: 7, isCountExact: true }, '3rd of 7'],
    [{ kind: 'middle', position: 3, authorCount: 5, isCountExact: false }, '3rd of 5+ (list cut)'],
    [{ kind: 'middle', position: 22, authorCount: 41, isCountExact: true }, '22nd of 41'],
    [{ kind: 'in-cut-part' }, 'In the cut part of the list'],
    [{ kind: 'not-listed' }, 'Not in the author list'],
  ])('should describe %j as %j', (place, expected) => {
    expect(describeOwnerPlace(place)).toBe(expected);
  });
});

describe('compareOwnerPlaces', () => {
  it('should sort places by kind and position', () => {
    const places: OwnerPlace[] = [
      { kind: 'not-listed' },
      { kind: 'middle', position: 5, authorCount: 6, isCountExact: true },
      { kind: 'last', position: 3, authorCount: 3, isCountExact: true },
      { kind: 'in-cut-part' },
      { kind: 'middle', position: 2, authorCount: 3, isCountExact: false },
      { kind: 'sole', position: 1, authorCount: 1, isCountExact: true },
      { kind: 'first', position: 1, authorCount: 2, isCountExact: true },
    ];

    const sorted = [...places].sort(compareOwnerPlaces).map(describeOwnerPlace);

    expect(sorted).toEqual([
      'First author',
      'Sole author',
      '2nd of 3+ (list cut)',
      '5th of 6',
      'Last author',
      'In the cut part of the list',
      'Not in the author list',
    ]);
  });
});

describe('findOwnerPlace on the default profile', () => {
  it('should find the owner on every paper', () => {
    const { papers, profile } = loadDefaultDataset();
    const recordDirectory = buildPersonDirectoryForRecord(papers, profile.name);
    const ownerPerson = recordDirectory.personOf(profile.name);

    const kinds: Record<string, number> = {};
    for (const paper of papers) {
      const { kind } = findOwnerPlace(paper, ownerPerson, recordDirectory);
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }

    // Counted by a separate Node script over the full author lists in src/data/changyu-chen.links.json.
    expect(kinds).toEqual({ first: 7, middle: 12 });
  });
});

describe('findOwnerPlace with a blank owner key', () => {
  it('never matches blank author names', () => {
    const paper = makePaper({ title: 'Blank first author', authors: ['', 'Yusuf Okafor'] });
    const directory = buildPersonDirectory(['', 'Yusuf Okafor', '-']);

    expect(findOwnerPlace(paper, directory.personOf('-'), directory)).toEqual({ kind: 'not-listed' });
  });
});
