/**
 * One Scan page read for its items (status's comparison, verify --live's
 * digest), kept as the text of its Items array, to be parsed once, by one
 * JSON.parse, when its consumer takes it (status/table-scan.ts,
 * verify/live-scan.ts). The export needs each item's bytes apart (a data file
 * holds one item a line), so it walks every byte of a page
 * (export-format/raw-scan.ts's splitScanBody); these only need the items
 * parsed, so it finds where the array starts and ends and leaves the rest
 * to JSON.parse: the walk was a third of the scan's time.
 *
 * The array's bounds are found from its key and from the end of the body,
 * and taken only when they are provably the top-level "Items" value (see
 * itemsArray); any other body is split as the export splits it, and one
 * that is not a Scan answer at all is read by the SDK.
 */
import type { ScanCommandInput } from '@aws-sdk/client-dynamodb';
import type { DynamoClient } from '../clients/dynamodb.js';
import { FailedError } from '../core/errors.js';
import { type SdkItem, toWire, type WireItem } from '../dynamo/wire.js';
import { arrayObjects, sendScan, splitScanBody, type Taken } from '../export-format/raw-scan.js';

export interface ItemsPage {
  /** The page's Count, when it gives one. */
  count: number | undefined;
  /** A JSON array of the page's items in DynamoDB JSON: the service's own bytes (or, from a body the SDK read, its items again). */
  items: Buffer;
  lastEvaluatedKey?: SdkItem;
}

const KEY = Buffer.from('"Items":[');
const NAME = Buffer.from('"Items"');
const EMPTY = Buffer.from('[]');
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
/** Closing brackets tried from the end of the body: what follows the array (LastEvaluatedKey, ScannedCount) holds none of its own but in a string. */
const TRIES = 4;

export async function scanItemsPage(client: DynamoClient, input: ScanCommandInput, resource: string): Promise<ItemsPage> {
  // A fresh body buffer per page: the array's bytes wait in the queue as a view of it.
  const { out, kept } = await sendScan(client, input, resource, {}, (body) => itemsArray(body) ?? splitItems(body));
  return {
    count: out.Count,
    items: kept ?? Buffer.from(JSON.stringify((out.Items ?? []).map(toWire))),
    ...(out.LastEvaluatedKey ? { lastEvaluatedKey: out.LastEvaluatedKey } : {}),
  };
}

const garbled = (resource: string) =>
  new FailedError(`scan of ${resource}: the page's items are not valid JSON; the endpoint is not DynamoDB or the answer was garbled`);

/** The page's items, parsed; a page whose Count disagrees with them is never passed on. */
export function pageItems(page: ItemsPage, resource: string): WireItem[] {
  let items: unknown;
  try {
    items = JSON.parse(page.items.toString('utf8'));
  } catch {
    throw garbled(resource);
  }
  if (!Array.isArray(items)) throw new FailedError(`scan of ${resource}: the page's Items is not a list`);
  if (page.count !== undefined && page.count !== items.length) {
    throw new FailedError(`scan of ${resource}: page reports ${page.count} items but holds ${items.length}`);
  }
  return items as WireItem[];
}

/**
 * Where each of the page's items begins and ends in page.items, for a
 * reader that takes them one by one (verify's live digest); null when the
 * page does not split into as many objects as its Count says: read it with
 * pageItems then, which says what is wrong.
 */
export function pageBounds(page: ItemsPage): [number, number][] | null {
  const bounds = arrayObjects(page.items);
  return bounds === null || (page.count !== undefined && page.count !== bounds.length) ? null : bounds;
}

/** One item's text from a page pageBounds split, parsed: an error is the page's, as pageItems says it. */
export function pageItem(text: string, resource: string): WireItem {
  try {
    return JSON.parse(text) as WireItem;
  } catch {
    throw garbled(resource);
  }
}

/**
 * The bytes of the body's top-level "Items" array, and the body with it
 * emptied (for the SDK), without reading the items; null when that cannot
 * be proven so. It is the top-level value when the emptied body is a JSON
 * object with a top-level Items, holding the text "Items" only where the
 * array was found and no backslash (so no key is written with escapes):
 * its top-level Items can then only be the emptied array. Once the array's
 * bytes parse as one JSON value (pageItems), the body is that object with
 * this array as its Items; bounds that are not the array's hold more or
 * less than one JSON value (trailing text, or brackets left open), and
 * pageItems refuses them, so a wrong guess fails the scan, never passes
 * on wrong items. Pure.
 */
export function itemsArray(body: Buffer): Taken<Buffer> | null {
  const at = body.indexOf(KEY);
  if (at === -1 || body.indexOf(NAME) !== at) return null;
  const start = at + KEY.length - 1;
  let end = body.length;
  for (let t = 0; t < TRIES; t++) {
    end = body.lastIndexOf(CLOSE_BRACKET, end - 1);
    if (end <= start) return null;
    const rest = Buffer.concat([body.subarray(0, start), EMPTY, body.subarray(end + 1)]);
    if (rest.indexOf(BACKSLASH) !== -1 || rest.indexOf(NAME, at + 1) !== -1) return null;
    if (emptiedAnswer(rest)) return { kept: body.subarray(start, end + 1), rest };
  }
  return null;
}

/** The emptied body is a JSON object with a top-level Items list (given the checks before, the emptied one). */
function emptiedAnswer(rest: Buffer): boolean {
  try {
    const o = JSON.parse(rest.toString('utf8')) as unknown;
    return typeof o === 'object' && o !== null && Array.isArray((o as { Items?: unknown }).Items);
  } catch {
    return false;
  }
}

/** As the export splits a body (every byte walked), its items joined again into one array; null when it is no Scan answer. */
function splitItems(body: Buffer): Taken<Buffer> | null {
  const split = splitScanBody(body);
  if (!split) return null;
  const parts: Buffer[] = [Buffer.from('[')];
  for (const [i, [s, e]] of split.items.entries()) {
    if (i > 0) parts.push(Buffer.from(','));
    parts.push(body.subarray(s, e));
  }
  parts.push(Buffer.from(']'));
  return { kept: Buffer.concat(parts), rest: split.rest };
}
