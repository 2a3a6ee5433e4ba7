import { jest } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config/load.js';
import { isCommandTarget } from '../../src/config/types.js';
import { flipFile } from '../../src/switch/edit.js';
import { WORKFLOW_TEMPLATES } from '../../src/init/workflow-templates.js';
import { renderWorkflowTemplates, TEMPLATES_MODULE } from '../../scripts/workflow-templates.js';
import { type AppRepo, createAppRepo, git } from '../fixtures/app-repo.js';
import { treePicture } from '../fixtures/tree-picture.js';
import { ROOT } from '../harness/run-dist.js';
import { checkWorkflow, unpinnedActions } from '../harness/workflows.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const ACTION = `acme/dynamodb-rollback@${SHA}`;
const WORKFLOWS = Object.keys(WORKFLOW_TEMPLATES);
const OUTPUTS = ['.github/dynamodb-rollback.yml', ...WORKFLOWS];

/** The CLI, its stdout and stderr captured. */
async function cli(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((c: unknown) => ((out += String(c)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((c: unknown) => ((err += String(c)), true));
  try {
    return { code: await main(args, cwd), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

/** The events app before init: no config; an untracked .env.local and a README that only mentions the key; a second stage's files. */
async function freshApp(): Promise<AppRepo> {
  const app = await createAppRepo('production', {
    config: null,
    files: {
      'README.md': '# Events\n\nSet `DATABASE_TYPE=file` in .env to run on the JSON files.\n',
      'environments/staging/staging.env': 'NODE_ENV=staging\nDATABASE_TYPE=dynamodb\n',
      'cdk/config/staging.json': '{\n  "database": { "type": "file" }\n}\n',
    },
  });
  await writeFile(path.join(app.dir, '.env.local'), 'DATABASE_TYPE=dynamodb\n');
  return app;
}

const apps: AppRepo[] = [];
afterAll(async () => {
  await Promise.all(apps.map((a) => a.cleanup()));
});
async function app(): Promise<AppRepo> {
  const a = await freshApp();
  apps.push(a);
  return a;
}

describe('init on a fresh copy of the events app', () => {
  let repo: AppRepo;
  let first: { code: number; out: string; err: string };
  beforeAll(async () => {
    repo = await app();
    first = await cli(['init', '--repo-dir', repo.dir, '--action', ACTION]);
  });

  it('writes the config and the four workflows', async () => {
    expect(first.err).not.toMatch(/error/);
    expect(first.code).toBe(0);
    for (const f of OUTPUTS) await expect(readFile(path.join(repo.dir, f), 'utf8')).resolves.toBeTruthy();
    expect(first.out).toMatch(/wrote 6 files/);
  });

  it('pins this action to the full commit SHA with the version, everywhere the templates say uses: ./', async () => {
    for (const f of WORKFLOWS) {
      const text = await readFile(path.join(repo.dir, f), 'utf8');
      // A job calling one of the workflows init writes keeps its ./.github/workflows path; nothing else local is left.
      expect(text.split('\n').filter((l) => /^\s*(-\s+)?uses:\s*["']?\.\/(?!\.github\/workflows\/)/.test(l))).toEqual([]);
      const ours = text.split('\n').filter((l) => l.includes('acme/dynamodb-rollback'));
      expect(ours.length).toBe((WORKFLOW_TEMPLATES[f]!.match(/uses:\s*\.\/\s*$/gm) ?? []).length);
      for (const line of ours) expect(line.trim()).toMatch(new RegExp(`^(- )?uses: acme/dynamodb-rollback@${SHA} # v\\d+\\.\\d+\\.\\d+$`));
      expect(unpinnedActions(text)).toEqual([]);
    }
  });

  it.each(WORKFLOWS)(
    "writes %s that passes every workflow check: GitHub's parser, actionlint, shellcheck, the project's rules",
    async (f) => {
      expect(await checkWorkflow(await readFile(path.join(repo.dir, f), 'utf8'), f)).toEqual([]);
    },
  );

  it('writes a config that loads, listing exactly the tracked files that set DATABASE_TYPE, each one config-pr can flip', async () => {
    const text = await readFile(path.join(repo.dir, '.github/dynamodb-rollback.yml'), 'utf8');
    expect(text).toMatch(/^# dynamodb-rollback config, written by `dynamodb-rollback init`/);
    // Only the targets differ from the defaults here: no stage, tables or data dir written.
    expect(parse(text)).toEqual({
      switch: {
        // The CDK config names development too, which has none of these files: a development rollback skips them, saying so.
        targets: [
          { path: '.env.${stage}.template', optional: true },
          { path: 'cdk/config/${stage}.json', pointer: '/database/type', optional: true },
          { path: 'cdk/lib/config/environment.js', property: '${stage}.database.type' },
          { path: 'environments/${stage}/${stage}.env', optional: true },
        ],
      },
    });
    for (const stage of ['production', 'staging']) {
      const config = await loadConfig(undefined, repo.dir, { stage });
      const files = config.switch.targets.filter((t) => !isCommandTarget(t));
      expect(files.every((t) => !t.builtIn)).toBe(true);
      if (stage === 'staging') continue; // staging has no entry in environment.js: config-pr would say so
      for (const t of files) {
        if (isCommandTarget(t)) continue;
        const flipped = flipFile(await readFile(path.join(repo.dir, t.path), 'utf8'), t, config.switch);
        expect([t.path, flipped.flipped]).toEqual([t.path, 1]);
      }
    }
  });

  it("writes the drill's workflow: on the rollback's files changing, weekly and by hand, reading only, with nothing from AWS or the repository's settings", () => {
    const wf = parse(WORKFLOW_TEMPLATES['.github/workflows/dynamodb-rollback-drill.yml']!) as {
      on: Record<string, { paths?: string[] } | null>;
      jobs: Record<string, { permissions: unknown; steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
    };
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'schedule', 'workflow_dispatch']);
    expect(wf.on.pull_request!.paths).toEqual(
      expect.arrayContaining(['.github/workflows/rollback.yml', '.github/workflows/rollback-finish.yml', '.github/dynamodb-rollback.yml']),
    );
    expect(wf.jobs.drill!.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.drill!.steps.at(-1)!.with).toEqual({
      command: 'drill',
      app: '.',
      workflow: '.github/workflows/rollback.yml',
      approve: true,
    });
    expect(WORKFLOW_TEMPLATES['.github/workflows/dynamodb-rollback-drill.yml']).not.toMatch(
      /\b(vars|secrets)\.|aws-actions|role-to-assume/,
    );
  });

  it('says which files mention the key without being targets, and never lists ignored or untracked ones', () => {
    expect(first.out).toMatch(/not a target: README\.md: documentation: never a switch target/);
    expect(first.out).toMatch(/not a target: server\/index\.js: mentions DATABASE_TYPE without setting it/);
    expect(first.out).not.toMatch(/\.env\.local/);
    expect(first.out).not.toMatch(/^\s*\.env\b(?!\.)/m);
  });

  it('prints what the operator must still set', () => {
    expect(first.out).toMatch(/still to set:/);
    expect(first.out).toMatch(/environments dynamodb-rollback-production, dynamodb-rollback-staging .*required reviewers/);
    expect(first.out).toMatch(/create and approve pull requests/);
    // Whatever names the workflows use, each variable they read is on the list.
    for (const name of new Set(
      Object.values(WORKFLOW_TEMPLATES).flatMap((t) => [...t.replace(/^\s*#.*$/gm, '').matchAll(/\bvars\.(\w+)/g)].map((m) => m[1]!)),
    )) {
      expect(first.out).toMatch(new RegExp(`- variable ${name}\\b`));
    }
    expect(first.out).toMatch(/\.gitignore: add server\/\.dynamodb-rollback\/data\//);
  });

  it('does not ask for the state folder in .gitignore when git ignores it already', async () => {
    const ignoring = await app();
    await writeFile(path.join(ignoring.dir, '.gitignore'), '.env\nnode_modules/\n.dynamodb-rollback/\n');
    const r = await cli(['init', '--repo-dir', ignoring.dir, '--action', ACTION, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/\.gitignore: add/);
  });

  it('refuses a second time (exit 2) without --force, changing nothing', async () => {
    const before = await treePicture(repo.dir);
    const again = await cli(['init', '--repo-dir', repo.dir, '--action', ACTION]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exist; nothing was written\. Run init again with --force/);
    expect(await treePicture(repo.dir)).toEqual(before);
  });

  it('overwrites with --force', async () => {
    const file = path.join(repo.dir, WORKFLOWS[0]!);
    await writeFile(file, 'edited by hand\n');
    const forced = await cli(['init', '--repo-dir', repo.dir, '--action', ACTION, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/replacing 6/);
    expect(await readFile(file, 'utf8')).toContain(`acme/dynamodb-rollback@${SHA}`);
  });
});

describe('init refuses, writing nothing', () => {
  it('with --dry-run: prints the files, writes none', async () => {
    const repo = await app();
    const before = await treePicture(repo.dir);
    const r = await cli(['init', '--repo-dir', repo.dir, '--action', ACTION, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/dry run: would write 6 files/);
    expect(r.out).toContain(`uses: acme/dynamodb-rollback@${SHA}`);
    expect(await treePicture(repo.dir)).toEqual(before);
  });

  it('a folder that is not a git work tree, or does not exist', async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-init-'));
    try {
      const plain = path.join(scratch, 'plain');
      await mkdir(plain);
      const r = await cli(['init', '--repo-dir', plain, '--action', ACTION]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/not in a git repository/);
      const missing = await cli(['init', '--repo-dir', path.join(scratch, 'missing'), '--action', ACTION]);
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/missing: no such folder/);
      expect(await treePicture(scratch)).toEqual({ plain: expect.stringMatching(/^dir /) });
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('a subfolder of a repository (GitHub reads .github only at the top)', async () => {
    const repo = await app();
    const before = await treePicture(repo.dir);
    const r = await cli(['init', '--repo-dir', path.join(repo.dir, 'cdk'), '--action', ACTION]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not its top folder/);
    expect(await treePicture(repo.dir)).toEqual(before);
  });

  it.each([
    [`acme/dynamodb-rollback@v1`, /"v1" is not a full commit SHA/],
    [`acme/dynamodb-rollback@${SHA.slice(0, 7)}`, /is not a full commit SHA/],
    [`acme/dynamodb-rollback`, /write it as owner\/name@<40-hex commit sha>/],
    [`not a repo@${SHA}`, /not a GitHub repository owner\/name/],
  ])('an action ref that cannot be pinned: %s', async (action, message) => {
    const repo = await app();
    const before = await treePicture(repo.dir);
    const r = await cli(['init', '--repo-dir', repo.dir, '--action', action]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(await treePicture(repo.dir)).toEqual(before);
  });

  it.each([['/srv/data'], ['../data']])('a --data-dir outside the repository: %s', async (dataDir) => {
    const repo = await app();
    const before = await treePicture(repo.dir);
    const r = await cli(['init', '--repo-dir', repo.dir, '--action', ACTION, '--data-dir', dataDir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--data-dir .*: give a folder inside the app repository/);
    expect(await treePicture(repo.dir)).toEqual(before);
  });

  it('writes a --data-dir given inside the repository', async () => {
    const repo = await app();
    expect((await cli(['init', '--repo-dir', repo.dir, '--action', ACTION, '--data-dir', 'app/db'])).code).toBe(0);
    expect(parse(await readFile(path.join(repo.dir, '.github/dynamodb-rollback.yml'), 'utf8'))).toMatchObject({ dataDir: 'app/db' });
  });

  it('one output path taken by a folder, even with --force', async () => {
    const repo = await app();
    await mkdir(path.join(repo.dir, WORKFLOWS[1]!), { recursive: true });
    const before = await treePicture(repo.dir);
    const r = await cli(['init', '--repo-dir', repo.dir, '--action', ACTION, '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/exists and is not a plain file/);
    expect(await treePicture(repo.dir)).toEqual(before);
  });
});

describe('the bundled workflow texts', () => {
  it('are what .github/workflows holds (run npm run gen:workflows)', async () => {
    expect(await readFile(path.join(ROOT, TEMPLATES_MODULE), 'utf8')).toBe(renderWorkflowTemplates(ROOT));
  });
});

export { git };
