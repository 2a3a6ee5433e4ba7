/**
 * Bad inputs of rollback and undo: every way the export can be missing or
 * spoilt, the data dir, the report path, the migration backup and its
 * progress file, the lock and the snapshot. Each must be refused before
 * the first byte is written: no data file changed, no state folder made.
 */
import { mkdir, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BACKUP_NAME } from '../fixtures/events-app.js';
import { cutShort, editFilesManifest, editJson, GOOD, goodDir, replaceData, tableDir } from './exports.js';
import { type BadCase, runCorpus, runQuietly } from './run-case.js';
import { makeWorld, type World } from './world.js';

let world: World;
beforeAll(async () => {
  world = await makeWorld();
});
afterAll(() => world.close());

const rollback =
  (...more: string[]) =>
  () => ['rollback', '--from', GOOD, ...more];
const STATE = 'server/.dynamodb-rollback/data';
const s3 = (w: World) => ['--s3-endpoint', w.s3Endpoint];

const exportCases: BadCase[] = [
  {
    name: 'rollback: --from a folder that does not exist',
    argv: () => ['rollback', '--from', 'exports/nope'],
    error: /exports\/nope: no such folder; give the folder export --out wrote, or s3:\/\/bucket\/prefix/,
  },
  {
    name: 'rollback: --from a file',
    argv: () => ['rollback', '--from', `${GOOD}/export.json`],
    error: /export\.json: no such folder|export\.json.* not a folder/,
  },
  {
    name: 'rollback: --from an empty folder',
    setup: async (repo) => {
      await mkdir(path.join(repo, 'exports', 'empty'), { recursive: true });
    },
    argv: () => ['rollback', '--from', 'exports/empty'],
    error: /exports\/empty: not an export: no export\.json, and not a native AWS export because/,
  },
  {
    name: 'rollback: --from the data dir',
    argv: () => ['rollback', '--from', 'server/data'],
    error: /server\/data(: not an export: no export\.json| is the export)/,
  },
  {
    name: "rollback: --from one table's folder",
    argv: (w) => ['rollback', '--from', `${GOOD}/${w.app.tables.events}`],
    error: /is one table's folder of an export; give the export's own folder \(the one holding export\.json\)/,
  },
  {
    name: 'rollback: export.json is not JSON',
    setup: (repo) => writeFile(path.join(goodDir(repo), 'export.json'), 'not json at all'),
    argv: rollback(),
    error: /export\.json.*(not valid JSON|not JSON)/,
  },
  {
    name: 'rollback: export.json cut short',
    setup: async (repo) => {
      const file = path.join(goodDir(repo), 'export.json');
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.slice(0, Math.floor(text.length / 2)));
    },
    argv: rollback(),
    error: /export\.json.*(not valid JSON|not JSON|cut short|truncated)/,
  },
  {
    name: 'rollback: export.json of another format',
    setup: (repo) => editJson(path.join(goodDir(repo), 'export.json'), (m) => ({ ...m, format: 'something-else' })),
    argv: rollback(),
    error: /export\.json.*format/,
  },
  {
    name: 'rollback: export.json with a table folder outside the export',
    setup: (repo) =>
      editJson(path.join(goodDir(repo), 'export.json'), (m) => ({
        ...m,
        tables: (m.tables as { dir: string }[]).map((t, i) => (i === 0 ? { ...t, dir: '../../server' } : t)),
      })),
    argv: rollback(),
    error: /export\.json.*tables\.0\.dir.*must be a plain folder name/,
  },
  {
    name: 'rollback: an interrupted export',
    setup: (repo) => editJson(path.join(goodDir(repo), 'export.json'), (m) => ({ ...m, status: 'in-progress' })),
    argv: rollback(),
    error: /the export is incomplete \(interrupted\); finish it with export --resume --out/,
  },
  {
    name: 'rollback: an export of another stage',
    setup: (repo) => editJson(path.join(goodDir(repo), 'export.json'), (m) => ({ ...m, stage: 'staging' })),
    argv: rollback(),
    error: /stage.*staging.*corpus-|corpus-.*staging/,
  },
  {
    name: 'rollback: a manifest summary missing',
    setup: (repo, w) => rm(path.join(tableDir(repo, w), 'manifest-summary.json')),
    argv: rollback(),
    error: /manifest-summary\.json: missing; the export is incomplete or was moved, copy it again whole/,
  },
  {
    name: 'rollback: a manifest summary with the wrong item count',
    setup: (repo, w) => editJson(path.join(tableDir(repo, w), 'manifest-summary.json'), (m) => ({ ...m, itemCount: 99 })),
    argv: rollback(),
    error: /manifest-files\.json: lists 3 items but manifest-summary\.json says 99; the export was edited or damaged/,
  },
  {
    name: 'rollback: a manifest summary for another table',
    setup: (repo, w) => editJson(path.join(tableDir(repo, w), 'manifest-summary.json'), (m) => ({ ...m, table: 'some-other-table' })),
    argv: rollback(),
    error: /manifest-summary\.json: is for table some-other-table, not lightningtalk-circle-/,
  },
  {
    name: 'rollback: a manifest summary with a field of the wrong type',
    setup: (repo, w) => editJson(path.join(tableDir(repo, w), 'manifest-summary.json'), (m) => ({ ...m, itemCount: 'three' })),
    argv: rollback(),
    error: /manifest-summary\.json.*itemCount/,
  },
  {
    name: 'rollback: a data file checksum changed',
    setup: (repo, w) => editFilesManifest(tableDir(repo, w), (e) => ({ ...e, sha256: 'f'.repeat(64) })),
    argv: rollback(),
    error: /\.json\.gz.*(sha256|checksum)/,
  },
  {
    name: 'rollback: a data file key climbing out of the export',
    setup: (repo, w) =>
      editFilesManifest(tableDir(repo, w), (e, i) => (i === 0 ? { ...e, dataFileS3Key: '../../server/data/events.json' } : e)),
    argv: rollback(),
    error: /manifest-files\.json: data file key "\.\.\/\.\.\/server\/data\/events\.json" is outside .*; the manifest was edited/,
  },
  {
    name: 'rollback: a data file key that is absolute',
    setup: (repo, w) => editFilesManifest(tableDir(repo, w), (e, i) => (i === 0 ? { ...e, dataFileS3Key: '/etc/passwd' } : e)),
    argv: rollback(),
    error: /data file key "\/etc\/passwd" is outside/,
  },
  {
    name: "rollback: a data file key into another table's folder",
    setup: (repo, w) =>
      editFilesManifest(tableDir(repo, w), (e, i) =>
        i === 0 ? { ...e, dataFileS3Key: `${w.app.tables.users}/data/0000-00000.json.gz` } : e,
      ),
    argv: rollback(),
    error: /data file key ".*users\/data\/0000-00000\.json\.gz" is outside .*events\/data\//,
  },
  {
    name: 'rollback: a manifest-files line that is not JSON',
    setup: async (repo, w) => writeFile(path.join(tableDir(repo, w), 'manifest-files.json'), '{"itemCount": 3, "sha256":\n'),
    argv: rollback(),
    error: /manifest-files\.json.*(line 1|not valid JSON|not JSON)/,
  },
  {
    name: 'rollback: a data file cut short',
    setup: (repo, w) => cutShort(tableDir(repo, w)),
    argv: rollback(),
    error: /\.json\.gz.*(sha256|checksum|cut short|truncated|unexpected end)/,
  },
  {
    name: 'rollback: a data file that is not gzip',
    setup: (repo, w) => replaceData(tableDir(repo, w), '{"Item":{"id":{"S":"ev-1"}}}\n', false),
    argv: rollback(),
    error: /\.json\.gz.*(gzip|not compressed|incorrect header)/,
  },
  {
    name: 'rollback: a data file whose gzip stream stops early',
    setup: async (repo, w) => {
      const whole = gzipSync(Buffer.from('{"Item":{"id":{"S":"ev-1"}}}\n{"Item":{"id":{"S":"ev-2"}}}\n{"Item":{"id":{"S":"ev-4"}}}\n'));
      await replaceData(tableDir(repo, w), whole.subarray(0, whole.length - 12), false);
    },
    argv: rollback(),
    error: /\.json\.gz.*(gzip|cut short|truncated|unexpected end|incomplete)/,
  },
  {
    name: 'rollback: a data line that is not JSON',
    setup: (repo, w) => replaceData(tableDir(repo, w), '{"Item":{"id":{"S":"ev-1"}}}\nnot json\n{"Item":{"id":{"S":"ev-4"}}}\n'),
    argv: rollback(),
    error: /\.json\.gz.*line 2/,
  },
  {
    name: 'rollback: a data line that is not an item',
    setup: (repo, w) => replaceData(tableDir(repo, w), '{"Item":{"id":{"S":"ev-1"}}}\n{"NotAnItem":{}}\n{"Item":{"id":{"S":"ev-4"}}}\n'),
    argv: rollback(),
    error: /\.json\.gz.*line 2/,
  },
  {
    name: 'rollback: a data file with fewer items than its manifest says',
    setup: (repo, w) => replaceData(tableDir(repo, w), ''),
    argv: rollback(),
    error: /\.json\.gz.*(holds 0 items|0 items|itemCount)/,
  },
  {
    name: 'rollback: a data file missing',
    setup: async (repo, w) => rm(path.join(tableDir(repo, w), 'data'), { recursive: true }),
    argv: rollback(),
    error: /\.json\.gz.*(missing|not found|ENOENT)/,
  },
  {
    name: 'rollback: --tables names a table the export lacks',
    setup: (repo, w) =>
      editJson(path.join(goodDir(repo), 'export.json'), (m) => ({
        ...m,
        tables: (m.tables as { table: string }[]).filter((t) => t.table !== w.app.tables.talks),
      })),
    argv: rollback('--tables', 'talks'),
    error: /export .*exports\/good has no table for collection talks .*; export it too, or leave the collection out with --tables/,
  },
  {
    name: 'rollback: --from s3:// with a bad bucket name',
    argv: (w) => ['rollback', '--from', 's3://Not_A_Bucket/x', ...s3(w)],
    error: /from "s3:\/\/Not_A_Bucket\/x": expected s3:\/\/bucket\/prefix with a valid bucket name/,
  },
  {
    name: 'rollback: --from s3:// a bucket that does not exist',
    argv: (w) => ['rollback', '--from', `s3://${w.missingBucket}/good`, ...s3(w)],
    error: (w) =>
      new RegExp(
        `(bucket ${w.missingBucket}|s3://${w.missingBucket}/\\S*) not found in (S3 )?endpoint http://127\\.0\\.0\\.1:\\d+; check the s3:// URI given with --from`,
      ),
  },
  {
    name: 'rollback: --from s3:// a prefix holding nothing',
    argv: (w) => ['rollback', '--from', `s3://${w.bucket}/nothing-here`, ...s3(w)],
    error: /s3:\/\/corpus-[0-9a-f]+\/nothing-here: not an export: no export\.json/,
  },
  {
    name: 'rollback: --from s3:// with nothing listening at --s3-endpoint',
    argv: (w) => ['rollback', '--from', w.s3Export, '--s3-endpoint', w.closed],
    error: /S3 endpoint http:\/\/127\.0\.0\.1:\d+ is unreachable \(ECONNREFUSED\); check --s3-endpoint/,
  },
  {
    name: 'rollback: --from s3:// where --s3-endpoint answers with a web page',
    argv: (w) => ['rollback', '--from', w.s3Export, '--s3-endpoint', w.html],
    error: (w) => new RegExp(`${w.html.replace(/[./]/g, '\\$&')}.*not (as )?S3.*check --s3-endpoint`),
  },
];

