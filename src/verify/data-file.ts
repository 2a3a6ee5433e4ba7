/**
 * Reads a data file as the app will: JSON.parse must accept it (the app's
 * own reader), and a collection file must be an array of objects with ids.
 * The number-keeping parse gives the items to compare. Problems say where,
 * never what.
 */
import { readFile } from 'node:fs/promises';
import { fileItemsOf } from './collection-check.js';
import { type JsonObject, JsonSyntaxError, parseRawJson, type RawJson } from './raw-json.js';

export type DataFileRead = { items: JsonObject[] } | { problem: string };

export async function readDataFile(absPath: string): Promise<DataFileRead> {
  const read = await readJsonFile(absPath);
  return 'problem' in read ? read : fileItemsOf(read.raw);
}

/**
 * Any JSON file the app reads, whatever its shape: what a collection file
 * must be, and all a file the export does not hold (settings and the like,
 * in their own format) must be.
 */
export async function readJsonFile(absPath: string): Promise<{ raw: RawJson } | { problem: string }> {
  let text: string;
  try {
    text = await readFile(absPath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'missing' : `cannot be read (${code ?? 'error'})` };
  }
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
