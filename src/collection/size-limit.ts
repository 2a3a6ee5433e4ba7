/**
 * The app reads each collection file whole, readFileSync(file, 'utf8') then
 * JSON.parse, so a file is only readable while its text fits in one
 * JavaScript string: at most buffer.constants.MAX_STRING_LENGTH UTF-16 code
 * units (about 512 MiB). The rollback refuses to write a file the app could
 * not read, before it writes anything.
 */
import { constants } from 'node:buffer';
import type { PlainObject } from '../convert/plain.js';
import { InputError } from '../core/errors.js';
import { BaseIndex } from '../merge/side.js';
import { type PlannedContent, plannedFileSize } from './planned-file.js';

export const MAX_STRING_LENGTH = constants.MAX_STRING_LENGTH;

export type PlannedFile = {
  collection: string;
  file: string;
  trailingNewline: boolean;
} & ({ items: readonly PlainObject[] } | Pick<PlannedContent, 'entries' | 'base'>);

/**
 * Sizes each planned file before the first is replaced: base versions the
 * file holds in the written form by their recorded length, anything else
 * by serialising it (the exact length is known only from the text).
 */
export function refuseTooLarge(files: readonly PlannedFile[], limit: number = MAX_STRING_LENGTH): void {
  for (const f of files) {
    const content = 'items' in f ? { entries: f.items, base: new BaseIndex([], f.file), trailingNewline: f.trailingNewline } : f;
    const { chars, bytes } = plannedFileSize(content);
    if (chars > limit) {
      throw new InputError(
        `${f.collection}: the rollback would write ${f.file} as ${bytes} bytes (${chars} characters), over Node's limit of ${limit} characters for one string; the app reads each file whole, so it could not read it. Nothing was written. Make the collection smaller in DynamoDB (archive or remove old items) and export again, or change the app to read large files in parts`,
      );
    }
  }
}