const dataDirCases: BadCase[] = [
  {
    name: 'rollback: --data-dir that does not exist',
    argv: rollback('--data-dir', 'server/nope'),
    error: /data dir .*server\/nope is not a folder; check --data-dir \(or dataDir in the config\)/,
  },
  {
    name: 'rollback: --data-dir that is a file',
    argv: rollback('--data-dir', '.env'),
    error: /data dir .*\.env is not a folder; check --data-dir/,
  },
  {
    name: 'rollback: --data-dir with a line break stays one line',
    argv: rollback('--data-dir', 'server/da\nta'),
    error: /data dir .*server\/da\\nta is not a folder/,
  },
  {
    name: 'rollback: --data-dir inside the export',
    setup: (repo) => mkdir(path.join(goodDir(repo), 'data'), { recursive: true }),
    argv: rollback('--data-dir', `${GOOD}/data`),
    error: /data dir .*(inside|within) the export/,
  },
  {
    name: 'rollback: --data-dir is the migration backup',
    argv: rollback('--data-dir', `migration-backups/${BACKUP_NAME}`),
    error: /data dir .*(is|inside|within) the migration backup/,
  },
  {
    name: 'rollback: --data-dir holds the migration backup',
    argv: rollback('--data-dir', '.', '--backup-dir', 'migration-backups'),
    error: /data dir .*(contains|holds) the (migration backup|export)/,
  },
  {
    name: 'rollback: a collection file that is not JSON',
    setup: (repo) => writeFile(path.join(repo, 'server/data/users.json'), '[{"id": "u-1",'),
    argv: rollback(),
    error: /server\/data\/users\.json.*(not valid JSON|cut short|unexpected end)/,
  },
  {
    name: 'rollback: a collection file that is not an array',
    setup: (repo) => writeFile(path.join(repo, 'server/data/talks.json'), '{"id": "t-1"}'),
    argv: rollback(),
    error: /server\/data\/talks\.json.*(array)/,
  },
  {
    name: 'rollback: a collection file that is a folder',
    setup: async (repo) => {
      await rm(path.join(repo, 'server/data/talks.json'));
      await mkdir(path.join(repo, 'server/data/talks.json'));
    },
    argv: rollback(),
    error: /server\/data\/talks\.json: (not a file|is a folder)/,
  },
  {
    name: 'rollback: two items with one id',
    setup: (repo) => writeFile(path.join(repo, 'server/data/talks.json'), '[\n  {\n    "id": "t-9"\n  },\n  {\n    "id": "t-9"\n  }\n]'),
    argv: rollback(),
    error: /server\/data\/talks\.json: id "t-9" occurs more than once; ids must be unique/,
  },
  {
    name: 'rollback: a collection file too large for the app to read',
    // Sparse: 600 MiB on paper, a few bytes on disk. Node cannot hold a string over 512 MiB, and the app reads each file whole.
    setup: (repo) => truncate(path.join(repo, 'server/data/users.json'), 600 * 1024 * 1024),
    argv: rollback(),
    error: /server\/data\/users\.json.*too large.*(600|629145600)/,
  },
  {
    name: 'rollback: a backup file that is not JSON',
    setup: (repo) => writeFile(path.join(repo, 'migration-backups', BACKUP_NAME, 'events.json'), '[{'),
    argv: rollback(),
    error: new RegExp(`migration-backups/${BACKUP_NAME}/events\\.json.*(not valid JSON|cut short|unexpected end)`),
  },
];

