import {
  describeJsonType,
  migrateToCurrent,
  readSchemaVersion,
  type SchemaHistory,
} from '../../../../src/domain/saved-data/schema-migration';

const history: SchemaHistory = {
  currentVersion: 3,
  migrations: [
    { from: 1, migrate: (value) => ({ ...(value as object), steps: [...(value as { steps: number[] }).steps, 1] }) },
    { from: 0, migrate: (value) => ({ ...(value as object), steps: [0] }) },
    { from: 2, migrate: (value) => ({ ...(value as object), steps: [...(value as { steps: number[] }).steps, 2] }) },
  ],
};

describe('migrateToCurrent', () => {
  it('should apply each step in version order', () => {
    expect(migrateToCurrent({ name: 'draft' }, 0, history)).toEqual({ ok: true, value: { name: 'draft', steps: [0, 1, 2] } });
  });

  it('should start from the given version', () => {
    expect(migrateToCurrent({ steps: [] }, 2, history)).toEqual({ ok: true, value: { steps: [2] } });
  });

  it('should leave a current value unchanged', () => {
    const value = { steps: [] };

    const result = migrateToCurrent(value, 3, history);

    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toBe(value);
  });

  it('should fail on a missing step', () => {
    const gap: SchemaHistory = { currentVersion: 2, migrations: [{ from: 0, migrate: (value) => value }] };

    expect(migrateToCurrent({}, 0, gap)).toEqual({ ok: false, error: 'Internal error: no migration from schema version 1 to 2.' });
  });

  it('should fail when a step throws', () => {
    const broken: SchemaHistory = {
      currentVersion: 1,
      migrations: [
        {
          from: 0,
          migrate: () => {
            throw new TypeError('bad shape');
          },
        },
      ],
    };

    expect(migrateToCurrent({}, 0, broken)).toEqual({
      ok: false,
      error: 'Internal error: the migration from schema version 0 failed (TypeError: bad shape).',
    });
  });
});

describe('readSchemaVersion', () => {
  it.each([
    [0, 0],
    [1, 1],
    [12, 12],
    [-1, undefined],
    [1.5, undefined],
    ['1', undefined],
    [Number.NaN, undefined],
    [undefined, undefined],
    [null, undefined],
  ])('should read %j as %j', (value, expected) => {
    expect(readSchemaVersion(value)).toBe(expected);
  });
});

describe('describeJsonType', () => {
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [[1], 'a list'],
    ['x', 'a string'],
    [3, 'a number'],
    [false, 'true or false'],
    [{}, 'an object'],
  ])('should describe %j as %s', (value, expected) => {
    expect(describeJsonType(value)).toBe(expected);
  });
});
