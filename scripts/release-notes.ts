/**
 * The release workflow's notes: the CHANGELOG.md section of the version a
 * tag names. A tag whose version is not package.json's, or that has no
 * section of its own, stops the release before anything is published.
 *
 *   npx tsx scripts/release-notes.ts v1.2.3 > notes.md
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export class ReleaseNotesError extends Error {}

const TAG = /^v(\d+)\.(\d+)\.(\d+)$/;

/** `v1.2.3` → `1.2.3` and its major tag `v1`; anything else is refused. */
export function parseReleaseTag(tag: string): { version: string; major: string } {
  const m = TAG.exec(tag);
  if (!m) throw new ReleaseNotesError(`release tag "${tag}" is not vX.Y.Z (digits only, e.g. v1.2.3): push a tag of that form`);
  return { version: `${m[1]}.${m[2]}.${m[3]}`, major: `v${m[1]}` };
}

/**
 * The body under `## [X.Y.Z]` (or `## X.Y.Z`), up to the next `## ` heading,
 * trimmed. Link reference lines (`[X.Y.Z]: url`) at the end are not notes.
 */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n');
  const heading = new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0)
    throw new ReleaseNotesError(
      `CHANGELOG.md has no "## [${version}]" section: move the Unreleased entries under that heading before tagging`,
    );
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  const body = (end < 0 ? rest : rest.slice(0, end)).filter((l) => !/^\[[^\]]+\]:\s/.test(l));
  const text = body.join('\n').trim();
  if (!text) throw new ReleaseNotesError(`CHANGELOG.md's "## [${version}]" section is empty: say what the release changes`);
  return `${text}\n`;
}

/** Checks the tag against package.json's version, then prints the notes. */
export function notesForTag(tag: string, changelog: string, packageVersion: string): string {
  const { version } = parseReleaseTag(tag);
  if (version !== packageVersion)
    throw new ReleaseNotesError(
      `release tag ${tag} is not package.json's version ${packageVersion}: set "version" to ${version} (npm version ${version} --no-git-tag-version) and tag that commit`,
    );
  return releaseNotes(changelog, version);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const tag = process.argv[2] ?? '';
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    process.stdout.write(notesForTag(tag, readFileSync('CHANGELOG.md', 'utf8'), pkg.version));
  } catch (err) {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  }
}
