/** The long form of tables and the migration rules, as the config file gives them. */
import { resolveConfig } from '../../src/config/load.js';
import { parseConfigText } from '../../src/config/parse.js';

const resolve = (yaml: string) => resolveConfig(parseConfigText(yaml, 'c.yml'), 'c.yml', {}, {});

describe('tables in the long form', () => {
  it('gives the table, the id attribute and the dropped attributes, ${stage} substituted', () => {
    const c = resolve(`stage: prod
tables:
  events: app-\${stage}-events
  participants:
    table: app-\${stage}-participants
    id: participantId
    drop: [eventKey]
`);
    expect(c.tables).toEqual({ events: 'app-prod-events', participants: 'app-prod-participants' });
    expect(c.collections).toEqual({ events: { id: 'id', drop: [] }, participants: { id: 'participantId', drop: ['eventKey'] } });
  });

  it.each([
    ['a long form without its table', 'tables:\n  events:\n    id: x\n', /tables\.events/],
    ['an unknown key in the long form', 'tables:\n  events:\n    table: t\n    idd: x\n', /unknown key idd|tables\.events/],
    ['drop that is not a list', 'tables:\n  events:\n    table: t\n    drop: x\n', /tables\.events/],
    ['an unknown migration rule', 'migration:\n  emptyStrings: true\n', /migration: unknown key emptyStrings/],
    ['a rule that is not true or false', 'migration:\n  rewroteUpdatedAt: yes please\n', /migration\.rewroteUpdatedAt/],
    ['a window that is not positive', 'migration:\n  windowMinutes: 0\n', /migration\.windowMinutes/],
  ])('refuses %s, naming the field', (_what, yaml, message) => {
    expect(() => resolve(yaml)).toThrow(message);
  });
});

describe('migration rules', () => {
  it('are on by default, for the events app', () => {
    expect(resolve('stage: x\n').migration).toEqual({
      emptyStringsAsNull: true,
      rewroteUpdatedAt: true,
      generatedIds: true,
      windowMinutes: 60,
    });
  });

  it('can be switched off one by one', () => {
    expect(resolve('migration:\n  emptyStringsAsNull: false\n').migration).toMatchObject({
      emptyStringsAsNull: false,
      rewroteUpdatedAt: true,
    });
  });
});
