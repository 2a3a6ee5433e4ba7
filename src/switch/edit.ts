/**
 * One switch target's file, flipped: the format from the file name (or
 * given), the value found by that format's own reader, the new text spliced.
 * Pure: text in, text out; the caller reads and writes the file.
 */
import { InputError } from '../core/errors.js';
import { findDotenv } from './dotenv.js';
import { findJs } from './js.js';
import { findJson } from './json.js';
import { flip, type FlipPlan } from './occurrence.js';
import { findYaml } from './yaml.js';

export type FileKind = 'dotenv' | 'js' | 'json' | 'yaml';

export interface FileLocator {
  /** The file, relative to the repository root (for the kind and for messages). */
  path: string;
  kind?: FileKind;
  pointer?: string;
  property?: string;
}

export interface Switch {
  key: string;
  from: string;
  to: string;
}

export function kindOfPath(file: string): FileKind | null {
  const base = file.split('/').pop()!;
  if (/\.[mc]?[jt]sx?$/.test(base)) return 'js';
  if (/\.json5?$|\.jsonc$/.test(base)) return 'json';
  if (/\.ya?ml$/.test(base)) return 'yaml';
  if (base.startsWith('.env') || base.endsWith('.env') || base.includes('.env.')) return 'dotenv';
  return null;
}

export interface FileFlip extends FlipPlan {
  kind: FileKind;
  /** What was looked for, for messages: the key, the pointer or the property path. */
  what: string;
}

export function flipFile(text: string, target: FileLocator, sw: Switch): FileFlip {
  const kind = target.kind ?? kindOfPath(target.path);
  const where = target.path;
  if (!kind) throw new InputError(`${where}: cannot tell the format from the name; give kind: dotenv, js, json or yaml in the target`);
  if (kind === 'dotenv') return { kind, what: sw.key, ...flip(text, findDotenv(text, sw.key, where), sw, where, sw.key) };
  if (kind === 'json' || kind === 'yaml') {
    const pointer = target.pointer ?? `/${sw.key}`;
    const found = kind === 'json' ? findJson(text, pointer, where) : findYaml(text, pointer, where);
    return { kind, what: pointer, ...flip(text, found, sw, where, pointer) };
  }
  const what = target.property ?? sw.key;
  const { occurrences, computedKeys } = findJs(text, target.path, { property: target.property, key: sw.key }, where);
  const hint = occurrences.length === 0 && computedKeys > 0 ? ` (${computedKeys} computed keys could not be followed)` : '';
  return { kind, what, ...flip(text, occurrences, sw, where, `${what}${hint}`) };
}
