/**
 * Where the app's own files say its tables are: `DYNAMODB_<COLLECTION>_TABLE`
 * in the stage's own dotenv files, and the CDK stacks' `tableName` (a string,
 * or a template whose only expressions are the stage variable, read as the
 * name the CDK gives this stage: `prod` where its config is keyed so) with
 * the `partitionKey` beside it. Another stage's files, examples, tests and
 * docs are not read. Per collection, every source is kept: where they
 * disagree, the stack (which creates the tables) is written and the others
 * are listed as a decision for the operator, never dropped silently.
 */
import { parse } from '@babel/parser';
import { neverTarget, pathScope } from '../switch/scope.js';
import type { StageTable } from '../config/stages.js';
import { kindOfPath } from '../switch/edit.js';

export interface TableSource {
  /** `file:line`. */
  where: string;
  kind: 'cdk' | 'dotenv';
  /** The partition key beside a CDK tableName, when a string literal. */
  key?: string;
}

export interface FoundTable {
  collection: string;
  /** The name written into the config. */
  table: string;
  sources: TableSource[];
  /** Other names other sources give, each with where: a decision for the operator. */
  disagreements: Array<{ table: string; sources: TableSource[] }>;
}

export interface TableDiscovery {
  tables: FoundTable[];
  /** Declarations read but not used, with why (an expression init cannot read, a table of no migrated collection). */
  unused: string[];
}

export interface TablesInput {
  files: string[];
  read(file: string): Promise<string | null>;
  stage: string;
  stages: StageTable;
  /** The name this stage goes by in the CDK (`prod`), for its stage variable. */
  cdkStage: string;
  collections: string[];
}

const STAGE_VARIABLE = /^(stage|env|environment|stageName|envName|environmentName|stageId)$/i;
const norm = (s: string) => s.toLowerCase().replace(/[-_]/g, '');

