/**
 * The app reads each collection file whole, readFileSync(file, 'utf8') then
 * JSON.parse, so a file is only readable while its text fits in one
 * JavaScript string: at most buffer.constants.MAX_STRING_LENGTH UTF-16 code
 * units (about 512 MiB). The rollback refuses to write a file the app could
 * not read, before it writes anything.
 */
import { constants } from 'node:buffer';
import { InputError } from '../core/errors.js';
import { collectionFileChunks } from '../convert/serialize.js';
import type { PlainObject } from '../convert/plain.js';

export const MAX_STRING_LENGTH = constants.MAX_STRING_LENGTH;

export interface PlannedFile {
  collection: string;
  file: string;
  items: readonly PlainObject[];
  trailingNewline: boolean;
}

/**
 * Serialises each planned file once, counting (a second pass beside the
 * write: the exact length is known only from the text, and a refusal must
 * come before the first file is replaced).
 */
export function refuseTooLarge(files: readonly PlannedFile[], limit: number = MAX_STRING_LENGTH): void {
  for (const f of files) {
    let chars = 0;
    let bytes = 0;
    for (const chunk of collectionFileChunks(f.items, { trailingNewline: f.trailingNewline })) {
      chars += chunk.length;
      bytes += Buffer.byteLength(chunk, 'utf8');
    }
    if (chars > limit) {
      throw new InputError(
        `${f.collection}: the rollback would write ${f.file} as ${bytes} bytes (${chars} characters), over Node's limit of ${limit} characters for one string; the app reads each file whole, so it could not read it. Nothing was written. Make the collection smaller in DynamoDB (archive or remove old items) and export again, or change the app to read large files in parts`,
      );
    }
  }
}
