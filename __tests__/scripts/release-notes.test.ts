import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { notesForTag, parseReleaseTag, ReleaseNotesError, releaseNotes } from '../../scripts/release-notes.js';
import { ROOT } from '../harness/run-dist.js';

const CHANGELOG = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '- next thing',
  '',
  '## [1.2.0] - 2026-12-01',
  '### Added',
  '- a command',
  '',
  '## 1.1.0',
  '- older',
  '',
  '[1.2.0]: https://example.invalid/compare',
  '',
].join('\n');

it("takes a tag's section, up to the next heading, without link lines", () => {
  expect(releaseNotes(CHANGELOG, '1.2.0')).toBe('### Added\n- a command\n');
  expect(releaseNotes(CHANGELOG, '1.1.0')).toBe('- older\n');
});

it('refuses a version with no section, or an empty one', () => {
  expect(() => releaseNotes(CHANGELOG, '1.3.0')).toThrow('has no "## [1.3.0]" section');
  expect(() => releaseNotes('## [2.0.0]\n\n## [1.0.0]\n- x\n', '2.0.0')).toThrow('section is empty');
  // 1.2.0 must not match 1.2.01 or 11.2.0.
  expect(() => releaseNotes('## [1.2.01]\n- x\n', '1.2.0')).toThrow(ReleaseNotesError);
});

it('parses vX.Y.Z and its major tag, and refuses anything else', () => {
  expect(parseReleaseTag('v3.10.2')).toEqual({ version: '3.10.2', major: 'v3' });
  for (const bad of ['3.1.0', 'v3.1', 'v3.1.0-rc.1', 'v3.1.0\n']) expect(() => parseReleaseTag(bad)).toThrow('is not vX.Y.Z');
});

it("refuses a tag that is not package.json's version", () => {
  expect(() => notesForTag('v1.1.0', CHANGELOG, '1.2.0')).toThrow("is not package.json's version 1.2.0");
  expect(notesForTag('v1.2.0', CHANGELOG, '1.2.0')).toContain('a command');
});

it("has a section for package.json's version in this repository's CHANGELOG.md", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  expect(releaseNotes(readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), pkg.version)).not.toBe('');
});

it('packs the CLI bundle, action.yml and the docs, and no sources or tests', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  for (const f of ['dist/cli/index.js', 'dist/index.js', 'action.yml', 'README.md', 'CHANGELOG.md', 'docs/releasing.md'])
    expect(files).toContain(f);
  expect(files.filter((f) => /^(src|__tests__|scripts|bench)\//.test(f))).toEqual([]);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: object; private?: boolean };
  // The bundle carries everything it runs: installing the CLI fetches nothing more.
  expect(pkg.dependencies ?? {}).toEqual({});
  expect(pkg.private).toBeUndefined();
});
