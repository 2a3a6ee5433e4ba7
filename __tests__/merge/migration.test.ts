/**
 * undoMigration: the migration's own changes to an item (NULL for "",
 * updatedAt and createdAt of its own time) found against the item's
 * references, undone only where the rule is on, reported either way.
 */
import { mapKeys } from '../../src/merge/collection-keys.js';
import { undoMigration, type MigrationRules } from '../../src/merge/migration.js';

const T = Date.parse('2024-06-01T00:00:00.000Z');
const window = { start: T, end: T + 5 * 60_000 };
const ON: MigrationRules = { emptyStringsAsNull: true, rewroteUpdatedAt: true, window };
const OFF: MigrationRules = { emptyStringsAsNull: false, rewroteUpdatedAt: false, window };
const AT_MIGRATION = '2024-06-01T00:02:00.000Z';
const LATER = '2024-06-20T10:00:00.000Z';

describe('undoMigration', () => {
  const base = {
    id: 'a',
    title: 'T',
    note: '',
    venue: { room: '', floor: 2 },
    tags: ['x', ''],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-05-01T00:00:00.000Z',
  };
  const migrated = {
    id: 'a',
    title: 'T',
    note: null,
    venue: { room: null, floor: 2 },
    tags: ['x', null],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: AT_MIGRATION,
  };

  it('turns every null back into "" where the base had "", and the migration time back into the base updatedAt', () => {
    const r = undoMigration(migrated, [base], ON);
    expect(r.item).toEqual(base);
    expect(r.found).toEqual({ emptyStrings: ['note', 'venue.room', 'tags[1]'], updatedAt: true, createdAt: false });
  });

  it('with the rules off, changes nothing and still says what it would have undone', () => {
    const r = undoMigration(migrated, [base], OFF);
    expect(r.item).toBe(migrated);
    expect(r.found).toEqual({ emptyStrings: ['note', 'venue.room', 'tags[1]'], updatedAt: true, createdAt: false });
  });

  it('keeps a null at a path the base did not have, or where the base had another value', () => {
    const r = undoMigration({ ...migrated, extra: null, title: null }, [base], ON);
    expect(r.item.extra).toBeNull();
    expect(r.item.title).toBeNull();
  });

  it('takes the current file as the reference where the base has no such path', () => {
    const r = undoMigration({ id: 'n', note: null }, [undefined, { id: 'n', note: '' }], ON);
    expect(r.item).toEqual({ id: 'n', note: '' });
  });

  it('keeps an updatedAt the app wrote after the migration: a real change', () => {
    const r = undoMigration({ ...migrated, title: 'New', updatedAt: LATER }, [base], ON);
    expect(r.item.updatedAt).toBe(LATER);
    expect(r.found.updatedAt).toBe(false);
  });

  it('removes the createdAt and updatedAt the migration added to an item that had none', () => {
    const bare = { id: 'b', title: 'T' };
    const r = undoMigration({ id: 'b', title: 'T', createdAt: AT_MIGRATION, updatedAt: AT_MIGRATION }, [bare], ON);
    expect(r.item).toEqual(bare);
    expect(r.found).toMatchObject({ updatedAt: true, createdAt: true });
  });

  it('keeps a createdAt the base held, even inside the window', () => {
    const b = { id: 'c', createdAt: AT_MIGRATION };
    expect(undoMigration({ id: 'c', createdAt: AT_MIGRATION }, [b], ON).found.createdAt).toBe(false);
  });

  it('takes no timestamp for the migration when its window is unknown', () => {
    const r = undoMigration(migrated, [base], { ...ON, window: null });
    expect(r.item.updatedAt).toBe(AT_MIGRATION);
    expect(r.found.updatedAt).toBe(false);
  });

  it('does nothing to an item with no reference (added in DynamoDB since)', () => {
    const item = { id: 'z', note: null, updatedAt: AT_MIGRATION };
    expect(undoMigration(item, [undefined], ON)).toEqual({ item, found: { emptyStrings: [], updatedAt: false, createdAt: false } });
  });

  it('never changes the objects it is given', () => {
    const copy = structuredClone(migrated);
    undoMigration(migrated, [base], ON);
    expect(migrated).toEqual(copy);
  });

  it('keeps an own __proto__ attribute an attribute', () => {
    const item = JSON.parse('{"id":"p","__proto__":{"x":null}}') as Record<string, never>;
    const ref = JSON.parse('{"id":"p","__proto__":{"x":""}}') as Record<string, never>;
    const r = undoMigration(item, [ref], ON);
    expect(Object.getPrototypeOf(r.item)).toBe(Object.prototype);
    expect(JSON.stringify(r.item)).toBe('{"id":"p","__proto__":{"x":""}}');
  });
});

describe('mapKeys', () => {
  it('takes the id from the named attribute, removing it, and drops what the migration added', () => {
    const r = mapKeys({ participantId: 'p1', eventId: 'e1', name: 'N', pk: 'x' }, { id: 'participantId', drop: ['pk'] });
    expect(r.item).toEqual({ id: 'p1', eventId: 'e1', name: 'N' });
    expect(Object.keys(r.item)).toEqual(['id', 'eventId', 'name']);
    expect(r).toMatchObject({ dropped: ['pk'], renamed: true });
  });

  it('keeps the item as it is when there is nothing to map', () => {
    const item = { id: 'a', v: 1 };
    expect(mapKeys(item, { id: 'id', drop: ['participantId'] }).item).toBe(item);
  });

  it('replaces a plain id attribute by the named one, never dropping the id itself', () => {
    expect(mapKeys({ id: 'old', eventId: 'e1' }, { id: 'eventId', drop: ['id'] }).item).toEqual({ id: 'e1' });
  });
});
