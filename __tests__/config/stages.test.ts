import { resolveConfig } from '../../src/config/load.js';
import { parseConfigText } from '../../src/config/parse.js';
import { namesOf, resolveStageTemplate, stageOf, stagesInPath, stageTable } from '../../src/config/stages.js';
import { pathScope } from '../../src/switch/scope.js';

describe('stages by all their names', () => {
  const table = stageTable();

  it('knows the built-in names, and any of them names the stage', () => {
    expect(namesOf('production', table)).toEqual(['production', 'prod', 'prd']);
    expect(namesOf('prod', table)).toEqual(['prod', 'production', 'prd']);
    expect(stageOf('STG', table)).toBe('staging');
    expect(stageOf('local', table)).toBe('development');
    expect(namesOf('qa', table)).toEqual(['qa']);
  });

  it('finds stages as whole words of a path only', () => {
    expect(stagesInPath('environments/production/production.env', table)).toEqual([{ stage: 'production', word: 'production' }]);
    expect(stagesInPath('cdk/config/prod-config.json', table)).toEqual([{ stage: 'production', word: 'prod' }]);
    expect(stagesInPath('src/products/devices.ts', table)).toEqual([]);
    expect(pathScope('.env.production.template', 'staging', table)).toEqual({ kind: 'other', stage: 'production', word: 'production' });
    expect(pathScope('.env.production.template', 'prd', table)).toEqual({ kind: 'this', word: 'production' });
    expect(pathScope('cdk/lib/main-stack.js', 'production', table)).toEqual({ kind: 'none' });
  });

  it('resolves ${stage} to the one name that is there, and refuses two', () => {
    const there = (names: string[]) => (c: string) => names.includes(c);
    expect(resolveStageTemplate('${stage}.database.type', 'production', table, there(['prod.database.type']))).toEqual({
      value: 'prod.database.type',
      name: 'prod',
    });
    expect(resolveStageTemplate('${stage}.database.type', 'production', table, there([]))).toBeNull();
    expect(resolveStageTemplate('${stage}.x', 'production', table, there(['prod.x', 'prd.x']))).toEqual({ ambiguous: ['prod', 'prd'] });
  });

  it("extends the table from the config's stages, and refuses a name two stages claim, naming the field", () => {
    const c = resolveConfig({ stages: { production: ['live'], qa: ['quality'] } }, 'f.yml', { stage: 'live' });
    expect(namesOf('live', c.stages)).toEqual(['live', 'production', 'prod', 'prd']);
    expect(stageOf('quality', c.stages)).toBe('qa');
    expect(() => resolveConfig({ stages: { staging: ['prod'] } }, 'f.yml')).toThrow(
      'config f.yml: stages.staging[0]: "prod" is already a name of production; a name can belong to one stage only',
    );
  });

  it('reads scope: shared on a target, and refuses any other scope, naming the field', () => {
    const c = resolveConfig(parseConfigText('switch:\n  targets:\n    - path: cdk/main.js\n      scope: shared\n', 'f.yml'), 'f.yml');
    expect(c.switch.targets).toEqual([{ path: 'cdk/main.js', optional: false, builtIn: false, shared: true }]);
    expect(() => parseConfigText('switch:\n  targets:\n    - path: a.env\n      scope: mine\n', 'f.yml')).toThrow(
      'config f.yml: switch.targets.0.scope: shared is the only scope written; a target of this stage needs none',
    );
  });

  it('takes a per-stage table name by any name of the stage, and says where each table name came from', () => {
    const c = resolveConfig({ tables: { events: { table: { prod: 'shop-prod-events' } }, users: 'shop-${stage}-users' } }, 'f.yml', {
      stage: 'production',
    });
    expect(c.tables).toEqual({ events: 'shop-prod-events', users: 'shop-production-users' });
    expect(c.tableSources).toEqual({ events: 'tables.events.table.prod in f.yml', users: 'tables.users in f.yml' });
    expect(resolveConfig({}, null).tableSources.events).toBe('default lightningtalk-circle-${stage}-events');
    expect(() => resolveConfig({ tables: { events: { table: { prod: 'shop-prod-events' } } } }, 'f.yml', { stage: 'staging' })).toThrow(
      'config f.yml: tables.events.table names no table for stage staging (it has prod); add staging: <table name> there',
    );
  });
});
