/**
 * init: the config and the operator's workflows, written into an app
 * repository. Reads top to bottom as its steps: check the repository, pin
 * the action, discover (targets, collections, data dir), render and check
 * every file, check every output path is free, then write them all. Every
 * refusal comes before the first byte, so a refused init leaves nothing.
 */
import { lstat, mkdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DepsOf } from '../clients/deps.js';
import type { GitClient } from '../clients/git.js';
import { DEFAULT_CONFIG_PATH, DEFAULTS } from '../config/defaults.js';
import type { StageTable } from '../config/stages.js';
import { InputError } from '../core/errors.js';
import { statePaths } from '../state/paths.js';
import { writeFileAtomic } from '../fsafe/atomic-write.js';
import type { Switch } from '../switch/edit.js';
import { discoverApp, type Found } from './discover-app.js';
import { discoverTables, type TableDiscovery } from './discover-tables.js';
import { discoverTargets, type FoundTarget, type NotATarget } from './discover-targets.js';
import type { ActionPin } from './pin.js';
import { renderConfig } from './render-config.js';
import { stageChoice } from './stage-choice.js';
import { stagesFound } from './stages-found.js';
import { type Expected, expectedSettings, pinWorkflow } from './render-workflows.js';
import { WORKFLOW_TEMPLATES } from './workflow-templates.js';
import { opt } from '../core/option-name.js';

export interface InitOptions {
  repoDir: string;
  stage: string;
  /** Every stage's names (the config's `stages` over the built-in ones). */
  stages: StageTable;
  /** Written only when given (the region is otherwise the defaults' or the runner's). */
  region?: string;
  /** Given by the operator: written as is, not looked for. */
  dataDir?: string;
  progressFile: string;
  backupDir: string;
  switch: Switch;
  force: boolean;
  dryRun: boolean;
  version: string;
}

export interface InitDeps extends DepsOf<'reporter'> {
  /** The app repository's git (opened once the folder is known to exist). */
  openRepo(dir: string): GitClient;
  /** Which commit of this action to pin to (called after the repository is checked). */
  pin(): Promise<ActionPin>;
}

export interface PlannedFile {
  path: string;
  text: string;
  /** Already there (overwritten only with --force). */
  replaces: boolean;
}

export interface InitResult {
  repoDir: string;
  dryRun: boolean;
  files: PlannedFile[];
  pin: ActionPin;
  targets: FoundTarget[];
  notTargets: NotATarget[];
  scanned: number;
  collections: Found<string[]>;
  /** Table names the app's files declare, and what disagrees. */
  tables: TableDiscovery;
  dataDir: Found<string>;
  expected: Expected;
  /** The state folder beside the data dir (lock, snapshots, reports), repository-relative, when git does not ignore it yet. */
  stateNotIgnored: string | null;
  /** The stages the dispatch forms offer: the configured one, then those whose own copy of a target was found. */
  stages: string[];
  /** owner/name from the origin URL, or null (a local path, no remote). */
  repository: string | null;
}

