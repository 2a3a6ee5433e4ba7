/**
 * The switch targets of an app repository: every tracked file that sets the
 * switch key, as the switch's own readers (src/switch/) find it, so a file
 * that merely mentions the key (a README, `process.env.DATABASE_TYPE`) is
 * not one. Besides the key itself, its nested form is looked for: DATABASE_TYPE
 * as `database.type` (the CDK config's `production: { database: { type } }`),
 * there only when the value is the switch's `from` or `to`. Every file that
 * mentions the key but is not a target is reported, with why.
 */
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../core/errors.js';
import { findDotenv } from '../switch/dotenv.js';
import { type FileKind, kindOfPath, type Switch } from '../switch/edit.js';
import { findJs } from '../switch/js.js';
import { findJson } from '../switch/json.js';
import type { Occurrence } from '../switch/occurrence.js';
import { findYaml } from '../switch/yaml.js';
import { matchesTemplate, stageTemplate } from './stage-path.js';

/** A target as the config file writes it: a bare path, or a path with its pointer or property. */
export type TargetEntry = string | { path: string; pointer?: string; property?: string };

export interface FoundTarget {
  entry: TargetEntry;
  /** The tracked files behind it (several when it is a ${stage} template). */
  files: string[];
  /** What was found, for the output: key or pointer or property, and the lines. */
  detail: string;
}

export interface NotATarget {
  file: string;
  reason: string;
}

export interface TargetDiscovery {
  targets: FoundTarget[];
  /** Files that mention the key without a setting we can flip, each with why. */
  notTargets: NotATarget[];
  /** Tracked files read. */
  scanned: number;
}

/** Larger files are not config files; skipped unread (and counted as skipped when they mention nothing we can see). */
const MAX_BYTES = 1_000_000;

export interface DiscoverInput {
  files: string[];
  read(file: string): Promise<string | null>;
  sw: Switch;
  stage: string;
  /** Paths never targets (the config file itself, the workflows init writes). */
  exclude: ReadonlySet<string>;
}

/** DATABASE_TYPE -> ['database', 'type']; null when the key has no nested form. */
export function nestedForm(key: string): string[] | null {
  const parts = key.toLowerCase().split('_').filter(Boolean);
  return parts.length > 1 && /^[A-Z0-9_]+$/.test(key) ? parts : null;
}

type Found = { pointer?: string; property?: string; occurrences: Occurrence[]; nested: boolean };

export async function discoverTargets({ files, read, sw, stage, exclude }: DiscoverInput): Promise<TargetDiscovery> {
  const nested = nestedForm(sw.key);
  const found: FoundTarget[] = [];
  const notTargets: NotATarget[] = [];
  const pending: Array<{ file: string; hit: Found; kind: FileKind }> = [];
  let scanned = 0;
  for (const file of files) {
    if (exclude.has(file) || file.split('/').includes('node_modules')) continue;
    const text = await read(file);
    if (text === null) continue;
    scanned++;
    const mentionsKey = text.includes(sw.key);
    const mentionsNested = nested !== null && nested.every((p) => text.includes(p));
    if (!mentionsKey && !mentionsNested) continue;
    const kind = kindOfPath(file);
    if (!kind) {
      if (mentionsKey) notTargets.push({ file, reason: `mentions ${sw.key}, but no switch format reads this kind of file (set it by hand, or add a command: target)` });
      continue;
    }
    if (text.length > MAX_BYTES) {
      if (mentionsKey) notTargets.push({ file, reason: `mentions ${sw.key}, but is larger than ${MAX_BYTES} bytes; not read as a config file` });
      continue;
    }
    let hits: Found[];
    try {
      hits = settingsIn(text, file, kind, sw, stage, nested);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      if (mentionsKey) notTargets.push({ file, reason: err.message });
      continue;
    }
    const usable: Found[] = [];
    for (const hit of hits) {
      const odd = hit.occurrences.find((o) => o.value !== sw.from && o.value !== sw.to);
      if (!odd) usable.push(hit);
      // The key itself set to something else is worth a line; `type: 'postgres'` elsewhere is not about us.
      else if (!hit.nested) notTargets.push({ file, reason: `line ${odd.line}: ${sw.key} is ${JSON.stringify(odd.value)}, neither ${sw.from} nor ${sw.to}; config-pr would refuse to flip it` });
    }
    if (usable.length === 0) {
      if (mentionsKey && !notTargets.some((n) => n.file === file)) notTargets.push({ file, reason: `mentions ${sw.key} without setting it` });
      continue;
    }
    for (const hit of usable) pending.push({ file, hit, kind });
  }
  // The stage's own files first, so another stage's copy finds their template whatever the order of names.
  const own = (file: string) => (stageTemplate(file, stage) === file ? 1 : 0);
  pending.sort((a, b) => own(a.file) - own(b.file));
  for (const { file, hit, kind } of pending) add(found, file, hit, kind, sw, stage);
  found.sort((a, b) => (a.files[0]! < b.files[0]! ? -1 : a.files[0]! > b.files[0]! ? 1 : 0));
  return { targets: found, notTargets, scanned };
}

