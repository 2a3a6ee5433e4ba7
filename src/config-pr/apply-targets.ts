/**
 * Flips the switch in every target, in a worktree of the base branch: each
 * file through its format's editor (src/switch/), each command run in the
 * worktree's root. Checks before it writes: a target git ignores cannot be
 * carried by a pull request (bad input, even when optional); a missing file
 * or key is bad input unless the target is optional or a built-in default
 * (then skipped, said so).
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GitClient } from '../clients/git.js';
import { describeTarget, isCommandTarget, type SwitchTarget } from '../config/types.js';
import { FailedError, InputError } from '../core/errors.js';
import type { Reporter } from '../core/reporter.js';
import { flipFile, type Switch } from '../switch/edit.js';
import type { TargetOutcome } from './body.js';

export interface Applied {
  outcomes: TargetOutcome[];
  notes: string[];
}

/** env: what a `command:` target runs with (built by childEnv: no credentials or tokens of the job). */
export async function applyTargets(
  targets: SwitchTarget[],
  sw: Switch,
  worktree: GitClient,
  reporter: Reporter,
  env: NodeJS.ProcessEnv,
): Promise<Applied> {
  const outcomes: TargetOutcome[] = [];
  const notes: string[] = [];
  for (const target of targets) {
    const name = describeTarget(target);
    if (isCommandTarget(target)) {
      const before = new Set(await worktree.changedFiles());
      await runAppCommand(target.command, worktree.dir, reporter, env);
      const changed = (await worktree.changedFiles()).filter((f) => !before.has(f));
      outcomes.push({ target: name, status: 'ran', detail: changed.length ? `changed ${changed.join(', ')}` : 'changed nothing' });
      continue;
    }
    if (path.isAbsolute(target.path) || target.path.split(/[\\/]/).includes('..')) {
      throw new InputError(`switch target ${target.path}: give a path inside the repository, relative to its root`);
    }
    if (await worktree.isIgnored(target.path)) {
      throw new InputError(
        `switch target ${target.path} is ignored by git, so no pull request can carry it; remove it from switch.targets and set it where the app is deployed`,
      );
    }
    const file = path.join(worktree.dir, target.path);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      if (target.optional) {
        const why = target.builtIn ? 'a built-in default target' : 'optional';
        notes.push(`${target.path}: not in the repository; skipped (${why})`);
        outcomes.push({ target: name, status: 'skipped', detail: `not in the repository (${why})` });
        continue;
      }
      throw new InputError(
        `switch target ${target.path} is not in the repository at the base branch; fix the path in switch.targets, or mark it optional: true`,
      );
    }
    let plan;
    try {
      plan = flipFile(text, target, sw);
    } catch (err) {
      // An optional target may lack the key; a value it does not expect is still refused.
      if (target.optional && err instanceof InputError && / not found; /.test(err.message)) {
        notes.push(`${target.path}: ${target.pointer ?? target.property ?? sw.key} not found; skipped (optional)`);
        outcomes.push({ target: name, status: 'skipped', detail: 'setting not found (optional)' });
        continue;
      }
      throw err;
    }
    const lines = plan.occurrences.map((o) => o.line).join(', ');
    if (plan.occurrences.length > 1)
      notes.push(`${target.path}: ${plan.what} is set ${plan.occurrences.length} times (lines ${lines}); every one flipped`);
    if (plan.flipped === 0) {
      outcomes.push({ target: name, status: 'unchanged', detail: `already ${sw.to} (line ${lines})` });
      continue;
    }
    await writeFile(file, plan.text);
    outcomes.push({ target: name, status: 'flipped', detail: `line ${lines}` });
  }
  return { outcomes, notes };
}

/** The app's own command, in a shell at the worktree's root. Its output is not shown unless it fails. */
function runAppCommand(command: string, cwd: string, reporter: Reporter, env: NodeJS.ProcessEnv): Promise<void> {
  reporter.info(`config-pr: running ${command}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, { cwd, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const keep = (chunk: Buffer) => {
      tail.push(...chunk.toString('utf8').split('\n'));
      tail.splice(0, Math.max(0, tail.length - 20));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) =>
      reject(new InputError(`switch command "${command}" could not start (${(err as NodeJS.ErrnoException).code ?? 'error'})`)),
    );
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const last = tail
        .filter((l) => l.trim())
        .slice(-5)
        .join(' | ');
      reject(
        new FailedError(
          `switch command "${command}" exited with ${signal ?? code}${last ? `: ${last}` : ''}; nothing was committed or pushed`,
        ),
      );
    });
  });
}
