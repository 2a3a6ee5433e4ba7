/**
 * Takes the lock and holds it until killed: a real holder for the takeover
 * tests, which kill it with SIGKILL as an operator's `kill -9` or the OOM
 * killer would. Prints "held" once the lock is written.
 *
 *   node --import tsx lock-holder-child.ts <lock file>
 */
import { acquireLock } from '../../src/fsafe/lock.js';

await acquireLock(process.argv[2]!, 'rollback');
process.stdout.write('held\n');
setInterval(() => {}, 1 << 30);
