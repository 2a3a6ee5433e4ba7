/**
 * `${{ }}` evaluated with GitHub's own expression library
 * (@actions/expressions): the contexts a workflow sees, plus the status
 * functions, which the library leaves to the runner. A reference to a step,
 * job or output that cannot exist (a step removed, an output name misspelt)
 * is an error naming it, where GitHub would quietly give ''.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { ContextAccess, type Expr, FunctionCall, IndexAccess, Literal } from '@actions/expressions/ast';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The job's state the status functions read. */
export interface JobStatus {
  /** A step (or a needed job) has failed. */
  failed: boolean;
  cancelled: boolean;
}

/** What may be referenced: step ids before this one (with their declared outputs, when known), needed jobs and their outputs. */
export interface Known {
  steps: Map<string, Set<string> | null>;
  needs: Map<string, Set<string>>;
}

export interface Scope {
  contexts: Record<string, Json>;
  status: JobStatus;
  known?: Known;
  /** Where the expression is, for messages: "job rollback, step export, with.out". */
  where: string;
}

export class ExpressionProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpressionProblem';
  }
}

const CONTEXTS = ['github', 'env', 'vars', 'secrets', 'inputs', 'steps', 'needs', 'job', 'jobs', 'runner', 'strategy', 'matrix'];
const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'] as const;

function toData(value: Json): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

function functionsFor(status: JobStatus): Map<string, FunctionDefinition> {
  const fn = (name: string, value: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value()) },
  ];
  return new Map<string, FunctionDefinition>([
    fn('success', () => !status.failed && !status.cancelled),
    fn('failure', () => status.failed && !status.cancelled),
    fn('always', () => true),
    fn('cancelled', () => status.cancelled),
    // No file hashing is needed to rehearse (it keys caches); an empty hash, as for no files.
    ['hashfiles', { name: 'hashFiles', minArgs: 1, maxArgs: 255, call: () => new data.StringData('') }],
  ]);
}

/** The literal path of an access chain (steps.export.outputs.dir), or null when an index is computed. */
function pathOf(e: Expr): string[] | null {
  if (e instanceof ContextAccess) return [e.name.lexeme];
  if (e instanceof IndexAccess) {
    const head = pathOf(e.expr);
    if (!head || !(e.index instanceof Literal)) return null;
    return [...head, e.index.literal.coerceString()];
  }
  return null;
}

/** Every access chain in an expression (the longest ones). */
function chains(e: Expr, out: string[][] = []): string[][] {
  const p = pathOf(e);
  if (p) {
    out.push(p);
    return out;
  }
  const node = e as unknown as Record<string, unknown>;
  for (const key of ['expr', 'index', 'left', 'right', 'group']) {
    const child = node[key];
    if (child && typeof child === 'object' && 'accept' in child) chains(child as Expr, out);
  }
  for (const key of ['args']) {
    const list = node[key];
    if (Array.isArray(list)) for (const child of list) chains(child as Expr, out);
  }
  return out;
}

/** The references that cannot resolve, as GitHub would never say. */
function checkReferences(e: Expr, scope: Scope): void {
  const known = scope.known;
  if (!known) return;
  for (const p of chains(e)) {
    const [ctx, id, section, name] = p.map((s, i) => (i === 0 ? s.toLowerCase() : s));
    if (ctx === 'steps' && id !== undefined) {
      if (!known.steps.has(id))
        throw new ExpressionProblem(
          `${scope.where}: steps.${id} is not a step before this one in the job (a step removed, or its id misspelt?)`,
        );
      const outputs = known.steps.get(id);
      if (section === 'outputs' && name !== undefined && outputs && !outputs.has(name)) {
        throw new ExpressionProblem(
          `${scope.where}: steps.${id}.outputs.${name} is not an output of step ${id} (it has: ${[...outputs].sort().join(', ') || 'none'})`,
        );
      }
    }
    if (ctx === 'needs' && id !== undefined) {
      const outputs = known.needs.get(id);
      if (!outputs)
        throw new ExpressionProblem(
          `${scope.where}: needs.${id} is not a job this one needs (needs: ${[...known.needs.keys()].join(', ') || 'none'})`,
        );
      if (section === 'outputs' && name !== undefined && !outputs.has(name)) {
        throw new ExpressionProblem(
          `${scope.where}: needs.${id}.outputs.${name} is not an output of job ${id} (it has: ${[...outputs].sort().join(', ') || 'none'})`,
        );
      }
    }
  }
}

