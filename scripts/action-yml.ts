/**
 * action.yml is generated from the options table so the action's inputs can
 * never drift from the CLI's options. `npm run gen:action` rewrites it; a
 * test fails when the committed file differs from what this renders.
 */
import { flagOf, type OptionName, OPTION_SPECS, type OptionSpec } from '../src/commands/options.js';
import { COMMANDS, commandNames } from '../src/commands/registry.js';

/** Each output once, its description prefixed by the commands that set it. */
export function actionOutputs(): Record<string, string> {
  const byName = new Map<string, string[]>();
  for (const command of Object.values(COMMANDS)) {
    for (const [name, description] of Object.entries(command.outputs)) {
      byName.set(name, [...(byName.get(name) ?? []), `${command.name}: ${description}`]);
    }
  }
  const out: Record<string, string> = { ok: 'true when the command succeeded and found no mismatch, else false' };
  for (const [name, descriptions] of [...byName].sort(([a], [b]) => a.localeCompare(b))) out[name] = descriptions.join('; ');
  return out;
}

/**
 * Each input once, in the table's order, with the entries it is read
 * through: a flag split by meaning (report, base) is one input whose
 * description gives each command's meaning.
 */
export function actionInputs(): Map<string, OptionSpec[]> {
  const inputs = new Map<string, OptionSpec[]>();
  for (const [name, spec] of Object.entries(OPTION_SPECS) as [OptionName, OptionSpec][]) {
    if (spec.cliOnly) continue;
    const input = flagOf(name);
    inputs.set(input, [...(inputs.get(input) ?? []), spec]);
  }
  return inputs;
}

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

export function renderActionYml(): string {
  const lines = [
    '# Generated from src/commands/options.ts by `npm run gen:action`; do not edit by hand.',
    'name: dynamodb-rollback',
    'description: Take an application back from DynamoDB to its file-based JSON database with nothing lost',
    'author: dynamodb-rollback developers',
    'branding:',
    '  icon: rotate-ccw',
    '  color: orange',
    'inputs:',
    '  command:',
    `    description: ${quote(`Command to run: ${commandNames().join(', ')}`)}`,
    '    required: true',
  ];
  for (const [name, specs] of actionInputs()) {
    const choices = specs[0]!.choices ? ` One of: ${specs[0]!.choices.join(', ')}.` : '';
    lines.push(`  ${name}:`);
    lines.push(`    description: ${quote(specs.map((s) => s.description).join(' ') + choices)}`);
    lines.push('    required: false');
    lines.push(
      `    default: ${quote(name === 'token' ? '${{ github.token }}' : (specs.find((s) => s.default !== undefined)?.default ?? ''))}`,
    );
  }
  lines.push('outputs:');
  for (const [name, description] of Object.entries(actionOutputs())) {
    lines.push(`  ${name}:`);
    lines.push(`    description: ${quote(description)}`);
  }
  lines.push('runs:', "  using: 'node24'", "  main: 'dist/index.js'", '');
  return lines.join('\n');
}
