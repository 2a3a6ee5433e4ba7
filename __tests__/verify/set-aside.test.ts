/**
 * A merge conflict that sets a version aside (after the real migration,
 * u-2 was changed both in DynamoDB and in its file; prefer dynamodb takes
 * DynamoDB's) is never passed over: the rollback warns naming the id, its
 * summary says whose version was set aside, and verify, which passes (the
 * file holds the version the conflict took, as the design's prefer says),
 * names it in its result, headline and notes.
 */
import { execute } from '../../src/commands/execute.js';
import { renderText } from '../../src/core/summary.js';
import type { VerifyResult } from '../../src/verify/run-verify.js';
import { testDynamo } from '../harness/aws.js';
import { type RealMigrationGround, realMigrationGround } from '../fixtures/real-migration.js';
import { recorder } from './recorder.js';

let ground: RealMigrationGround;
beforeAll(async () => {
  ground = await realMigrationGround('ddbrb-set-aside-', testDynamo(), 'plain');
});
afterAll(() => ground?.cleanup());

describe('a version set aside by a merge conflict', () => {
  it('is warned of by the rollback and named in its summary, and listed by verify', async () => {
    const app = await ground.freshApp();
    const rec = recorder();
    const rolled = await execute('rollback', { from: ground.exportDir }, rec, app.root);
    expect(rec.lines.filter((l) => l.startsWith('warning:') && l.includes('u-2: conflict changed-both'))).toHaveLength(1);
    expect(renderText(rolled.presentation.summary)).toContain("users: the file's version of u-2 set aside by a conflict (prefer dynamodb)");

    const vrec = recorder();
    const verified = await execute('verify', { from: ground.exportDir }, vrec, app.root);
    const v = verified.result as VerifyResult;
    expect(v.ok).toBe(true);
    expect(v.rollbackReport?.setAside).toEqual([{ collection: 'users', ids: ['u-2'] }]);
    expect(
      vrec.lines.some((l) => l.startsWith('warning:') && l.includes("users: the rollback's merge set aside") && l.includes('u-2')),
    ).toBe(true);
    const text = renderText(verified.presentation.summary);
    expect(text).toContain("1 version set aside by the rollback's conflicts (prefer dynamodb");
    expect(text).toContain("users: set aside by the rollback's conflicts");
  });
});
