import { optionsOf } from '../commands/execute.js';
import { flagOf, OPTION_SPECS, type OptionSpec } from '../commands/options.js';
import { CATALOG } from '../commands/catalog.js';

export function generalHelp(version: string): string {
  const names = CATALOG;
  const width = Math.max(...names.map((c) => c.name.length));
  return [
    `dynamodb-rollback ${version}: take an application back from DynamoDB to its file database, losing nothing`,
    '',
    'Usage: dynamodb-rollback <command> [--option value ...]',
    '',
    'Commands:',
    ...names.map((c) => `  ${c.name.padEnd(width)}  ${c.description}`),
    '',
    'Run dynamodb-rollback <command> --help for its options.',
    'Exit codes: 0 done, 1 failed or mismatch found, 2 bad usage or bad input.',
  ].join('\n');
}

export function commandHelp(name: string): string {
  const command = CATALOG.find((c) => c.name === name);
  if (!command) return '';
  const opts = optionsOf(command);
  const width = Math.max(...opts.map((o) => flagOf(o).length)) + 2;
  return [
    `Usage: dynamodb-rollback ${name} [--option value ...]`,
    '',
    command.description,
    '',
    'Options:',
    ...opts.map((o) => {
      const spec: OptionSpec = OPTION_SPECS[o];
      const choices = spec.choices ? ` (${spec.choices.join('|')})` : '';
      const def = spec.default !== undefined && spec.type !== 'boolean' ? ` [default: ${spec.default}]` : '';
      return `  --${flagOf(o).padEnd(width)}${spec.description}${choices}${def}`;
    }),
  ].join('\n');
}
