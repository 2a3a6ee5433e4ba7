/**
 * Bad command lines, every command: unknown commands and options, and a bad
 * value of every option type (boolean, integer, list, enum, string, url).
 * Each is refused before anything is read or written.
 */
import { type BadCase, runCorpus } from './run-case.js';
import { makeWorld, type World } from './world.js';

let world: World;
beforeAll(async () => {
  world = await makeWorld();
});
afterAll(() => world.close());

const ep = (w: World) => ['--endpoint', w.endpoint];
const URL_SHAPE = /http\(s\) URL such as http:\/\/127\.0\.0\.1:8000/;

const unknown: BadCase[] = [
  { name: 'unknown command', argv: () => ['rollbak'], error: /unknown command "rollbak"; valid commands: config, status/ },
  {
    name: 'help for an unknown command',
    argv: () => ['help', 'rollbak'],
    error: /unknown command "rollbak"; valid commands: config, status/,
  },
  { name: 'a command of another tool', argv: () => ['restore', '--stage', 'x'], error: /unknown command "restore"; valid commands:/ },
  {
    name: 'an option before the command',
    argv: () => ['--stage', 'dev', 'status'],
    error: /expected a command before --stage; run dynamodb-rollback --help/,
  },
  {
    name: 'config: misspelt option',
    argv: () => ['config', '--stgae', 'dev'],
    error: /config: unknown option --stgae; valid options: --config, --stage/,
  },
  {
    name: 'status: an option of another command',
    argv: () => ['status', '--from', 'exports/good'],
    error: /status: unknown option --from; valid options:.*--tables/,
  },
  { name: 'backup: an option of another command (init)', argv: () => ['backup', '--force'], error: /backup: unknown option --force/ },
  {
    name: 'export: a stray argument',
    argv: () => ['export', 'exports/new'],
    error: /export: unexpected argument "exports\/new"; options are written --name value/,
  },
  { name: 'rollback: an option without its value', argv: () => ['rollback', '--from'], error: /rollback: option --from needs a value/ },
  {
    name: 'rollback: a value that looks like the next option',
    argv: () => ['rollback', '--from', '--dry-run'],
    error: /option --from needs a value/,
  },
  {
    name: 'verify: an option given twice',
    argv: () => ['verify', '--from', 'a', '--from', 'b'],
    error: /verify: option --from given twice/,
  },
  { name: 'undo: a short option', argv: () => ['undo', '-d', 'server/data'], error: /undo: unexpected argument "-d"/ },
  { name: 'backup: a bare --', argv: () => ['backup', '--'], error: /backup: unknown option --;/ },
];

const booleans: BadCase[] = [
  { name: 'config: --json=maybe', argv: () => ['config', '--json=maybe'], error: /--json: expected true or false, got "maybe"/ },
  {
    name: 'export: --resume=yes',
    argv: () => ['export', '--out', 'exports/new', '--resume=yes'],
    error: /--resume: expected true or false, got "yes"/,
  },
  {
    name: 'rollback: --dry-run=1',
    argv: () => ['rollback', '--from', 'exports/good', '--dry-run=1'],
    error: /--dry-run: expected true or false, got "1"/,
  },
  {
    name: 'verify: --live=on',
    argv: () => ['verify', '--from', 'exports/good', '--live=on'],
    error: /--live: expected true or false, got "on"/,
  },
  {
    name: 'backup: --skip-unsupported=no',
    argv: () => ['backup', '--skip-unsupported=no'],
    error: /--skip-unsupported: expected true or false/,
  },
  {
    name: 'rollback: --allow-data-loss=TRUE!',
    argv: () => ['rollback', '--from', 'exports/good', '--allow-data-loss=TRUE!'],
    error: /--allow-data-loss: expected true or false/,
  },
];

