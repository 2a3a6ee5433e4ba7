/**
 * Plain values to text exactly as the app writes its files,
 * JSON.stringify(data, null, 2), except that a JsonNumber is written as its
 * own digits. For any value without a JsonNumber the output is
 * byte-identical to JSON.stringify(value, null, 2) (tested).
 */
import { JsonNumber, takeJsonNumberSeen } from './json-number.js';
import type { PlainObject } from './plain.js';

const STEP = '  ';

/** JSON.stringify(value, null, 2), starting at the given indentation; undefined where JSON.stringify gives undefined. */
export function stringifyPlain(value: unknown, indent = ''): string | undefined {
  return write(value, '', indent);
}

function write(value: unknown, key: string, indent: string): string | undefined {
  if (value instanceof JsonNumber) return value.text;
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) value = value.valueOf();
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object':
      if (value === null) return 'null';
      if (value instanceof JsonNumber) return value.text;
      return Array.isArray(value) ? writeArray(value, indent) : writeObject(value as Record<string, unknown>, indent);
    default:
      return undefined; // undefined, function, symbol
  }
}

function writeArray(value: readonly unknown[], indent: string): string {
  if (value.length === 0) return '[]';
  const inner = indent + STEP;
  const parts: string[] = [];
  for (let i = 0; i < value.length; i++) parts.push(write(value[i], String(i), inner) ?? 'null');
  return `[\n${inner}${parts.join(`,\n${inner}`)}\n${indent}]`;
}

function writeObject(value: Record<string, unknown>, indent: string): string {
  const inner = indent + STEP;
  const parts: string[] = [];
  for (const k of Object.keys(value)) {
    const v = write(value[k], k, inner);
    if (v !== undefined) parts.push(`${JSON.stringify(k)}: ${v}`);
  }
  if (parts.length === 0) return '{}';
  return `{\n${inner}${parts.join(`,\n${inner}`)}\n${indent}}`;
}

/**
 * A collection file, JSON.stringify(items, null, 2) (plus a final newline
 * when asked), in chunks of about chunkSize characters so a large file is
 * never one string.
 */
export function* collectionFileChunks(
  items: Iterable<PlainObject>,
  options: { trailingNewline?: boolean; chunkSize?: number } = {},
): Generator<string> {
  const chunkSize = options.chunkSize ?? 1 << 20;
  const end = options.trailingNewline ? '\n' : '';
  let buf = '';
  let first = true;
  for (const item of items) {
    buf += `${first ? '[\n' : ',\n'}${STEP}${itemText(item)}`;
    first = false;
    if (buf.length >= chunkSize) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}${first ? '[]' : '\n]'}${end}`;
}

/**
 * One array element at indent 2 (as a collection file holds it). The native JSON.stringify is several times
 * faster than write(); it is used unless the item holds a JsonNumber (which
 * it would quote), re-indented: its output has no raw newline inside a
 * string, so every newline starts a line to indent.
 */
export function itemText(item: PlainObject): string {
  takeJsonNumberSeen();
  const text = JSON.stringify(item, null, 2) as string | undefined;
  if (takeJsonNumberSeen() || text === undefined) return write(item, '', STEP) ?? 'null';
  return text.replace(/\n/g, `\n${STEP}`);
}
