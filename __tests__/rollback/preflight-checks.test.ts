/**
 * Every input of rollback checked before the first byte is written, and a
 * refusal leaves no trace: the repository folder (folders, files, links)
 * is byte for byte as it was, with no state folder, not even an empty one.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { constants } from 'node:buffer';
import { createHash } from 'node:crypto';
import { chmod, cp, lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { exitCodeOf, InputError } from '../../src/core/errors.js';
import type { Reporter } from '../../src/core/reporter.js';
import { silentReporter } from '../../src/core/reporter.js';
import type { RollbackResult } from '../../src/rollback/result.js';
import { readCollectionFile } from '../../src/collection/collection-file.js';
import { runRollback, type RollbackOptions } from '../../src/rollback/run.js';
import { MAX_STRING_LENGTH, refuseTooLarge } from '../../src/collection/size-limit.js';
import { statePaths } from '../../src/state/paths.js';
import { testDynamo } from '../harness/aws.js';
import { treePicture } from '../fixtures/tree-picture.js';
import {
  BACKUP_NAME,
  type EventsApp,
  personalValues,
  rollbackOptionsFor,
  type SeededGround,
  seededGround,
} from '../fixtures/events-app.js';

let ground: SeededGround;
let seeded: EventsApp;
let exportDir: string;

beforeAll(async () => {
  ground = await seededGround('ddbrb-preflight-', testDynamo());
  ({ seeded, exportDir } = ground);
});

afterAll(() => ground.cleanup());

const freshApp = (stage?: string) => ground.freshApp(stage);

async function refusal(app: EventsApp, run: () => Promise<unknown>, message: RegExp, dataDir = app.dataDir): Promise<InputError> {
  const before = await treePicture(app.root);
  const err = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  expect(exitCodeOf(err)).toBe(2);
  expect((err as Error).message).toMatch(message);
  expect(personalValues().filter((v) => (err as Error).message.includes(v))).toEqual([]);
  expect(await treePicture(app.root)).toEqual(before);
  // Not even an empty state folder (inside the repository the picture shows it; the data dir may be the repository itself).
  await expect(lstat(statePaths(dataDir).root)).rejects.toThrow(/ENOENT/);
  return err as InputError;
}

const rollback = (app: EventsApp, options: Options = {}) => execute('rollback', { from: exportDir, ...options }, silentReporter, app.root);

const directOptions = (app: EventsApp, more: Partial<RollbackOptions> = {}): RollbackOptions => rollbackOptionsFor(app, exportDir, more);

describe('the data dir apart from the export and the migration backup', () => {
  it('refuses a data dir that is the export', async () => {
    const app = await freshApp();
    await cp(exportDir, path.join(app.root, 'export'), { recursive: true });
    const err = await refusal(
      app,
      () => rollback(app, { from: 'export', 'data-dir': 'export' }),
      /^data dir .*\/export is the export \(.*\/export\); they must be separate folders: check --data-dir \(or dataDir in the config\) and --from$/,
      path.join(app.root, 'export'),
    );
    expect(err.message).toContain(app.root);
  });

  it('refuses a data dir that contains the export', async () => {
    const app = await freshApp();
    await cp(exportDir, path.join(app.dataDir, 'export'), { recursive: true });
    await refusal(
      app,
      () => rollback(app, { from: 'server/data/export' }),
      /^data dir .*\/server\/data contains the export \(.*\/server\/data\/export\);/,
    );
  });

  it('refuses a data dir that lies inside the export', async () => {
    const app = await freshApp();
    await cp(exportDir, path.join(app.root, 'export'), { recursive: true });
    const table = (await readdir(path.join(app.root, 'export'))).find((n) => n.endsWith('-events'))!;
    const dataDir = path.join(app.root, 'export', table);
    await refusal(
      app,
      () => rollback(app, { from: 'export', 'data-dir': `export/${table}` }),
      /^data dir .* lies inside the export \(/,
      dataDir,
    );
  });

  it('sees through a symlink: an export path that leads to the data dir is refused, naming the real path', async () => {
    const app = await freshApp();
    await symlink(app.dataDir, path.join(app.root, 'export-link'));
    await refusal(
      app,
      () => rollback(app, { from: 'export-link' }),
      /^data dir .*\/server\/data is the export \(.*\/export-link, really .*\/server\/data\);/,
    );
  });

  it('refuses a data dir that is the migration backup', async () => {
    const app = await freshApp();
    const backup = path.join(app.root, 'migration-backups', BACKUP_NAME);
    await refusal(
      app,
      () => rollback(app, { 'data-dir': `migration-backups/${BACKUP_NAME}` }),
      /^data dir .*2024-06-01T00-00-00-000Z is the migration backup \(.*\); they must be separate folders: check --data-dir \(or dataDir in the config\) and --backup-dir \(or backupPath in the progress file\)$/,
      backup,
    );
  });

  it('refuses a data dir that contains the migration backup (the repository root)', async () => {
    const app = await freshApp();
    await refusal(app, () => rollback(app, { 'data-dir': '.' }), /^data dir .* contains the migration backup \(/, app.root);
  });

  it('refuses a data dir that lies inside the migration backup', async () => {
    const app = await freshApp();
    const inner = path.join(app.root, 'migration-backups', BACKUP_NAME, 'data');
    await mkdir(inner);
    await refusal(
      app,
      () => rollback(app, { 'data-dir': `migration-backups/${BACKUP_NAME}/data`, 'dry-run': true }),
      /^data dir .* lies inside the migration backup \(/,
      inner,
    );
  });
});

describe('--report', () => {
  it('refuses an existing folder', async () => {
    const app = await freshApp();
    await refusal(
      app,
      () => rollback(app, { report: 'server' }),
      /^--report .*\/server cannot be written: it is a folder; give a file path/,
    );
  });

  it('refuses a path under a file', async () => {
    const app = await freshApp();
    await refusal(
      app,
      () => rollback(app, { report: '.env/report.json' }),
      /^--report .*\/\.env\/report\.json cannot be written: ENOTDIR: .*\/\.env is a file, not a folder;/,
    );
  });

  it('refuses a path under a file, in a dry run too (which writes only the report)', async () => {
    const app = await freshApp();
    await refusal(
      app,
      () => rollback(app, { report: '.env/deeper/report.json', 'dry-run': true }),
      /cannot be written: ENOTDIR: .*\/\.env is a file, not a folder/,
    );
  });

  it('refuses a path inside the data dir (it would overwrite a collection file)', async () => {
    const app = await freshApp();
    await refusal(
      app,
      () => rollback(app, { report: 'server/data/events.json' }),
      /^--report .*events\.json lies inside the data dir \(.*\/server\/data\);/,
    );
  });

  it('takes a report path whose folders do not exist yet, and creates them only when writing it', async () => {
    const app = await freshApp();
    const ex = await rollback(app, { report: 'reports/new/plan.json', 'dry-run': true });
    expect((ex.result as RollbackResult).report).toBe(path.join(app.root, 'reports', 'new', 'plan.json'));
    expect(JSON.parse(await readFile(path.join(app.root, 'reports', 'new', 'plan.json'), 'utf8'))).toMatchObject({ dryRun: true });
  });
});

// access(2) grants root every write, so these run only where the tests do not run as root (CI runners do not).
const asUser = process.getuid?.() === 0 ? describe.skip : describe;

asUser('folders the rollback cannot write (skipped as root)', () => {
  const locked: string[] = [];
  afterEach(async () => {
    for (const dir of locked.splice(0)) await chmod(dir, 0o755);
  });
  const lock = async (dir: string) => {
    await chmod(dir, 0o555);
    locked.push(dir);
  };

  /** Known before the export is read: a refusal must not wait for minutes of streaming. */
  const notOpened = () => {
    throw new Error('the export was opened before the refusal');
  };

  it('a data dir that is not writable, refused before the export is opened', async () => {
    const app = await freshApp();
    await lock(app.dataDir);
    await refusal(
      app,
      () => runRollback(directOptions(app), { reporter: silentReporter, openExport: notOpened }),
      /^data dir .*\/server\/data is not writable \(EACCES\); fix its permissions and run again$/,
    );
  });

  it('a folder beside the data dir where the state folder cannot be created, refused before the export is opened', async () => {
    const app = await freshApp();
    await lock(path.join(app.root, 'server'));
    await refusal(
      app,
      () => runRollback(directOptions(app), { reporter: silentReporter, openExport: notOpened }),
      /^cannot create .*\.dynamodb-rollback\/data for the snapshot and lock \(EACCES: .*\/server is not writable\)/,
    );
  });

  it('a --report folder that is not writable', async () => {
    const app = await freshApp();
    await mkdir(path.join(app.root, 'reports'));
    await lock(path.join(app.root, 'reports'));
    await refusal(
      app,
      () => rollback(app, { report: 'reports/sub/r.json', 'dry-run': true }),
      /^--report .*r\.json cannot be written: EACCES: .*\/reports is not writable;/,
    );
  });
});

