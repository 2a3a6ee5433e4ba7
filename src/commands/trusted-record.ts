import path from 'node:path';
import { InputError } from '../core/errors.js';
import type { TrustedRecordResult } from '../finish/trusted-record.js';
import { gitHubFor, gitHubRepository } from './clients.js';
import { defineCommand } from './types.js';
import { opt } from '../core/option-name.js';

/** The rollback's record (or mitigate's report), believed only from the run that made it (docs/formats.md "The record's trailers"). */
export const trustedRecordCommand = defineCommand<TrustedRecordResult>({
  name: 'trusted-record',
  description:
    "Fetch the rollback's record named by the merged commit's trailers (or a mitigate run's report), believing it only from rollback.yml (mitigate.yml) of this repository, dispatched on the default branch, completed, with the committed sha256",
  options: ['commit', 'mitigate-run', 'record-dir', 'token', 'repository', 'github-api-url', 'retry-budget'],
  outputs: {
    'run-id': 'The run that made the record',
    'run-attempt': 'Its attempt',
    sha256: "The record's digest (checked against the commit's trailer)",
    'record-dir': 'Where the record files were written',
    'export-uri': 'rollback: the export the record names (locations.json)',
    'release-uri': 'The published data dir (trusted-record: the release the record names; empty: none)',
    'pull-request': 'rollback: the number of the pull request that carried the commit (empty: none found)',
  },
  async run(ctx) {
    const { options: o, config } = ctx;
    const commit = o.commit?.trim();
    const mitigateRun = o['mitigate-run']?.trim();
    if (!commit === !mitigateRun)
      throw new InputError(
        `trusted-record needs exactly one of ${opt('commit')} (the merged rollback commit) and ${opt('mitigate-run')} (a mitigate run id)`,
      );
    if (!o['record-dir']) throw new InputError(`trusted-record needs ${opt('record-dir')}: the folder to write the record into`);
    const github = await gitHubFor(ctx, 'trusted-record', 'actions: read, contents: read, pull-requests: read');
    const repository = await gitHubRepository(ctx);
    const { runTrustedRecord } = await import('../finish/trusted-record.js');
    return runTrustedRecord(
      {
        repository,
        stage: config.stage,
        source: commit ? { kind: 'rollback', commit } : { kind: 'mitigate', runId: mitigateRun! },
        recordDir: path.resolve(ctx.cwd, o['record-dir']),
      },
      { github },
    );
  },
  present(r) {
    const from = `run ${r.run.id} attempt ${r.run.attempt}`;
    return {
      ok: true,
      outputs: {
        'run-id': String(r.run.id),
        'run-attempt': String(r.run.attempt),
        sha256: r.sha256,
        'record-dir': r.recordDir,
        'export-uri': r.export ?? '',
        'release-uri': r.release ?? '',
        'pull-request': r.pullRequest ? String(r.pullRequest.number) : '',
      },
      summary: {
        title: 'trusted-record',
        headline: `${r.kind === 'rollback' ? 'the rollback record' : "mitigate's report"} of ${r.stage} from ${from} (${r.run.url}), checked: sha256 ${r.sha256}`,
        tables: [{ headers: ['file'], rows: r.files.map((f) => [f]) }],
        notes: [
          ...(r.commit ? [`named by the trailers of commit ${r.commit}`] : []),
          ...(r.export ? [`export: ${r.export}`, `release: ${r.release ?? 'none'}`] : []),
          ...(r.pullRequest ? [`pull request #${r.pullRequest.number}: ${r.pullRequest.url}`] : []),
          `written to ${r.recordDir}`,
        ],
      },
    };
  },
});
