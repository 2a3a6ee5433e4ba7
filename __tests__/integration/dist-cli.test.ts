import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runDistCli } from '../harness/run-dist.js';

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'ddbrb-cli-'));

describe('dist/cli/index.js', () => {
  it('is the package bin, with a node shebang', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['dynamodb-rollback']).toBe('dist/cli/index.js');
    expect(readFileSync(path.join(ROOT, 'dist/cli/index.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('--help lists the commands and exits 0', async () => {
    const run = await runDistCli(['--help'], scratch());
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Commands:\n {2}config/);
    expect(run.stdout).toContain('Exit codes: 0 done, 1 failed or mismatch found, 2 bad usage or bad input.');
  });

  it('bad usage: exit 2 and one line naming what is wrong', async () => {
    const run = await runDistCli(['config', '--bogus'], scratch());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^error: config: unknown option --bogus; valid options: /);
  });

  it('bad config: exit 2 and one line naming the file and field', async () => {
    const dir = scratch();
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, '.github', 'dynamodb-rollback.yml'), 'tables: [a, b]\n');
    const run = await runDistCli(['config'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('error: config .github/dynamodb-rollback.yml: tables: expected a mapping (key: value), found a list');
  });

  it('--json prints the result for machines', async () => {
    const run = await runDistCli(['config', '--json', '--stage', 'dev'], scratch());
    expect(run.status).toBe(0);
    const parsed = JSON.parse(run.stdout) as { ok: boolean; result: { tables: Record<string, string> } };
    expect(parsed.ok).toBe(true);
    expect(parsed.result.tables.talks).toBe('lightningtalk-circle-dev-talks');
  });
});
