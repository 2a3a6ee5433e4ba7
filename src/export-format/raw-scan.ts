/**
 * One Scan page, with its items kept as the JSON text DynamoDB sent.
 *
 * DynamoDB's Scan response already holds each item in DynamoDB JSON, the
 * form our data files store. Parsing a 1 MB page into objects (and
 * serializing them back) is most of an export's CPU and memory, so the
 * response body is split textually instead: each element of the top-level
 * "Items" array is copied verbatim, and the SDK deserializes only the rest
 * (Count, LastEvaluatedKey). Copying the service's own text is lossless by
 * construction. If the body does not have the expected shape, the SDK's
 * parsed items are serialized instead.
 */
import { Readable } from 'node:stream';
import { ScanCommand, type ScanCommandInput, type ScanCommandOutput } from '@aws-sdk/client-dynamodb';
import type { DynamoClient } from '../clients/dynamodb.js';
import { ServiceInputError, whereOf } from '../clients/errors.js';
import { FailedError } from '../core/errors.js';
import type { SdkItem } from '../dynamo/wire.js';
import { itemLines } from './item-line.js';
import { opt } from '../core/option-name.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const LF = 0x0a;
const CR = 0x0d;

// Works on the UTF-8 bytes: every byte of a multi-byte character is >= 0x80,
// so the ASCII structure of JSON can be found without decoding it.

function isWs(c: number | undefined): boolean {
  return c === 0x20 || c === LF || c === CR || c === 0x09;
}

function skipWs(buf: Uint8Array, i: number): number {
  while (i < buf.length && isWs(buf[i])) i++;
  return i;
}

