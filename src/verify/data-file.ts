/**
 * Reads a data file as the app will: JSON.parse must accept it (the app's
 * own reader), and a collection file must be an array of objects with ids.
 * The number-keeping parse gives the items to compare. Problems say where,
 * never what.
 */
import { constants } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { fileItemsOf } from './ids.js';
import { type JsonObject, JsonSyntaxError, parseRawJson, type RawJson } from './raw-json.js';

export type DataFileRead = { items: JsonObject[] } | { problem: string };

/**
 * The longest text the app can read: it reads each file whole into one
 * string (readFileSync then JSON.parse), and V8 holds at most this many
 * UTF-16 code units in one. A parameter so tests need not write 512 MiB.
 */
export const MAX_STRING_LENGTH = constants.MAX_STRING_LENGTH;

export async function readDataFile(absPath: string, maxLength: number = MAX_STRING_LENGTH): Promise<DataFileRead> {
  const read = await readJsonFile(absPath, maxLength);
  return 'problem' in read ? read : fileItemsOf(read.raw);
}

/**
 * Any JSON file the app reads, whatever its shape: what a collection file
 * must be, and all a file the export does not hold (settings and the like,
 * in their own format) must be.
 */
export async function readJsonFile(
  absPath: string,
  maxLength: number = MAX_STRING_LENGTH,
): Promise<{ raw: RawJson } | { problem: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Over 2 GiB Node will not even read the file into a buffer.
    if (code === 'ERR_FS_FILE_TOO_LARGE') return { problem: tooLarge((await stat(absPath)).size, maxLength) };
    return { problem: code === 'ENOENT' ? 'missing' : `cannot be read (${code ?? 'error'})` };
  }
  let text: string;
  try {
    text = bytes.toString('utf8');
  } catch (err) {
    // V8 refuses the string itself (ERR_STRING_TOO_LONG): exactly what the app would hit.
    if ((err as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') return { problem: tooLarge(bytes.length, maxLength) };
    throw err;
  }
  if (text.length > maxLength) return { problem: tooLarge(bytes.length, maxLength) };
  let raw: RawJson;
  try {
    raw = parseRawJson(text);
  } catch (err) {
    if (err instanceof JsonSyntaxError) return { problem: `not valid JSON (${err.message})` };
    throw err;
  }
  try {
    JSON.parse(text);
  } catch {
    // JSON.parse's own message quotes the text; ours must not.
    return { problem: 'not valid JSON for JSON.parse' };
  }
  return { raw };
}

function tooLarge(bytes: number, maxLength: number): string {
  return `too large to read (${bytes} bytes; Node's limit is ${maxLength} characters in one string, and the app reads the file whole)`;
}
