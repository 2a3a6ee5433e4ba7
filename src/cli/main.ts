import { describeError, exitCodeOf } from '../core/errors.js';
import { spellOptions } from '../core/option-name.js';
import { renderMarkdown, renderText } from '../core/summary.js';
import { execute, jsonResult } from '../commands/execute.js';
import { VERSION } from '../version.js';
import { parseArgs } from './args.js';
import { commandHelp, generalHelp } from './help.js';
import { cliReporter } from './reporter.js';

/** Runs the CLI and returns its exit code: 0 done, 1 failed or mismatch, 2 bad usage or input. */
export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  // A message of the work names an option as the flag typed here (--resume).
  return spellOptions('flag', () => runCli(argv, cwd));
}

async function runCli(argv: readonly string[], cwd: string): Promise<number> {
  const reporter = await cliReporter();
  let json = false;
  try {
    const args = parseArgs(argv);
    if (args.kind === 'help') {
      process.stdout.write(`${args.command ? commandHelp(args.command) || generalHelp(VERSION) : generalHelp(VERSION)}\n`);
      return 0;
    }
    if (args.kind === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    json = args.options.json === true;
    const { result, presentation } = await execute(args.command, args.options, reporter, cwd);
    if (json) {
      process.stdout.write(jsonResult(args.command, presentation, result));
    } else {
      process.stdout.write(
        `${args.options.format === 'markdown' ? renderMarkdown(presentation.summary) : renderText(presentation.summary)}\n`,
      );
    }
    return presentation.ok ? 0 : 1;
  } catch (err) {
    const code = exitCodeOf(err);
    const message = oneLine(describeError(err));
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, exitCode: code, error: message })}\n`);
    reporter.error(message);
    return code;
  }
}

/** An error is one line on stderr: a path or value with a line break in it must not split it. */
function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
