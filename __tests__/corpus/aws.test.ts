/**
 * Bad inputs of the commands that talk to AWS first: status, backup and
 * export. Wrong endpoints (closed port, a web page, a 404), missing tables
 * and buckets, bad s3:// URIs, an --out that cannot be an export folder.
 * None may create --out, a table, a bucket or a key.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type BadCase, runCorpus } from './run-case.js';
import { makeWorld, PAGE_SECRET, type World } from './world.js';

let world: World;
beforeAll(async () => {
  world = await makeWorld();
});
afterAll(() => world.close());

const ep = (w: World) => ['--endpoint', w.endpoint];
const s3 = (w: World) => ['--s3-endpoint', w.s3Endpoint];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The endpoint is named; the page it answered with is not (run-case also checks PAGE_SECRET). */
const notDynamo = (url: string) => new RegExp(`^(?!.*${PAGE_SECRET}).*${esc(url)}.*not (as )?DynamoDB.*check --endpoint`);
const notS3 = (url: string) => new RegExp(`^(?!.*${PAGE_SECRET}).*${esc(url)}.*not (as )?S3.*check --s3-endpoint`);
const unreachable = (url: string, option: string) => new RegExp(`${esc(url)} is unreachable \\(ECONNREFUSED\\); check --${option}`);

const status: BadCase[] = [
  {
    name: 'status: nothing listens at --endpoint',
    argv: (w) => ['status', '--endpoint', w.closed],
    error: (w) => unreachable(w.closed, 'endpoint'),
  },
  { name: 'status: --endpoint answers with a web page', argv: (w) => ['status', '--endpoint', w.html], error: (w) => notDynamo(w.html) },
  { name: 'status: --endpoint answers 404', argv: (w) => ['status', '--endpoint', w.notFound], error: (w) => notDynamo(w.notFound) },
];

const backup: BadCase[] = [
  {
    name: 'backup: nothing listens at --endpoint',
    argv: (w) => ['backup', '--endpoint', w.closed],
    error: (w) => unreachable(w.closed, 'endpoint'),
  },
  { name: 'backup: --endpoint answers with a web page', argv: (w) => ['backup', '--endpoint', w.html], error: (w) => notDynamo(w.html) },
  { name: 'backup: --endpoint answers 404', argv: (w) => ['backup', '--endpoint', w.notFound], error: (w) => notDynamo(w.notFound) },
  {
    name: 'backup: a table that does not exist',
    argv: (w) => ['backup', '--tables', 'events,no-such-table', ...ep(w)],
    error: /table no-such-table not found in (DynamoDB )?endpoint http:\/\/127\.0\.0\.1:\d+; check --stage and --tables/,
  },
  {
    name: 'backup: a collection whose table was never created',
    argv: (w) => ['backup', '--stage', 'nostage', ...ep(w)],
    error: /lightningtalk-circle-nostage-events.*not found/,
  },
  {
    name: 'backup: an endpoint without CreateBackup',
    argv: (w) => ['backup', ...ep(w)],
    error: /endpoint http:\/\/127\.0\.0\.1:\d+ does not support CreateBackup; use --skip-unsupported/,
  },
];