function parse(text: string, where: string): Expr {
  try {
    const tokens = new Lexer(text).lex().tokens;
    return new Parser(tokens, CONTEXTS, [
      ...STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
      { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
    ]).parse();
  } catch (err) {
    throw new ExpressionProblem(`${where}: cannot parse \${{ ${text} }}: ${(err as Error).message}`);
  }
}

function usesStatus(e: Expr): boolean {
  if (e instanceof FunctionCall && (STATUS_FUNCTIONS as readonly string[]).includes(e.functionName.lexeme.toLowerCase())) return true;
  const node = e as unknown as Record<string, unknown>;
  return Object.values(node).some((v) =>
    (Array.isArray(v) ? v : [v]).some((c) => c && typeof c === 'object' && 'accept' in (c as object) && usesStatus(c as Expr)),
  );
}

function run(e: Expr, scope: Scope): data.ExpressionData {
  checkReferences(e, scope);
  const ctx = new data.Dictionary(...Object.entries(scope.contexts).map(([key, value]) => ({ key, value: toData(value) })));
  try {
    return new Evaluator(e, ctx, functionsFor(scope.status)).evaluate();
  } catch (err) {
    throw new ExpressionProblem(`${scope.where}: ${(err as Error).message}`);
  }
}

/** The value as JSON (what an `env:` or `with:` value becomes when it is only an expression). */
function plain(d: data.ExpressionData | undefined): Json {
  if (d === undefined) return null;
  return JSON.parse(JSON.stringify(d, data.replacer)) as Json;
}

function asString(d: data.ExpressionData | undefined): string {
  if (d === undefined || d.kind === data.Kind.Null) return '';
  if (d.kind === data.Kind.Dictionary || d.kind === data.Kind.Array) return JSON.stringify(plain(d), null, 2);
  return d.coerceString();
}

/** Splits "a ${{ x }} b" into literal text and expressions (a `}}` inside a string literal does not end one). */
function pieces(text: string): ({ text: string } | { expr: string })[] {
  const out: ({ text: string } | { expr: string })[] = [];
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('${{', i);
    if (start === -1) break;
    let j = start + 3;
    let quoted = false;
    for (; j < text.length; j++) {
      if (text[j] === "'") quoted = !quoted;
      else if (!quoted && text.startsWith('}}', j)) break;
    }
    if (j >= text.length) break;
    if (start > i) out.push({ text: text.slice(i, start) });
    out.push({ expr: text.slice(start + 3, j).trim() });
    i = j + 2;
  }
  if (i < text.length) out.push({ text: text.slice(i) });
  return out;
}

/** A string field (env, with, name, run's working-directory...): its `${{ }}` replaced by their values. */
export function interpolate(text: string, scope: Scope): string {
  return pieces(text)
    .map((p) => ('text' in p ? p.text : asString(run(parse(p.expr, scope.where), scope))))
    .join('');
}

/** A value from YAML: strings interpolated, numbers and booleans as the runner passes them (as strings). */
export function evaluateValue(value: unknown, scope: Scope): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return interpolate(value, scope);
  return String(value);
}

/**
 * An `if:` condition, with or without `${{ }}`. As on GitHub, a condition
 * that calls no status function is `success() && (condition)`.
 */
export function evaluateCondition(condition: unknown, scope: Scope): boolean {
  if (condition === undefined || condition === null || condition === '') return !scope.status.failed && !scope.status.cancelled;
  if (typeof condition === 'boolean') return condition && !scope.status.failed && !scope.status.cancelled;
  let text = String(condition).trim();
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(text);
  if (whole && pieces(text).length === 1) text = whole[1]!.trim();
  const e = parse(text, scope.where);
  const value = run(e, scope);
  const truthy = !(
    value.kind === data.Kind.Null ||
    (value.kind === data.Kind.Boolean && !value.coerceString().startsWith('t')) ||
    (value.kind === data.Kind.String && value.coerceString() === '') ||
    (value.kind === data.Kind.Number && (value.number() === 0 || Number.isNaN(value.number())))
  );
  if (usesStatus(e)) return truthy;
  return truthy && !scope.status.failed && !scope.status.cancelled;
}

/** Every value of an `env:`, `with:` or `outputs:` map evaluated, each in its own scope (its key in `where`). */
export function evaluateMap(map: Record<string, unknown> | undefined, scope: (key: string) => Scope): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map ?? {})) out[k] = evaluateValue(v, scope(k));
  return out;
}