const reportCases: BadCase[] = [
  { name: 'rollback: --report is a folder', argv: rollback('--report', 'exports'), error: /--report .*exports.*(is a folder|not a file)/ },
  {
    name: 'rollback: --report under a file',
    argv: rollback('--report', '.env/report.json'),
    error: /--report .*\.env\/report\.json.*(under a file|not a folder|ENOTDIR)/,
  },
];

const backupCases: BadCase[] = [
  {
    name: 'rollback: no migration backup at all',
    setup: async (repo) => {
      await rm(path.join(repo, 'migration-backups'), { recursive: true });
      await rm(path.join(repo, 'migration-progress.json'));
    },
    argv: rollback(),
    error: /no migration backup found: .*; restore the backup, point --backup-dir at it, or use --strategy export/,
  },
  {
    name: 'rollback: --backup-dir that does not exist',
    setup: (repo) => rm(path.join(repo, 'migration-progress.json')),
    argv: rollback('--backup-dir', 'old-backups'),
    error: /no migration backup found: .*old-backups holds no backup folder; restore the backup, point --backup-dir at it/,
  },
  {
    name: 'rollback: the progress file names a backup that is gone',
    setup: (repo) => rm(path.join(repo, 'migration-backups', BACKUP_NAME), { recursive: true }),
    argv: rollback(),
    error: new RegExp(`${BACKUP_NAME}.*(not a folder|does not exist|missing|gone|not found)`),
  },
  {
    name: 'rollback: the progress file is not JSON',
    setup: (repo) => writeFile(path.join(repo, 'migration-progress.json'), '{"status": "completed",'),
    argv: rollback(),
    error: /progress file .*migration-progress\.json: not valid JSON; fix it, or remove it to use the newest folder in the backup dir/,
  },
  {
    name: 'rollback: the progress file is an array',
    setup: (repo) => writeFile(path.join(repo, 'migration-progress.json'), '[]'),
    argv: rollback(),
    error: /progress file .*migration-progress\.json: not a JSON object; fix it, or remove/,
  },
  {
    name: 'rollback: the progress file backupPath a number',
    setup: (repo) => writeFile(path.join(repo, 'migration-progress.json'), '{"status":"completed","backupPath":42}'),
    argv: rollback(),
    error: /progress file .*migration-progress\.json: backupPath is not a string/,
  },
  {
    name: 'rollback: the progress file is a folder',
    setup: async (repo) => {
      await rm(path.join(repo, 'migration-progress.json'));
      await mkdir(path.join(repo, 'migration-progress.json'));
    },
    argv: rollback(),
    error: /progress file .*migration-progress\.json: cannot be read \(EISDIR\)/,
  },
];

