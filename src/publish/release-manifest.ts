/**
 * A release's manifest.json: the migration backup's manifest shape
 * (`files: [{ name, sha256, bytes }]`, migration/backup-manifest.ts), so a
 * published data dir can also serve as a backup source, plus what the
 * release is of: the stage and the rollback report it was published after.
 * The entries are checked by the backup manifest's own schema.
 */
import { type ManifestEntry, MANIFEST_NAME, parseBackupManifest } from '../migration/backup-manifest.js';

export { MANIFEST_NAME };
export type { ManifestEntry };

export interface ReleaseManifest {
  format: 'dynamodb-rollback-release';
  toolVersion: string;
  stage: string;
  createdAt: string;
  /** The data dir published, as it was named on the machine that published it. */
  dataDir: string;
  /** The newest rollback report beside the data dir, when there was one. */
  rollbackReport: { path: string; name: string } | null;
  files: ManifestEntry[];
}

/** The entries of a release's manifest; uri names it in errors. */
export function parseReleaseFiles(text: string, uri: string): ManifestEntry[] {
  return parseBackupManifest(text, uri, 'the release is damaged or was edited, and nothing was replaced: publish again');
}