function settingsIn(text: string, file: string, kind: FileKind, sw: Switch, stage: string, nested: string[] | null): Found[] {
  if (kind === 'dotenv') return nonEmpty([{ occurrences: findDotenv(text, sw.key, file), nested: false }]);
  if (kind === 'js') {
    const out: Found[] = [{ occurrences: findJs(text, file, { key: sw.key }, file).occurrences, nested: false }];
    if (nested) {
      // The stage's own entry only: `database.type` alone would also match every other stage's.
      const property = `${stage}.${nested.join('.')}`;
      out.push({ property: `\${stage}.${nested.join('.')}`, occurrences: findJs(text, file, { property, key: sw.key }, file).occurrences, nested: true });
    }
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
  for (const { segments, isNested } of stringPaths(data, sw.key, nested)) {
    const pointer = `/${segments.map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
    // The switch's own reader decides: what it cannot find, config-pr could not flip.
    out.push({ pointer, occurrences: finder(text, pointer, file), nested: isNested });
  }
  return nonEmpty(out);
}

function nonEmpty(found: Found[]): Found[] {
  return found.filter((f) => f.occurrences.length > 0);
}

/** Paths to string leaves named by the key, or ending in its nested form. */
function stringPaths(data: unknown, key: string, nested: string[] | null): Array<{ segments: string[]; isNested: boolean }> {
  const out: Array<{ segments: string[]; isNested: boolean }> = [];
  const visit = (v: unknown, at: string[]) => {
    if (typeof v === 'string') {
      if (at[at.length - 1] === key) out.push({ segments: at, isNested: false });
      else if (nested && at.length >= nested.length && nested.every((p, i) => at[at.length - nested.length + i] === p)) out.push({ segments: at, isNested: true });
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...at, String(i)]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, [...at, k]);
  };
  visit(data, []);
  return out;
}

function add(found: FoundTarget[], file: string, hit: Found, kind: FileKind, sw: Switch, stage: string): void {
  const lines = hit.occurrences.map((o) => o.line).join(', ');
  const what = hit.pointer ?? hit.property ?? sw.key;
  // Another stage's copy of a file already found as a ${stage} template is that target, not one more.
  const twin = found.find((t) => {
    const p = typeof t.entry === 'string' ? t.entry : t.entry.path;
    const pointer = typeof t.entry === 'string' ? undefined : t.entry.pointer;
    return matchesTemplate(file, p) && pointer === hit.pointer;
  });
  if (twin) {
    twin.files.push(file);
    return;
  }
  const templated = stageTemplate(file, stage);
  const defaultPointer = kind === 'json' || kind === 'yaml' ? `/${sw.key}` : undefined;
  const entry: TargetEntry =
    hit.property !== undefined ? { path: templated, property: hit.property } : hit.pointer !== undefined && hit.pointer !== defaultPointer ? { path: templated, pointer: hit.pointer } : templated;
  found.push({ entry, files: [file], detail: `${what} (line ${lines})` });
}
