import { LineCounter, parseDocument } from 'yaml';
import { InputError } from '../core/errors.js';
import { describeIssue } from './describe-issue.js';
import { type ConfigFile, configSchema } from './schema.js';

/** Aliases (*name) a config file may expand; far more than a config needs. */
const MAX_ALIASES = 100;

/** Parses and validates YAML text; errors name the file and the field. */
export function parseConfigText(text: string, fileName: string): ConfigFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = first.linePos?.[0];
    const where = line ? ` at line ${line.line}, column ${line.col}` : '';
    throw new InputError(
      `config ${fileName}: not valid YAML${where}: ${first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  }
  const warning = doc.warnings[0];
  if (warning) {
    // A tag the YAML core schema does not know (!secret, !include...) would be read as plain text: say so rather than guess.
    const line = warning.linePos?.[0];
    const where = line ? ` at line ${line.line}, column ${line.col}` : '';
    throw new InputError(
      `config ${fileName}: not plain YAML${where}: ${warning.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}; remove the tag`,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
  } catch {
    // The yaml package throws (a ReferenceError) when aliases expand beyond the count: a "billion laughs" file.
    throw new InputError(`config ${fileName}: not valid YAML: its aliases expand too far (more than ${MAX_ALIASES}); write the values out`);
  }
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) throw new InputError(`config ${fileName}: ${describeIssue(parsed.error.issues[0]!, data)}`);
  return parsed.data;
}
