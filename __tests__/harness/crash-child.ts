/**
 * Run in a child process by the crash tests: does real work and kills
 * itself with SIGKILL at a chosen point, so no finally block, cleanup or
 * flush runs, as in a power cut or an OOM kill.
 *
 *   node --import tsx crash-child.ts write <dir> <files> <kill-before-rename-n> <mid-write: 0|1>
 *   node --import tsx crash-child.ts rollback <json options> <kill-before-rename-n>
 */
import { writeFileAtomic } from '../../src/fsafe/atomic-write.js';
import { silentReporter } from '../../src/core/reporter.js';
import { runRollback, type RollbackOptions } from '../../src/rollback/run.js';

const die = (): never => {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
};

const [mode, ...args] = process.argv.slice(2);
if (mode === 'write') {
  const [dir, count, killAt, midWrite] = args as [string, string, string, string];
  let renames = 0;
  for (let i = 0; i < Number(count); i++) {
    const chunks = function* () {
      for (let c = 0; c < 50; c++) {
        if (midWrite === '1' && i === Number(killAt) && c === 25) die();
        yield `${`new ${i} chunk ${c} `.repeat(2000)}\n`;
      }
    };
    await writeFileAtomic(`${dir}/f${i}.json`, chunks(), {
      hooks: { beforeRename: () => (renames++ === Number(killAt) ? die() : undefined) },
    });
  }
} else if (mode === 'rollback') {
  const [json, killAt] = args as [string, string];
  let renames = 0;
  await runRollback(JSON.parse(json) as RollbackOptions, {
    reporter: silentReporter,
    hooks: { beforeRename: () => (renames++ === Number(killAt) ? die() : undefined) },
  });
}
