/**
 * verify's messages name an option as the caller spells it: the CLI as its
 * flag (as always), the action as its input, both for a message of the
 * work (src/verify/) and one of the command's own checks.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { run } from '../../src/action/run.js';
import { main } from '../../src/cli/main.js';

/** What a call writes to stdout and stderr. */
async function capture<T>(fn: () => Promise<T>): Promise<{ value: T; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  try {
    return { value: await fn(), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

let dir: string;
let config: string;
let from: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-verify-spelling-'));
  config = path.join(dir, 'rollback.yml');
  await writeFile(config, 'stage: production\n');
  from = path.join(dir, 'export');
  await mkdir(from);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

type Spell = (name: string) => string;
const flag: Spell = (n) => `--${n}`;
const input: Spell = (n) => `input ${n}`;

// The data dir is checked before the export is read: the work's refusal, naming --data-dir.
const noDataDir = {
  options: { 'data-dir': 'missing' },
  expected: (s: Spell) => `data dir missing is not a folder; check ${s('data-dir')} (or dataDir in the config)`,
};
// The command refuses --since without --live before any work.
const sinceAlone = {
  options: { since: 'changes' },
  expected: (s: Spell) =>
    `verify: ${s('since')} is the incremental export ${s('live')} reads instead of a scan; add ${s('live')}, or drop ${s('since')}`,
};

describe.each([
  ['the work', noDataDir],
  ['the command', sinceAlone],
])("a refusal of verify's (%s)", (_, { options, expected }) => {
  it('names the flags on the command line, as before', async () => {
    const args = Object.entries(options).flatMap(([k, v]) => [`--${k}`, v]);
    const { value, err } = await capture(() => main(['verify', '--config', config, '--from', from, ...args], dir));
    expect(value).toBe(2);
    expect(err).toBe(`error: ${expected(flag)}\n`);
  });

  it('names the inputs in the action, and no flag', async () => {
    const inputs: Record<string, string> = {
      COMMAND: 'verify',
      CONFIG: config,
      FROM: from,
      ...Object.fromEntries(Object.entries(options).map(([k, v]) => [k.toUpperCase(), v])),
    };
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k}`] = v;
    const saved = process.exitCode;
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const { out } = await capture(() => run());
      expect(process.exitCode).toBe(2);
      expect(out.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([`::error::${expected(input)}`]);
      expect(out).not.toMatch(/--(data-dir|since|live)\b/);
    } finally {
      process.chdir(cwd);
      process.exitCode = saved;
      for (const k of Object.keys(inputs)) delete process.env[`INPUT_${k}`];
    }
  });
});
