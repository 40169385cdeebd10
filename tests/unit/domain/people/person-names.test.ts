import { buildPersonDirectory, nameKey } from '../../../../src/domain/people/person-names';

describe('nameKey', () => {
  it.each([
    ['Inés  Varga', 'ines varga'],
    ['ines varga', 'ines varga'],
    ['INES-VARGA', 'ines varga'],
    ['Varga, Inés', 'ines varga'],
    ['  Varga ,Inés ', 'ines varga'],
    ['Jean-Luc Tavel', 'jean luc tavel'],
    ['Jean Luc Tavel', 'jean luc tavel'],
    ['J.-L. Tavel', 'j l tavel'],
    ['X.T. Wren', 'x t wren'],
    ['Tavel, Jr., Jean', 'jean tavel jr'],
    ['Ｍａｒｉｏ Ｂｅｌｌｉ', 'mario belli'],
    ['', ''],
  ])('should key %j as %j', (name, expected) => {
    expect(nameKey(name)).toBe(expected);
  });

  it('should keep non-Latin names as folded text', () => {
    expect(nameKey('林 雨桐')).toBe('林 雨桐');
    expect(nameKey('سارة نور')).toBe('سارة نور');
    expect(nameKey('Ирина СОКОЛОВА')).toBe('ирина соколова');
  });
});

describe('buildPersonDirectory', () => {
  it('should join spellings that differ in case, accents and spacing', () => {
    const directory = buildPersonDirectory(['Inés Varga', 'ines  varga', 'Varga, Inés', 'INES-VARGA']);

    const persons = new Set(['Inés Varga', 'ines  varga', 'Varga, Inés', 'INES-VARGA'].map(directory.personOf));

    expect(persons).toEqual(new Set(['ines varga']));
  });

  it('should join initials to the only fitting full name', () => {
    const directory = buildPersonDirectory(['Xanthe Wren', 'X. Wren', 'X Wren', 'Ilse Wren']);

    expect(directory.personOf('X. Wren')).toBe('xanthe wren');
    expect(directory.personOf('X Wren')).toBe('xanthe wren');
    expect(directory.personOf('Xanthe Wren')).toBe('xanthe wren');
    expect(directory.personOf('Ilse Wren')).toBe('ilse wren');
  });

  it('should keep initials apart when two full names fit', () => {
    const directory = buildPersonDirectory(['Xanthe Wren', 'Xavier Wren', 'X. Wren']);

    expect(directory.personOf('X. Wren')).toBe('x wren');
    expect(directory.personOf('Xanthe Wren')).toBe('xanthe wren');
    expect(directory.personOf('Xavier Wren')).toBe('xavier wren');
    expect(directory.displayName('x wren')).toBe('X. Wren');
  });

  it('should never join different family names', () => {
    const directory = buildPersonDirectory(['Xanthe Wren', 'X. Wrenn', 'Xanthe Wrenn']);

    expect(directory.personOf('X. Wrenn')).toBe('xanthe wrenn');
    expect(directory.personOf('Xanthe Wrenn')).not.toBe(directory.personOf('Xanthe Wren'));
  });

  it('should keep a shortened family name apart', () => {
    const directory = buildPersonDirectory(['Xanthe Wren', 'Xanthe W.']);

    expect(directory.personOf('Xanthe W.')).toBe('xanthe w');
  });

  it('should match initials in order against given names', () => {
    const directory = buildPersonDirectory(['Jean-Luc Tavel', 'Odile Marsh']);

    expect(directory.personOf('J. L. Tavel')).toBe('jean luc tavel');
    expect(directory.personOf('J.-L. Tavel')).toBe('jean luc tavel');
    expect(directory.personOf('JL Tavel')).toBe('jl tavel');
    expect(directory.personOf('J. Tavel')).toBe('jean luc tavel');
    expect(directory.personOf('Tavel, J. L.')).toBe('jean luc tavel');
    expect(directory.personOf('L. J. Tavel')).toBe('l j tavel');
    expect(directory.personOf('O. M. Marsh')).toBe('o m marsh');
  });

  it('should not fit more initials than given names', () => {
    const directory = buildPersonDirectory(['Jean Tavel']);

    expect(directory.personOf('J. L. Tavel')).toBe('j l tavel');
    expect(directory.personOf('J. Tavel')).toBe('jean tavel');
  });

  it('should treat hyphenated and spaced given names as one person', () => {
    const directory = buildPersonDirectory(['Jean-Luc Tavel', 'Jean Luc Tavel']);

    expect(directory.personOf('Jean-Luc Tavel')).toBe(directory.personOf('Jean Luc Tavel'));
  });

  it('should show the most frequent full spelling', () => {
    const directory = buildPersonDirectory(['I. Varga', 'ines varga', 'Inés Varga', 'Varga, Inés', 'I. Varga']);

    expect(directory.personOf('I. Varga')).toBe('ines varga');
    expect(directory.displayName('ines varga')).toBe('Inés Varga');
  });

  it('should show the earliest spelling on a tie', () => {
    const directory = buildPersonDirectory(['ines varga', 'Inés Varga']);

    expect(directory.displayName('ines varga')).toBe('ines varga');
  });

  it('should return an unknown person id unchanged', () => {
    const directory = buildPersonDirectory(['Inés Varga']);

    expect(directory.displayName('nobody here')).toBe('nobody here');
  });

  it('should resolve names it was not built from', () => {
    const directory = buildPersonDirectory(['Xanthe Wren']);

    expect(directory.personOf('x. wren')).toBe('xanthe wren');
    expect(directory.personOf('Odile Marsh')).toBe('odile marsh');
  });

  it('should keep non-Latin names as written', () => {
    const directory = buildPersonDirectory(['林 雨桐', '林雨桐', 'سارة نور', 'Ирина Соколова', 'И. Соколова']);

    expect(directory.personOf('林 雨桐')).toBe('林 雨桐');
    expect(directory.personOf('林雨桐')).toBe('林雨桐');
    expect(directory.displayName('林 雨桐')).toBe('林 雨桐');
    expect(directory.personOf('سارة نور')).toBe('سارة نور');
    expect(directory.displayName('سارة نور')).toBe('سارة نور');
    expect(directory.personOf('И. Соколова')).toBe('ирина соколова');
    expect(directory.displayName('ирина соколова')).toBe('Ирина Соколова');
  });

  it('should read uncased letters as names', () => {
    const directory = buildPersonDirectory(['雨 林', '雨桐 林']);

    expect(directory.personOf('雨 林')).toBe('雨 林');
  });

  it('should skip empty names', () => {
    const directory = buildPersonDirectory(['', '  ', 'Inés Varga']);

    expect(directory.personOf('')).toBe('');
    expect(directory.displayName('')).toBe('');
  });
});

describe('buildPersonDirectory with author lists', () => {
  it('keeps apart names listed on one paper', () => {
    const lists = [
      ['Xanthe Wren', 'X. Wren', 'Yusuf Okafor'],
      ['X. Wren', 'Zora Quill'],
    ];
    const directory = buildPersonDirectory(lists.flat(), lists);

    expect(directory.personOf('X. Wren')).not.toBe(directory.personOf('Xanthe Wren'));
  });

  it('still joins names on different papers', () => {
    const lists = [
      ['Xanthe Wren', 'Yusuf Okafor'],
      ['X. Wren', 'Zora Quill'],
    ];
    const directory = buildPersonDirectory(lists.flat(), lists);

    expect(directory.personOf('X. Wren')).toBe(directory.personOf('Xanthe Wren'));
  });
});
