/**
 * config-pr by stage, on a repository shaped like the events app's (its
 * dotenv files per environment, the CDK config keyed dev/staging/prod, the
 * stack's container environment shared by every stage): `${stage}` resolved
 * through the stage's names, another stage's target and an unmarked shared
 * one refused, shared targets in a section of their own, and a preview
 * (--dry-run) before any rollback, without a report. Real git, a bare origin;
 * no GitHub call is made on a dry run.
 */
import { execute } from '../../src/commands/execute.js';
import { renderText } from '../../src/core/summary.js';
import { InputError } from '../../src/core/errors.js';
import { type AppRepo, createAppRepo } from '../fixtures/app-repo.js';
import { STAGE_SHAPES } from '../fixtures/stage-shapes.js';
import { recorder } from '../verify/recorder.js';

const TARGETS = `switch:
  targets:
    - path: .env.\${stage}.template
      optional: true
    - path: environments/\${stage}/\${stage}.env
      optional: true
    - path: cdk/lib/config/environment.js
      property: \${stage}.database.type
    - path: cdk/lib/main-stack.js
      scope: shared
`;

const repos: AppRepo[] = [];
afterAll(async () => {
  for (const r of repos) await r.cleanup();
});

async function repo(config: string, files: Record<string, string> = {}): Promise<AppRepo> {
  const r = await createAppRepo('production', { config, files: { ...STAGE_SHAPES, ...files } });
  repos.push(r);
  return r;
}

async function preview(r: AppRepo, stage: string) {
  const ex = await execute('config-pr', { stage, 'dry-run': true, reason: 'rehearsal' }, recorder(), r.dir, {
    GITHUB_REPOSITORY: 'acme/events-app',
  });
  return {
    ...ex,
    text: renderText(ex.presentation.summary),
    result: ex.result as { changedFiles: string[]; body: string; diff: string; report: string | null },
  };
}

async function refusal(r: AppRepo, stage: string): Promise<Error> {
  return preview(r, stage).then(
    () => {
      throw new Error('config-pr did not refuse');
    },
    (err: Error) => err,
  );
}

describe('config-pr by stage', () => {
  it("previews production's switch without a rollback report: its files, the prod section, and the shared stack in a section naming the other stages", async () => {
    const r = await repo(TARGETS);
    const { result, text } = await preview(r, 'production');
    expect(result.changedFiles).toEqual([
      '.env.production.template',
      'cdk/lib/config/environment.js',
      'cdk/lib/main-stack.js',
      'environments/production/production.env',
    ]);
    expect(result.diff).toContain("+    prod: { database: { type: 'file', days: 30 } },");
    expect(result.diff).not.toContain("+    staging: { database: { type: 'file'");
    expect(result.report).toBeNull();
    expect(result.body).toContain('- **Rollback record:** _none given_.');
    expect(result.body).toContain('### Shared targets: other stages change too');
    expect(result.body).toContain('- `cdk/lib/main-stack.js`: also changes **staging**, **development**, **test**');
    expect(text).toContain('rollback report: none given; a preview of the switch');
  });

  it("staging gets its own file and section and the shared stack; production's template has no staging copy and is skipped, said so", async () => {
    const r = await repo(TARGETS);
    const { result, presentation } = await preview(r, 'staging');
    expect(result.changedFiles).toEqual(['cdk/lib/config/environment.js', 'cdk/lib/main-stack.js', 'environments/staging/staging.env']);
    expect(result.diff).toContain("+    staging: { database: { type: 'file', days: 7 } },");
    expect(presentation.summary.notes).toContain('.env.staging.template: not in the repository; skipped (optional)');
  });

  it('resolves ${stage} through the names of the stage given: --stage prod finds production.env, and a name the config adds is found as a key', async () => {
    const r = await repo(TARGETS);
    expect((await preview(r, 'prod')).result.changedFiles).toEqual([
      '.env.production.template',
      'cdk/lib/config/environment.js',
      'cdk/lib/main-stack.js',
      'environments/production/production.env',
    ]);
    const live = await repo(`stages:\n  production: [live]\n${TARGETS}`, {
      'cdk/lib/config/environment.js': "module.exports = { live: { database: { type: 'dynamodb' } } };\n",
    });
    expect((await preview(live, 'production')).result.diff).toContain("+module.exports = { live: { database: { type: 'file' } } };");
  });

  it('refuses a target whose path names another stage, before anything is written', async () => {
    const r = await repo(TARGETS.replace('    - path: .env.${stage}.template\n', '    - path: .env.production.template\n'));
    const err = await refusal(r, 'staging');
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(
      "switch target .env.production.template is production's (its path says \"production\"), not staging's: a rollback of staging never flips another stage's file; remove it from switch.targets, or write the stage in its path as ${stage}",
    );
  });

  it('refuses a shared target the config does not mark scope: shared, naming the stages it would change', async () => {
    const r = await repo(TARGETS.replace('      scope: shared\n', ''));
    const err = await refusal(r, 'production');
    expect(err.message).toBe(
      "switch target cdk/lib/main-stack.js: nothing in its path or key ties it to production, so flipping it changes every stage deployed from this branch (staging, development, test); if that is meant, mark it scope: shared in switch.targets, else name the stage's own file",
    );
  });

  it('refuses a key that names another stage, and two names of the stage both keyed in one file', async () => {
    const other = await repo(TARGETS.replace('property: ${stage}.database.type', 'property: staging.database.type'));
    expect((await refusal(other, 'production')).message).toBe(
      'switch target cdk/lib/config/environment.js:staging.database.type is staging\'s (its key says "staging"), not production\'s; write the stage in it as ${stage}',
    );
    const both = await repo(TARGETS, {
      'cdk/lib/config/environment.js':
        "module.exports = { prod: { database: { type: 'dynamodb' } }, production: { database: { type: 'dynamodb' } } };\n",
    });
    expect((await refusal(both, 'production')).message).toBe(
      'cdk/lib/config/environment.js: property ${stage}.database.type: production.database.type and prod.database.type are both there, keys for two names of production; keep one, or name it without ${stage} in switch.targets',
    );
  });

  it('still needs a rollback report for a real run', async () => {
    const r = await repo(TARGETS);
    const err = await execute('config-pr', { stage: 'production', token: 't' }, recorder(), r.dir, {}).then(
      () => new Error('no refusal'),
      (e: Error) => e,
    );
    expect(err.message).toMatch(/^no rollback report in .*; run rollback first, or give --report$/);
  });
});
