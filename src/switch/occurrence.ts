/**
 * What every editor in this folder finds: where a setting's value sits in a
 * file's text, and how a new value is written there. Flipping splices new
 * characters over exactly those offsets, so everything else in the file
 * (comments, quotes, indentation, line endings, a BOM) stays byte for byte.
 */
import { InputError } from '../core/errors.js';

export interface Occurrence {
  /** Offsets in the text of the value's characters, quotes excluded. */
  start: number;
  end: number;
  /** The value as the file's format reads it (escapes decoded). */
  value: string;
  /** 1-based line, for messages. */
  line: number;
  /** The characters that write `value` at this place (escaped for its quotes); throws when it cannot be written there. */
  encode(value: string): string;
}

export const BOM = '\uFEFF';

/** Parsers that choke on a BOM get the text without it; their offsets are shifted back by this much. */
export function withoutBom(text: string): { body: string; shift: number } {
  return text.startsWith(BOM) ? { body: text.slice(1), shift: 1 } : { body: text, shift: 0 };
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export interface FlipPlan {
  /** The file's new text; equal to the old when every value already was `to`. */
  text: string;
  occurrences: Array<Pick<Occurrence, 'line' | 'value'>>;
  /** How many values were `from` and now are `to`. */
  flipped: number;
}

/**
 * Flips every occurrence from `from` to `to`. Refuses (exit 2) a file where
 * none is found, or any value that is neither: the tool never flips what it
 * does not expect.
 */
export function flip(text: string, found: Occurrence[], sw: { from: string; to: string }, where: string, what: string): FlipPlan {
  if (found.length === 0) throw new InputError(`${where}: ${what} not found; check the target in the config (or mark it optional: true)`);
  const unexpected = found.find((o) => o.value !== sw.from && o.value !== sw.to);
  if (unexpected) {
    throw new InputError(
      `${where}:${unexpected.line}: ${what} is ${JSON.stringify(unexpected.value)}, neither ${JSON.stringify(sw.from)} nor ${JSON.stringify(sw.to)}; refusing to flip a value the config does not expect`,
    );
  }
  let out = text;
  let flipped = 0;
  // Back to front, so earlier offsets stay valid.
  for (const o of [...found].sort((a, b) => b.start - a.start)) {
    if (o.value !== sw.from) continue;
    out = out.slice(0, o.start) + o.encode(sw.to) + out.slice(o.end);
    flipped++;
  }
  return { text: out, occurrences: found.map((o) => ({ line: o.line, value: o.value })), flipped };
}

/** Escapes for a quoted string in JS or JSON-like syntax. */
export function escapeFor(quote: string, value: string): string {
  let s = value.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r');
  if (quote) s = s.replaceAll(quote, `\\${quote}`);
  if (quote === '`') s = s.replaceAll('${', '\\${');
  return s;
}