const integers: BadCase[] = [
  {
    name: 'export: --segments 0',
    argv: (w) => ['export', '--out', 'exports/new', '--segments', '0', ...ep(w)],
    error: /--segments: expected a whole number from 1 to 1000, got "0"/,
  },
  {
    name: 'export: --segments -1',
    argv: (w) => ['export', '--out', 'exports/new', '--segments', '-1', ...ep(w)],
    error: /--segments: expected a whole number from 1 to 1000, written in digits only, got "-1"/,
  },
  {
    name: 'export: --segments +4',
    argv: (w) => ['export', '--out', 'exports/new', '--segments', '+4', ...ep(w)],
    error: /--segments: expected a whole number .* digits only, got "\+4"/,
  },
  {
    name: 'export: --segments 1e3',
    argv: (w) => ['export', '--out', 'exports/new', '--segments', '1e3', ...ep(w)],
    error: /--segments: .*digits only, got "1e3"/,
  },
  {
    name: 'export: --segments 2.5',
    argv: (w) => ['export', '--out', 'exports/new', '--segments', '2.5', ...ep(w)],
    error: /--segments: .*got "2\.5"/,
  },
  {
    name: 'export: --segments 0x10',
    argv: (w) => ['export', '--out', 'exports/new', '--segments', '0x10', ...ep(w)],
    error: /--segments: .*got "0x10"/,
  },
  {
    name: 'export: --segments above the most DynamoDB scans in parallel here',
    argv: (w) => ['export', '--out', 'exports/new', '--segments', '1001', ...ep(w)],
    error: /--segments: expected a whole number from 1 to 1000, got "1001"/,
  },
  {
    name: 'verify: --segments beyond safe integers',
    argv: (w) => ['verify', '--from', 'exports/good', '--live', '--segments', '9007199254740993', ...ep(w)],
    error: /--segments: expected a whole number from 1 to 1000, got "9007199254740993"/,
  },
  {
    name: 'backup: --timeout beyond safe integers',
    argv: (w) => ['backup', '--timeout', '9007199254740992', ...ep(w)],
    error: /--timeout: expected a whole number from 1 to 9007199254740991, got "9007199254740992"/,
  },
  {
    name: 'backup: --timeout with 20 digits',
    argv: (w) => ['backup', '--timeout', '99999999999999999999', ...ep(w)],
    error: /--timeout: expected a whole number from 1 to 9007199254740991/,
  },
  {
    name: 'backup: --timeout with a separator',
    argv: (w) => ['backup', '--timeout', '1_000', ...ep(w)],
    error: /--timeout: .*digits only, got "1_000"/,
  },
  {
    name: 'backup: --timeout= empty',
    argv: (w) => ['backup', '--timeout=', ...ep(w)],
    error: /--timeout: expected a whole number .* got ""/,
  },
  {
    name: 'status: --retry-budget 0',
    argv: (w) => ['status', '--retry-budget', '0', ...ep(w)],
    error: /--retry-budget: expected a whole number from 1 to 86400, got "0"/,
  },
  {
    name: 'rollback: --retry-budget beyond safe integers',
    argv: () => ['rollback', '--from', 'exports/good', '--retry-budget', '99999999999999999'],
    error: /--retry-budget: expected a whole number from 1 to 86400, got "99999999999999999"/,
  },
  { name: 'backup: --timeout with a unit', argv: (w) => ['backup', '--timeout', '10m', ...ep(w)], error: /--timeout: .*got "10m"/ },
];

const enums: BadCase[] = [
  {
    name: 'rollback: --strategy copy',
    argv: () => ['rollback', '--from', 'exports/good', '--strategy', 'copy'],
    error: /--strategy: expected one of merge, export, backup, got "copy"/,
  },
  {
    name: 'rollback: --strategy= empty',
    argv: () => ['rollback', '--from', 'exports/good', '--strategy='],
    error: /--strategy: expected one of merge, export, backup, got ""/,
  },
  {
    name: 'rollback: --prefer nobody',
    argv: () => ['rollback', '--from', 'exports/good', '--prefer', 'nobody'],
    error: /--prefer: expected one of dynamodb, file, newest, got "nobody"/,
  },
  {
    name: 'rollback: --prefer in capitals',
    argv: () => ['rollback', '--from', 'exports/good', '--prefer', 'DynamoDB'],
    error: /--prefer: expected one of dynamodb, file, newest, got "DynamoDB"/,
  },
  {
    name: 'export: --sse in lower case',
    argv: (w) => ['export', '--out', 'exports/new', '--sse', 'aes256', ...ep(w)],
    error: /--sse: expected one of AES256, aws:kms, got "aes256"/,
  },
];

const lists: BadCase[] = [
  {
    name: 'status: --tables of commas only',
    argv: (w) => ['status', '--tables', ' , ', ...ep(w)],
    error: /--tables: expected a comma-separated list, got " , "/,
  },
  {
    name: 'export: --tables climbing out of the data dir',
    argv: (w) => ['export', '--out', 'exports/new', '--tables', '../etc', ...ep(w)],
    error: /--tables: expected a comma-separated list of names made of letters, digits, \., - and _, got "\.\.\/etc"/,
  },
  {
    name: 'rollback: --tables with a path in the list',
    argv: () => ['rollback', '--from', 'exports/good', '--tables', 'events,../../x'],
    error: /--tables: .*got "\.\.\/\.\.\/x"/,
  },
  {
    name: 'verify: --tables with a space in a name',
    argv: () => ['verify', '--from', 'exports/good', '--tables', 'events,my users'],
    error: /--tables: .*got "my users"/,
  },
  {
    name: 'backup: --tables with a name too long for DynamoDB',
    argv: (w) => ['backup', '--tables', 'x'.repeat(300), ...ep(w)],
    error: /--tables: .*names made of letters/,
  },
];

