/**
 * The scratch app's own commands (package.json scripts), each doing
 * something the drill can see: maintenance and jobs as flag files in the
 * app's state folder (APP_STATE_DIR; the drill points it outside the
 * runner's workspaces, as a real app's flag lives outside the runner), a
 * health check that reads every data file as JSON, and integration tests
 * that check the rebuilt files hang together (every id unique, every
 * eventId an event).
 */

const flag = `import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const [what, state] = process.argv.slice(2);
const dir = process.env.APP_STATE_DIR || path.resolve('.app-state');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, what);
if (state === 'on') writeFileSync(file, new Date().toISOString() + '\\n');
else rmSync(file, { force: true });
console.log(what + ' ' + state + ' (' + file + ')');
`;

const health = `import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
const dir = path.resolve('server/data');
let items = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
  const value = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  if (!Array.isArray(value)) throw new Error(name + ': not an array');
  items += value.length;
}
console.log('health: ' + items + ' items in ' + dir + ' read as JSON');
`;

const integration = `import { readdirSync, readFileSync } from 'node:fs';
const read = (c) => JSON.parse(readFileSync('server/data/' + c + '.json', 'utf8'));
const problems = [];
const events = new Set(read('events').map((e) => e.id));
for (const c of ['events', 'participants', 'users', 'talks']) {
  const ids = read(c).filter((x) => x.id !== undefined).map((x) => x.id);
  if (new Set(ids).size !== ids.length) problems.push(c + ': an id appears twice');
}
for (const c of ['participants', 'talks']) {
  for (const x of read(c)) if (!events.has(x.eventId)) problems.push(c + ' ' + (x.id ?? '(no id)') + ': eventId is no event');
}
const template = readdirSync('.').find((f) => /^\\.env\\..+\\.template$/.test(f));
if (!template || !/DATABASE_TYPE="file"/.test(readFileSync(template, 'utf8'))) problems.push((template ?? 'the .env.<stage>.template') + ': DATABASE_TYPE is not file');
if (problems.length) { console.error(problems.join('\\n')); process.exit(1); }
console.log('integration: ' + events.size + ' events, references and the switch agree');
`;

export const APP_SCRIPTS: Record<string, string> = {
  'scripts/flag.mjs': flag,
  'scripts/health-check.mjs': health,
  'scripts/integration-test.mjs': integration,
};

export const APP_PACKAGE_JSON = `${JSON.stringify(
  {
    name: 'lightningtalk-circle',
    private: true,
    scripts: {
      'maintenance:enable': 'node scripts/flag.mjs maintenance on',
      'maintenance:disable': 'node scripts/flag.mjs maintenance off',
      'jobs:stop': 'node scripts/flag.mjs jobs-stopped on',
      'jobs:start': 'node scripts/flag.mjs jobs-stopped off',
      'health:check': 'node scripts/health-check.mjs',
      'test:integration': 'node scripts/integration-test.mjs',
    },
  },
  null,
  2,
)}\n`;
