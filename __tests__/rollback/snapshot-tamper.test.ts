/**
 * Undo from a snapshot someone edited: its manifest is validated like the
 * export's (the error names the manifest and the field), and no entry can
 * make undo write outside the data dir. The whole snapshot is checked
 * before the first write: each case changes a file undo would restore
 * first, and checks it is still as it was.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { silentReporter } from '../../src/core/reporter.js';
import { type SnapshotManifest, takeSnapshot } from '../../src/fsafe/snapshot.js';
import { runUndo } from '../../src/rollback/undo.js';
import { statePaths } from '../../src/state/paths.js';

let root: string;
let dataDir: string;
let outside: string;
let snapDir: string;
let manifestFile: string;
const STALE_TEMP = '.events.json.dynamodb-rollback-1-0badc0de.tmp';

/** Every entry under dir, links as links (not followed): what undo may not change when it refuses. */
async function readTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const abs = path.join(e.parentPath, e.name);
    const rel = path.relative(dir, abs);
    if (e.isSymbolicLink()) out[rel] = `link ${await readlink(abs)}`;
    else if (e.isFile()) out[rel] = (await readFile(abs)).toString('hex');
    else out[rel] = 'dir';
  }
  return out;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-tamper-'));
  dataDir = path.join(root, 'repo', 'server', 'data');
  outside = path.join(root, 'outside');
  await mkdir(path.join(dataDir, 'sub'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(dataDir, 'events.json'), '[{"id":"1"}]');
  await writeFile(path.join(dataDir, 'sub', 'x.json'), '[]');
  const snap = await takeSnapshot(dataDir, statePaths(dataDir).snapshots, ['events.json']);
  snapDir = snap.dir;
  manifestFile = path.join(snapDir, 'manifest.json');
  // What the rollback wrote: undo would restore this first.
  await writeFile(path.join(dataDir, 'events.json'), '[{"id":"2"}]');
  // A temp of ours a killed run left: undo removes it, but only once the snapshot has passed every check.
  await writeFile(path.join(dataDir, STALE_TEMP), '[');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function tamper(edit: (m: SnapshotManifest & Record<string, unknown>) => void): Promise<void> {
  const m = JSON.parse(await readFile(manifestFile, 'utf8')) as SnapshotManifest & Record<string, unknown>;
  edit(m);
  await writeFile(manifestFile, JSON.stringify(m, null, 2));
}

/** Stores a file in the snapshot under rel, as takeSnapshot would, and returns its entry. */
async function stored(rel: string, text: string) {
  await mkdir(path.dirname(path.join(snapDir, 'files', rel)), { recursive: true }).catch(() => {});
  await writeFile(path.join(snapDir, 'files', rel), text).catch(() => {});
  return { path: rel, type: 'file' as const, mode: 0o644, sha256: sha(text), bytes: text.length };
}

/** Undo refuses with one InputError, and neither the data dir nor anything outside it changed. */
async function expectRefused(pattern: RegExp | string): Promise<string> {
  const before = await readTree(dataDir);
  const err = await runUndo({ dataDir }, { reporter: silentReporter }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  const message = (err as Error).message;
  expect(message).toMatch(pattern);
  expect(await readTree(dataDir)).toEqual(before);
  expect(await readFile(path.join(dataDir, 'events.json'), 'utf8')).toBe('[{"id":"2"}]');
  expect(await readdir(outside)).toEqual([]);
  return message;
}

const fieldError = (field: string) => `${'manifest.json'}: not a valid snapshot manifest (${field}: `;

describe('undo from a tampered snapshot', () => {
  it('restores an untouched one (the baseline every case below departs from)', async () => {
    const r = await runUndo({ dataDir }, { reporter: silentReporter });
    expect(r.restored).toEqual(['events.json']);
    expect(await readFile(path.join(dataDir, 'events.json'), 'utf8')).toBe('[{"id":"1"}]');
    expect(await readdir(dataDir)).not.toContain(STALE_TEMP);
  });

  it.each([
    ['absolute', () => path.join(root, 'outside', 'x.json')],
    ['holding ..', () => '../../../outside/x.json'],
    ['.. inside', () => 'sub/../../../../outside/x.json'],
    ['an empty segment', () => 'sub//x.json'],
    ['a . segment', () => './x.json'],
    ['empty', () => ''],
  ])('an entry path %s is refused, naming the manifest and the field', async (_what, bad) => {
    const p = bad();
    await tamper((m) => {
      m.entries.push({ path: p, type: 'file', mode: 0o644, sha256: sha('[]'), bytes: 2 });
    });
    const message = await expectRefused(fieldError('entries.3.path'));
    expect(message).toContain(manifestFile);
    expect(message).toContain('must be a relative path inside the data dir');
  });

  it('an entry under a symlink of the snapshot is refused (it would write where the link points)', async () => {
    const entry = await stored('evil/x.json', '[]');
    await tamper((m) => {
      m.entries.push({ path: 'evil', type: 'symlink', mode: 0o777, target: outside }, entry);
    });
    await expectRefused(`${fieldError('entries.4.path')}lies under a symlink of the snapshot, not a folder)`);
  });

  it('an entry under a file of the snapshot, or whose folder is not listed first, or listed twice, is refused', async () => {
    await tamper((m) => void m.entries.push({ path: 'events.json/x', type: 'dir', mode: 0o755 }));
    await expectRefused(`${fieldError('entries.3.path')}lies under a file of the snapshot`);
    await tamper((m) => void m.entries.splice(3, 1, { path: 'nowhere/x', type: 'dir', mode: 0o755 }));
    await expectRefused(`${fieldError('entries.3.path')}its folder is not listed before it`);
    await tamper((m) => void m.entries.splice(3, 1, { ...m.entries[0]! }));
    await expectRefused(`${fieldError('entries.3.path')}listed twice`);
  });

  it.each([
    ['version', (m: Record<string, unknown>) => void (m.version = 2)],
    ['entries', (m: Record<string, unknown>) => void (m.entries = {})],
    ['entries.0.sha256', (m: SnapshotManifest) => void delete m.entries[0]!.sha256],
    ['entries.0.type', (m: SnapshotManifest) => void ((m.entries[0] as { type: string }).type = 'device')],
    ['entries.0.mode', (m: SnapshotManifest) => void (m.entries[0]!.mode = 0o4755)],
    ['entries.0.mode', (m: SnapshotManifest) => void (m.entries[0]!.mode = -1)],
    ['owned.0', (m: SnapshotManifest) => void (m.owned = ['../outside/x.json'])],
  ])('a bad field %s is refused, naming it', async (field, edit) => {
    await tamper(edit as (m: SnapshotManifest & Record<string, unknown>) => void);
    await expectRefused(fieldError(field));
  });

  it('a manifest that is not JSON is refused, naming the file', async () => {
    await writeFile(manifestFile, '{"version": 1, "entr');
    await expectRefused(`${manifestFile}: not valid JSON`);
  });

  it('a folder of the data dir that is now a symlink is refused before anything is restored', async () => {
    await rm(path.join(dataDir, 'sub'), { recursive: true });
    await symlink(outside, path.join(dataDir, 'sub'));
    const message = await expectRefused(
      `${path.join(dataDir, 'sub')}: a folder in the snapshot is now a symlink, and restoring into it would write where it points`,
    );
    expect(message).toContain('move it away and run undo again');
  });

  it('a file of the snapshot stored as a symlink to a file elsewhere is refused, even with the right hash', async () => {
    const secret = path.join(root, 'secret.txt');
    await writeFile(secret, '[]');
    const copy = path.join(snapDir, 'files', 'sub', 'x.json');
    await rm(copy);
    await symlink(secret, copy);
    await rm(path.join(dataDir, 'sub', 'x.json'));
    await expectRefused(`snapshot ${snapDir}: sub/x.json is stored through a symlink`);
  });

  it('a newest snapshot without its manifest is refused, not passed over for an older one', async () => {
    const newer = await takeSnapshot(dataDir, statePaths(dataDir).snapshots, ['events.json'], new Date(Date.now() + 60_000));
    await rm(path.join(newer.dir, 'manifest.json'));
    const message = await expectRefused(
      `${path.join(newer.dir, 'manifest.json')}: cannot be read (ENOENT); the newest snapshot is damaged`,
    );
    expect(message).toContain(`move ${newer.dir} away to undo from the one before it`);
  });

  it('takes the newest by time and counter, passing over what takeSnapshot never names so', async () => {
    const snapshots = statePaths(dataDir).snapshots;
    await mkdir(path.join(snapshots, 'zzz-not-a-snapshot'));
    await writeFile(path.join(snapshots, 'notes.txt'), 'x');
    const at = new Date(Date.now() + 60_000);
    let last = '';
    for (let n = 0; n <= 10; n++) last = (await takeSnapshot(dataDir, snapshots, ['events.json'], at)).dir;
    expect(last).toMatch(/Z-10$/);
    const r = await runUndo({ dataDir }, { reporter: silentReporter });
    expect(r.snapshot).toBe(last);
  });
});
