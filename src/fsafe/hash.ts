import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** sha256 (hex) of a stream's bytes. */
export async function sha256Stream(body: AsyncIterable<unknown>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of body) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** sha256 (hex) of a file's bytes, streamed. */
export function sha256File(file: string): Promise<string> {
  return sha256Stream(createReadStream(file));
}
