/**
 * The dispatch form's stage as a choice of the stages init found, not free
 * text: a mistyped stage would name an environment nobody set up (GitHub
 * creates it, unprotected). Only on.workflow_dispatch.inputs.stage changes
 * (workflow_call takes no choice), in place, so every comment and every
 * other line of the workflow stays as it is.
 */
import { isMap, isScalar, parseDocument } from 'yaml';

export const STAGE_NAME = /^[A-Za-z0-9._-]+$/;

export function stageChoice(text: string, stages: readonly string[], file: string): string {
  if (stages.length === 0) throw new Error('internal: stageChoice needs a stage');
  for (const s of stages) if (!STAGE_NAME.test(s)) throw new Error(`internal: ${s} is not a stage name`);
  const doc = parseDocument(text);
  const node = doc.getIn(['on', 'workflow_dispatch', 'inputs', 'stage'], true);
  if (!isMap(node) || !node.range) return text;
  const type = node.get('type', true);
  const dflt = node.get('default', true);
  if (!isScalar(type) || type.value !== 'string' || !type.range)
    throw new Error(`internal: ${file}: the dispatch input stage is not type: string`);
  const [start] = node.range;
  const indent = ' '.repeat(start - text.lastIndexOf('\n', start - 1) - 1);
  const edits: Array<{ from: number; to: number; text: string }> = [
    { from: type.range[0], to: type.range[1], text: `choice\n${indent}options: [${stages.join(', ')}]` },
  ];
  if (isScalar(dflt) && dflt.range) edits.push({ from: dflt.range[0], to: dflt.range[1], text: stages[0]! });
  let out = text;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
