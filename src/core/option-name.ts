/**
 * How a message names an option. The work writes opt('resume') and gets
 * the spelling of whoever runs it: `--resume` on the command line (also
 * when no front end says, so the work's own tests read the flags), `input
 * resume` in the action, whose users set inputs and never type a flag.
 * The front end sets the spelling for its run (spellOptions); the spelling
 * is read when the message is made, so every path a message takes (an
 * error, a reporter line, a summary, an output) already holds it and none
 * has to render anything. An option is named by what the user types: its
 * flag, which is also its action input (commands/options.ts, whose Flag
 * type checks every name given here).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** Filled by commands/options.ts with every flag: a name that is no option does not compile. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OptionFlags {}

export type OptionFlag = keyof OptionFlags;

/** How one front end writes an option's name. */
export type OptionSpelling = 'flag' | 'input';

/**
 * The spelling of the run that is alone in the process (the CLI's, the
 * action's): a plain variable. AsyncLocalStorage turns on promise hooks on
 * Node 20, which every promise of the run then pays for (a few percent of a
 * large verify), so it is made only for a run that starts while another is
 * going on (the drill running the action inside the CLI, tests).
 */
let alone: OptionSpelling | undefined;
let nested: AsyncLocalStorage<OptionSpelling> | undefined;

export function spellOption(name: string, spelling: OptionSpelling): string {
  return spelling === 'flag' ? `--${name}` : `input ${name}`;
}

/** The option as the caller of the run spells it: --name (the CLI, the default) or input name (the action). */
export function opt(name: OptionFlag): string {
  return spellOption(name, currentSpelling());
}

/** The spelling of the run this is called in: what a worker thread is handed, so its messages read as the caller's. */
export function currentSpelling(): OptionSpelling {
  return nested?.getStore() ?? alone ?? 'flag';
}

/** Runs fn with messages naming options as this front end's users write them. */
export function spellOptions<T>(spelling: OptionSpelling, fn: () => T): T {
  if (alone !== undefined || nested !== undefined) {
    nested ??= new AsyncLocalStorage<OptionSpelling>();
    return nested.run(spelling, fn);
  }
  alone = spelling;
  const end = () => {
    alone = undefined;
  };
  let result: T;
  try {
    result = fn();
  } catch (err) {
    end();
    throw err;
  }
  if (result instanceof Promise) return result.finally(end) as T;
  end();
  return result;
}
