import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, resolveConfig } from '../../src/config/load.js';
import { parseConfigText } from '../../src/config/parse.js';
import { InputError } from '../../src/core/errors.js';

function repoWith(yaml?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ddbrb-cfg-'));
  if (yaml !== undefined) {
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, '.github', 'dynamodb-rollback.yml'), yaml);
  }
  return dir;
}

describe('config', () => {
  it('uses the events-app defaults when the default file is absent', async () => {
    const config = await loadConfig(undefined, repoWith(), {}, {});
    expect(config.file).toBeNull();
    expect(config.stage).toBe('production');
    expect(config.tables.users).toBe('lightningtalk-circle-production-users');
    expect(Object.keys(config.tables)).toEqual(['events', 'participants', 'users', 'talks']);
    expect(config.switch.targets).toEqual([
      { path: '.env.production.template', optional: true, builtIn: true, template: { path: '.env.${stage}.template' } },
      {
        path: 'environments/production/production.env',
        optional: true,
        builtIn: true,
        template: { path: 'environments/${stage}/${stage}.env' },
      },
      {
        path: 'cdk/lib/config/environment.js',
        property: 'production.database.type',
        optional: true,
        builtIn: true,
        template: { path: 'cdk/lib/config/environment.js', property: '${stage}.database.type' },
      },
    ]);
    expect(config.pullRequest.labels).toEqual(['rollback']);
  });

  it('substitutes the stage from the file and lets options override it', async () => {
    const dir = repoWith('stage: dev\ntables:\n  events: app-${stage}-events\n');
    expect((await loadConfig(undefined, dir, {}, {})).tables).toEqual({ events: 'app-dev-events' });
    const overridden = await loadConfig(undefined, dir, { stage: 'staging', dataDir: 'data' }, {});
    expect(overridden.tables.events).toBe('app-staging-events');
    expect(overridden.dataDir).toBe('data');
  });

  it('keeps the default prices (and says so) for every assess.prices key the file leaves out', async () => {
    const defaults = await loadConfig(undefined, repoWith('stage: dev\n'), {}, {});
    expect([defaults.assess.monthlyBudget, defaults.assess.prices.onDemandWritePerMillion, defaults.assess.pricesSource]).toEqual([
      null,
      0.625,
      'default prices: us-east-1, DynamoDB Standard, as of 2024-11-01',
    ]);
    const own = await loadConfig(
      undefined,
      repoWith('assess:\n  monthlyBudget: 40\n  prices:\n    onDemandWritePerMillion: 0.715\n'),
      {},
      {},
    );
    expect([own.assess.monthlyBudget, own.assess.prices.onDemandWritePerMillion, own.assess.prices.onDemandReadPerMillion]).toEqual([
      40, 0.715, 0.125,
    ]);
    expect(own.assess.pricesSource).toMatch(/^prices from .*\(assess\.prices\), the rest default prices/);
  });

  it('takes the region from the option, then the file, then AWS_REGION', () => {
    expect(resolveConfig({}, null, {}, { AWS_REGION: 'eu-west-1' }).region).toBe('eu-west-1');
    expect(resolveConfig({ region: 'us-east-2' }, null, {}, { AWS_REGION: 'eu-west-1' }).region).toBe('us-east-2');
    expect(resolveConfig({ region: 'us-east-2' }, null, { region: 'sa-east-1' }, {}).region).toBe('sa-east-1');
  });

  it.each([
    ['stagee: dev\n', /config f\.yml: unknown key stagee/],
    ['tables:\n  events: 3\n', /config f\.yml: tables\.events: expected text, found a whole number/],
    ['retentionDays: -1\n', /config f\.yml: retentionDays:/],
    ['switch:\n  targets:\n    - path: x.json\n      pointer: nope\n', /switch\.targets\.0\.pointer: a JSON pointer starts with \//],
    ['switch:\n  colour: red\n', /switch: unknown key colour/],
    ['switch:\n  targets:\n    - pointer: /a\n', /switch\.targets\.0: give either path or command/],
    ['switch:\n  targets:\n    - path: a.env\n      command: x\n', /switch\.targets\.0: give either path or command/],
    ['switch:\n  targets:\n    - command: x\n      pointer: /a\n', /kind, pointer and property belong to a path/],
    ['switch:\n  targets:\n    - path: a.js\n      kind: toml\n', /switch\.targets\.0\.kind:/],
    ['switch:\n  targets:\n    - path: a.js\n      property: a..b\n', /switch\.targets\.0\.property: a property path/],
    ['pullRequest:\n  labels: rollback\n', /pullRequest\.labels: expected a list, found text/],
    ['assess:\n  monthlyBudget: 0\n', /assess\.monthlyBudget: expected a number of dollars above 0/],
    ['assess:\n  prices:\n    onDemandReads: 1\n', /assess\.prices: unknown key onDemandReads/],
    ['pullRequest:\n  reviewer: [a]\n', /pullRequest: unknown key reviewer/],
    ['pullRequest:\n  committer: bot\n', /pullRequest\.committer: write it as Name <email>/],
    ['stage: [dev\n', /config f\.yml: not valid YAML at line \d+/],
    ['stage: a\nstage: b\n', /not valid YAML/],
  ])('rejects %j with one line naming the file and field', (yaml, message) => {
    let error: unknown;
    try {
      parseConfigText(yaml, 'f.yml');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('requires a config file the operator named', async () => {
    await expect(loadConfig('elsewhere.yml', repoWith(), {}, {})).rejects.toThrow(/config elsewhere\.yml: cannot be read \(ENOENT\)/);
  });

  it('rejects a stage that would make odd table names', () => {
    expect(() => resolveConfig({}, null, { stage: 'a b' }, {})).toThrow(InputError);
  });
});

describe('config: switch targets and pullRequest', () => {
  it('makes a target the config names required unless optional, and substitutes ${stage} in path, property and command', () => {
    const c = resolveConfig(
      {
        stage: 'dev',
        switch: {
          targets: [
            'environments/${stage}/${stage}.env',
            { path: 'cdk/env.js', property: '${stage}.database.type', optional: true },
            { path: 'c.yml', kind: 'yaml', pointer: '/db/type' },
            { command: 'npm run flip -- ${stage}' },
          ],
        },
        pullRequest: { labels: [], reviewers: ['alice'], draft: true },
      },
      'f.yml',
    );
    expect(c.switch.targets).toEqual([
      { path: 'environments/dev/dev.env', optional: false, builtIn: false, template: { path: 'environments/${stage}/${stage}.env' } },
      {
        path: 'cdk/env.js',
        property: 'dev.database.type',
        optional: true,
        builtIn: false,
        template: { path: 'cdk/env.js', property: '${stage}.database.type' },
      },
      { path: 'c.yml', kind: 'yaml', pointer: '/db/type', optional: false, builtIn: false },
      { command: 'npm run flip -- dev', optional: false, builtIn: false },
    ]);
    expect(c.pullRequest).toMatchObject({ labels: [], reviewers: ['alice'], teamReviewers: [], draft: true });
    expect(c.pullRequest.committer).toMatch(/^github-actions\[bot\] </);
  });
});
