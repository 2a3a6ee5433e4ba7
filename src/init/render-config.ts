/**
 * The config file init writes: only what differs from the built-in
 * defaults, under a header that says so, and always the switch targets it
 * found (listed, they are required: config-pr refuses when one goes
 * missing, rather than skip it as it does a default). Checked by loading it
 * as every command will, before anything is written.
 */
import { stringify } from 'yaml';
import { DEFAULTS } from '../config/defaults.js';
import { parseConfigText, resolveConfig } from '../config/load.js';
import type { ConfigFile } from '../config/schema.js';
import type { Switch } from '../switch/edit.js';
import type { TargetEntry } from './discover-targets.js';

export interface ConfigChoices {
  stage: string;
  region?: string;
  collections: string[];
  dataDir: string;
  sw: Switch;
  targets: TargetEntry[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\0') === [...b].sort().join('\0');

/** The default table naming, for collections the defaults do not name. */
const tableFor = (collection: string) => `lightningtalk-circle-\${stage}-${collection}`;

export function configFile(c: ConfigChoices): ConfigFile {
  const file: ConfigFile = {};
  if (c.stage !== DEFAULTS.stage) file.stage = c.stage;
  if (c.region !== undefined && c.region !== DEFAULTS.region) file.region = c.region;
  if (!sameSet(c.collections, Object.keys(DEFAULTS.tables))) {
    const known: Record<string, string> = DEFAULTS.tables;
    file.tables = Object.fromEntries(c.collections.map((name) => [name, known[name] ?? tableFor(name)]));
  }
  if (c.dataDir !== DEFAULTS.dataDir) file.dataDir = c.dataDir;
  const sw: NonNullable<ConfigFile['switch']> = {};
  if (c.sw.key !== DEFAULTS.switch.key) sw.key = c.sw.key;
  if (c.sw.from !== DEFAULTS.switch.from) sw.from = c.sw.from;
  if (c.sw.to !== DEFAULTS.switch.to) sw.to = c.sw.to;
  if (c.targets.length > 0) sw.targets = c.targets;
  if (Object.keys(sw).length > 0) file.switch = sw;
  return file;
}

export function renderConfig(c: ConfigChoices, version: string): string {
  const file = configFile(c);
  const header = [
    `# dynamodb-rollback config, written by \`dynamodb-rollback init\` (v${version}).`,
    '# Only what differs from the built-in defaults is set; every key and its default is',
    "# in the tool's docs/config.md. See the result with: npx dynamodb-rollback config",
    ...(file.switch?.targets ? ['# switch.targets: the tracked files init found setting the switch; each must exist.'] : []),
    ...(file.tables ? ['# tables: the collections the migration left behind; check the table names.'] : []),
  ];
  const body = Object.keys(file).length === 0 ? '{}\n' : stringify(file, { lineWidth: 0 });
  const text = `${header.join('\n')}\n${body}`;
  // As every command will read it: a file this tool cannot load must never be written.
  resolveConfig(parseConfigText(text, '.github/dynamodb-rollback.yml'), '.github/dynamodb-rollback.yml', { stage: c.stage }, {});
  return text;
}
