/**
 * Random DynamoDB JSON items (wire form) from a seeded generator, so a
 * failure can be replayed: strings made of the characters a byte-level
 * reader of JSON could trip on (quotes, backslashes, brackets, "Items",
 * newlines, multi-byte characters).
 */
import type { WireItem, WireValue } from '../../src/dynamo/wire.js';

/** A small deterministic PRNG, so a failure can be replayed. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NASTY = [
  '',
  '"',
  '\\',
  '\\"',
  '"\\',
  'a\\\\',
  '{',
  '}',
  '[',
  ']',
  '{"Items":[',
  '],"x":',
  ',',
  ':',
  '\n',
  '\u2028',
  '日本',
  '😀',
  '\\u0022',
  'end\\',
];

export function randomString(r: () => number): string {
  let s = '';
  const n = Math.floor(r() * 4);
  for (let i = 0; i < n; i++) s += NASTY[Math.floor(r() * NASTY.length)]!;
  return s;
}

function randomValue(r: () => number, depth: number): WireValue {
  const k = Math.floor(r() * (depth > 2 ? 6 : 9));
  switch (k) {
    case 0:
      return { S: randomString(r) };
    case 1:
      return { N: `${Math.floor(r() * 1e6)}.${Math.floor(r() * 100)}` };
    case 2:
      return { B: Buffer.from(randomString(r)).toString('base64') };
    case 3:
      return { BOOL: r() < 0.5 };
    case 4:
      return { NULL: true };
    case 5:
      return { SS: [randomString(r), `${randomString(r)}x`] };
    case 6:
      return { M: randomItem(r, depth + 1) };
    case 7:
      return { L: [randomValue(r, depth + 1), randomValue(r, depth + 1)] };
    default:
      return { NS: ['1', '-2.5'] };
  }
}

export function randomItem(r: () => number, depth = 0): WireItem {
  const item: WireItem = {};
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) item[randomString(r) || `k${i}`] = randomValue(r, depth);
  return item;
}

/** A Scan answer's body of random items, its keys in a random order; lekId makes the LastEvaluatedKey's id when there is one. */
export function randomScanBody(r: () => number, lekId: () => string): { items: WireItem[]; body: Record<string, unknown> } {
  const items = Array.from({ length: Math.floor(r() * 5) }, () => randomItem(r));
  const lek = r() < 0.5 ? { id: { S: lekId() } } : undefined;
  const parts: [string, unknown][] = [
    ['Count', items.length],
    ['Items', items],
    ['ScannedCount', items.length],
  ];
  if (lek) parts.push(['LastEvaluatedKey', lek]);
  parts.sort(() => r() - 0.5);
  return { items, body: Object.fromEntries(parts) };
}
