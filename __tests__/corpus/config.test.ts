/**
 * Bad config files: not YAML, not a mapping, unknown keys, wrong types and
 * bad values of each key, a --config that is missing or a folder. Spread
 * over every command, since each loads the config before anything else.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type BadCase, runCorpus } from './run-case.js';
import { makeWorld, type World } from './world.js';

let world: World;
beforeAll(async () => {
  world = await makeWorld();
});
afterAll(() => world.close());

const CONFIG = '.github/dynamodb-rollback.yml';

/** The config file holds this text (the events app's stage and region first, unless replaced). */
function config(text: string | Buffer, keepStage = true) {
  return async (repo: string, w: World) => {
    const head = keepStage ? `stage: ${w.app.stage}\nregion: us-east-1\n` : '';
    await writeFile(path.join(repo, CONFIG), typeof text === 'string' ? head + text : text);
  };
}

const ep = (w: World) => ['--endpoint', w.endpoint];
const named = (field: string) => new RegExp(`config \\.github/dynamodb-rollback\\.yml: ${field}`);

const cases: BadCase[] = [
  // Not YAML, or not a mapping.
  {
    name: 'config: an unclosed flow sequence',
    setup: config('tables: [events\n'),
    argv: () => ['config'],
    error: named('not valid YAML at line \\d+, column \\d+'),
  },
  {
    name: 'status: a tab for indentation',
    setup: config('switch:\n\tkey: X\n'),
    argv: (w) => ['status', ...ep(w)],
    error: named('not valid YAML at line \\d+'),
  },
  {
    name: 'backup: a key given twice',
    setup: config('dataDir: a\ndataDir: b\n'),
    argv: (w) => ['backup', ...ep(w)],
    error: named('not valid YAML at line \\d+, column \\d+: .*unique'),
  },
  {
    name: 'export: a list at the top level',
    setup: config('- stage: x\n', false),
    argv: (w) => ['export', '--out', 'exports/new', ...ep(w)],
    error: named('\\(top level\\): expected a mapping \\(key: value\\), found a list'),
  },
  {
    name: 'rollback: a bare word for a file',
    setup: config('production\n', false),
    argv: () => ['rollback', '--from', 'exports/good'],
    error: named('\\(top level\\): expected a mapping \\(key: value\\), found text'),
  },
  {
    name: 'undo: bytes that are not text',
    setup: config(Buffer.from([0x00, 0xff, 0xfe, 0x3a, 0x0a, 0x80]), false),
    argv: () => ['undo'],
    error: named('(not valid YAML|\\(top level\\))'),
  },
  {
    name: 'verify: an alias bomb',
    setup: config(`a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [${'*a, '.repeat(30)}*a]\nc: [${'*b, '.repeat(30)}*b]\n`, false),
    argv: () => ['verify', '--from', 'exports/good'],
    error: named('not valid YAML: its aliases expand too far \\(more than 100\\); write the values out'),
  },
  {
    name: 'config: a document with an unknown tag',
    setup: config('dataDir: !secret x\n'),
    argv: () => ['config'],
    error: named('not plain YAML at line \\d+, column \\d+: .*tag.*; remove the tag'),
  },

  // Unknown keys.
  {
    name: 'config: a misspelt top-level key',
    setup: config('stagee: dev\n'),
    argv: () => ['config'],
    error: named('unknown key stagee; remove or correct it'),
  },
  {
    name: 'status: a key of the wrong section',
    setup: config('switch:\n  dataDir: x\n'),
    argv: (w) => ['status', ...ep(w)],
    error: named('switch: unknown key dataDir; remove or correct it'),
  },
  {
    name: 'rollback: an unknown command hook',
    setup: config('commands:\n  deploy: npm run deploy\n'),
    argv: () => ['rollback', '--from', 'exports/good'],
    error: named('commands: unknown key deploy'),
  },
  {
    name: 'verify: a target with an unknown key',
    setup: config('switch:\n  targets:\n    - path: .env\n      format: dotenv\n'),
    argv: () => ['verify', '--from', 'exports/good'],
    error: named('switch\\.targets\\.0: unknown key format'),
  },
  {
    name: 'undo: __proto__ as a key',
    setup: config('__proto__:\n  polluted: true\n'),
    argv: () => ['undo'],
    error: named('unknown key __proto__; remove or correct it'),
  },

  // Each key, the wrong type or a bad value.
  {
    name: 'config: stage a number',
    setup: config('stage: 3\n', false),
    argv: () => ['config'],
    error: named('stage: expected text, found a whole number'),
  },
  {
    name: 'status: stage with a slash',
    setup: config('stage: prod/eu\n', false),
    argv: (w) => ['status', ...ep(w)],
    error: named('stage: letters, digits, - and _ only'),
  },
  {
    name: 'backup: stage empty',
    setup: config("stage: ''\n", false),
    argv: (w) => ['backup', ...ep(w)],
    error: named('stage: must not be empty'),
  },
  {
    name: 'export: region a list',
    setup: config('region: [us-east-1]\n', false),
    argv: (w) => ['export', '--out', 'exports/new', ...ep(w)],
    error: named('region: expected text, found a list'),
  },
  {
    name: 'rollback: region with spaces',
    setup: config('region: Tokyo Japan\n', false),
    argv: () => ['rollback', '--from', 'exports/good'],
    error: named('region: not an AWS region; give one such as us-east-1'),
  },
  {
    name: 'verify: tables a list',
    setup: config('tables: [events, users]\n'),
    argv: () => ['verify', '--from', 'exports/good'],
    error: named('tables: expected a mapping \\(key: value\\), found a list'),
  },
  {
    name: 'undo: tables empty',
    setup: config('tables: {}\n'),
    argv: () => ['undo'],
    error: named('tables: names no table; list at least one'),
  },
  {
    name: 'config: a table a number',
    setup: config('tables:\n  events: 3\n'),
    argv: () => ['config'],
    error: named('tables\\.events: expected text, found a whole number'),
  },
  {
    name: 'status: a table name empty',
    setup: config("tables:\n  events: ''\n"),
    argv: (w) => ['status', ...ep(w)],
    error: named('tables\\.events: must not be empty'),
  },
  {
    name: 'backup: a collection name with a path',
    setup: config('tables:\n  ../events: app-events\n'),
    argv: (w) => ['backup', ...ep(w)],
    error: named('tables: key "\\.\\./events": letters, digits, \\., - and _ only'),
  },
  {
    name: 'export: a table name DynamoDB refuses',
    setup: config('tables:\n  events: my events table\n'),
    argv: (w) => ['export', '--out', 'exports/new', ...ep(w)],
    error: named('tables\\.events: "my events table" is not a DynamoDB table name'),
  },
  {
    name: 'rollback: a table name too short once the stage is in',
    setup: config('tables:\n  events: ${stage}\n', false),
    argv: () => ['rollback', '--from', 'exports/good', '--stage', 'a'],
    error: named('tables\\.events: "a" is not a DynamoDB table name'),
  },
  {
    name: 'verify: dataDir a number',
    setup: config('dataDir: 5\n'),
    argv: () => ['verify', '--from', 'exports/good'],
    error: named('dataDir: expected text, found a whole number'),
  },
  { name: 'undo: dataDir empty', setup: config("dataDir: ''\n"), argv: () => ['undo'], error: named('dataDir: must not be empty') },
  {
    name: 'status: backupDir a list',
    setup: config('backupDir: [migration-backups]\n'),
    argv: (w) => ['status', ...ep(w)],
    error: named('backupDir: expected text, found a list'),
  },
  {
    name: 'rollback: progressFile a mapping',
    setup: config('progressFile: {path: x}\n'),
    argv: () => ['rollback', '--from', 'exports/good'],
    error: named('progressFile: expected text, found a mapping'),
  },
  {
    name: 'status: retentionDays negative',
    setup: config('retentionDays: -1\n'),
    argv: (w) => ['status', ...ep(w)],
    error: named('retentionDays: expected 1 or more days'),
  },
  {
    name: 'status: retentionDays a fraction',
    setup: config('retentionDays: 1.5\n'),
    argv: (w) => ['status', ...ep(w)],
    error: named('retentionDays: expected a whole number, found a fraction'),
  },
  {
    name: 'config: retentionDays a string',
    setup: config("retentionDays: '30'\n"),
    argv: () => ['config'],
    error: named('retentionDays: expected a number, found text'),
  },
  {
    name: 'config: retentionDays beyond safe integers',
    setup: config('retentionDays: 9007199254740993\n'),
    argv: () => ['config'],
    error: named('retentionDays: expected a number no larger than 9007199254740991'),
  },
  {
    name: 'config: retentionDays infinite',
    setup: config('retentionDays: .inf\n'),
    argv: () => ['config'],
    error: named('retentionDays: expected a number, found infinity'),
  },
  {
    name: 'config: switch a string',
    setup: config('switch: DATABASE_TYPE\n'),
    argv: () => ['config'],
    error: named('switch: expected a mapping \\(key: value\\), found text'),
  },
  {
    name: 'backup: switch.key empty',
    setup: config("switch:\n  key: ''\n"),
    argv: (w) => ['backup', ...ep(w)],
    error: named('switch\\.key: must not be empty'),
  },
  {
    name: 'export: switch.targets a string',
    setup: config('switch:\n  targets: .env\n'),
    argv: (w) => ['export', '--out', 'exports/new', ...ep(w)],
    error: named('switch\\.targets: expected a list, found text'),
  },
  {
    name: 'rollback: a target pointer without its slash',
    setup: config('switch:\n  targets:\n    - path: cdk/config/prod.json\n      pointer: database/type\n'),
    argv: () => ['rollback', '--from', 'exports/good'],
    error: named('switch\\.targets\\.0\\.pointer: a JSON pointer starts with /'),
  },
  {
    name: 'verify: a target without its path',
    setup: config('switch:\n  targets:\n    - pointer: /database/type\n'),
    argv: () => ['verify', '--from', 'exports/good'],
    error: named('switch\\.targets\\.0: give either path or command'),
  },
  {
    name: 'undo: a command hook a list',
    setup: config('commands:\n  maintenanceOn: [npm, run, x]\n'),
    argv: () => ['undo'],
    error: named('commands\\.maintenanceOn: expected text, found a list'),
  },

  // --config itself.
  {
    name: 'config: --config names a missing file',
    argv: () => ['config', '--config', 'ci/rollback.yml'],
    error: /config ci\/rollback\.yml: cannot be read \(ENOENT\); check the path given with --config/,
  },
  {
    name: 'status: --config names a folder',
    argv: (w) => ['status', '--config', '.github', ...ep(w)],
    error: /config \.github: cannot be read \(EISDIR\); check the path given with --config/,
  },
  {
    name: 'rollback: --config under a file',
    argv: () => ['rollback', '--from', 'exports/good', '--config', '.env/rollback.yml'],
    error: /config \.env\/rollback\.yml: cannot be read \(ENOTDIR\); check the path given with --config/,
  },
  {
    name: 'backup: the default config file is a folder',
    setup: async (repo) => {
      const file = path.join(repo, CONFIG);
      await rm(file);
      await mkdir(file);
    },
    argv: (w) => ['backup', ...ep(w)],
    error: /config \.github\/dynamodb-rollback\.yml: cannot be read \(EISDIR\)/,
  },
];

describe('corpus: config files', () => runCorpus(() => world, cases));