export async function runInit(o: InitOptions, deps: InitDeps): Promise<InitResult> {
  // The config's paths are the repository's, as every workflow reads them from its top folder.
  if (o.dataDir !== undefined && (path.isAbsolute(o.dataDir) || o.dataDir.split(/[\\/]/).includes('..'))) {
    throw new InputError(
      `${opt('data-dir')} ${o.dataDir}: give a folder inside the app repository, relative to its top folder (such as server/data)`,
    );
  }
  const { repoDir, git } = await checkRepository(o.repoDir, deps);
  const pin = await deps.pin();

  const outputs = [DEFAULT_CONFIG_PATH, ...Object.keys(WORKFLOW_TEMPLATES)];
  const tracked = await git.trackedFiles();
  const discovery = await discoverTargets({
    files: tracked,
    read: (file) => readText(path.join(repoDir, file)),
    sw: o.switch,
    stage: o.stage,
    stages: o.stages,
    exclude: new Set(outputs),
  });
  const app = await discoverApp({
    repoDir,
    progressFile: o.progressFile,
    backupDir: o.backupDir,
    defaults: { collections: Object.keys(DEFAULTS.tables), dataDir: DEFAULTS.dataDir },
  });
  const dataDir: Found<string> = o.dataDir !== undefined ? { value: o.dataDir, source: opt('data-dir') } : app.dataDir;
  const tables = await discoverTables({
    files: tracked.filter((f) => !outputs.includes(f)),
    read: (file) => readText(path.join(repoDir, file)),
    stage: o.stage,
    stages: o.stages,
    cdkStage: discovery.spelled[0] ?? o.stage,
    collections: app.collections.value,
  });

  const config = renderConfig(
    {
      stage: o.stage,
      region: o.region,
      collections: app.collections.value,
      dataDir: dataDir.value,
      sw: o.switch,
      targets: discovery.targets.map((t) => t.entry),
      why: discovery.targets.map((t) => t.why),
      found: tables.tables,
    },
    o.version,
  );
  const stages = stagesFound(
    o.stage,
    discovery.targets,
    discovery.notTargets.map((n) => n.file),
  );
  const workflows = Object.entries(WORKFLOW_TEMPLATES).map(([file, text]) => ({
    path: file,
    text: stageChoice(pinWorkflow(text, pin, file, Object.keys(WORKFLOW_TEMPLATES)), stages, file),
  }));
  const planned = [{ path: DEFAULT_CONFIG_PATH, text: config }, ...workflows];
  // Snapshots hold item values: they must never be committed. init writes only its four files, so it says so rather than edit .gitignore.
  const state = path
    .relative(repoDir, statePaths(path.resolve(repoDir, dataDir.value)).root)
    .split(path.sep)
    .join('/');
  const stateNotIgnored = state.startsWith('..') || (await git.isIgnored(`${state}/lock`)) ? null : `${state}/`;
  const files = await checkOutputs(repoDir, planned, o.force);

  if (!o.dryRun) {
    for (const f of files) {
      const target = path.join(repoDir, f.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, f.text);
      deps.reporter.info(`init: wrote ${f.path}`);
    }
  }
  return {
    repoDir,
    dryRun: o.dryRun,
    files,
    pin,
    targets: discovery.targets,
    notTargets: discovery.notTargets,
    scanned: discovery.scanned,
    collections: app.collections,
    tables,
    dataDir,
    expected: expectedSettings(workflows.map((w) => ({ file: w.path, text: w.text }))),
    stateNotIgnored,
    stages,
    repository: await repositoryOf(git),
  };
}

/** owner/name of a GitHub-like origin URL (https, ssh or scp-like), for the trust policies init prints; null when it names none. */
async function repositoryOf(git: GitClient): Promise<string | null> {
  const url = await git.remoteUrl('origin').catch(() => null);
  const m = url
    ? /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+(?::\d+)?\/|[^@/\s]+@[^:/\s]+:)([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim())
    : null;
  return m ? `${m[1]}/${m[2]}` : null;
}

/** The folder exists and is the top of a git work tree (a subfolder would get a .github GitHub never reads). */
async function checkRepository(dir: string, deps: InitDeps): Promise<{ repoDir: string; git: GitClient }> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new InputError(`${opt('repo-dir')} ${dir}: no such folder; give the app repository's top folder`);
  if (!info.isDirectory()) throw new InputError(`${opt('repo-dir')} ${dir}: not a folder; give the app repository's top folder`);
  const git = deps.openRepo(dir);
  const top = await git.topLevel();
  const [real, realTop] = await Promise.all([realpath(dir), realpath(top)]);
  if (real !== realTop)
    throw new InputError(`${opt('repo-dir')} ${dir}: inside the git repository ${top}, not its top folder; give ${top}`);
  return { repoDir: real, git };
}

/** Every output path free (or --force, and a plain file): checked for all before any is written. */
async function checkOutputs(repoDir: string, planned: Array<{ path: string; text: string }>, force: boolean): Promise<PlannedFile[]> {
  const out: PlannedFile[] = [];
  const taken: string[] = [];
  for (const f of planned) {
    // A folder on the way that is a file (or a link) would fail the write half way through.
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = path.join(repoDir, ...parts.slice(0, i));
      const info = await lstat(dir).catch(() => null);
      if (info && !info.isDirectory())
        throw new InputError(`${parts.slice(0, i).join('/')} is not a folder, so ${f.path} cannot be written; move it away`);
    }
    const info = await lstat(path.join(repoDir, f.path)).catch(() => null);
    if (info && !info.isFile())
      throw new InputError(`${f.path} exists and is not a plain file; move it away (init never replaces a folder or a link)`);
    if (info) taken.push(f.path);
    out.push({ ...f, replaces: info !== null });
  }
  if (taken.length > 0 && !force)
    throw new InputError(
      `${taken.join(', ')} already ${taken.length === 1 ? 'exists' : 'exist'}; nothing was written. Run init again with ${opt('force')} to overwrite`,
    );
  return out;
}

/** Tracked files larger than this are not config files (a data dump, an image): not read. */
const MAX_READ = 5_000_000;

async function readText(file: string): Promise<string | null> {
  try {
    const info = await lstat(file);
    // A tracked symlink is read as the link git stores, not followed out of the repository.
    if (!info.isFile() || info.size > MAX_READ) return null;
    return await readFile(file, 'utf8');
  } catch {
    return null; // tracked but deleted from the work tree: nothing there to flip
  }
}
