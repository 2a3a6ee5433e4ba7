/**
 * The table digest: an order-free sum of SHA-256 hashes modulo 2^256, kept
 * in 32-bit limbs. Checked against the plain definition (BigInt sum of hex
 * hashes) on items whose sums carry across every limb and past 2^256.
 */
import { createHash } from 'node:crypto';
import type { WireItem } from '../../src/dynamo/wire.js';
import { canonicalDecimal } from '../../src/verify/decimal.js';
import { canonicalItem, Digest, sameDigest } from '../../src/verify/digest.js';

function byDefinition(items: WireItem[]): string {
  let sum = 0n;
  for (const item of items) sum = (sum + BigInt(`0x${createHash('sha256').update(canonicalItem(item)).digest('hex')}`)) % (1n << 256n);
  return sum.toString(16).padStart(64, '0');
}

const items: WireItem[] = Array.from({ length: 300 }, (_, i) => ({
  id: { S: `evt-${i}` },
  n: { N: String(i * 7 - 100) },
  tags: { SS: ['b', `a${i}`] },
  nested: { M: { at: { N: `${i}.50` }, ok: { BOOL: i % 2 === 0 } } },
}));

describe('Digest', () => {
  it('is the sum of the items’ hashes modulo 2^256, as 64 hex digits', () => {
    for (const n of [0, 1, 2, 3, 17, 300]) {
      const d = new Digest();
      for (const item of items.slice(0, n)) d.add(item);
      expect(d.value()).toEqual({ count: n, hash: byDefinition(items.slice(0, n)) });
    }
  });

  it('hashes the canonical text as UTF-8 and sums the hashes as the definition does: accents, CJK, emoji, NUL, U+2028, quotes', () => {
    const texts = ['é', 'ß', '日本', '🙂', '\u0000', 'a\u2028b', '"quoted"'];
    const odd: WireItem[] = Array.from({ length: 500 }, (_, i) => ({ id: { S: `${texts[i % texts.length]}-${i}` }, v: { N: String(i) } }));
    const d = new Digest();
    for (const item of odd) d.add(item);
    expect(d.value()).toEqual({ count: odd.length, hash: byDefinition(odd) });
  });

  it('does not depend on the order of the items, and counts a repeated item twice', () => {
    const a = new Digest();
    const b = new Digest();
    for (const item of items) a.add(item);
    for (const item of [...items].reverse()) b.add(item);
    expect(sameDigest(a.value(), b.value())).toBe(true);
    b.add(items[0]!);
    expect(sameDigest(a.value(), b.value())).toBe(false);
    expect(b.value().hash).toBe(byDefinition([...items, items[0]!]));
  });

  it('holds numbers by value: 1.50 and 1.5 are one item, 15 another', () => {
    const one = (n: string) => {
      const d = new Digest();
      d.add({ id: { S: 'x' }, v: { N: n } });
      return d.value().hash;
    };
    expect(one('1.50')).toBe(one('1.5'));
    expect(one('15')).not.toBe(one('1.5'));
    expect(one('150')).toBe(one('1.5e2'));
  });
});

/** The canonical form by its definition (keys sorted, strings as JSON.stringify writes them, sets sorted). */
function canonicalByDefinition(v: unknown): string {
  const w = v as Record<string, unknown>;
  const map = (m: Record<string, unknown>) =>
    `{${Object.keys(m)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalByDefinition(m[k])}`)
      .join(',')}}`;
  const num = (n: string) => canonicalDecimal(n) ?? `!${n}`;
  if ('S' in w) return `S${JSON.stringify(w.S)}`;
  if ('N' in w) return `N${num(w.N as string)}`;
  if ('BOOL' in w) return w.BOOL ? 'T' : 'F';
  if ('NULL' in w) return 'Z';
  if ('SS' in w)
    return `SS[${(w.SS as string[])
      .map((s) => JSON.stringify(s))
      .sort()
      .join(',')}]`;
  if ('M' in w) return `M${map(w.M as Record<string, unknown>)}`;
  if ('L' in w) return `L[${(w.L as unknown[]).map(canonicalByDefinition).join(',')}]`;
  return map(w);
}

describe('canonicalItem', () => {
  it('writes every string as JSON.stringify does, hostile ones included', () => {
    const hostile = [
      'plain',
      'quote " in',
      'back \\ slash',
      'nl\n',
      '\u0000\u001f',
      '\u2028\u2029',
      'lone \ud800',
      'pair \ud83d\ude00',
      '\u007f',
      'é日本',
      '',
    ];
    for (const s of hostile) {
      const item = { [s]: { S: s }, k: { SS: [s, 'z'] }, m: { M: { [s]: { L: [{ S: s }, { N: '10' }] } } } } as unknown as WireItem;
      expect(canonicalItem(item)).toBe(canonicalByDefinition(item));
    }
    for (const item of items) expect(canonicalItem(item)).toBe(canonicalByDefinition(item));
  });
});

describe('canonicalDecimal', () => {
  it.each([
    ['5', '5e0'],
    ['-5', '-5e0'],
    ['120', '12e1'],
    ['-1200', '-12e2'],
    ['0', '0'],
    ['-0', '0'],
    ['007', '7e0'],
    ['12345678901234567890123', '12345678901234567890123e0'],
    ['1.50', '15e-1'],
    ['1e3', '1e3'],
    ['-', null],
    ['', null],
    ['1-', null],
    ['١٢', null],
  ])('%s is %s', (text, canonical) => {
    expect(canonicalDecimal(text)).toBe(canonical);
  });
});
