/**
 * A message of the work names an option as the caller spells it: the CLI
 * as its flag (--resume, as always), the action as its input (input
 * resume), whatever path the message takes out.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { run } from '../../src/action/run.js';
import { main } from '../../src/cli/main.js';
import { opt, spellOptions } from '../../src/core/option-name.js';
import { ROOT } from '../harness/run-dist.js';

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

describe('opt', () => {
  it('spells a flag by default and an input inside the action, across awaits, each run its own', async () => {
    expect(opt('resume')).toBe('--resume');
    const later = (spelling: 'flag' | 'input', ms: number) =>
      spellOptions(spelling, async () => {
        await new Promise((r) => setTimeout(r, ms));
        return opt('retry-budget');
      });
    expect(await Promise.all([later('input', 5), later('flag', 1)])).toEqual(['input retry-budget', '--retry-budget']);
    expect(opt('report')).toBe('--report');
  });

  it('a run inside another (the drill running the action in the CLI) spells its own way, and the outer run goes on as before', async () => {
    const seen: string[] = [];
    await spellOptions('flag', async () => {
      seen.push(opt('resume'));
      await spellOptions('input', async () => {
        await new Promise((r) => setTimeout(r, 1));
        seen.push(opt('resume'));
      });
      seen.push(opt('resume'));
    });
    expect(seen).toEqual(['--resume', 'input resume', '--resume']);
  });

  it('a run that fails, or returns at once, leaves no spelling behind', async () => {
    await expect(
      spellOptions('input', async () => {
        throw new Error('x');
      }),
    ).rejects.toThrow('x');
    expect(() =>
      spellOptions('input', () => {
        throw new Error('y');
      }),
    ).toThrow('y');
    expect(spellOptions('input', () => opt('resume'))).toBe('input resume');
    expect(opt('resume')).toBe('--resume');
  });

  it('is never called where a module is loaded: there no run says how to spell it', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const p = path.join(dir, n);
        return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
      });
    const topLevel = files(path.join(ROOT, 'src')).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => /^[^\s/]/.test(l) && /\bopt\(/.test(l) && !/=>|^(export )?(async )?function /.test(l))
        .map((l) => `${path.relative(ROOT, f)}: ${l.slice(0, 80)}`),
    );
    expect(topLevel).toEqual([]);
  });
});

describe('a work error through each front end', () => {
  let dir: string;
  let out: string;
  let config: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-option-name-'));
    // Not empty and no export: export refuses before it reaches DynamoDB, naming --out and --resume.
    out = path.join(dir, 'out');
    await mkdir(out);
    await writeFile(path.join(out, 'stray.txt'), 'x');
    config = path.join(dir, 'rollback.yml');
    await writeFile(config, 'stage: production\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const expected = (spell: (name: string) => string) =>
    `${spell('out')} ${out} is not empty; choose a new folder, or pass ${spell('resume')} to finish an interrupted export there`;

  it('the CLI names the flags, as before', async () => {
    const { value, err } = await capture(() =>
      main(['export', '--config', config, '--out', out, '--tables', 'events', '--endpoint', 'http://127.0.0.1:9'], dir),
    );
    expect(value).toBe(2);
    expect(err).toBe(`error: ${expected((n) => `--${n}`)}\n`);
  });

  it('the action names the inputs, and no flag', async () => {
    const inputs = { COMMAND: 'export', CONFIG: config, OUT: out, TABLES: 'events', ENDPOINT: 'http://127.0.0.1:9' };
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k}`] = v;
    const saved = process.exitCode;
    try {
      const { out: stdout } = await capture(() => run());
      expect(process.exitCode).toBe(2);
      expect(stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([`::error::${expected((n) => `input ${n}`)}`]);
      expect(stdout).not.toMatch(/--(out|resume)\b/);
    } finally {
      process.exitCode = saved;
      for (const k of Object.keys(inputs)) delete process.env[`INPUT_${k}`];
    }
  });
});
