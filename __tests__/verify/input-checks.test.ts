/**
 * verify's inputs checked before it compares anything: a data dir that is,
 * holds or lies in the export, an export of another stage; and a data file
 * too large for the app to read named as such, not as an unreadable file.
 */
import { constants } from 'node:buffer';
import { cp, mkdtemp, open, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execute } from '../../src/commands/execute.js';
import type { Options } from '../../src/commands/options.js';
import { exitCodeOf, InputError } from '../../src/core/errors.js';
import { silentReporter } from '../../src/core/reporter.js';
import { MAX_STRING_LENGTH, readJsonFile } from '../../src/verify/data-file.js';
import { runVerify, type VerifyResult } from '../../src/verify/run-verify.js';
import { testDynamo } from '../harness/aws.js';
import { asLocation } from '../harness/location.js';
import { type EventsApp, type SeededGround, seededGround } from '../fixtures/events-app.js';
import { treePicture } from '../fixtures/tree-picture.js';

let ground: SeededGround;
let seeded: EventsApp;
let exportDir: string;

beforeAll(async () => {
  ground = await seededGround('ddbrb-verify-inputs-', testDynamo());
  ({ seeded, exportDir } = ground);
});

afterAll(() => ground.cleanup());

const freshApp = (stage?: string) => ground.freshApp(stage);

const tmp = () => mkdtemp(path.join(os.tmpdir(), 'ddbrb-verify-inputs-'));

const verify = (app: EventsApp, options: Options = {}) => execute('verify', { from: exportDir, ...options }, silentReporter, app.root);

async function refused(app: EventsApp, options: Options, message: RegExp): Promise<void> {
  const before = await treePicture(app.root);
  const err = await verify(app, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  expect(exitCodeOf(err)).toBe(2);
  expect((err as Error).message).toMatch(message);
  expect(await treePicture(app.root)).toEqual(before);
}

describe('verify: the data dir apart from the export', () => {
  it('refuses a data dir that is the export', async () => {
    const app = await freshApp();
    await cp(exportDir, path.join(app.root, 'export'), { recursive: true });
    await refused(
      app,
      { from: 'export', 'data-dir': 'export' },
      /^data dir .*\/export is the export \(.*\/export\); they must be separate folders: check --data-dir \(or dataDir in the config\) and --from$/,
    );
  });

  it('refuses a data dir that contains the export', async () => {
    const app = await freshApp();
    await cp(exportDir, path.join(app.dataDir, 'export'), { recursive: true });
    await refused(app, { from: 'server/data/export' }, /^data dir .*\/server\/data contains the export \(/);
  });

  it('refuses a data dir that lies inside the export', async () => {
    const app = await freshApp();
    await cp(exportDir, path.join(app.root, 'export'), { recursive: true });
    const table = (await readdir(path.join(app.root, 'export'))).find((n) => n.endsWith('-events'))!;
    await refused(app, { from: 'export', 'data-dir': `export/${table}` }, /^data dir .* lies inside the export \(/);
  });

  it('sees through a symlink to the data dir', async () => {
    const app = await freshApp();
    await symlink(app.dataDir, path.join(app.root, 'export-link'));
    await refused(app, { from: 'export-link' }, /^data dir .*\/server\/data is the export \(.*\/export-link, really .*\/server\/data\);/);
  });
});

describe("verify: the export's stage", () => {
  it('refuses an export of another stage, naming both; with --stage it verifies', async () => {
    const app = await freshApp('other-stage');
    await refused(
      app,
      {},
      new RegExp(
        `^the export .*export is of stage ${seeded.stage}, not other-stage; pass --stage ${seeded.stage} if that is the stage you mean`,
      ),
    );
    const ex = await verify(app, { stage: seeded.stage });
    expect((ex.result as VerifyResult).collections.length).toBeGreaterThan(0);
  });

  it('takes a native AWS export (it records no stage) whatever the stage', async () => {
    const app = await freshApp();
    await writeFile(
      path.join(app.root, '.github', 'dynamodb-rollback.yml'),
      'stage: staging\ntables:\n  events: lightningtalk-circle-production-events\n',
    );
    const ex = await verify(app, { from: path.join(import.meta.dirname, '..', 'export', 'fixtures', 'aws-native') });
    expect((ex.result as VerifyResult).collections.find((c) => c.collection === 'events')?.table).toBe(
      'lightningtalk-circle-production-events',
    );
  });
});

describe('verify: a data file too large for the app to read', () => {
  it('is reported as too large to read, with its size, for collection files and the other files alike', async () => {
    const app = await freshApp();
    const limit = 300;
    const r = await runVerify(
      {
        from: asLocation(exportDir),
        cwd: app.root,
        dataDir: 'server/data',
        configTables: app.tables,
        live: false,
        segments: 1,
        stage: app.stage,
        maxStringLength: limit,
      },
      { reporter: silentReporter },
    );
    const sizes = Object.fromEntries(
      await Promise.all(
        (await readdir(app.dataDir)).map(async (n) => [n.slice(0, -5), (await stat(path.join(app.dataDir, n))).size] as const),
      ),
    );
    expect(Object.values(sizes).some((s) => s > limit)).toBe(true);
    expect(Object.values(sizes).some((s) => s <= limit)).toBe(true);
    for (const c of r.collections) {
      const size = sizes[c.collection]!;
      if (size > limit) {
        expect({ c: c.collection, status: c.status, problem: c.problem }).toEqual({
          c: c.collection,
          status: 'invalid',
          problem: `too large to read (${size} bytes; Node's limit is ${limit} characters in one string, and the app reads the file whole)`,
        });
      } else {
        expect({ c: c.collection, problem: c.problem }).toEqual({ c: c.collection, problem: null });
      }
    }
  });

  it("counts characters, as the app's string holds them, not bytes", async () => {
    const dir = await tmp();
    const file = path.join(dir, 'x.json');
    const text = JSON.stringify(['é'.repeat(100)]);
    await writeFile(file, text);
    expect(await readJsonFile(file, text.length)).toHaveProperty('raw');
    expect(await readJsonFile(file, text.length - 1)).toEqual({
      problem: `too large to read (${Buffer.byteLength(text)} bytes; Node's limit is ${text.length - 1} characters in one string, and the app reads the file whole)`,
    });
    await rm(dir, { recursive: true });
  });

  it("defaults to Node's own limit: a file one character over it is too large, as V8 itself says", async () => {
    expect(MAX_STRING_LENGTH).toBe(constants.MAX_STRING_LENGTH);
    // Sparse: the file takes no disk, and reading it gives zeros, one character each.
    const dir = await tmp();
    const file = path.join(dir, 'big.json');
    const fh = await open(file, 'w');
    await fh.truncate(constants.MAX_STRING_LENGTH + 1);
    await fh.close();
    try {
      expect(await readJsonFile(file)).toEqual({
        problem: `too large to read (${constants.MAX_STRING_LENGTH + 1} bytes; Node's limit is ${constants.MAX_STRING_LENGTH} characters in one string, and the app reads the file whole)`,
      });
    } finally {
      await rm(dir, { recursive: true });
    }
  }, 30_000);

  it('over 2 GiB, where Node will not even read the file', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'huge.json');
    const fh = await open(file, 'w');
    await fh.truncate(2 ** 31);
    await fh.close();
    try {
      expect(await readJsonFile(file)).toEqual({
        problem: `too large to read (${2 ** 31} bytes; Node's limit is ${constants.MAX_STRING_LENGTH} characters in one string, and the app reads the file whole)`,
      });
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
