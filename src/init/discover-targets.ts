/**
 * The switch targets of an app repository: every tracked file that sets the
 * switch key, as the switch's own readers (src/switch/) find it, so a file
 * that merely mentions the key (a README, `process.env.DATABASE_TYPE`) is
 * not one. Besides the key itself, its nested form is looked for: DATABASE_TYPE
 * as `database.type` under the stage's key, by any of its names (the CDK
 * config's `prod: { database: { type } }` for production), there only when
 * the value is the switch's `from` or `to`. Every file that mentions the key
 * is classified (src/switch/scope.ts): this stage's, shared by every stage,
 * another stage's, or never a target (docs, examples, tests, local
 * development), and every one that is not a target is reported, with why.
 */
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { namesOf, otherStages, stageOf, type StageTable, stagesInPath } from '../config/stages.js';
import { InputError } from '../core/errors.js';
import { findDotenv } from '../switch/dotenv.js';
import { type FileKind, kindOfPath, type Switch } from '../switch/edit.js';
import { findJs } from '../switch/js.js';
import { findJson } from '../switch/json.js';
import type { Occurrence } from '../switch/occurrence.js';
import { neverTarget, pathScope } from '../switch/scope.js';
import { findYaml } from '../switch/yaml.js';
import { copiesFor, stageOfCopy, stageTemplate } from './stage-path.js';

/** A target as the config file writes it: a bare path, or a path with its pointer or property, its scope, whether a stage may lack it. */
export type TargetEntry = string | { path: string; pointer?: string; property?: string; scope?: 'shared'; optional?: true };

export interface FoundTarget {
  entry: TargetEntry;
  /** The tracked file behind it. */
  files: string[];
  /** What was found, for the output: key or pointer or property, and the lines. */
  detail: string;
  /** this: the path or the key names the stage; shared: nothing ties it to one stage. */
  scope: 'this' | 'shared';
  /** Why it is this stage's, or which other stages it changes. */
  why: string;
}

export interface NotATarget {
  file: string;
  reason: string;
}

export interface TargetDiscovery {
  targets: FoundTarget[];
  /** Files that mention the key and are not a target, each with why. */
  notTargets: NotATarget[];
  /** Tracked files read. */
  scanned: number;
  /** The canonical stages the repository's files name (in paths or keys), this one included. */
  stagesSeen: string[];
  /** The names of this stage the files use in keys (`prod` in the CDK config), the stage's own name when none. */
  spelled: string[];
}

/** Larger files are not config files; skipped unread (and counted as skipped when they mention nothing we can see). */
const MAX_BYTES = 1_000_000;

export interface DiscoverInput {
  files: string[];
  read(file: string): Promise<string | null>;
  sw: Switch;
  stage: string;
  stages: StageTable;
  /** Paths never targets (the config file itself, the workflows init writes). */
  exclude: ReadonlySet<string>;
}

/** DATABASE_TYPE -> ['database', 'type']; null when the key has no nested form. */
export function nestedForm(key: string): string[] | null {
  const parts = key.toLowerCase().split('_').filter(Boolean);
  return parts.length > 1 && /^[A-Z0-9_]+$/.test(key) ? parts : null;
}

type Found = {
  pointer?: string;
  property?: string;
  occurrences: Occurrence[];
  nested: boolean;
  /** The stage's name in the key path that made it this stage's (`prod`), when one did. */
  keyedBy?: string;
  /** Other stages' sections beside it (`dev, staging`), for the output. */
  besides?: string[];
};

interface Ctx {
  sw: Switch;
  stage: string;
  stages: StageTable;
  nested: string[] | null;
  seen: Set<string>;
}

