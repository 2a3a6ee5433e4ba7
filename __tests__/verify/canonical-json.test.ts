/**
 * The rollback's printer (src/convert) and verify's own (src/verify) of the
 * canonical form the report's digests of items without an id are taken
 * over: each reads the text with its own parser, and the two must print
 * the same bytes, or a finish job without the snapshot would refuse every
 * such item (or, worse, accept one by accident).
 */
import { createHash } from 'node:crypto';
import { canonicalJson, contentDigest } from '../../src/convert/canonical-json.js';
import { parseJsonText } from '../../src/convert/json-text.js';
import { canonicalRaw, rawDigest, wireAsRaw } from '../../src/verify/canonical-json.js';
import { parseRawJson } from '../../src/verify/raw-json.js';

const both = (text: string) => ({ rollback: canonicalJson(parseJsonText(text)), verify: canonicalRaw(parseRawJson(text)) });

describe('the canonical form of an item', () => {
  it('sorts keys by UTF-16 code unit (an astral character before U+FFFF), writes no whitespace and keeps arrays in order', () => {
    const text = '{ "\\uffff": 1, "😀": 2, "é": 3, "Z": 4, "a": [3, 1, 2], "": { "y": true, "x": null } }';
    const expected = '{"":{"x":null,"y":true},"Z":4,"a":[3,1,2],"é":3,"😀":2,"\uffff":1}';
    expect(both(text)).toEqual({ rollback: expected, verify: expected });
  });

  it('keeps numbers as their source digits, however many', () => {
    const text =
      '{"big":12345678901234567890123,"tail":1.50,"exp":1E+400,"neg":-0,"small":1e-7,"frac":0.1000000000000000055511151231257827,"n":[10,2.5e3]}';
    const expected =
      '{"big":12345678901234567890123,"exp":1E+400,"frac":0.1000000000000000055511151231257827,"n":[10,2.5e3],"neg":-0,"small":1e-7,"tail":1.50}';
    expect(both(text)).toEqual({ rollback: expected, verify: expected });
  });

  it('writes strings as JSON.stringify does: escapes, control characters, U+2028, a lone surrogate', () => {
    const text = String.raw`{"s":"q\"b\\s\/ \b\f\n\r\t \u0001 \u001F \u2028 \ud800 \u00e9 ☃","k\u0000ey":"x"}`;
    const expected = `{"k\\u0000ey":"x","s":${JSON.stringify('q"b\\s/ \b\f\n\r\t \u0001 \u001f \u2028 \ud800 é ☃')}}`;
    expect(both(text)).toEqual({ rollback: expected, verify: expected });
  });

  it('agrees on nested items and on a repeated key (the last one counts, as in JSON.parse)', () => {
    const text = '{"a":{"b":[{"d":1,"c":[[],{}]},"x"],"a":"dup","a":"last"},"__proto__":{"p":1},"a2":[null,false,true]}';
    const r = both(text);
    expect(r.rollback).toBe(r.verify);
    expect(r.verify).toBe('{"__proto__":{"p":1},"a":{"a":"last","b":[{"c":[[],{}],"d":1},"x"]},"a2":[null,false,true]}');
  });

  it('digests the same: SHA-256 of the canonical text as UTF-8, lowercase hex', () => {
    const text = '{"title":"Draft without an id","n":1.50,"😀":"☃"}';
    const sha = createHash('sha256').update(Buffer.from('{"n":1.50,"title":"Draft without an id","😀":"☃"}', 'utf8')).digest('hex');
    expect(contentDigest(parseJsonText(text))).toBe(sha);
    expect(rawDigest(parseRawJson(text))).toBe(sha);
  });

  it('tells apart what a digest must: one attribute changed, a number written with other digits, a string for a number', () => {
    const base = rawDigest(parseRawJson('{"a":1,"b":"x"}'));
    expect(rawDigest(parseRawJson('{"a":1,"b":"y"}'))).not.toBe(base);
    expect(rawDigest(parseRawJson('{"a":1.0,"b":"x"}'))).not.toBe(base);
    expect(rawDigest(parseRawJson('{"a":"1","b":"x"}'))).not.toBe(base);
    expect(rawDigest(parseRawJson('{"b":"x","a":1}'))).toBe(base);
  });

  it('reads an export item as the file would hold it, and no item with a set or binary', () => {
    const raw = wireAsRaw({ t: { S: 'x' }, n: { N: '12345678901234567890' }, z: { NULL: true }, m: { M: { l: { L: [{ BOOL: true }] } } } });
    expect(raw && canonicalRaw(raw)).toBe('{"m":{"l":[true]},"n":12345678901234567890,"t":"x","z":null}');
    expect(wireAsRaw({ s: { SS: ['a'] } })).toBeNull();
    expect(wireAsRaw({ m: { M: { b: { B: 'AA==' } } } })).toBeNull();
  });
});