/** Index just past the JSON string whose opening quote is at i. */
function skipString(buf: Buffer, i: number): number {
  let from = i + 1;
  for (;;) {
    const q = buf.indexOf(QUOTE, from);
    if (q === -1) throw new SyntaxError('unterminated string');
    let backslashes = 0;
    for (let k = q - 1; k > i && buf[k] === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/** Index just past the JSON value starting at i. */
function skipValue(buf: Buffer, i: number): number {
  const c = buf[i];
  if (c === QUOTE) return skipString(buf, i);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    let depth = 0;
    let j = i;
    while (j < buf.length) {
      const d = buf[j];
      if (d === QUOTE) {
        j = skipString(buf, j);
        continue;
      }
      if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    throw new SyntaxError('unterminated object or array');
  }
  let j = i;
  while (j < buf.length) {
    const d = buf[j];
    if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isWs(d)) break;
    j++;
  }
  if (j === i) throw new SyntaxError(`unexpected byte at ${i}`);
  return j;
}

/** The array of objects whose "[" is at i: each element's [start, end), and where the array ends; null when it is not one. */
function objectsAt(buf: Buffer, i: number): { items: [number, number][]; end: number } | null {
  if (buf[i] !== OPEN_BRACKET) return null;
  const items: [number, number][] = [];
  let j = skipWs(buf, i + 1);
  if (buf[j] === CLOSE_BRACKET) return { items, end: j + 1 };
  for (;;) {
    if (buf[j] !== OPEN_BRACE) return null;
    const end = skipValue(buf, j);
    items.push([j, end]);
    j = skipWs(buf, end);
    if (buf[j] === CLOSE_BRACKET) return { items, end: j + 1 };
    if (buf[j] !== COMMA) return null;
    j = skipWs(buf, j + 1);
  }
}

/**
 * The [start, end) of each element of a JSON array of objects that is the
 * whole of buf (whitespace around it allowed); null when buf is not one
 * such array by its brackets, commas and strings. The elements themselves
 * are not checked: the caller parses each. Pure.
 */
export function arrayObjects(buf: Buffer): [number, number][] | null {
  try {
    const array = objectsAt(buf, skipWs(buf, 0));
    return array && skipWs(buf, array.end) === buf.length ? array.items : null;
  } catch {
    return null;
  }
}

const ITEMS_KEY = Buffer.from('"Items"');

export interface SplitBody {
  /** [start, end) byte offsets of each Items element (an object) in the body. */
  items: [number, number][];
  /** The body with "Items" emptied, for the SDK to deserialize. */
  rest: Buffer;
}

/** Splits a Scan response body; null when it is not an object with an "Items" array of objects. Pure. */
export function splitScanBody(buf: Buffer): SplitBody | null {
  try {
    let i = skipWs(buf, 0);
    if (buf[i] !== OPEN_BRACE) return null;
    i = skipWs(buf, i + 1);
    let found: { start: number; end: number; items: [number, number][] } | null = null;
    while (buf[i] !== CLOSE_BRACE) {
      if (buf[i] !== QUOTE) return null;
      const keyEnd = skipString(buf, i);
      const isItems = keyEnd - i === ITEMS_KEY.length && buf.subarray(i, keyEnd).equals(ITEMS_KEY);
      i = skipWs(buf, keyEnd);
      if (buf[i] !== COLON) return null;
      i = skipWs(buf, i + 1);
      if (isItems) {
        const array = objectsAt(buf, i);
        if (!array) return null;
        found = { start: i, end: array.end, items: array.items };
        i = array.end;
      } else {
        i = skipValue(buf, i);
      }
      i = skipWs(buf, i);
      if (buf[i] === COMMA) i = skipWs(buf, i + 1);
      else if (buf[i] !== CLOSE_BRACE) return null;
    }
    if (!found) return null;
    return { items: found.items, rest: Buffer.concat([buf.subarray(0, found.start), Buffer.from('[]'), buf.subarray(found.end)]) };
  } catch {
    return null;
  }
}

const PREFIX = Buffer.from('{"Item":');
const SUFFIX = Buffer.from('}\n');

/** A reusable buffer: scan bodies and data lines are copied into one per segment rather than a fresh one per page. */
export interface Scratch {
  buffer?: Buffer;
}

function scratchBuffer(scratch: Scratch | undefined, size: number): Buffer {
  if (!scratch) return Buffer.allocUnsafe(size);
  if (!scratch.buffer || scratch.buffer.length < size) scratch.buffer = Buffer.allocUnsafe(Math.max(size, 64 * 1024));
  return scratch.buffer;
}

/**
 * Data-file lines from the items' own bytes, in one buffer (scratch's when
 * given). JSON strings cannot hold raw newlines, so any newline inside an
 * item is whitespace and is dropped to keep one item per line.
 */
export function rawItemLines(buf: Buffer, items: readonly [number, number][], scratch?: Scratch): Buffer {
  let size = 0;
  for (const [s, e] of items) size += e - s + PREFIX.length + SUFFIX.length;
  const out = scratchBuffer(scratch, size);
  let o = 0;
  for (const [s, e] of items) {
    o += PREFIX.copy(out, o);
    const item = buf.subarray(s, e);
    if (item.indexOf(LF) === -1 && item.indexOf(CR) === -1) o += item.copy(out, o);
    else for (const b of item) if (b !== LF && b !== CR) out[o++] = b;
    o += SUFFIX.copy(out, o);
  }
  return out.subarray(0, o);
}

export interface ScanPage {
  count: number;
  /** The page's data-file lines. */
  lines: Buffer;
  /** true when the lines are the service's own item text (the fast path). */
  verbatim: boolean;
  lastEvaluatedKey?: SdkItem;
}

interface RawResult {
  response: unknown;
}

interface RawResponse {
  statusCode?: number;
  headers?: Record<string, string | undefined>;
  body?: unknown;
}

/** A body that does not match its length was cut or garbled in transit: retried like a dropped connection. */
function truncated(message: string): Error {
  return Object.assign(new Error(message), { name: 'TruncatedBody' });
}

async function collect(body: unknown, contentLength: number, scratch: Scratch): Promise<Buffer> {
  if (!(contentLength > 0)) {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
  }
  const target = scratchBuffer(scratch, contentLength);
  let n = 0;
  for await (const chunk of body as AsyncIterable<Buffer | string>) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (n + b.length > target.length) throw truncated(`response body longer than its content-length ${contentLength}`);
    n += b.copy(target, n);
  }
  if (n !== contentLength) throw truncated(`response body of ${n} bytes, content-length ${contentLength}`);
  return target.subarray(0, n);
}

export interface PageScratch {
  /** For the response body: free again as soon as scanPage returns. */
  body: Scratch;
  /** For the page's lines: the caller must not reuse it until the lines are written. */
  lines?: Scratch;
}

/** What a body taker keeps of one Scan response, and what the SDK deserializes instead of the whole body. */
export interface Taken<T> {
  kept: T;
  rest: Buffer;
}

/**
 * One Scan through the client (its retries and classifier), each attempt's
 * response body handed to take before the SDK sees it: what take keeps of
 * the last attempt is returned with the SDK's output; null (a body take
 * declines, or none was seen) leaves the whole body to the SDK.
 */
export async function sendScan<T>(
  client: DynamoClient,
  input: ScanCommandInput,
  resource: string,
  bodyScratch: Scratch,
  take: (body: Buffer) => Taken<T> | null,
): Promise<{ out: ScanCommandOutput; kept: T | null }> {
  let kept = null as T | null;
  const out = await client.call({ operation: 'Scan', resource }, (sdk) => {
    // A fresh command per attempt: its middleware captures that attempt's body.
    const command = new ScanCommand(input);
    kept = null;
    // Runs between the HTTP handler and the SDK's deserializer, on this command only.
    command.middlewareStack.addRelativeTo(
      ((next: (args: unknown) => Promise<RawResult>) => async (args: unknown) => {
        const result = await next(args);
        const response = result.response as RawResponse;
        if (response?.statusCode !== 200 || !response.body) return result;
        const body = await collect(response.body, Number(response.headers?.['content-length']), bodyScratch);
        const taken = take(body);
        kept = taken ? taken.kept : null;
        // The SDK gets its own copy: the scratch buffer is reused by the next page.
        response.body = Readable.from([taken ? taken.rest : Buffer.from(body)]);
        return result;
      }) as unknown as Parameters<typeof command.middlewareStack.addRelativeTo>[0],
      { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'rawScanItems' },
    );
    return sdk.send(command);
  });
  return { out, kept };
}

/** One Scan page through the client (its retries and classifier); `resource` names the table and segment in messages. */
export async function scanPage(
  client: DynamoClient,
  input: ScanCommandInput,
  resource: string,
  scratch: PageScratch = { body: {} },
): Promise<ScanPage> {
  const { out, kept: verbatim } = await sendScan(client, input, resource, scratch.body, (body) => {
    const split = splitScanBody(body);
    return split ? { kept: { body, items: split.items }, rest: split.rest } : null;
  });
  const count = verbatim ? verbatim.items.length : (out.Items?.length ?? 0);
  // Scan has no unprocessed items, but a page whose count disagrees must never pass silently.
  // DynamoDB always sends Count: an answer without one (`{}`) would otherwise end the segment as if it were empty.
  if (out.Count === undefined) {
    throw new ServiceInputError(
      `${whereOf(client.scope)} answered Scan on ${resource} without a Count, which DynamoDB always sends; check ${opt('endpoint')}`,
      'not-the-service',
      'no Count',
    );
  }
  if (out.Count !== undefined && out.Count !== count) {
    throw new FailedError(`scan of ${resource}: page reports ${out.Count} items but holds ${count}`);
  }
  return {
    count,
    lines: verbatim ? rawItemLines(verbatim.body, verbatim.items, scratch.lines) : Buffer.from(itemLines(out.Items ?? [])),
    verbatim: verbatim !== null,
    ...(out.LastEvaluatedKey ? { lastEvaluatedKey: out.LastEvaluatedKey } : {}),
  };
}
