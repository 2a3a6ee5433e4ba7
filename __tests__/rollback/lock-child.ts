/**
 * Takes the lock in a child process, for faults a test cannot make in its
 * own process (a file size limit). Prints the outcome as one JSON line.
 *
 *   node --import tsx lock-child.ts <lock file>
 */
import { describeError, exitCodeOf } from '../../src/core/errors.js';
import { acquireLock } from '../../src/fsafe/lock.js';

try {
  await acquireLock(process.argv[2]!, 'rollback');
  process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
} catch (err) {
  process.stdout.write(`${JSON.stringify({ ok: false, message: describeError(err), exitCode: exitCodeOf(err) })}\n`);
}