const exportCases: BadCase[] = [
  {
    name: 'export: nothing listens at --endpoint',
    argv: (w) => ['export', '--out', 'exports/new', '--endpoint', w.closed],
    error: (w) => unreachable(w.closed, 'endpoint'),
  },
  {
    name: 'export: --endpoint answers with a web page',
    argv: (w) => ['export', '--out', 'exports/new', '--endpoint', w.html],
    error: (w) => notDynamo(w.html),
  },
  {
    name: 'export: --endpoint answers 404',
    argv: (w) => ['export', '--out', 'exports/new', '--endpoint', w.notFound],
    error: (w) => notDynamo(w.notFound),
  },
  {
    name: 'export: a table that does not exist',
    argv: (w) => ['export', '--out', 'exports/new', '--tables', 'no-such-table', ...ep(w)],
    error: /table no-such-table.*not found/,
  },
  {
    name: 'export: --out is a file',
    argv: (w) => ['export', '--out', '.env', ...ep(w)],
    error: /--out .*\.env.*(not a folder|cannot be read as a folder|is a file)/,
  },
  {
    name: 'export: --out under a file',
    argv: (w) => ['export', '--out', '.env/export', ...ep(w)],
    error: /--out .*\.env\/export.*(ENOTDIR|under a file|not a folder)/,
  },
  {
    name: 'export: --out a folder with other files',
    argv: (w) => ['export', '--out', 'server/data', ...ep(w)],
    error: /--out .*server\/data is not empty; choose a new folder, or pass --resume/,
  },
  {
    name: 'export: --out a finished export',
    argv: (w) => ['export', '--out', 'exports/good', ...ep(w)],
    error: /--out .*exports\/good.*(not empty|already|finished|complete)/,
  },
  {
    name: 'export: --resume in a folder that is not an export',
    argv: (w) => ['export', '--out', 'server/data', '--resume', ...ep(w)],
    error: /server\/data.*(not an export|no export\.json|nothing to resume|not empty)/,
  },
  {
    name: 'export: --resume an export of another stage',
    setup: async (repo) => {
      const run = path.join(repo, 'exports', 'good', 'export.json');
      const manifest = JSON.parse(await readFile(run, 'utf8')) as { status: string; stage: string };
      await writeFile(run, JSON.stringify({ ...manifest, status: 'in-progress', stage: 'staging' }, null, 2));
    },
    argv: (w) => ['export', '--out', 'exports/good', '--resume', ...ep(w)],
    error: /stage.*staging.*corpus-|stage.*corpus-.*staging/,
  },
  {
    name: 'export: --s3-uri without the scheme',
    argv: (w) => ['export', '--out', 'exports/new', '--s3-uri', `${w.bucket}/exports`, ...ep(w), ...s3(w)],
    error: /s3-uri ".*": expected s3:\/\/bucket\/prefix with a valid bucket name/,
  },
  {
    name: 'export: --s3-uri with a bucket name S3 refuses',
    argv: (w) => ['export', '--out', 'exports/new', '--s3-uri', 's3://My_Bucket/x', ...ep(w), ...s3(w)],
    error: /s3-uri "s3:\/\/My_Bucket\/x": expected s3:\/\/bucket\/prefix with a valid bucket name/,
  },
  {
    name: 'export: --s3-uri with .. in the prefix',
    argv: (w) => ['export', '--out', 'exports/new', '--s3-uri', `s3://${w.bucket}/a/../b`, ...ep(w), ...s3(w)],
    error: /s3-uri ".*": the prefix may not contain \. or \.\. segments/,
  },
  {
    name: 'export: --s3-uri to a bucket that does not exist',
    argv: (w) => ['export', '--out', 'exports/new', '--s3-uri', `s3://${w.missingBucket}/x`, ...ep(w), ...s3(w)],
    error: (w) => new RegExp(`bucket ${w.missingBucket}.*not found`),
  },
  {
    name: 'export: nothing listens at --s3-endpoint',
    argv: (w) => ['export', '--out', 'exports/new', '--s3-uri', `s3://${w.bucket}/new`, ...ep(w), '--s3-endpoint', w.closed],
    error: (w) => unreachable(w.closed, 's3-endpoint'),
  },
  {
    name: 'export: --s3-endpoint answers with a web page',
    argv: (w) => ['export', '--out', 'exports/new', '--s3-uri', `s3://${w.bucket}/new`, ...ep(w), '--s3-endpoint', w.html],
    error: (w) => notS3(w.html),
  },
  {
    name: 'export: --kms-key-id without --sse aws:kms',
    argv: (w) => ['export', '--out', 'exports/new', '--s3-uri', `s3://${w.bucket}/new`, '--kms-key-id', 'alias/x', ...ep(w), ...s3(w)],
    error: /--kms-key-id.*--sse aws:kms/,
  },
  {
    name: 'export: --out holds a stray file and nothing else',
    setup: async (repo) => {
      await mkdir(path.join(repo, 'exports', 'stray'), { recursive: true });
      await writeFile(path.join(repo, 'exports', 'stray', 'notes.txt'), 'mine\n');
    },
    argv: (w) => ['export', '--out', 'exports/stray', ...ep(w)],
    error: /--out .*exports\/stray is not empty/,
  },
];

describe('corpus: status, backup, export', () => runCorpus(() => world, [...status, ...backup, ...exportCases]));
