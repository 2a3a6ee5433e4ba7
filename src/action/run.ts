import * as core from '@actions/core';
import { describeError, exitCodeOf } from '../core/errors.js';
import { spellOptions } from '../core/option-name.js';
import { execute } from '../commands/execute.js';
import { readInputs } from './inputs.js';
import { actionsReporter } from './reporter.js';
import { writeJobSummary } from './summary.js';

export interface RunDeps {
  execute: typeof execute;
}

/**
 * The action: read inputs once, run the command, set outputs, write the job
 * summary. Fails the step exactly once, whatever was thrown.
 */
export async function run(deps: RunDeps = { execute }): Promise<void> {
  // The action's users set inputs: a message of the work names an option as `input name`, not as a flag.
  await spellOptions('input', () => runSteps(deps));
}

async function runSteps(deps: RunDeps): Promise<void> {
  try {
    const inputs = readInputs();
    const { presentation } = await deps.execute(inputs.command, inputs.options, actionsReporter());
    for (const [name, value] of Object.entries(presentation.outputs)) core.setOutput(name, value);
    core.setOutput('ok', String(presentation.ok));
    await writeJobSummary(presentation.summary, presentation.ok);
    if (!presentation.ok) core.setFailed(`${inputs.command}: ${presentation.summary.headline}`);
  } catch (err) {
    core.setFailed(describeError(err));
    process.exitCode = exitCodeOf(err);
  }
}
