/**
 * The snapshot manifest as undo reads it: validated field by field (the
 * snapshot folder can be edited by anyone who can write beside the data
 * dir), and its entries checked as a tree, so that restoring it can only
 * write inside the data dir. An error names the manifest and the field,
 * never a value.
 */
import path from 'node:path';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { describeIssue } from '../core/zod-field.js';

export interface SnapshotEntry {
  /** Relative to the folder, with / separators. */
  path: string;
  type: 'file' | 'dir' | 'symlink';
  mode: number;
  sha256?: string;
  bytes?: number;
  /** For a symlink. */
  target?: string;
}

export interface SnapshotManifest {
  version: 1;
  createdAt: string;
  /** Absolute path of the folder snapshotted. */
  dir: string;
  entries: SnapshotEntry[];
  /** Files (relative paths) the operation after the snapshot may write. */
  owned: string[];
}

/** A path inside the snapshotted folder as takeSnapshot writes it: relative, / separated, no empty, . or .. segment. */
export function isInsidePath(p: string): boolean {
  if (p === '' || p.includes('\0') || path.posix.isAbsolute(p) || path.win32.isAbsolute(p)) return false;
  // Where \ separates paths, it could hide a .. segment.
  if (path.sep !== '/' && p.includes(path.sep)) return false;
  return p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

const insidePath = z.string().refine(isInsidePath, 'must be a relative path inside the data dir, with no empty, . or .. segment');
const mode = z.number().int().min(0).max(0o7777);
const fileMode = mode.refine((m) => (m & 0o6000) === 0, 'a data file is never setuid or setgid');

const entry = z.discriminatedUnion('type', [
  z.object({
    path: insidePath,
    type: z.literal('file'),
    mode: fileMode,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a hex sha256'),
    bytes: z.number().int().nonnegative(),
  }),
  z.object({ path: insidePath, type: z.literal('dir'), mode }),
  z.object({ path: insidePath, type: z.literal('symlink'), mode, target: z.string().min(1) }),
]);

const manifest = z.object({
  version: z.literal(1),
  createdAt: z.string().min(1),
  dir: z.string().min(1),
  entries: z.array(entry),
  owned: z.array(insidePath),
});

export function parseSnapshotManifest(text: string, file: string): SnapshotManifest {
  const damaged = 'the snapshot is damaged or was edited, and cannot be restored';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`${file}: not valid JSON; ${damaged}`);
  }
  const parsed = manifest.safeParse(json);
  if (!parsed.success)
    throw new InputError(`${file}: not a valid snapshot manifest (${describeIssue(parsed.error.issues[0]!)}); ${damaged}`);
  const problem = treeProblem(parsed.data.entries);
  if (problem) throw new InputError(`${file}: not a valid snapshot manifest (${problem}); ${damaged}`);
  return parsed.data;
}

/**
 * The entries must form the tree takeSnapshot lists: each path once, each
 * parent a folder listed before it. So no entry lies under a symlink or a
 * file of the snapshot, through which restoring would write elsewhere.
 */
function treeProblem(entries: SnapshotEntry[]): string | null {
  const seen = new Map<string, SnapshotEntry['type']>();
  for (const [i, e] of entries.entries()) {
    if (seen.has(e.path)) return `entries.${i}.path: listed twice`;
    const parent = path.posix.dirname(e.path);
    if (parent !== '.') {
      const kind = seen.get(parent);
      if (kind === undefined) return `entries.${i}.path: its folder is not listed before it`;
      if (kind !== 'dir') return `entries.${i}.path: lies under a ${kind} of the snapshot, not a folder`;
    }
    seen.set(e.path, e.type);
  }
  return null;
}
