/**
 * Import circles between the files of one folder: a folder should read
 * bottom-up, each file importing only files below it. Follows every static
 * relative import, `import type` and `export ... from` included (a type-only
 * circle loads fine but still leaves the folder without a reading order);
 * a dynamic `import()` loads on demand and is not followed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sources } from './arch-stages.js';

/** The files of the same folder a file imports statically. */
function sameFolderImports(file: string, known: ReadonlySet<string>): string[] {
  const text = readFileSync(file, 'utf8');
  const out = new Set<string>();
  // `from '...'` ends every static import and re-export, on one line or many; `import '...'` is a side-effect import.
  for (const m of text.matchAll(/(?:\bfrom|^\s*import)\s+'(\.{1,2}\/[^']+)'/gm)) {
    const target = path.resolve(path.dirname(file), m[1]!).replace(/\.js$/, '.ts');
    if (path.dirname(target) === path.dirname(file) && known.has(target)) out.add(target);
  }
  return [...out];
}

/**
 * Every circle of imports inside one folder under `srcDir`, one line each:
 * the folder and the files around the circle, e.g.
 * `verify: a.ts -> b.ts -> a.ts`. Empty when every folder reads bottom-up.
 */
export function importCircles(srcDir: string): string[] {
  const files = sources(srcDir).sort();
  const known = new Set(files);
  const edges = new Map(files.map((f) => [f, sameFolderImports(f, known)]));
  const circles: string[] = [];
  for (const group of stronglyConnected(files, edges)) {
    const first = group[0]!;
    if (group.length === 1 && !edges.get(first)!.includes(first)) continue;
    const loop = shortestLoop(first, new Set(group), edges);
    const folder = path.relative(srcDir, path.dirname(first)) || '.';
    // One circle named; the others of the same tangle listed after it, so fixing one does not hide the rest.
    const others = group.filter((f) => !loop.includes(f)).map((f) => path.basename(f));
    circles.push(
      `${folder}: ${loop.map((f) => path.basename(f)).join(' -> ')}${others.length ? ` (tangled with ${others.join(', ')})` : ''}`,
    );
  }
  return circles.sort();
}

/** Tarjan's strongly connected components, each sorted, iteratively (no recursion depth to run out of). */
function stronglyConnected(nodes: readonly string[], edges: ReadonlyMap<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let next = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; i: number }> = [{ node: root, i: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const targets = edges.get(top.node)!;
      if (top.i < targets.length) {
        const to = targets[top.i++]!;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, i: 0 });
        } else if (onStack.has(to)) low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]!.node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) === index.get(top.node)) {
        const group: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          group.push(n);
        } while (n !== top.node);
        out.push(group.sort());
      }
    }
  }
  return out;
}

/** The shortest way from `start` back to itself inside its group: the circle as a reader would follow it. */
function shortestLoop(start: string, group: ReadonlySet<string>, edges: ReadonlyMap<string, string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const n = queue.shift()!;
    for (const to of edges.get(n)!) {
      if (!group.has(to)) continue;
      if (to === start) {
        const way: string[] = [];
        for (let at: string | undefined = n; at !== undefined && at !== start; at = cameFrom.get(at)) way.unshift(at);
        return [start, ...way, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, n);
        queue.push(to);
      }
    }
  }
  return [start, start];
}
