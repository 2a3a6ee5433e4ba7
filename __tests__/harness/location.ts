import { type Location, parseLocation } from '../../src/core/location.js';

/** A folder or s3:// URI as the work receives it: parsed as commands/ parses an option (a folder against this process's cwd). */
export function asLocation(text: string): Location {
  return parseLocation(text, 'from', process.cwd());
}
