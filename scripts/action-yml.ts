/**
 * action.yml is generated from the options table so the action's inputs can
 * never drift from the CLI's options. `npm run gen:action` rewrites it; a
 * test fails when the committed file differs from what this renders.
 */
import { OPTION_SPECS, type OptionSpec } from '../src/commands/options.js';
import { commandNames } from '../src/commands/registry.js';

/** Outputs any command may set; each command's present() sets its own subset. */
export const ACTION_OUTPUTS: Record<string, string> = {
  ok: 'true when the command succeeded and found no mismatch, else false',
  stage: 'Stage the command ran for',
  region: 'AWS region used',
  tables: 'JSON object: collection -> table',
  'data-dir': 'File database folder',
  path: 'export: folder the export was written to',
  's3-uri': 'export: S3 URI the export was uploaded to',
  items: 'export: JSON object: table -> items exported',
  'duration-seconds': 'Seconds the command took',
  ready: 'status: true when a rollback may start',
  reasons: 'status: JSON array of reasons a rollback should not start',
  'backup-path': 'status and rollback: migration backup folder used',
  'backup-age-days': 'status: age of the migration backup in days',
  pitr: 'status: JSON object: table -> point-in-time recovery state (ENABLED, DISABLED or unknown)',
  arns: 'backup: JSON object: table -> backup ARN',
  strategy: 'rollback: strategy used',
  report: 'rollback and verify: path of the JSON report',
  conflicts: 'rollback: number of merge conflicts settled by the prefer policy',
  counts: 'rollback and verify: JSON object of counts per collection',
  differences: 'verify: number of items missing, extra or changed',
  'snapshot': 'rollback: snapshot folder that undo restores from',
};

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
  for (const [name, spec] of Object.entries(OPTION_SPECS) as [string, OptionSpec][]) {
    if (spec.cliOnly) continue;
    const choices = spec.choices ? ` One of: ${spec.choices.join(', ')}.` : '';
    lines.push(`  ${name}:`);
    lines.push(`    description: ${quote(spec.description + choices)}`);
    lines.push('    required: false');
    lines.push(`    default: ${quote(name === 'token' ? '${{ github.token }}' : spec.default ?? '')}`);
  }
  lines.push('outputs:');
  for (const [name, description] of Object.entries(ACTION_OUTPUTS)) {
    lines.push(`  ${name}:`);
    lines.push(`    description: ${quote(description)}`);
  }
  lines.push('runs:', "  using: 'node24'", "  main: 'dist/index.js'", '');
  return lines.join('\n');
}