export async function discoverTargets({ files, read, sw, stage, stages, exclude }: DiscoverInput): Promise<TargetDiscovery> {
  const ctx: Ctx = { sw, stage, stages, nested: nestedForm(sw.key), seen: new Set([stageOf(stage, stages) ?? stage]) };
  const targets: FoundTarget[] = [];
  const notTargets: NotATarget[] = [];
  const spelled = new Set<string>();
  let scanned = 0;
  for (const file of files) {
    if (exclude.has(file) || file.split('/').includes('node_modules')) continue;
    const text = await read(file);
    if (text === null) continue;
    scanned++;
    const mentionsKey = text.includes(sw.key);
    const mentionsNested = ctx.nested !== null && ctx.nested.every((p) => text.includes(p));
    if (!mentionsKey && !mentionsNested) continue;
    // Quietly for a file that only has the words of the nested form: "database" and "type" are everywhere.
    const out = (reason: string) => {
      if (mentionsKey) notTargets.push({ file, reason });
    };
    const never = neverTarget(file, stage);
    if (never) {
      out(never);
      continue;
    }
    if (mentionsKey) for (const m of stagesInPath(file, stages)) ctx.seen.add(m.stage);
    const scope = pathScope(file, stage, stages);
    if (scope.kind === 'other') {
      out(`${scope.stage}'s file (its path says "${scope.word}"): another stage's, never flipped for ${stage}`);
      continue;
    }
    const kind = kindOfPath(file);
    if (!kind) {
      out(`mentions ${sw.key}, but no switch format reads this kind of file (set it by hand, or add a command: target)`);
      continue;
    }
    if (text.length > MAX_BYTES) {
      out(`mentions ${sw.key}, but is larger than ${MAX_BYTES} bytes; not read as a config file`);
      continue;
    }
    let hits: Found[];
    try {
      hits = settingsIn(text, file, kind, ctx);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      if (err instanceof AmbiguousStage) notTargets.push({ file, reason: err.message });
      else
        out(err.message.replace(/ \(ConditionalExpression\)/, ' (a conditional expression: it picks a value per environment at run time)'));
      continue;
    }
    const usable: Found[] = [];
    const reasons: string[] = [];
    for (const hit of hits) {
      const odd = hit.occurrences.find((o) => o.value !== sw.from && o.value !== sw.to);
      if (!odd) usable.push(hit);
      // The key itself set to something else is worth a line; `type: 'postgres'` elsewhere is not about us.
      else if (!hit.nested)
        reasons.push(
          `line ${odd.line}: ${sw.key} is ${JSON.stringify(odd.value)}, neither ${sw.from} nor ${sw.to}; config-pr would refuse to flip it`,
        );
    }
    if (usable.length === 0) {
      out(reasons[0] ?? `mentions ${sw.key} without setting it`);
      continue;
    }
    for (const hit of usable) {
      if (hit.keyedBy) spelled.add(hit.keyedBy);
      targets.push(targetOf(file, hit, kind, ctx, scope.kind === 'this' ? scope.word : undefined));
    }
  }
  // A file shaped like one of this stage's ${stage} templates with another name in its place
  // (environments/qa/qa.env beside environments/production/production.env) is that stage's,
  // even when no alias table knows the name: never a shared target.
  const templates = targets.flatMap((t) =>
    t.scope === 'this' && typeof t.entry !== 'string' && t.entry.path.includes('${stage}') ? [t.entry.path] : [],
  );
  const copies = new Map<string, string>();
  for (const t of targets) {
    if (t.scope !== 'shared') continue;
    for (const template of templates) {
      const other = stageOfCopy(t.files[0]!, template);
      if (other !== null && other !== stage) copies.set(other, template);
    }
  }
  // Once a name is known as a stage that way, any file whose path names it is that stage's too.
  const word = (file: string, name: string) => file.split(/[/.\-_]/).some((w) => w.toLowerCase() === name.toLowerCase());
  for (let i = targets.length - 1; i >= 0; i--) {
    const t = targets[i]!;
    const other = t.scope === 'shared' ? [...copies.keys()].find((name) => word(t.files[0]!, name)) : undefined;
    if (other === undefined) continue;
    targets.splice(i, 1);
    notTargets.push({
      file: t.files[0]!,
      reason: `${other}'s file (its path says "${other}", a stage: ${copies.get(other)} has a copy for it): another stage's, never flipped for ${stage}`,
    });
    ctx.seen.add(stageOf(other, stages) ?? other);
  }
  notTargets.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // A ${stage} template that some stage the repository names has no copy of: optional, so that stage's rollback skips it (and says so).
  const tracked = new Set(files);
  const seen = [...ctx.seen];
  for (const t of targets) {
    if (typeof t.entry === 'string' || !t.entry.path.includes('${stage}')) continue;
    const have = copiesFor(t.entry.path, seen, stages, tracked);
    const lacking = seen.filter((x) => !have.includes(x));
    if (lacking.length > 0) {
      t.entry.optional = true;
      t.why += `; ${lacking.join(', ')} ${lacking.length === 1 ? 'has' : 'have'} no copy, so it is optional`;
    }
  }
  for (const t of targets) if (typeof t.entry !== 'string' && Object.keys(t.entry).length === 1) t.entry = t.entry.path;
  targets.sort((a, b) => (a.files[0]! < b.files[0]! ? -1 : a.files[0]! > b.files[0]! ? 1 : 0));
  return { targets, notTargets, scanned, stagesSeen: seen, spelled: spelled.size ? [...spelled] : [stage] };
}

