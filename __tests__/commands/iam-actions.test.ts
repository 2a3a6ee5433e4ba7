/**
 * Each command's AWS calls, read from its code, against the table the roles'
 * policies are rendered from (src/commands/iam-actions.ts). Every SDK
 * command a command's import closure can send must be in its entry (so a
 * new call fails here until its permission is in the policy), and every
 * entry must be a call the code makes (so the policy grants nothing unused).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AWS_USE, iamActions, SDK_CALL_ACTIONS } from '../../src/commands/iam-actions.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { roleSummary } from '../../src/commands/role-policies.js';
import { ROOT } from '../harness/run-dist.js';

/** The project files a file imports, statically or with import(). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)]
    .map((m) => path.join(path.dirname(file), m[1]!).replace(/\.js$/, '.ts'))
    .filter((p) => existsSync(p));
}

function closure(start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...importsOf(f));
  }
  return seen;
}

/** The SDK commands a set of files can send: names imported from an @aws-sdk client, and lib-storage's Upload. */
function sdkCalls(files: Iterable<string>): string[] {
  const calls = new Set<string>();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]@aws-sdk\/(client-[a-z0-9-]+|lib-storage)['"]/g)) {
      for (const raw of m[1]!.split(',')) {
        const name = raw
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0]!;
        if (raw.trim().startsWith('type ')) continue;
        if (/Command$/.test(name) || name === 'Upload') calls.add(name);
      }
    }
  }
  return [...calls].sort();
}

/** The file a command is defined in (src/commands/<file>.ts), found by its name: '...'. */
function commandFile(name: string): string {
  const dir = path.join(ROOT, 'src', 'commands');
  const file = ['config-show', name]
    .map((f) => path.join(dir, `${f}.ts`))
    .find((f) => existsSync(f) && new RegExp(`name: '${name}'`).test(readFileSync(f, 'utf8')));
  if (!file) throw new Error(`no file defines command ${name}`);
  return file;
}

const DRILL_ONLY = new Set([
  'CreateTableCommand',
  'BatchWriteItemCommand',
  'CreateBucketCommand',
  'PutItemCommand',
  'GetItemCommand',
  'DeleteItemCommand',
]);

describe('the IAM actions of each command', () => {
  it.each(Object.keys(COMMANDS).filter((c) => c !== 'drill'))('%s: the calls its code can send are exactly its entry', (name) => {
    const calls = sdkCalls(closure(commandFile(name)));
    expect({ name, calls }).toEqual({ name, calls: [...AWS_USE[name]!.calls].sort() });
  });

  it('drill sends only to its embedded services, besides the calls of the commands it runs', () => {
    const extra = sdkCalls(closure(commandFile('drill'))).filter((c) => !Object.values(AWS_USE).some((u) => u.calls.includes(c)));
    expect(extra.filter((c) => !DRILL_ONLY.has(c))).toEqual([]);
  });

  it('sees every SDK command: no source imports an AWS SDK module whole (a namespace or default import would hide its commands from this read)', () => {
    const all = [...closure(path.join(ROOT, 'src', 'index.ts')), ...closure(path.join(ROOT, 'src', 'cli', 'bin.ts'))];
    const hidden = all.filter((f) => /import\s+(?:\*\s+as\s+\w+|\w+)\s+from\s*['"]@aws-sdk\//.test(readFileSync(f, 'utf8')));
    expect(hidden.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('maps every call to IAM actions, and every command has an entry', () => {
    for (const use of Object.values(AWS_USE))
      for (const c of use.calls) expect({ c, actions: SDK_CALL_ACTIONS[c] }).toEqual({ c, actions: expect.any(Array) });
    expect(Object.keys(AWS_USE).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it('gives mitigate dynamodb:UpdateTable and assess cloudwatch:GetMetricData', () => {
    expect(iamActions('mitigate')).toEqual(['dynamodb:DescribeTable', 'dynamodb:UpdateTable']);
    expect(iamActions('assess')).toEqual(['cloudwatch:GetMetricData', 'dynamodb:DescribeTable']);
  });

  it('gives each role every action of the commands its jobs run, and no more', () => {
    const write = roleSummary('write');
    const read = roleSummary('read');
    expect(write.commands).toEqual(['app-command', 'backup', 'export', 'mitigate', 'publish', 'rollback', 'trusted-record', 'verify']);
    expect(read.commands).toEqual(['app-command', 'assess', 'export', 'pr-check', 'pull', 'status', 'trusted-record', 'verify']);
    for (const role of [write, read]) expect(role.actions).toEqual([...new Set(role.commands.flatMap(iamActions))].sort());
    expect(read.actions).not.toContain('dynamodb:CreateBackup');
    expect(read.actions).not.toContain('dynamodb:UpdateTable');
  });
});
