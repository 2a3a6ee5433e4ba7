/**
 * Bad inputs of verify: a missing or spoilt export, a data dir that is not
 * one, a rollback report that cannot be used, and --live against endpoints
 * that are wrong. A difference between the files and the export is a
 * finding (exit 1, in the summary), not a bad input: none is here.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cutShort, editFilesManifest, editJson, GOOD, goodDir, tableDir } from './exports.js';
import { type BadCase, runCorpus, runQuietly } from './run-case.js';
import { makeWorld, PAGE_SECRET, type World } from './world.js';

let world: World;
beforeAll(async () => {
  // The data dir rebuilt as the export, so a good verify finds nothing and only the bad input shows.
  world = await makeWorld({ rolledBack: (root) => runQuietly(['rollback', '--from', GOOD, '--strategy', 'export'], root) });
});
afterAll(() => world.close());

const verify =
  (...more: string[]) =>
  () => ['verify', '--from', GOOD, ...more];
const live = (endpoint: (w: World) => string) => (w: World) => ['verify', '--from', GOOD, '--live', '--endpoint', endpoint(w)];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const s3 = (w: World) => ['--s3-endpoint', w.s3Endpoint];
/** The bucket (or the URI in it) named as not found, and the --from URI to check. */
const missingBucket = (w: World) =>
  new RegExp(
    `(bucket ${w.missingBucket}|s3://${w.missingBucket}/\\S*) not found in (S3 )?endpoint http://127\\.0\\.0\\.1:\\d+; check the s3:// URI given with --from`,
  );

