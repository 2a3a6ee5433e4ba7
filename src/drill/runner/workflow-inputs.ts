/** A dispatch's inputs checked against the workflow's `inputs:` and typed, as GitHub types them. */
import { InputError } from '../../core/errors.js';
import type { Json } from './expressions.js';
import type { Workflow } from './workflow.js';
import { opt } from '../../core/option-name.js';

/** A dispatch input the workflow does not take, or lacks: bad usage (exit 2). */
export class WorkflowInputError extends InputError {}

/** Typed dispatch inputs: defaults, then --input k=v; booleans and numbers as their types. */
export function resolveInputs(workflow: Workflow, given: Record<string, string>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const name of Object.keys(given)) {
    if (!workflow.inputs[name])
      throw new WorkflowInputError(
        `${opt('input')} ${name}: ${workflow.file} has no input ${name} (it has: ${Object.keys(workflow.inputs).join(', ') || 'none'})`,
      );
  }
  for (const [name, spec] of Object.entries(workflow.inputs)) {
    const raw = given[name] ?? (spec.default === undefined ? undefined : String(spec.default));
    if (raw === undefined) {
      if (spec.required)
        throw new WorkflowInputError(`${opt('input')} ${name}: ${workflow.file} requires input ${name}; give ${opt('input')} ${name}=...`);
      out[name] = spec.type === 'boolean' ? false : '';
      continue;
    }
    if (spec.type === 'boolean') {
      if (raw !== 'true' && raw !== 'false')
        throw new WorkflowInputError(`${opt('input')} ${name}: expected true or false, got ${JSON.stringify(raw)}`);
      out[name] = raw === 'true';
    } else if (spec.type === 'number') {
      if (!Number.isFinite(Number(raw)))
        throw new WorkflowInputError(`${opt('input')} ${name}: expected a number, got ${JSON.stringify(raw)}`);
      out[name] = Number(raw);
    } else if (spec.type === 'choice' && spec.options && !spec.options.map(String).includes(raw)) {
      throw new WorkflowInputError(`${opt('input')} ${name}: expected one of ${spec.options.join(', ')}, got ${JSON.stringify(raw)}`);
    } else {
      out[name] = raw;
    }
  }
  return out;
}
