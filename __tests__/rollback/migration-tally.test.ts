/** What the tally says of backup items without an id that DynamoDB no longer holds as they were. */
import { BaseIndex, SideCollector } from '../../src/merge/side.js';
import { MigrationTally } from '../../src/collection/migration-tally.js';

function tallyOf(exported: Record<string, unknown>[], generatedIds = true) {
  const base = new BaseIndex([{ id: 'a', v: 1 }, { title: 'no id' }, { title: 'another' }], 'backup/talks.json');
  const theirs = new SideCollector(base, 'export table t', { matchGeneratedIds: generatedIds });
  for (const item of exported) theirs.add(item as never);
  return new MigrationTally().finish(theirs, generatedIds);
}

describe('MigrationTally', () => {
  it('counts backup items without an id that matched no DynamoDB item (changed or deleted there)', () => {
    const m = tallyOf([
      { id: 'a', v: 1 },
      { id: 'uuid-1', title: 'no id' },
      { id: 'uuid-2', title: 'another, renamed in DynamoDB' },
    ]);
    expect(m.generatedIds).toEqual(['uuid-1']);
    expect(m.keylessNotFound).toBe(1);
  });

  it('counts none when every one was matched back', () => {
    expect(
      tallyOf([
        { id: 'a', v: 1 },
        { id: 'u1', title: 'no id' },
        { id: 'u2', title: 'another' },
      ]).keylessNotFound,
    ).toBe(0);
  });

  it('counts none when generated ids are not matched at all (the rule is off; notApplied says what would match)', () => {
    const m = tallyOf(
      [
        { id: 'a', v: 1 },
        { id: 'u1', title: 'no id' },
      ],
      false,
    );
    expect(m.keylessNotFound).toBe(0);
    expect(m.notApplied.generatedIds).toBe(1);
  });
});