describe("the export's stage", () => {
  it('refuses an export of another stage, naming both and how to fix it', async () => {
    const app = await freshApp('other-stage');
    await refusal(
      app,
      () => rollback(app),
      new RegExp(
        `^the export .*export is of stage ${seeded.stage}, not other-stage; pass --stage ${seeded.stage} if that is the stage you mean, or give the export of stage other-stage with --from$`,
      ),
    );
    // As it says: with --stage, the same export is taken.
    const ex = await rollback(app, { stage: seeded.stage, 'dry-run': true });
    expect(ex.presentation.ok).toBe(true);
  });
});

describe('the state folder and the lock', () => {
  it('a refused run leaves no state folder, not even an empty one', async () => {
    const app = await freshApp();
    await rm(path.join(app.root, 'migration-progress.json'));
    await rm(path.join(app.root, 'migration-backups'), { recursive: true });
    await refusal(app, () => rollback(app), /^no migration backup found/);
  });

  it('a backup-strategy refusal in a dry run writes nothing at all (no report was asked for)', async () => {
    const app = await freshApp();
    const before = await treePicture(app.root);
    const ex = await rollback(app, { strategy: 'backup', 'dry-run': true });
    expect(ex.presentation.ok).toBe(false);
    expect((ex.result as RollbackResult).refused).toMatch(/would lose writes/);
    expect(await treePicture(app.root)).toEqual(before);
  });

  it('a socket or fifo in the data dir is refused before the plan, in a dry run too', async () => {
    const app = await freshApp();
    execFileSync('mkfifo', [path.join(app.dataDir, 'pipe')]);
    await refusal(
      app,
      () => rollback(app, { 'dry-run': true }),
      /pipe: not a regular file, folder or symlink; the snapshot cannot hold it/,
    );
  });

  it('a file that changes while the inputs are read is caught once the lock is held; the state folder it made is removed', async () => {
    const app = await freshApp();
    const users = path.join(app.dataDir, 'users.json');
    // The app writes users.json just after the rollback has read the last collection.
    const reporter: Reporter = {
      ...silentReporter,
      progress: (label) => ({
        add: () => {},
        detail: () => {},
        done: () => {
          if (label.startsWith('talks:')) writeFileSync(users, '[]');
        },
      }),
    };
    const before = await treePicture(app.root);
    const err = await runRollback(directOptions(app), { reporter }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(
      `${users} changed while the rollback read its inputs (another rollback, an undo or the app wrote it); nothing was written: run the rollback again`,
    );
    const after = await treePicture(app.root);
    expect(after['server/data/users.json']).toBe(createHash('sha256').update('[]').digest('hex'));
    expect({ ...after, 'server/data/users.json': before['server/data/users.json'] }).toEqual(before);
    await expect(lstat(path.dirname(statePaths(app.dataDir).root))).rejects.toThrow(/ENOENT/);
  });

  it('a lock held by another run is refused, and the state folder that run made stays as it was', async () => {
    const app = await freshApp();
    const state = statePaths(app.dataDir);
    await mkdir(state.root, { recursive: true });
    await writeFile(
      state.lock,
      JSON.stringify({ pid: process.pid, hostname: os.hostname(), command: 'rollback', startedAt: '2024-06-01T00:00:00.000Z' }),
    );
    const before = await treePicture(app.root);
    await expect(rollback(app)).rejects.toThrow(/^the data dir is locked by /);
    expect(await treePicture(app.root)).toEqual(before);
  });
});

describe('a collection file too large for the app to read', () => {
  it('is refused before anything is written, naming the collection, the size and what to do', async () => {
    const app = await freshApp();
    const err = await refusal(
      app,
      () => runRollback(directOptions(app), { reporter: silentReporter, maxStringLength: 200 }),
      /^events: the rollback would write .*events\.json as \d+ bytes \(\d+ characters\), over Node's limit of 200 characters for one string; the app reads each file whole, so it could not read it\. Nothing was written\. /,
    );
    expect(err.message).toMatch(/export again, or change the app to read large files in parts$/);
  });

  it('is refused in a dry run too', async () => {
    const app = await freshApp();
    await refusal(
      app,
      () => runRollback(directOptions(app, { dryRun: true }), { reporter: silentReporter, maxStringLength: 200 }),
      /^events: the rollback would write /,
    );
  });

  it('takes a file just at the limit', () => {
    const size = (items: object[]) => JSON.stringify(items, null, 2).length;
    const items = [{ id: 'a', text: 'x'.repeat(50) }];
    expect(() => refuseTooLarge([{ collection: 'c', file: 'c.json', items, trailingNewline: false }], size(items))).not.toThrow();
    expect(() => refuseTooLarge([{ collection: 'c', file: 'c.json', items, trailingNewline: true }], size(items))).toThrow(
      /over Node's limit/,
    );
  });

  it("counts characters as the app's string holds them, not bytes", () => {
    const items = [{ id: 'a', text: 'é'.repeat(40) }]; // 2 bytes each in UTF-8, one character in the string
    const chars = JSON.stringify(items, null, 2).length;
    expect(() => refuseTooLarge([{ collection: 'c', file: 'c.json', items, trailingNewline: false }], chars)).not.toThrow();
  });

  it("defaults to Node's own limit", () => {
    expect(MAX_STRING_LENGTH).toBe(constants.MAX_STRING_LENGTH);
    // Over the real limit without holding it: one shared 1 MiB string, repeated.
    const big = 'x'.repeat(1 << 20);
    const items = Array.from({ length: Math.ceil(constants.MAX_STRING_LENGTH / (1 << 20)) + 1 }, (_, i) => ({ id: String(i), big }));
    expect(() => refuseTooLarge([{ collection: 'c', file: 'c.json', items, trailingNewline: false }])).toThrow(
      new RegExp(`over Node's limit of ${constants.MAX_STRING_LENGTH} characters`),
    );
    expect(() => refuseTooLarge([{ collection: 'c', file: 'c.json', items: items.slice(0, 10), trailingNewline: false }])).not.toThrow();
  });
});

describe('a collection file longer than the app can read', () => {
  it('is refused with its size before its content is judged, by the rollback reading it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-long-file-'));
    try {
      const file = path.join(dir, 'users.json');
      await writeFile(file, `[${'\u0000'.repeat(40)}`);
      const err = await readCollectionFile(file, () => {}, 16).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toBe(
        `${file}: too large for the app to read (41 bytes; Node's limit is 16 characters in one string, and the app reads each file whole); it is not a file the app wrote: restore it from git or the migration backup`,
      );
      // Counted in characters, not bytes: 13 characters in 25 bytes fit a limit of 16.
      await writeFile(file, '["日本語","日本語"]');
      await expect(readCollectionFile(file, () => {}, 16)).resolves.toMatchObject({ count: 2 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
