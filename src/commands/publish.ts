import path from 'node:path';
import { InputError } from '../core/errors.js';
import { parseS3Uri } from '../core/location.js';
import { type PublishResult, runPublish } from '../publish/publish.js';
import { s3For } from './clients.js';
import { readOption } from './read-option.js';
import { defineCommand } from './types.js';
import { groupDigits } from '../core/group-digits.js';

/** The rebuilt data dir to a new release on S3 (DESIGN.md "The chain": the rollback job's last data step). */
export const publishCommand = defineCommand<PublishResult>({
  name: 'publish',
  description: 'Upload the data dir to a new release s3://bucket/prefix/<timestamp>/: encrypted, a sha256 per file, the manifest last',
  options: ['to', 'data-dir', 'sse', 'kms-key-id', 'retry-budget'],
  outputs: {
    'release-uri': 'S3 URI of the release (give it to pull --from)',
    files: 'Number of files published',
    sha256: 'sha256 of the release manifest.json',
  },
  async run(ctx) {
    const o = ctx.options;
    const to = o.to ?? ctx.config.publish;
    if (!to)
      throw new InputError(
        'publish: --to is required, or publish: in the config (s3://bucket/prefix; each publish writes a new release under it)',
      );
    return runPublish(
      {
        to: parseS3Uri(to, '--to'),
        dataDir: path.resolve(ctx.cwd, ctx.config.dataDir),
        stage: ctx.config.stage,
        sse: { algorithm: readOption(o, 'sse'), kmsKeyId: o['kms-key-id'] },
      },
      { s3: await s3For(ctx), reporter: ctx.reporter },
    );
  },
  present(r) {
    const notes = [`release: ${r.releaseUri}`, `data dir: ${r.dataDir}`, `manifest sha256: ${r.manifestSha256}`];
    if (r.rollbackReport) notes.push(`rollback report: ${r.rollbackReport}`);
    return {
      ok: true,
      outputs: { 'release-uri': r.releaseUri, files: String(r.files.length), sha256: r.manifestSha256 },
      summary: {
        title: 'publish',
        headline: `${r.files.length} files (${groupDigits(r.bytes)} bytes) published to ${r.releaseUri}`,
        tables: [{ headers: ['file', 'bytes'], rows: r.files.map((f) => [f.name, groupDigits(f.bytes)]) }],
        notes,
      },
    };
  },
});
