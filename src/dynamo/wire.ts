/**
 * DynamoDB JSON ("wire form"): AttributeValue maps as DynamoDB's own export
 * writes them, with B and BS as base64 strings. This is the item form in our
 * export files and the form the export reader yields. The SDK's form differs
 * only in B/BS (Uint8Array); toWire/fromWire convert between them.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

export type WireValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { BOOL: boolean }
  | { NULL: true }
  | { M: WireItem }
  | { L: WireValue[] };

export type WireItem = { [name: string]: WireValue };

export type SdkItem = Record<string, AttributeValue>;

export function toWireValue(v: AttributeValue): WireValue {
  if (v.S !== undefined) return { S: v.S };
  if (v.N !== undefined) return { N: v.N };
  if (v.B !== undefined) return { B: Buffer.from(v.B).toString('base64') };
  if (v.SS !== undefined) return { SS: v.SS };
  if (v.NS !== undefined) return { NS: v.NS };
  if (v.BS !== undefined) return { BS: v.BS.map((b) => Buffer.from(b).toString('base64')) };
  if (v.BOOL !== undefined) return { BOOL: v.BOOL };
  if (v.NULL !== undefined) return { NULL: true };
  if (v.M !== undefined) return { M: toWire(v.M) };
  if (v.L !== undefined) return { L: v.L.map(toWireValue) };
  throw new Error(`unsupported AttributeValue with keys ${Object.keys(v).join(',')}`);
}

export function toWire(item: SdkItem): WireItem {
  const out: WireItem = {};
  for (const [k, v] of Object.entries(item)) out[k] = toWireValue(v);
  return out;
}

export function fromWireValue(v: WireValue): AttributeValue {
  if ('B' in v) return { B: Buffer.from(v.B, 'base64') };
  if ('BS' in v) return { BS: v.BS.map((b) => Buffer.from(b, 'base64')) };
  if ('M' in v) return { M: fromWire(v.M) };
  if ('L' in v) return { L: v.L.map(fromWireValue) };
  return v as AttributeValue;
}

export function fromWire(item: WireItem): SdkItem {
  const out: SdkItem = {};
  for (const [k, v] of Object.entries(item)) out[k] = fromWireValue(v);
  return out;
}
