/**
 * The one table of third-party actions the drill knows, each with its local
 * equivalent. Any other action is an error naming it (step-table-action.ts).
 * Nothing here pretends: what cannot happen on this machine is skipped,
 * with the reason.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LocalAction } from './local-action.js';

const exec = promisify(execFile);

export interface DrillWorld {
  /** The app's origin (a bare repository): checkout clones it. */
  origin: string;
  /** Branch checkout takes when no ref is given. */
  defaultBranch: string;
  dynamoEndpoint: string;
  s3Endpoint: string;
  region: string;
  /** Where upload-artifact copies to (one folder per artifact name). */
  artifacts: string;
}

function commonAncestor(dirs: string[]): string {
  if (dirs.length === 0) return '/';
  let common = dirs[0]!.split(path.sep);
  for (const d of dirs.slice(1)) {
    const parts = d.split(path.sep);
    let i = 0;
    while (i < common.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(path.sep) || '/';
}

const FAKE_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

export function localActions(world: DrillWorld): Record<string, LocalAction> {
  return {
    'actions/checkout': {
      equivalent: "a clone of the app's origin (a bare repository here) into the workspace",
      async run(ctx) {
        const ref = ctx.with.ref || world.defaultBranch;
        const dest = ctx.with.path ? path.resolve(ctx.workspace, ctx.with.path) : ctx.workspace;
        if (ctx.with.repository && ctx.with.repository !== ctx.env.GITHUB_REPOSITORY)
          throw new Error(`checkout of another repository (${ctx.with.repository}) has no local equivalent`);
        await mkdir(dest, { recursive: true });
        for (const e of await readdir(dest)) await rm(path.join(dest, e), { recursive: true, force: true });
        // The whole (small) history, so a branch, a tag or a commit sha can be checked out, as checkout takes any of them.
        await exec('git', ['clone', '--quiet', '--no-local', `file://${world.origin}`, dest]);
        const isBranch = await exec('git', ['rev-parse', '--verify', '--quiet', `refs/remotes/origin/${ref}`], { cwd: dest }).then(
          () => true,
          () => false,
        );
        if (isBranch) await exec('git', ['checkout', '--quiet', '-B', ref, `origin/${ref}`], { cwd: dest });
        else await exec('git', ['checkout', '--quiet', '--detach', ref], { cwd: dest });
        return { status: 'ok', note: `cloned the local origin at ${ref.length === 40 ? ref.slice(0, 12) : ref}` };
      },
    },
    'aws-actions/configure-aws-credentials': {
      equivalent:
        'the embedded DynamoDB and S3 endpoints (AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL_S3) with local credentials; no role is assumed',
      async run(ctx) {
        const region = ctx.with['aws-region'] || world.region;
        return {
          status: 'ok',
          note: `embedded endpoints, region ${region}${ctx.with['role-to-assume'] ? '; role-to-assume not assumed (no AWS here)' : ''}`,
          env: {
            AWS_REGION: region,
            AWS_DEFAULT_REGION: region,
            ...FAKE_CREDENTIALS,
            AWS_ENDPOINT_URL_DYNAMODB: world.dynamoEndpoint,
            AWS_ENDPOINT_URL_S3: world.s3Endpoint,
          },
        };
      },
    },
    'actions/upload-artifact': {
      equivalent: 'a copy into the drill folder, artifacts/<name>/',
      async run(ctx) {
        const name = ctx.with.name || 'artifact';
        const dest = path.join(world.artifacts, name);
        const sources = (ctx.with.path ?? '')
          .split('\n')
          .map((s) => s.trim())
          .filter((s) => s && !s.startsWith('!'));
        let copied = 0;
        await mkdir(dest, { recursive: true });
        const found = [];
        for (const s of sources) {
          const from = path.resolve(ctx.workspace, s);
          const st = await stat(from).catch(() => null);
          if (st) found.push({ from, dir: st.isDirectory() });
        }
        // As upload-artifact lays it out: one folder's contents at the root, else paths below their common ancestor.
        const root = found.length === 1 && found[0]!.dir ? found[0]!.from : commonAncestor(found.map((f) => path.dirname(f.from)));
        for (const f of found) {
          await cp(f.from, path.join(dest, path.relative(root, f.from)), { recursive: true });
          copied++;
        }
        if (copied === 0 && ctx.with['if-no-files-found'] === 'error') throw new Error(`no files at ${sources.join(', ')}`);
        return {
          status: 'ok',
          note: `${copied} path${copied === 1 ? '' : 's'} copied to ${dest}`,
          outputs: { 'artifact-id': '1', 'artifact-url': `file://${dest}` },
        };
      },
    },
    'actions/download-artifact': {
      equivalent: 'a copy from the drill folder, artifacts/<name>/',
      async run(ctx) {
        const name = ctx.with.name;
        if (!name) throw new Error('download-artifact without name has no local equivalent');
        const dest = path.resolve(ctx.workspace, ctx.with.path || '.');
        await mkdir(dest, { recursive: true });
        await cp(path.join(world.artifacts, name), dest, { recursive: true });
        return { status: 'ok', note: `artifacts/${name} copied to the workspace`, outputs: { 'download-path': dest } };
      },
    },
    'actions/setup-node': {
      equivalent: "this machine's Node",
      async run() {
        return { status: 'ok', note: `node ${process.version} of this machine` };
      },
    },
    'actions/create-github-app-token': {
      equivalent: "nothing: it mints a GitHub App's token through the GitHub API",
      async run() {
        return {
          status: 'skipped',
          note: "mints a GitHub App's token through the GitHub API, which the drill does not reach; config-pr uses the workflow token",
        };
      },
    },
    'actions/github-script': {
      equivalent: 'nothing: it calls the GitHub API',
      async run() {
        return { status: 'skipped', note: 'calls the GitHub API, which the drill does not reach' };
      },
    },
  };
}