const lockedCases: BadCase[] = [
  {
    name: 'rollback: a lock file left empty',
    setup: async (repo) => {
      await mkdir(path.join(repo, STATE), { recursive: true });
      await writeFile(path.join(repo, STATE, 'lock'), '');
    },
    argv: rollback(),
    error: /lock.*(holder is gone|no longer running|stale|empty).*delete .*lock/,
  },
  {
    name: 'rollback: a lock held by a running process',
    setup: async (repo) => {
      await mkdir(path.join(repo, STATE), { recursive: true });
      await writeFile(
        path.join(repo, STATE, 'lock'),
        JSON.stringify({ pid: process.pid, hostname: hostname(), command: 'rollback', startedAt: '2024-06-01T00:00:00.000Z' }),
      );
    },
    argv: rollback(),
    error: /the data dir is locked by .*lock: rollback \(pid \d+ on .*\) holds it; wait for it to finish/,
  },
];

/** A real rollback first, so there is a snapshot to spoil. */
async function rolledBack(repo: string): Promise<string> {
  await runQuietly(['rollback', '--from', GOOD], repo);
  const snapshots = path.join(repo, STATE, 'snapshots');
  const [name] = await readdir(snapshots);
  return path.join(snapshots, name!);
}

const undoCases: BadCase[] = [
  { name: 'undo: no rollback ever ran', argv: () => ['undo'], error: /(no snapshot|nothing to undo).*server\/data/ },
  { name: 'undo: --data-dir that does not exist', argv: () => ['undo', '--data-dir', 'server/nope'], error: /server\/nope/ },
  {
    name: 'undo: --data-dir that is a file',
    argv: () => ['undo', '--data-dir', '.env'],
    error: /no snapshot for .*\.env .*; check --data-dir|\.env.*(not a folder|is a file)/,
  },
  {
    name: 'undo: a snapshot manifest that is not JSON',
    setup: async (repo) => writeFile(path.join(await rolledBack(repo), 'manifest.json'), '{"version": 1,'),
    argv: () => ['undo'],
    error: /manifest\.json: not valid JSON; the snapshot is damaged.*cannot be restored/,
  },
  {
    name: 'undo: a snapshot manifest with a path outside the data dir',
    setup: async (repo) => {
      const snap = await rolledBack(repo);
      await editJson(path.join(snap, 'manifest.json'), (m) => ({
        ...m,
        entries: (m.entries as { path: string }[]).map((e, i) => (i === 0 ? { ...e, path: '../../.env' } : e)),
      }));
    },
    argv: () => ['undo'],
    error: /manifest\.json.*(outside|\.\.)/,
  },
  {
    name: 'undo: a snapshot manifest without entries',
    setup: async (repo) => editJson(path.join(await rolledBack(repo), 'manifest.json'), (m) => ({ ...m, entries: 'none' })),
    argv: () => ['undo'],
    error: /manifest\.json.*entries/,
  },
  {
    name: 'undo: a snapshot file changed since it was taken',
    setup: async (repo) => {
      const snap = await rolledBack(repo);
      await writeFile(path.join(snap, 'files', 'users.json'), '[]');
    },
    argv: () => ['undo'],
    error: /snapshot .*: users\.json is altered; the snapshot cannot be restored byte for byte/,
  },
  {
    name: 'undo: a lock file left empty',
    setup: async (repo) => {
      await rolledBack(repo);
      await writeFile(path.join(repo, STATE, 'lock'), '');
    },
    argv: () => ['undo'],
    error: /lock.*(holder is gone|no longer running|stale|empty).*delete .*lock/,
  },
];

describe('corpus: rollback and undo', () => {
  describe('the export', () => runCorpus(() => world, exportCases));
  describe('the data dir', () => runCorpus(() => world, dataDirCases));
  describe('the report', () => runCorpus(() => world, reportCases));
  describe('the migration backup', () => runCorpus(() => world, backupCases));
  describe('the lock', () => runCorpus(() => world, lockedCases));
  describe('undo', () => runCorpus(() => world, undoCases));
});
