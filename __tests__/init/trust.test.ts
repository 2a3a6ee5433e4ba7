/**
 * What init writes and says about trust (issue 19, findings 1 and 4): the
 * dispatch forms offer the stages found as a choice; each role's trust
 * policy takes exact subjects with StringEquals, never a pattern.
 */
import { jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { stageChoice } from '../../src/init/stage-choice.js';
import { WORKFLOW_TEMPLATES } from '../../src/init/workflow-templates.js';
import { type AppRepo, createAppRepo, git } from '../fixtures/app-repo.js';
import { ROOT } from '../harness/run-dist.js';
import { checkWorkflow } from '../harness/workflows.js';

const ACTION = 'acme/dynamodb-rollback@0123456789abcdef0123456789abcdef01234567';
let repo: AppRepo;
let out: string;

beforeAll(async () => {
  repo = await createAppRepo('production', {
    config: null,
    files: {
      'environments/staging/staging.env': 'NODE_ENV=staging\nDATABASE_TYPE=dynamodb\n',
      'environments/qa/qa.env': 'DATABASE_TYPE=dynamodb\n',
    },
  });
  await git(repo.dir, 'remote', 'set-url', 'origin', 'https://github.com/acme/events-app.git');
  let text = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((c: unknown) => ((text += String(c)), true));
  try {
    expect(await main(['init', '--repo-dir', repo.dir, '--action', ACTION], ROOT)).toBe(0);
  } finally {
    o.mockRestore();
  }
  out = text;
});
afterAll(() => repo.cleanup());

type Input = { type?: string; options?: string[]; default?: string };
const dispatchStage = (text: string) =>
  (parse(text) as { on: { workflow_dispatch: { inputs?: { stage?: Input } } | null; workflow_call?: { inputs: { stage: Input } } } }).on;

describe('init and the trust rules', () => {
  it('writes every dispatch form with the stage as a choice of the stages found, the configured one first', async () => {
    const withStage: string[] = [];
    for (const file of Object.keys(WORKFLOW_TEMPLATES)) {
      const text = await readFile(path.join(repo.dir, file), 'utf8');
      const on = dispatchStage(text);
      // The rehearsal (dynamodb-rollback-drill.yml) is dispatched without a stage: it runs the drill's own.
      if (!on.workflow_dispatch?.inputs?.stage) continue;
      withStage.push(file);
      expect({ file, ...on.workflow_dispatch.inputs.stage }).toMatchObject({
        file,
        type: 'choice',
        options: ['production', 'qa', 'staging'],
        default: 'production',
      });
      // workflow_call takes no choice: it stays a string.
      if (on.workflow_call) expect(on.workflow_call.inputs.stage.type).toBe('string');
      expect(await checkWorkflow(text, file)).toEqual([]);
    }
    expect(withStage.sort()).toEqual([
      '.github/workflows/export.yml',
      '.github/workflows/mitigate.yml',
      '.github/workflows/rollback-finish.yml',
      '.github/workflows/rollback.yml',
    ]);
  });

  it('changes nothing else in a workflow', () => {
    const text = WORKFLOW_TEMPLATES['.github/workflows/rollback.yml']!;
    const chosen = stageChoice(text, ['production', 'staging'], 'rollback.yml');
    expect(chosen).not.toBe(text);
    expect(chosen.replace(/type: choice\n {8}options: \[production, staging\]/, 'type: string')).toBe(text);
  });

  it('prints one trust policy per stage on its exact environment, and the read role on the default branch and the environments; no pattern anywhere', () => {
    const policies = [...out.matchAll(/trust (\{.*?\}\]\}); permissions/g)].map(
      (m) => JSON.parse(m[1]!) as { Statement: Array<{ Condition: Record<string, Record<string, string | string[]>> }> },
    );
    expect(policies).toHaveLength(4);
    const subjects = policies.map((p) => p.Statement[0]!.Condition.StringEquals!['token.actions.githubusercontent.com:sub']);
    expect(subjects).toEqual([
      'repo:acme/events-app:environment:dynamodb-rollback-production',
      'repo:acme/events-app:environment:dynamodb-rollback-qa',
      'repo:acme/events-app:environment:dynamodb-rollback-staging',
      [
        'repo:acme/events-app:ref:refs/heads/<default branch>',
        'repo:acme/events-app:environment:dynamodb-rollback-production',
        'repo:acme/events-app:environment:dynamodb-rollback-qa',
        'repo:acme/events-app:environment:dynamodb-rollback-staging',
      ],
    ]);
    for (const p of policies) expect(Object.keys(p.Statement[0]!.Condition)).toEqual(['StringEquals']);
    expect(out).not.toMatch(/StringLike|dynamodb-rollback-\*|:\*"/);
  });

  it('says which actions and session each role needs: UpdateTable and the 3 h session for the write role, GetMetricData and 3 h for the read role', () => {
    const write = /IAM write role of production .*?permissions ([^;]+); Maximum session duration at least (\S+ h)/.exec(out)!;
    expect(write[1]!.split(', ')).toEqual(expect.arrayContaining(['dynamodb:UpdateTable', 'dynamodb:CreateBackup', 's3:PutObject']));
    expect(write[2]).toBe('3 h');
    const read = /IAM read role, required .*?permissions ([^;]+); Maximum session duration at least (\S+ h)/.exec(out)!;
    expect(read[1]!.split(', ')).toEqual(expect.arrayContaining(['cloudwatch:GetMetricData', 'dynamodb:Scan']));
    expect(read[1]).not.toMatch(/CreateBackup|UpdateTable/);
    expect(read[2]).toBe('3 h');
  });
});
