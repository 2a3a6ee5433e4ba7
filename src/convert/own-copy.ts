/**
 * A copy of s that holds no reference to the text it was cut from. V8 makes
 * a slice of 13 characters or more a view of its parent, so a piece of a
 * 1 MiB chunk of a collection file kept past the chunk keeps the whole
 * chunk alive: ids so kept made a rollback of 300,000 items with the app's
 * 23-character ids hold its backup file's whole text (471 MB of RSS against
 * 256 MB with copies; the base's keys are now copied as bytes,
 * merge/key-table.ts). JSON.parse makes a new flat string, exact for any
 * text (a lone surrogate goes through as an escape); a concatenation
 * sliced would be a copy too, but a view of it, 32 bytes more.
 */
export function ownCopy(s: string): string {
  // Shorter slices are copies already.
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
