/**
 * npm run bench [-- --items N --segments S --rounds R --skip-cli --sizes A,B --single C]
 *
 * In one run, one after the other so they do not share the two cores:
 *   - the export benchmark (bench/index.ts): N items (default 1,000,000)
 *     exported from dynalite by the built CLI, beside a bare parallel scan;
 *   - the rollback and verify benchmark (bench/rollback.ts): the built CLI
 *     at each size of --sizes (default 250,000 and 1,000,000 items in four
 *     collections) and --single (default 600,000 in one collection).
 * Exits non-zero when either finds a wrong result.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const args = process.argv.slice(2);
const take = (names: string[]) => {
  const mine: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (names.includes(a)) mine.push(a, args[++i] ?? '');
    else rest.push(a);
  }
  return { mine, rest };
};
const { mine: rollbackArgs, rest: exportArgs } = take(['--sizes', '--single']);
if (!exportArgs.includes('--items')) exportArgs.push('--items', '1000000');
if (!exportArgs.includes('--rounds')) exportArgs.push('--rounds', '2');

let failed = false;
for (const [script, scriptArgs] of [
  ['index.ts', exportArgs],
  ['rollback.ts', rollbackArgs],
] as const) {
  // The SDK's long Node 20 support notice would bury the figures.
  const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  const res = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, script), ...scriptArgs], { stdio: 'inherit', env });
  if (res.status !== 0) failed = true;
}
if (failed) process.exit(1);
