/** Bench items: about 300 bytes each (DynamoDB's item size), with nested maps, lists, sets and numbers. */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

export function benchItem(i: number): Record<string, AttributeValue> {
  // The app's ids (database.js generateId: Date.now() and nine random base-36 characters, 23 in all), made from i, unique.
  const id = `${1_700_000_000_000 + i * 7}-${((i * 2_654_435_761) >>> 0).toString(36).padStart(9, '0')}`;
  return {
    id: { S: id },
    title: { S: `Lightning talk night #${i % 997}` },
    createdAt: { S: new Date(1_700_000_000_000 + i * 60_000).toISOString() },
    capacity: { N: String(20 + (i % 180)) },
    price: { N: `${i % 50}.${String(i % 100).padStart(2, '0')}` },
    tags: { SS: ['community', `t${i % 13}`, `lang-${i % 5}`] },
    venue: {
      M: {
        name: { S: `Hall ${i % 31}` },
        geo: { M: { lat: { N: `35.${(i * 7919) % 100000}` }, lng: { N: `139.${(i * 104729) % 100000}` } } },
        floors: { L: [{ N: '1' }, { N: String(2 + (i % 3)) }] },
      },
    },
    summary: { S: `Five-minute talks, open mic, drinks after; room ${i % 41}` },
    published: { BOOL: i % 4 !== 0 },
    speakers: { L: [{ M: { name: { S: `Speaker ${i % 211}` }, minutes: { N: '5' } } }] },
  };
}

/** DynamoDB's size of an item (its documented sizing rules, approximately): names plus values, with the small overheads of numbers, maps and lists. */
export function dynamoSize(item: Record<string, AttributeValue>): number {
  const value = (v: AttributeValue): number => {
    if (v.S !== undefined) return Buffer.byteLength(v.S);
    if (v.N !== undefined) return Math.ceil(v.N.replace(/[-.]/g, '').length / 2) + 1;
    if (v.B !== undefined) return v.B.length;
    if (v.SS) return v.SS.reduce((n, s) => n + Buffer.byteLength(s), 0);
    if (v.NS) return v.NS.reduce((n, s) => n + Math.ceil(s.length / 2) + 1, 0);
    if (v.M) return 3 + Object.entries(v.M).reduce((n, [k, x]) => n + Buffer.byteLength(k) + value(x) + 1, 0);
    if (v.L) return 3 + v.L.reduce((n, x) => n + value(x) + 1, 0);
    return 1;
  };
  return Object.entries(item).reduce((n, [k, v]) => n + Buffer.byteLength(k) + value(v), 0);
}
