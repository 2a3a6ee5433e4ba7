/**
 * The data-file line for one item: {"Item": <wire form>} and a newline, as
 * DynamoDB's own export writes it. Pure.
 */
import { type SdkItem, toWire } from '../dynamo/wire.js';

export function itemLine(item: SdkItem): string {
  return `{"Item":${JSON.stringify(toWire(item))}}\n`;
}

export function itemLines(items: readonly SdkItem[]): string {
  let text = '';
  for (const item of items) text += itemLine(item);
  return text;
}
