import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDynamo } from '../clients/dynamodb.js';
import { createS3 } from '../clients/s3.js';
import { InputError } from '../core/errors.js';
import { parseLocation } from '../core/location.js';
import type { DrillResult } from '../drill/run-drill.js';
import { s3For } from './clients.js';
import { presentDrill } from './drill-present.js';
import { readOption } from './read-option.js';
import { defineCommand } from './types.js';
import { opt } from '../core/option-name.js';

/** This package's folder (action.yml, dist/, .github/workflows/), from the bundle or the sources. */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(path.join(dir, 'action.yml')) && existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`internal: no action.yml above ${fileURLToPath(import.meta.url)}`);
}

function inputsOf(list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf('=');
    const name = item.slice(0, eq);
    if (name in out) throw new InputError(`${opt('input')}: ${name} given twice`);
    out[name] = item.slice(eq + 1);
  }
  return out;
}

/** The rollback workflow itself, run here on embedded DynamoDB and S3 (DESIGN.md "drill"). */
export const drillCommand = defineCommand<DrillResult>({
  name: 'drill',
  largeHeap: true,
  description:
    'Rehearse: run rollback.yml (then rollback-finish.yml) here, end to end, on embedded DynamoDB and S3, a scratch events app (or a copy of yours) and a local origin',
  options: ['workflow', 'app', 'data', 'approve', 'keep', 'input', 'export-mode'],
  outputs: {
    seconds: 'Seconds the drill took, from start to the last step',
    scratch: 'The scratch folder, when kept (--keep, or a failed drill)',
  },
  async run(ctx) {
    const o = ctx.options;
    // --data is an export the reader opens: its S3 URI is named "from" in the reader's messages.
    const data = o.data ? parseLocation(o.data, 'from', ctx.cwd) : undefined;
    const root = packageRoot();
    const workflow = o.workflow ? path.resolve(ctx.cwd, o.workflow) : path.join(root, '.github', 'workflows', 'rollback.yml');
    const finish = path.join(path.dirname(workflow), 'rollback-finish.yml');
    // Loaded for the drill only: the services, the runner and the expression library stay out of every other command.
    const [{ startLocalServices }, { runDrill }] = await Promise.all([import('../local/services.js'), import('../drill/run-drill.js')]);
    const services = await startLocalServices();
    const local = { region: 'us-east-1', env: {} };
    // --export-mode native: DynamoDB's export API answered by a stand-in in front of the embedded DynamoDB (every other call passes to it).
    const standIn =
      readOption(o, 'export-mode') === 'native'
        ? await (
            await import('../local/export-stand-in.js')
          ).startExportStandIn({
            dynamoEndpoint: services.dynamoEndpoint,
            dynamo: createDynamo({ ...local, endpoint: services.dynamoEndpoint }),
            s3: createS3({ ...local, endpoint: services.s3Endpoint }),
          })
        : null;
    let scratch: string | undefined;
    // Interrupted: the services stop and the scratch folder goes (unless --keep), as on any other way out.
    const onSignal = (signal: NodeJS.Signals) => {
      ctx.reporter.error(
        `drill: ${signal}: stopping the embedded services${scratch && o.keep !== true ? ' and removing the scratch folder' : ''}`,
      );
      void Promise.all([services.stop(), standIn?.stop()])
        .then(() => (scratch && o.keep !== true ? rm(scratch, { recursive: true, force: true }) : undefined))
        .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      return await runDrill(
        {
          packageRoot: root,
          workflow,
          finishWorkflow: path.basename(workflow) === 'rollback.yml' && existsSync(finish) ? finish : null,
          ...(o.app ? { app: path.resolve(ctx.cwd, o.app) } : {}),
          ...(data ? { data } : {}),
          approve: readOption(o, 'approve'),
          interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
          keep: readOption(o, 'keep'),
          // --stage is the workflow's stage input, as a dispatch would give it.
          inputs: { ...(o.stage ? { stage: o.stage } : {}), ...(standIn ? { 'export-mode': 'native' } : {}), ...inputsOf(o.input) },
          node: process.execPath,
          dynamoEndpoint: standIn?.endpoint ?? services.dynamoEndpoint,
          ...(standIn
            ? {
                standIn: `DynamoDB's export API (ExportTableToPointInTime, DescribeExport, ListExports, DescribeContinuousBackups) answered by a stand-in for AWS (src/local/export-stand-in.ts) from the embedded tables, not by AWS`,
              }
            : {}),
          s3Endpoint: services.s3Endpoint,
          onLine: (line) => ctx.reporter.info(line),
          onScratch: (dir) => {
            scratch = dir;
          },
        },
        {
          dynamo: createDynamo({ ...local, endpoint: services.dynamoEndpoint }),
          s3: createS3({ ...local, endpoint: services.s3Endpoint }),
          ...(data?.kind === 's3' ? { dataS3: await s3For(ctx) } : {}),
        },
      );
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await standIn?.stop();
      await services.stop();
    }
  },
  present: presentDrill,
});
