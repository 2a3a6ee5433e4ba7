import path from 'node:path';
import type { Variable } from '../init/render-workflows.js';
import type { InitResult } from '../init/run.js';
import { environmentOf } from '../init/trust-policy.js';
import { VERSION } from '../version.js';
import { gitHubFor, gitHubToken } from './clients.js';
import { trustNotes } from './init-trust.js';
import { readOption } from './read-option.js';
import { type CommandContext, defineCommand } from './types.js';

/** With a token, --action owner/name@vX.Y.Z is looked up on GitHub (the action's own repository, read only). */
async function tagLookup(ctx: CommandContext) {
  if (!gitHubToken(ctx)) return undefined;
  const github = await gitHubFor(ctx, 'init --action owner/name@vX.Y.Z', 'contents: read');
  return (repository: string, tag: string) => {
    const [owner, repo] = repository.split('/') as [string, string];
    return github.tagCommit({ owner, repo }, tag);
  };
}

/** Writes the config and the operator's workflows into an app repository (DESIGN.md "The chain", init). */
export const initCommand = defineCommand<InitResult>({
  name: 'init',
  description:
    'Write .github/dynamodb-rollback.yml (the switch targets, tables and data dir found) and the rollback, finish and export workflows, pinned to this version, into an app repository',
  options: ['repo-dir', 'action', 'token', 'github-api-url', 'data-dir', 'force', 'dry-run'],
  outputs: {
    files: 'JSON array of the files written (or, with dry-run, that would be)',
    targets: 'JSON array of the switch targets found',
    'action-ref': 'The action the workflows use: owner/name@<commit sha>',
  },
  async run(ctx: CommandContext) {
    const { options: o, config, env } = ctx;
    const repoDir = path.resolve(ctx.cwd, readOption(o, 'repo-dir'));
    const [{ createGit }, { runInit }, { resolvePin }, { packageCheckout }] = await Promise.all([
      import('../clients/git.js'),
      import('../init/run.js'),
      import('../init/pin.js'),
      import('../init/package-checkout.js'),
    ]);
    const make = (dir: string) => createGit({ dir, committer: config.pullRequest.committer });
    return runInit(
      {
        repoDir,
        stage: config.stage,
        stages: config.stages,
        region: o.region,
        dataDir: o['data-dir'],
        progressFile: config.progressFile,
        backupDir: config.backupDir,
        switch: { key: config.switch.key, from: config.switch.from, to: config.switch.to },
        force: readOption(o, 'force'),
        dryRun: readOption(o, 'dry-run'),
        version: VERSION,
      },
      {
        openRepo: make,
        pin: async () =>
          resolvePin({
            action: o.action,
            env,
            checkout: o.action === undefined && !env.GITHUB_ACTION_REPOSITORY ? await packageCheckout(process.argv[1], make) : null,
            version: VERSION,
            tagCommit: await tagLookup(ctx),
          }),
        reporter: ctx.reporter,
      },
    );
  },
  present(r) {
    const about = (v: Variable) => v.description || `read by ${v.files.map((f) => path.basename(f)).join(', ')}`;
    const verb = r.dryRun ? 'would write' : 'wrote';
    const still = [
      `environments ${r.stages.map(environmentOf).join(', ')} (Settings > Environments), one per stage: required reviewers (they are the approval) and deployment branches limited to the default branch; a rollback refuses to start for a stage whose environment lacks either`,
      ...r.expected.variables.filter((v) => !v.optional).map((v) => `variable ${v.name}: ${about(v)}`),
      ...r.expected.variables.filter((v) => v.optional).map((v) => `variable ${v.name} (may stay unset): ${about(v)}`),
      ...r.expected.secrets.map((s) =>
        s.endsWith('_APP_PRIVATE_KEY') ? `secret ${s} (may stay unset: only with DYNAMODB_ROLLBACK_APP_ID)` : `secret ${s}`,
      ),
      ...trustNotes(r.repository, r.stages),
      'Settings > Actions > General: allow GitHub Actions to create and approve pull requests (config-pr opens one)',
      ...(r.stateNotIgnored
        ? [
            `.gitignore: add ${r.stateNotIgnored} (the rollback's lock, snapshots and reports: snapshots hold the data, never to be committed)`,
          ]
        : []),
    ];
    const where = 'variables go in Settings > Secrets and variables > Actions > Variables, on the repository or on each environment';
    const notes = [
      `action: ${r.pin.repository}@${r.pin.sha} # v${r.pin.version} (from ${r.pin.source})`,
      `collections: ${r.collections.value.join(', ')} (${r.collections.source ?? 'the defaults'})`,
      ...r.collections.value.map((c) => {
        const f = r.tables.tables.find((t) => t.collection === c);
        return f
          ? `table ${c}: ${f.table} (${f.sources.map((s) => s.where).join(', ')})`
          : `table ${c}: the default (no declaration found in the app's files)`;
      }),
      ...r.tables.tables.flatMap((f) =>
        f.disagreements.map(
          (d) =>
            `decide: table ${f.collection}: ${d.sources.map((s) => s.where).join(', ')} ${d.sources.length === 1 ? 'says' : 'say'} ${d.table}, the stack says ${f.table}; the stack's is written, the other is a comment beside it`,
        ),
      ),
      ...r.tables.unused.map((u) => `not a table source: ${u}`),
      `data dir: ${r.dataDir.value} (${r.dataDir.source ?? 'the default; not found in the repository'})`,
      `switch targets: ${r.targets.length} found in ${r.scanned} tracked files${r.targets.length === 0 ? '; none listed, so config-pr uses the built-in defaults' : ''}`,
      ...r.notTargets.map((n) => `not a target: ${n.file}: ${n.reason}`),
      '',
      'still to set:',
      ...still.map((s) => `- ${s}`),
      ...(r.expected.variables.length ? [`(${where})`] : []),
    ];
    if (r.dryRun) for (const f of r.files) notes.push('', `${f.path}:`, ...f.text.trimEnd().split('\n'));
    return {
      ok: true,
      outputs: {
        files: JSON.stringify(r.files.map((f) => f.path)),
        targets: JSON.stringify(r.targets.map((t) => t.entry)),
        'action-ref': `${r.pin.repository}@${r.pin.sha}`,
      },
      summary: {
        title: 'init',
        headline: `${r.dryRun ? 'dry run: ' : ''}${verb} ${r.files.length} files in ${r.repoDir}${r.files.some((f) => f.replaces) ? ` (replacing ${r.files.filter((f) => f.replaces).length})` : ''}`,
        tables: [
          { headers: ['file', verb], rows: r.files.map((f) => [f.path, f.replaces ? 'replaced' : 'new']) },
          {
            headers: ['switch target', 'file', 'setting', 'scope'],
            rows: r.targets.map((t) => [
              typeof t.entry === 'string'
                ? t.entry
                : `${t.entry.path}${t.entry.pointer ? `#${t.entry.pointer}` : ''}${t.entry.property ? `:${t.entry.property}` : ''}`,
              t.files.join(', '),
              t.detail,
              t.why,
            ]),
          },
        ],
        notes,
      },
    };
  },
});
