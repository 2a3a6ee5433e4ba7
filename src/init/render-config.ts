/**
 * The config file init writes: only what differs from the built-in
 * defaults, under a header that says so, and always the switch targets it
 * found (listed, they are required: config-pr refuses when one goes
 * missing, rather than skip it as it does a default). Checked by loading it
 * as every command will, before anything is written.
 */
import { Document, isMap, isScalar, isSeq } from 'yaml';
import { DEFAULTS } from '../config/defaults.js';
import { resolveConfig } from '../config/load.js';
import { parseConfigText } from '../config/parse.js';
import type { ConfigFile } from '../config/schema.js';
import type { Switch } from '../switch/edit.js';
import type { FoundTable } from './discover-tables.js';
import type { TargetEntry } from './discover-targets.js';

export interface ConfigChoices {
  stage: string;
  region?: string;
  collections: string[];
  dataDir: string;
  sw: Switch;
  targets: TargetEntry[];
  /** Table names the app's own files declare, per collection, with where (written for this stage). */
  found?: FoundTable[];
  /** Per target (same order), why it is in: written beside it. */
  why?: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\0') === [...b].sort().join('\0');

/** The default table naming, for collections the defaults do not name. */
const tableFor = (collection: string) => `lightningtalk-circle-\${stage}-${collection}`;

export function configFile(c: ConfigChoices): ConfigFile {
  const file: ConfigFile = {};
  if (c.stage !== DEFAULTS.stage) file.stage = c.stage;
  if (c.region !== undefined && c.region !== DEFAULTS.region) file.region = c.region;
  const found = new Map((c.found ?? []).map((f) => [f.collection, f]));
  if (!sameSet(c.collections, Object.keys(DEFAULTS.tables)) || found.size > 0) {
    const known: Record<string, string> = DEFAULTS.tables;
    // A name the app's files give is this stage's only: written per stage, so another stage's rollback asks for its own instead of using it.
    file.tables = Object.fromEntries(
      c.collections.map((name) => [
        name,
        found.has(name) ? { table: { [c.stage]: found.get(name)!.table } } : (known[name] ?? tableFor(name)),
      ]),
    );
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
    ...(file.tables
      ? [
          "# tables: the collections the migration left behind; a name found in the app's own files is this stage's, with where it came from beside it.",
        ]
      : []),
  ];
  const body = Object.keys(file).length === 0 ? '{}\n' : commented(file, c);
  const text = `${header.join('\n')}\n${body}`;
  // As every command will read it: a file this tool cannot load must never be written.
  resolveConfig(parseConfigText(text, '.github/dynamodb-rollback.yml'), '.github/dynamodb-rollback.yml', { stage: c.stage }, {});
  return text;
}

/** The YAML with where each found table name came from, and why each target is in, as comments. */
function commented(file: ConfigFile, c: ConfigChoices): string {
  const doc = new Document(file);
  const tables = doc.get('tables', true);
  if (isMap(tables)) {
    for (const pair of tables.items) {
      const f = (c.found ?? []).find((x) => isScalar(pair.key) && x.collection === pair.key.value);
      if (!f) continue;
      const key = f.sources.find((s) => s.key)?.key;
      const lines = [
        ` ${f.collection}: ${f.sources.map((s) => `${s.where} (${s.kind === 'cdk' ? 'tableName' : 'dotenv'})`).join(', ')}${key ? `; keyed by ${key}` : ''}`,
      ];
      for (const d of f.disagreements)
        lines.push(
          ` DECIDE: ${d.sources.map((s) => s.where).join(', ')} ${d.sources.length === 1 ? 'says' : 'say'} ${d.table}; the stack's name is written: check which table holds the data`,
        );
      if (isScalar(pair.key)) pair.key.commentBefore = lines.join('\n');
    }
  }
  const targets = doc.getIn(['switch', 'targets'], true);
  if (isSeq(targets) && c.why)
    targets.items.forEach((item, i) => {
      const why = c.why![i];
      if (why && (isScalar(item) || isMap(item))) item.commentBefore = ` ${why}`;
    });
  return doc.toString({ lineWidth: 0 });
}
