/** This package's action.yml as the runner reads it: the entry point, the inputs' defaults, the outputs. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

export interface ActionManifest {
  root: string;
  main: string;
  defaults: Record<string, string>;
  outputs: Set<string>;
}

export async function readActionManifest(root: string): Promise<ActionManifest> {
  const file = path.join(root, 'action.yml');
  const doc = parse(await readFile(file, 'utf8')) as {
    runs?: { main?: string };
    inputs?: Record<string, { default?: unknown }>;
    outputs?: Record<string, unknown>;
  };
  if (!doc?.runs?.main) throw new Error(`${file}: no runs.main`);
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) if (spec?.default !== undefined) defaults[name] = String(spec.default);
  return { root, main: path.join(root, doc.runs.main), defaults, outputs: new Set(Object.keys(doc.outputs ?? {})) };
}

/** The variable the runner passes an input in: INPUT_ and the name uppercased, spaces as _ (dashes kept). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