const strings: BadCase[] = [
  { name: 'config: --stage of spaces', argv: () => ['config', '--stage', '   '], error: /--stage: needs a value/ },
  {
    name: 'config: --stage with a space',
    argv: () => ['config', '--stage', 'prod uction'],
    error: /stage "prod uction": letters, digits, - and _ only/,
  },
  {
    name: 'status: --stage with a newline stays one line',
    argv: (w) => ['status', '--stage', 'prod\nuction', ...ep(w)],
    error: /stage "prod\\nuction": letters, digits, - and _ only/,
  },
  {
    name: 'undo: --stage with a slash',
    argv: () => ['undo', '--stage', '../prod'],
    error: /stage "\.\.\/prod": letters, digits, - and _ only/,
  },
  { name: 'export: --out= empty', argv: (w) => ['export', '--out=', ...ep(w)], error: /--out: needs a value/ },
  {
    name: 'rollback: --data-dir= empty',
    argv: () => ['rollback', '--from', 'exports/good', '--data-dir='],
    error: /--data-dir: needs a value/,
  },
  { name: 'status: --backup-dir= empty', argv: (w) => ['status', '--backup-dir=', ...ep(w)], error: /--backup-dir: needs a value/ },
  { name: 'backup: --region= empty', argv: (w) => ['backup', '--region=', ...ep(w)], error: /--region: needs a value/ },
  {
    name: 'status: --region that is no region',
    argv: (w) => ['status', '--region', 'us east 1', ...ep(w)],
    error: /region "us east 1": not an AWS region; give one such as us-east-1/,
  },
  { name: 'config: --config= empty', argv: () => ['config', '--config='], error: /--config: needs a value/ },
  { name: 'rollback: no --from', argv: () => ['rollback'], error: /rollback: --from is required/ },
  { name: 'verify: no --from', argv: () => ['verify'], error: /--from is required|--from/ },
  { name: 'export: no --out', argv: (w) => ['export', ...ep(w)], error: /export: --out is required/ },
];

const urls: BadCase[] = [
  {
    name: 'status: --endpoint without a scheme',
    argv: () => ['status', '--endpoint', '127.0.0.1:8000'],
    error: new RegExp(`--endpoint: expected an ${URL_SHAPE.source}.*got "127\\.0\\.0\\.1:8000"`),
  },
  {
    name: 'backup: --endpoint as host:port',
    argv: () => ['backup', '--endpoint', 'localhost:8000'],
    error: new RegExp(`--endpoint: expected an ${URL_SHAPE.source}.*got "localhost:8000"`),
  },
  {
    name: 'export: --endpoint with ftp:',
    argv: () => ['export', '--out', 'exports/new', '--endpoint', 'ftp://127.0.0.1:21'],
    error: new RegExp(`--endpoint: expected an ${URL_SHAPE.source}`),
  },
  {
    name: 'verify: --endpoint with a path',
    argv: () => ['verify', '--from', 'exports/good', '--live', '--endpoint', 'http://127.0.0.1:8000/dynamodb'],
    error: /--endpoint: expected .*without a path, query or fragment, got "http:\/\/127\.0\.0\.1:8000\/dynamodb"/,
  },
  {
    name: 'status: --endpoint with a query',
    argv: () => ['status', '--endpoint', 'http://127.0.0.1:8000?region=x'],
    error: /--endpoint: expected .*without a path, query or fragment/,
  },
  {
    name: 'backup: --endpoint with credentials is not echoed',
    argv: () => ['backup', '--endpoint', 'http://admin:hunter2@127.0.0.1:8000'],
    error: /^(?!.*hunter2).*--endpoint: expected .*without credentials; give credentials through AWS_ACCESS_KEY_ID/,
  },
  {
    name: 'status: --endpoint with a port out of range',
    argv: () => ['status', '--endpoint', 'http://127.0.0.1:99999'],
    error: /--endpoint: expected .*got "http:\/\/127\.0\.0\.1:99999"/,
  },
  {
    name: 'undo: --endpoint that is words',
    argv: () => ['undo', '--endpoint', 'the local one'],
    error: /--endpoint: expected an http\(s\) URL/,
  },
  {
    name: 'rollback: --s3-endpoint with s3:',
    argv: () => ['rollback', '--from', 'exports/good', '--s3-endpoint', 's3://bucket'],
    error: /--s3-endpoint: expected an http\(s\) URL such as http:\/\/127\.0\.0\.1:8000.*got "s3:\/\/bucket"/,
  },
  {
    name: 'export: --s3-endpoint without a host',
    argv: () => ['export', '--out', 'exports/new', '--s3-endpoint', 'http://'],
    error: /--s3-endpoint: expected an http\(s\) URL/,
  },
  {
    name: 'config: --s3-endpoint with a fragment',
    argv: () => ['config', '--s3-endpoint', 'https://127.0.0.1:4569/#x'],
    error: /--s3-endpoint: expected .*without a path, query or fragment/,
  },
];

describe('corpus: command lines', () => {
  describe('unknown commands and options', () => runCorpus(() => world, unknown));
  describe('booleans', () => runCorpus(() => world, booleans));
  describe('integers', () => runCorpus(() => world, integers));
  describe('enums', () => runCorpus(() => world, enums));
  describe('lists', () => runCorpus(() => world, lists));
  describe('strings', () => runCorpus(() => world, strings));
  describe('urls', () => runCorpus(() => world, urls));
});