function settingsIn(text: string, file: string, kind: FileKind, ctx: Ctx): Found[] {
  const { sw, nested } = ctx;
  if (kind === 'dotenv') return nonEmpty([{ occurrences: findDotenv(text, sw.key, file), nested: false }]);
  if (kind === 'js') {
    const out: Found[] = [{ occurrences: findJs(text, file, { key: sw.key }, file).occurrences, nested: false }];
    if (nested) out.push(...stageKeyed(text, file, nested, ctx));
    return nonEmpty(out);
  }
  let data: unknown;
  if (kind === 'json') data = parseJsonc(text.replace(/^\uFEFF/, ''), [], { allowTrailingComma: true });
  else {
    try {
      data = parseYaml(text.replace(/^\uFEFF/, ''), { uniqueKeys: false });
    } catch {
      throw new InputError(`${file}: not valid YAML`);
    }
  }
  const finder = kind === 'json' ? findJson : findYaml;
  const out: Found[] = [];
  const names = new Set(namesOf(ctx.stage, ctx.stages).map((n) => n.toLowerCase()));
  const own = stageOf(ctx.stage, ctx.stages) ?? ctx.stage;
  const besides: string[] = [];
  for (const { segments, isNested } of stringPaths(data, sw.key, nested)) {
    // A segment naming another stage is that stage's section; one naming this stage becomes ${stage}.
    const other = segments.map((x) => stageOf(x, ctx.stages)).find((x) => x !== null && x !== own);
    if (other) {
      ctx.seen.add(other);
      besides.push(other);
      continue;
    }
    const keyedBy = segments.find((x) => names.has(x.toLowerCase()));
    const pointer = `/${segments.map((x) => x.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
    // The switch's own reader decides: what it cannot find, config-pr could not flip.
    const occurrences = finder(text, pointer, file);
    const written =
      keyedBy === undefined
        ? pointer
        : `/${segments.map((x) => (x === keyedBy ? '${stage}' : x.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/')}`;
    out.push({ pointer: written, occurrences, nested: isNested, ...(keyedBy ? { keyedBy } : {}) });
  }
  for (const f of out) if (f.keyedBy && besides.length) f.besides = [...new Set(besides)];
  return nonEmpty(out);
}

/** `<name>.database.type` for each name of the stage (exactly one may be there), and the other stages' sections beside it. */
function stageKeyed(text: string, file: string, nested: string[], ctx: Ctx): Found[] {
  const at = (name: string) => findJs(text, file, { property: `${name}.${nested.join('.')}`, key: ctx.sw.key }, file).occurrences;
  const mine = namesOf(ctx.stage, ctx.stages)
    .map((name) => ({ name, occurrences: at(name) }))
    .filter((x) => x.occurrences.length > 0);
  const besides = otherStages(ctx.stage, ctx.stages).filter((s) => namesOf(s, ctx.stages).some((n) => at(n).length > 0));
  for (const b of besides) ctx.seen.add(b);
  if (mine.length > 1)
    throw new AmbiguousStage(
      `${file}: ${mine.map((m) => `${m.name}.${nested.join('.')}`).join(' and ')} are both there, two names of ${ctx.stage}; say which one with a property: target`,
    );
  if (mine.length === 0) return [];
  const [{ name, occurrences }] = mine as [(typeof mine)[number]];
  return [{ property: `\${stage}.${nested.join('.')}`, occurrences, nested: true, keyedBy: name, besides }];
}

/** Two names of the stage both keyed in one file: said even when the file never spells the key itself. */
class AmbiguousStage extends InputError {}

function nonEmpty(found: Found[]): Found[] {
  return found.filter((f) => f.occurrences.length > 0);
}

/** Paths to string leaves named by the key, or ending in its nested form. */
function stringPaths(data: unknown, key: string, nested: string[] | null): Array<{ segments: string[]; isNested: boolean }> {
  const out: Array<{ segments: string[]; isNested: boolean }> = [];
  const visit = (v: unknown, at: string[]) => {
    if (typeof v === 'string') {
      if (at[at.length - 1] === key) out.push({ segments: at, isNested: false });
      else if (nested && at.length >= nested.length && nested.every((p, i) => at[at.length - nested.length + i] === p))
        out.push({ segments: at, isNested: true });
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...at, String(i)]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, [...at, k]);
  };
  visit(data, []);
  return out;
}

function targetOf(file: string, hit: Found, kind: FileKind, ctx: Ctx, pathWord: string | undefined): FoundTarget {
  const lines = hit.occurrences.map((o) => o.line).join(', ');
  const what = hit.keyedBy
    ? (hit.property ?? hit.pointer ?? ctx.sw.key).replace('${stage}', hit.keyedBy)
    : (hit.pointer ?? hit.property ?? ctx.sw.key);
  const path = stageTemplate(file, ctx.stage, ctx.stages);
  const defaultPointer = kind === 'json' || kind === 'yaml' ? `/${ctx.sw.key}` : undefined;
  const entry: Exclude<TargetEntry, string> = { path };
  if (hit.property !== undefined) entry.property = hit.property;
  else if (hit.pointer !== undefined && hit.pointer !== defaultPointer) entry.pointer = hit.pointer;
  const besides = hit.besides?.length ? `; ${hit.besides.join(', ')} beside it are other stages'` : '';
  if (pathWord !== undefined || hit.keyedBy !== undefined) {
    const why = pathWord !== undefined ? `its path says "${pathWord}"` : `its key says "${hit.keyedBy}"`;
    return { entry, files: [file], detail: `${what} (line ${lines})`, scope: 'this', why: `${ctx.stage}'s: ${why}${besides}` };
  }
  entry.scope = 'shared';
  const others = otherStages(ctx.stage, ctx.stages).filter((s) => ctx.seen.has(s) || s !== 'test');
  return {
    entry,
    files: [file],
    detail: `${what} (line ${lines})`,
    scope: 'shared',
    why: `shared: nothing in its path or key ties it to one stage, so flipping it also changes ${others.join(', ')} on their next deploy from this branch`,
  };
}
