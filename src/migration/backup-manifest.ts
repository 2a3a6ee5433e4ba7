/**
 * The checksum manifest of a backup folder on S3: `manifest.json`, beside
 * the files it lists, `{ "files": [{ "name", "sha256", "bytes" }] }`
 * (docs/formats.md "The backup manifest"). The planned `publish` command
 * writes the same shape for a rebuilt data dir. A malformed manifest is an
 * InputError naming the URI and the field, never the content.
 */
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { describeIssue } from '../core/zod-field.js';

export const MANIFEST_NAME = 'manifest.json';

export interface ManifestEntry {
  /** A file name in the same folder: no folders, no . or .. */
  name: string;
  /** sha256 of the bytes, lower-case hex. */
  sha256: string;
  bytes: number;
}

const plainName = z
  .string()
  .min(1)
  .refine(
    (n) => !/[/\\\0]/.test(n) && n !== '.' && n !== '..' && n !== MANIFEST_NAME,
    'must be a file name in the same folder (not the manifest itself)',
  );

const manifest = z.object({
  files: z.array(
    z.object({
      name: plainName,
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
      bytes: z.number().int().nonnegative(),
    }),
  ),
});

/** The manifest's entries; uri names it in errors, fix says what to do (a release's manifest cannot be removed). */
export function parseBackupManifest(
  text: string,
  uri: string,
  fix = "fix or remove it (without a manifest, each object's own sha256 metadata is checked when present)",
): ManifestEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`${uri}: not valid JSON; ${fix}`);
  }
  const parsed = manifest.safeParse(data);
  if (!parsed.success)
    throw new InputError(
      `${uri}: not a ${fix.startsWith('fix or remove') ? 'backup' : 'release'} manifest (${describeIssue(parsed.error.issues[0]!)}); ${fix}`,
    );
  const seen = new Set<string>();
  for (const f of parsed.data.files) {
    if (seen.has(f.name)) throw new InputError(`${uri}: lists ${f.name} twice; ${fix}`);
    seen.add(f.name);
  }
  return parsed.data.files;
}