const cases: BadCase[] = [
  // The export.
  {
    name: 'verify: --from a folder that does not exist',
    argv: () => ['verify', '--from', 'exports/nope'],
    error: /exports\/nope: no such folder; give the folder export --out wrote/,
  },
  { name: 'verify: --from a file', argv: () => ['verify', '--from', '.env'], error: /\.env: no such folder|\.env.*not a folder/ },
  {
    name: 'verify: --from an empty folder',
    setup: (repo) => mkdir(path.join(repo, 'exports', 'empty'), { recursive: true }),
    argv: () => ['verify', '--from', 'exports/empty'],
    error: /exports\/empty: not an export: no export\.json, and not a native AWS export because/,
  },
  {
    name: 'verify: --from the migration backup',
    argv: () => ['verify', '--from', 'migration-backups'],
    error: /migration-backups: not an export: no export\.json/,
  },
  {
    name: 'verify: export.json is not JSON',
    setup: (repo) => writeFile(path.join(goodDir(repo), 'export.json'), '<html>'),
    argv: verify(),
    error: /export\.json: not valid JSON; the file is damaged or not part of an export/,
  },
  {
    name: 'verify: export.json without its tables',
    setup: (repo) => editJson(path.join(goodDir(repo), 'export.json'), (m) => ({ ...m, tables: undefined })),
    argv: verify(),
    error: /export\.json: not a valid manifest \(tables: /,
  },
  {
    name: 'verify: an interrupted export',
    setup: (repo) => editJson(path.join(goodDir(repo), 'export.json'), (m) => ({ ...m, status: 'in-progress' })),
    argv: verify(),
    error: /the export is incomplete \(interrupted\); finish it with export --resume/,
  },
  {
    name: 'verify: an export of another stage',
    setup: (repo) => editJson(path.join(goodDir(repo), 'export.json'), (m) => ({ ...m, stage: 'staging' })),
    argv: verify(),
    error: /stage.*staging.*corpus-|corpus-.*staging/,
  },
  {
    name: 'verify: a data file checksum changed',
    setup: (repo, w) => editFilesManifest(tableDir(repo, w, 'users'), (e) => ({ ...e, sha256: '0'.repeat(64) })),
    argv: verify(),
    error: /users\/data\/\d+-\d+\.json\.gz: sha256 checksum does not match its manifest; the file was changed or damaged/,
  },
  {
    name: 'verify: a data file cut short',
    setup: (repo, w) => cutShort(tableDir(repo, w, 'talks')),
    argv: verify(),
    error: /talks\/data\/\d+-\d+\.json\.gz: .*(truncated|ends early)/,
  },
  {
    name: 'verify: a data file key climbing out of the export',
    setup: (repo, w) =>
      editFilesManifest(tableDir(repo, w, 'participants'), (e, i) => (i === 0 ? { ...e, dataFileS3Key: '../../../.env' } : e)),
    argv: verify(),
    error: /manifest-files\.json: data file key "\.\.\/\.\.\/\.\.\/\.env" is outside .*participants\/data\/; the manifest was edited/,
  },
  {
    name: 'verify: manifests that disagree on the item count',
    setup: (repo, w) => editJson(path.join(tableDir(repo, w, 'users'), 'manifest-summary.json'), (m) => ({ ...m, itemCount: 0 })),
    argv: verify(),
    error: /manifest-files\.json: lists 2 items but manifest-summary\.json says 0; the export was edited or damaged/,
  },
  {
    name: 'verify: a table folder removed',
    setup: (repo, w) => rm(tableDir(repo, w, 'talks'), { recursive: true }),
    argv: verify(),
    error: /talks\/manifest-summary\.json: missing; the export is incomplete or was moved, copy it again whole/,
  },

  // The data dir.
  {
    name: 'verify: --data-dir that does not exist',
    argv: verify('--data-dir', 'server/nope'),
    error: /data dir server\/nope is not a folder; check --data-dir/,
  },
  {
    name: 'verify: --data-dir that is a file',
    argv: verify('--data-dir', '.env'),
    error: /data dir \.env is not a folder; check --data-dir/,
  },
  {
    name: 'verify: dataDir in the config that does not exist',
    setup: async (repo, w) =>
      writeFile(path.join(repo, '.github/dynamodb-rollback.yml'), `stage: ${w.app.stage}\nregion: us-east-1\ndataDir: data\n`),
    argv: verify(),
    error: /data dir data is not a folder; check --data-dir \(or dataDir in the config\)/,
  },

  // The rollback report.
  {
    name: 'verify: --report that does not exist',
    argv: verify('--report', 'reports/rollback.json'),
    error: /reports\/rollback\.json.*(does not exist|not found|ENOENT|cannot be read)/,
  },
  {
    name: 'verify: --report that is a folder',
    argv: verify('--report', 'server'),
    error: /server.*(is a folder|not a file|EISDIR|cannot be read)/,
  },
  {
    name: 'verify: --report that is not JSON',
    setup: (repo) => writeFile(path.join(repo, 'report.json'), '{"strategy":'),
    argv: verify('--report', 'report.json'),
    error: /report\.json.*(not valid JSON|not JSON)/,
  },
  {
    name: 'verify: --report that is not a rollback report',
    setup: async (repo) => writeFile(path.join(repo, 'report.json'), await readFile(path.join(goodDir(repo), 'export.json'))),
    argv: verify('--report', 'report.json'),
    error: /report\.json.*(not a rollback report|not a valid)/,
  },

  // --live and S3.
  {
    name: 'verify: --live with nothing listening at --endpoint',
    argv: live((w) => w.closed),
    error: (w) => new RegExp(`${esc(w.closed)} is unreachable \\(ECONNREFUSED\\); check --endpoint and the network`),
  },
  {
    name: 'verify: --live where --endpoint answers with a web page',
    argv: live((w) => w.html),
    error: (w) => new RegExp(`^(?!.*${PAGE_SECRET}).*${esc(w.html)}.*not (as )?DynamoDB.*check --endpoint`),
  },
  {
    name: 'verify: --live where --endpoint answers 404',
    argv: live((w) => w.notFound),
    error: (w) => new RegExp(`^(?!.*${PAGE_SECRET}).*${esc(w.notFound)}.*not (as )?DynamoDB.*check --endpoint`),
  },
  {
    name: 'verify: --live with a bad --segments',
    argv: (w) => ['verify', '--from', GOOD, '--live', '--segments', '1001', '--endpoint', w.endpoint],
    error: /--segments: expected a whole number from 1 to 1000/,
  },
  {
    name: 'verify: --from s3:// a bucket that does not exist',
    argv: (w) => ['verify', '--from', `s3://${w.missingBucket}/good`, ...s3(w)],
    error: missingBucket,
  },
  {
    name: 'verify: --from s3:// a prefix holding nothing',
    argv: (w) => ['verify', '--from', `s3://${w.bucket}/elsewhere`, ...s3(w)],
    error: /s3:\/\/corpus-[0-9a-f]+\/elsewhere: not an export: no export\.json/,
  },
  {
    name: 'verify: --from s3:// with nothing listening at --s3-endpoint',
    argv: (w) => ['verify', '--from', w.s3Export, '--s3-endpoint', w.closed],
    error: (w) => new RegExp(`S3 endpoint ${esc(w.closed)} is unreachable \\(ECONNREFUSED\\); check --s3-endpoint`),
  },
  {
    name: 'verify: --from s3:// with a prefix climbing up',
    argv: (w) => ['verify', '--from', `s3://${w.bucket}/good/../other`, ...s3(w)],
    error: /from "s3:\/\/corpus-[0-9a-f]+\/good\/\.\.\/other": the prefix may not contain \. or \.\. segments/,
  },
];

describe('corpus: verify', () => runCorpus(() => world, cases));
