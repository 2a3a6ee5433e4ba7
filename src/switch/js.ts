/**
 * JavaScript and TypeScript: an object-literal property path
 * (`production.database.type`) or, without one, every `const` and property
 * named by the key, found with a real parser (@babel/parser: JS, TS and JSX,
 * a fraction of the TypeScript compiler's size in dist/), never a regex.
 * Only a string literal (or a template without `${}`) is a value we flip.
 */
import { parse } from '@babel/parser';
import { InputError } from '../core/errors.js';
import { escapeFor, lineAt, type Occurrence, withoutBom } from './occurrence.js';

/** The little of Babel's AST this file reads. */
interface Node {
  type: string;
  start: number;
  end: number;
  [k: string]: unknown;
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

function parseSource(body: string, file: string, where: string): Node {
  const ts = /\.[mc]?tsx?$/.test(file);
  const jsx = /\.(jsx|tsx)$/.test(file) || !ts;
  try {
    return parse(body, {
      sourceType: 'unambiguous',
      allowReturnOutsideFunction: true,
      plugins: [...(ts ? (['typescript'] as const) : []), ...(jsx ? (['jsx'] as const) : [])],
    }).program as unknown as Node;
  } catch (err) {
    const loc = (err as { loc?: { line: number } }).loc;
    throw new InputError(
      `${where}${loc ? `:${loc.line}` : ''}: cannot be parsed as ${ts ? 'TypeScript' : 'JavaScript'}; fix the file first`,
    );
  }
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const [k, v] of Object.entries(node)) {
    if (k === 'loc' || k === 'extra' || k === 'leadingComments' || k === 'trailingComments' || k === 'innerComments') continue;
    if (Array.isArray(v)) for (const x of v) if (isNode(x)) walk(x, visit);
    if (isNode(v)) walk(v, visit);
  }
}

/** `x as const`, `x satisfies T`, `(x)`, `<T>x`: the expression inside. */
function unwrap(n: Node): Node {
  let cur = n;
  while (
    ['TSAsExpression', 'TSSatisfiesExpression', 'TSTypeAssertion', 'TSNonNullExpression', 'ParenthesizedExpression'].includes(cur.type)
  )
    cur = cur.expression as Node;
  return cur;
}

/** A property's name when it is known without running the code: `a`, `'a'`, `['a']`, `[`a`]`; null for a computed one. */
function keyName(prop: Node): string | null {
  const key = prop.key as Node;
  if (!prop.computed && key.type === 'Identifier') return key.name as string;
  if (key.type === 'StringLiteral') return key.value as string;
  if (key.type === 'NumericLiteral') return String(key.value);
  if (key.type === 'TemplateLiteral' && (key.expressions as Node[]).length === 0)
    return ((key.quasis as Node[])[0]!.value as { cooked: string }).cooked;
  return null;
}

function propertiesOf(obj: Node): Node[] {
  return (obj.properties as Node[]).filter((p) => p.type === 'ObjectProperty');
}

export interface JsFind {
  occurrences: Occurrence[];
  /** Computed keys met on the way, which a path cannot see through (said in the not-found message). */
  computedKeys: number;
}

export function findJs(text: string, file: string, locator: { property?: string; key: string }, where: string): JsFind {
  const { body, shift } = withoutBom(text);
  const program = parseSource(body, file, where);
  const leaves = new Map<number, { node: Node; name: string }>();
  let computedKeys = 0;
  const path = locator.property?.split('.');

  const follow = (obj: Node, rest: string[], name: string): void => {
    const target = unwrap(obj);
    if (target.type !== 'ObjectExpression') return;
    for (const p of propertiesOf(target)) {
      const k = keyName(p);
      if (k === null) {
        computedKeys++;
        continue;
      }
      if (k !== rest[0]) continue;
      if (rest.length === 1) leaves.set(p.start, { node: p.value as Node, name });
      else follow(p.value as Node, rest.slice(1), name);
    }
  };

  walk(program, (n) => {
    if (path) {
      if (n.type === 'ObjectExpression') follow(n, path, locator.property!);
      // `const production = { database: { ... } }`: the first segment names the variable.
      if (n.type === 'VariableDeclarator' && (n.id as Node).type === 'Identifier' && (n.id as Node).name === path[0] && n.init) {
        if (path.length === 1) leaves.set(n.start, { node: n.init as Node, name: locator.property! });
        else follow(n.init as Node, path.slice(1), locator.property!);
      }
      return;
    }
    if (n.type === 'VariableDeclarator' && (n.id as Node).type === 'Identifier' && (n.id as Node).name === locator.key && n.init) {
      leaves.set(n.start, { node: n.init as Node, name: locator.key });
    }
    if (n.type === 'ObjectProperty' && keyName(n) === locator.key) leaves.set(n.start, { node: n.value as Node, name: locator.key });
  });

  const occurrences = [...leaves.values()].map(({ node, name }) => literal(unwrap(node), name, body, shift, where));
  return { occurrences, computedKeys };
}

function literal(n: Node, name: string, body: string, shift: number, where: string): Occurrence {
  const line = lineAt(body, n.start);
  if (n.type === 'StringLiteral') {
    const quote = body[n.start]!;
    return { start: n.start + 1 + shift, end: n.end - 1 + shift, value: n.value as string, line, encode: (v) => escapeFor(quote, v) };
  }
  if (n.type === 'TemplateLiteral' && (n.expressions as Node[]).length === 0) {
    const quasi = (n.quasis as Node[])[0]!;
    return {
      start: quasi.start + shift,
      end: quasi.end + shift,
      value: (quasi.value as { cooked: string }).cooked,
      line,
      encode: (v) => escapeFor('`', v),
    };
  }
  const why = n.type === 'TemplateLiteral' ? 'a template string with ${}' : `not a string literal (${n.type})`;
  throw new InputError(`${where}:${line}: ${name} is ${why}; flip it by hand or use a command: target`);
}
