/**
 * npm run bench [-- --items N --segments S --rounds R --skip-cli --rollback-items M]
 *
 * Runs the export benchmark (bench/index.ts, N items, default 100,000) and
 * then the rollback benchmark (bench/rollback.ts, M items, default
 * 800,000), one after the other so they do not share the two cores.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const args = process.argv.slice(2);
const at = args.indexOf('--rollback-items');
const rollbackItems = at === -1 ? [] : ['--items', args[at + 1] ?? ''];
const exportArgs = at === -1 ? args : [...args.slice(0, at), ...args.slice(at + 2)];

for (const [script, scriptArgs] of [
  ['index.ts', exportArgs],
  ['rollback.ts', rollbackItems],
] as const) {
  // The SDK's long Node 20 support notice would bury the figures.
  const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  const res = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, script), ...scriptArgs], { stdio: 'inherit', env });
  if (res.status !== 0) process.exit(res.status ?? 1);
}