export async function discoverTables(input: TablesInput): Promise<TableDiscovery> {
  const found = new Map<string, Map<string, TableSource[]>>();
  const unused: string[] = [];
  const add = (collection: string, table: string, source: TableSource) => {
    const byName = found.get(collection) ?? new Map<string, TableSource[]>();
    byName.set(table, [...(byName.get(table) ?? []), source]);
    found.set(collection, byName);
  };
  for (const file of input.files) {
    if (file.split('/').includes('node_modules') || neverTarget(file, input.stage) !== null) continue;
    const scope = pathScope(file, input.stage, input.stages);
    if (scope.kind === 'other') continue;
    const kind = kindOfPath(file);
    if (kind !== 'dotenv' && kind !== 'js') continue;
    const text = await input.read(file);
    if (text === null) continue;
    // A dotenv file is the stage's only when its path says so; a stack may serve every stage.
    if (kind === 'dotenv' && scope.kind === 'this' && text.includes('DYNAMODB_')) {
      for (const d of dotenvTables(text, file)) {
        const collection = input.collections.find((c) => norm(c) === norm(d.name));
        if (collection) add(collection, d.table, { where: d.where, kind: 'dotenv' });
        else unused.push(`${d.where}: DYNAMODB_${d.name}_TABLE names no migrated collection; not used`);
      }
    }
    if (kind === 'js' && text.includes('tableName')) {
      for (const c of cdkTables(text, file, input.cdkStage)) {
        if ('unreadable' in c) {
          unused.push(`${c.where}: tableName ${c.unreadable}; not used`);
          continue;
        }
        const collection = [...input.collections]
          .sort((a, b) => b.length - a.length)
          .find((x) => new RegExp(`[-_.]${x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i').test(c.table));
        if (collection) add(collection, c.table, { where: c.where, kind: 'cdk', ...(c.key ? { key: c.key } : {}) });
      }
    }
  }
  const tables: FoundTable[] = [];
  for (const collection of input.collections) {
    const byName = found.get(collection);
    if (!byName) continue;
    // The stack creates the tables and hands their names to the container: its name first, then the most often said.
    const ranked = [...byName.entries()].sort((a, b) => rank(b[1]) - rank(a[1]));
    const [[table, sources], ...rest] = ranked as [[string, TableSource[]], ...Array<[string, TableSource[]]>];
    tables.push({ collection, table, sources, disagreements: rest.map(([t, s]) => ({ table: t, sources: s })) });
  }
  return { tables, unused };
}

const rank = (sources: TableSource[]) => (sources.some((s) => s.kind === 'cdk') ? 1000 : 0) + sources.length;

function dotenvTables(text: string, file: string): Array<{ name: string; table: string; where: string }> {
  const out: Array<{ name: string; table: string; where: string }> = [];
  text.split('\n').forEach((line, i) => {
    const m = /^\s*(?:export\s+)?DYNAMODB_([A-Z0-9_]+?)_TABLE\s*=\s*(["']?)([A-Za-z0-9_.-]{3,255})\2\s*(?:#.*)?\r?$/.exec(line);
    if (m) out.push({ name: m[1]!, table: m[3]!, where: `${file}:${i + 1}` });
  });
  return out;
}

interface Node {
  type: string;
  start: number;
  [k: string]: unknown;
}
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

type CdkTable = { table: string; where: string; key?: string } | { unreadable: string; where: string };

function cdkTables(text: string, file: string, cdkStage: string): CdkTable[] {
  let program: Node;
  try {
    program = parse(text.replace(/^\uFEFF/, ''), {
      sourceType: 'unambiguous',
      errorRecovery: true,
      plugins: /\.[mc]?tsx?$/.test(file) ? ['typescript'] : ['jsx'],
    }).program as unknown as Node;
  } catch {
    return []; // a file no parser reads is no stack of ours; the switch's own discovery says so when it mentions the key
  }
  const out: CdkTable[] = [];
  const lineOf = (n: Node) => (n.loc as { start: { line: number } }).start.line;
  const nameOf = (p: Node) => {
    const k = p.key as Node;
    return k.type === 'Identifier' ? (k.name as string) : k.type === 'StringLiteral' ? (k.value as string) : null;
  };
  const visit = (n: Node) => {
    if (n.type === 'ObjectExpression') {
      const props = (n.properties as Node[]).filter((p) => p.type === 'ObjectProperty');
      const name = props.find((p) => nameOf(p) === 'tableName');
      if (name) {
        const where = `${file}:${lineOf(name)}`;
        const value = name.value as Node;
        const table = tableValue(value, cdkStage);
        // A variable passed along (`tableName: name`) declares nothing; a template that is almost a declaration is worth a line.
        if (table === null && value.type === 'TemplateLiteral')
          out.push({
            unreadable: `is a template with an expression other than the stage (${text.slice(value.start, value.end as number)})`,
            where,
          });
        else if (table === null) {
          /* not a declaration */
        } else {
          const pk = props.find((p) => nameOf(p) === 'partitionKey')?.value as Node | undefined;
          const pkName =
            pk?.type === 'ObjectExpression'
              ? ((pk.properties as Node[]).find((p) => p.type === 'ObjectProperty' && nameOf(p) === 'name')?.value as Node | undefined)
              : undefined;
          out.push({ table, where, ...(pkName?.type === 'StringLiteral' ? { key: pkName.value as string } : {}) });
        }
      }
    }
    for (const [k, v] of Object.entries(n)) {
      if (k === 'loc' || k.endsWith('Comments')) continue;
      if (Array.isArray(v)) for (const x of v) if (isNode(x)) visit(x);
      if (isNode(v)) visit(v);
    }
  };
  visit(program);
  return out;
}

/** A string, or a template whose expressions are all the stage variable (`environment`, `props.stage`), with this stage's CDK name put in. */
function tableValue(v: Node, cdkStage: string): string | null {
  if (v.type === 'StringLiteral') return v.value as string;
  if (v.type !== 'TemplateLiteral') return null;
  const quasis = v.quasis as Node[];
  const parts: string[] = [];
  for (const [i, q] of quasis.entries()) {
    parts.push((q.value as { cooked: string }).cooked);
    const e = (v.expressions as Node[])[i];
    if (!e) continue;
    const last =
      e.type === 'Identifier'
        ? (e.name as string)
        : e.type === 'MemberExpression' && !e.computed
          ? ((e.property as Node).name as string)
          : null;
    if (last === null || !STAGE_VARIABLE.test(last)) return null;
    parts.push(cdkStage);
  }
  return parts.join('');
}
