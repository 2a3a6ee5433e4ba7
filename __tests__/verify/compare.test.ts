import type { WireItem } from '../../src/dynamo/wire.js';
import { CollectionCheck } from '../../src/verify/collection-check.js';
import { isClean } from '../../src/verify/diff.js';
import { fileItemsOf } from '../../src/verify/ids.js';
import { itemDifferences } from '../../src/verify/compare.js';
import { canonicalDecimal, sameDecimal } from '../../src/verify/decimal.js';
import { canonicalItem, Digest } from '../../src/verify/digest.js';
import { JsonNumber, JsonObject, JsonSyntaxError, parseRawJson } from '../../src/verify/raw-json.js';

function obj(text: string): JsonObject {
  const v = parseRawJson(text);
  if (!(v instanceof JsonObject)) throw new Error('not an object');
  return v;
}

const diff = (fileText: string, item: WireItem) => itemDifferences(obj(fileText), item);

describe('decimal', () => {
  it.each([
    ['1', '1.0'],
    ['1', '1e0'],
    ['1', '10e-1'],
    ['100', '1E2'],
    ['0', '-0.000'],
    ['0.5', '5e-1'],
    ['-12.340', '-1234e-2'],
    ['12345678901234567890123456789012345678', '1.2345678901234567890123456789012345678e37'],
  ])('%s equals %s', (a, b) => {
    expect(sameDecimal(a, b)).toBe(true);
  });

  it.each([
    ['1', '-1'],
    ['12345678901234567890123456789012345678', '12345678901234567890123456789012345679'],
    ['0.1', '0.10000000000000001'],
    ['1', '1x'],
    ['', ''],
    ['.', '.'],
  ])('%s differs from %s', (a, b) => {
    expect(sameDecimal(a, b)).toBe(false);
  });

  it('canonical form is digits and exponent', () => {
    expect(canonicalDecimal('001.2300')).toBe('123e-2');
    expect(canonicalDecimal('-5000')).toBe('-5e3');
    expect(canonicalDecimal('abc')).toBeNull();
  });
});

describe('parseRawJson', () => {
  it('keeps the digits of numbers JSON.parse would round', () => {
    const v = parseRawJson('[12345678901234567890123456789012345678, 0.1, -1e-130]');
    expect(v).toEqual([new JsonNumber('12345678901234567890123456789012345678'), new JsonNumber('0.1'), new JsonNumber('-1e-130')]);
  });

  it('reads strings with every escape, and __proto__ as a plain key', () => {
    const o = obj('{"a":"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00","__proto__":1,"a":"last"}');
    expect(o.entries.get('a')).toBe('last');
    expect(o.entries.get('__proto__')).toEqual(new JsonNumber('1'));
    expect(obj('{"s":"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00"}').entries.get('s')).toBe(
      JSON.parse('"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00"'),
    );
  });

  it.each([
    '',
    '[1,]',
    '{"a":1,}',
    '[01]',
    '[1.]',
    '[+1]',
    "['a']",
    '[NaN]',
    '\uFEFF[]',
    '["a\tb"]',
    '[1] x',
    '{"a" 1}',
    '[tru]',
    '["\\x"]',
  ])('refuses %j as JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(() => parseRawJson(text)).toThrow(JsonSyntaxError);
  });

  it('says where, never what', () => {
    try {
      parseRawJson('[\n  {"email": "alice@example.com"},\n  {"email" "bob@example.com"}\n]');
      throw new Error('parsed');
    } catch (err) {
      expect(err).toBeInstanceOf(JsonSyntaxError);
      expect((err as Error).message).toBe('expected ":" at line 3, column 12');
    }
  });
});

describe('itemDifferences', () => {
  const item: WireItem = {
    id: { S: 'e1' },
    n: { N: '1' },
    big: { N: '12345678901234567890123456789012345678' },
    ok: { BOOL: true },
    none: { NULL: true },
    tags: { SS: ['a', 'b', 'c'] },
    nums: { NS: ['1', '2.5'] },
    bin: { B: 'AAEC' },
    bins: { BS: ['AQ==', 'Ag=='] },
    list: { L: [{ S: 'x' }, { N: '2' }, { M: { deep: { S: 'y' } } }] },
    address: { M: { city: { S: 'Tokyo' }, 'zip code': { S: '100' } } },
  };
  const same =
    '{"id":"e1","n":1,"big":12345678901234567890123456789012345678,"ok":true,"none":null,"tags":["a","b","c"],"nums":[1,2.5],"bin":"AAEC","bins":["AQ==","Ag=="],"list":["x",2,{"deep":"y"}],"address":{"city":"Tokyo","zip code":"100"}}';

  it('finds nothing when every attribute matches', () => {
    expect(diff(same, item)).toEqual([]);
  });

  it('compares numbers by value: 1, 1.0 and 1e0 are equal', () => {
    expect(diff(same.replace('"n":1,', '"n":1.0,'), item)).toEqual([]);
    expect(diff(same.replace('"n":1,', '"n":1e0,'), item)).toEqual([]);
    expect(diff(same.replace('"nums":[1,2.5]', '"nums":[25e-1,1.00]'), item)).toEqual([]);
  });

  it('a string "1" is not the number 1', () => {
    expect(diff(same.replace('"n":1,', '"n":"1",'), item)).toEqual(['n']);
  });

  it('catches a change in the 38th digit that a double would hide', () => {
    expect(diff(same.replace('12345678901234567890123456789012345678', '12345678901234567890123456789012345679'), item)).toEqual(['big']);
  });

  it('compares sets as sets, lists in order', () => {
    expect(diff(same.replace('["a","b","c"]', '["c","a","b"]').replace('["AQ==","Ag=="]', '["Ag==","AQ=="]'), item)).toEqual([]);
    expect(diff(same.replace('["a","b","c"]', '["a","b"]'), item)).toEqual(['tags']);
    expect(diff(same.replace('["a","b","c"]', '["a","b","b"]'), item)).toEqual(['tags']);
    expect(diff(same.replace('["a","b","c"]', '["a","b","c","c"]'), item)).toEqual(['tags']);
    expect(diff(same.replace('["x",2,{"deep":"y"}]', '[2,"x",{"deep":"y"}]'), item)).toEqual(['list[0]', 'list[1]']);
    expect(diff(same.replace('["x",2,{"deep":"y"}]', '["x",2]'), item)).toEqual(['list']);
  });

  it('compares binary as base64 of the same bytes', () => {
    expect(diff(same.replace('"AAEC"', '"AAED"'), item)).toEqual(['bin']);
    expect(diff(same.replace('"AAEC"', '"AAEC\\n"'), item)).toEqual(['bin']);
  });

  it('names nested paths, quoting odd keys', () => {
    const changed = same
      .replace('"deep":"y"', '"deep":"z"')
      .replace('"city":"Tokyo"', '"city":"Osaka"')
      .replace('"zip code":"100"', '"zip code":"101"');
    expect(diff(changed, item)).toEqual(['list[2].deep', 'address.city', 'address["zip code"]']);
  });

  it('a changed type is a difference', () => {
    expect(diff(same.replace('"ok":true', '"ok":"true"'), item)).toEqual(['ok']);
    expect(diff(same.replace('"none":null', '"none":0'), item)).toEqual(['none']);
    expect(diff(same.replace('"tags":["a","b","c"]', '"tags":"a,b,c"'), item)).toEqual(['tags']);
    expect(diff(same.replace('"address":{', '"address":[{').replace('"100"}}', '"100"}]}'), item)).toEqual(['address']);
  });

  it('an attribute on one side only is a difference; null is not absence', () => {
    expect(diff(same.replace('"none":null,', ''), item)).toEqual(['none']);
    expect(diff(same.replace('{"id":"e1",', '{"id":"e1","added":1,'), item)).toEqual(['added']);
  });
});

describe('CollectionCheck', () => {
  const file = (text: string) => {
    const r = fileItemsOf(parseRawJson(text));
    if ('problem' in r) throw new Error(r.problem);
    return r.items;
  };
  const exp: WireItem[] = [
    { id: { S: 'a' }, v: { N: '1' } },
    { id: { S: 'b' }, v: { N: '2' } },
    { id: { S: 'c' }, v: { N: '3' } },
  ];
  const check = (text: string, items = exp) => {
    const c = new CollectionCheck(file(text));
    for (const i of items) c.add(i);
    return c.finish();
  };

  it('passes reordered items', () => {
    const d = check('[{"id":"c","v":3},{"id":"a","v":1.0},{"id":"b","v":2}]');
    expect(isClean(d)).toBe(true);
    expect(d).toMatchObject({ expected: 3, found: 3 });
  });

  it('reports missing, extra, changed and duplicate ids', () => {
    const d = check('[{"id":"a","v":1},{"id":"c","v":4},{"id":"x","v":9},{"id":"x","v":9}]');
    expect(d).toMatchObject({
      expected: 3,
      found: 4,
      missing: ['b'],
      extra: ['x'],
      changed: [{ id: 'c', paths: ['v'] }],
      duplicateIds: ['x'],
    });
    expect(isClean(d)).toBe(false);
  });

  it('a duplicate id alone fails', () => {
    const d = check('[{"id":"a","v":1},{"id":"b","v":2},{"id":"c","v":3},{"id":"a","v":1}]');
    expect(d.duplicateIds).toEqual(['a']);
    expect(isClean(d)).toBe(false);
  });

  it('string and numeric ids are different ids; numeric ids match by value', () => {
    const d = check('[{"id":1},{"id":"2"}]', [{ id: { N: '1.0' } }, { id: { N: '2' } }]);
    expect(d.missing).toEqual(['2']);
    expect(d.extra).toEqual(['2']);
    expect(d.changed).toEqual([]);
  });

  it('flags duplicate and id-less export items', () => {
    const d = check('[{"id":"a","v":1}]', [exp[0]!, exp[0]!, { v: { N: '1' } }]);
    expect(d.duplicateExportIds).toEqual(['a']);
    expect(d.exportItemsWithoutId).toBe(1);
  });

  it("takes an item without an id as an item (the migrated app's files may hold one), reported extra when unmatched", () => {
    const read = fileItemsOf(parseRawJson('[{"id":"a"},{"name":"x"}]'));
    expect('items' in read && read.items.length).toBe(2);
    const d = check('[{"id":"a","v":1},{"name":"x"}]', [exp[0]!]);
    expect(d.extra).toEqual(['(no id: item 2)']);
    expect(d.found).toBe(2);
  });

  it.each([
    ['{"id":"a"}', 'not a JSON array (the file holds an object)'],
    ['[{"id":"a"},[]]', 'element 1 is an array, not an object'],
    ['[{"id":null}]', 'element 0 has an id that is neither a string nor a number'],
  ])('refuses %s: %s', (text, problem) => {
    expect(fileItemsOf(parseRawJson(text))).toEqual({ problem });
  });
});

describe('Digest', () => {
  const a: WireItem = { id: { S: 'a' }, n: { N: '1.0' }, s: { SS: ['y', 'x'] }, m: { M: { k: { B: 'AQ' } } } };
  const aCanon: WireItem = { m: { M: { k: { B: 'AQ==' } } }, s: { SS: ['x', 'y'] }, n: { N: '1' }, id: { S: 'a' } };
  const b: WireItem = { id: { S: 'b' } };

  it('is the same for equal items in any order and any form', () => {
    expect(canonicalItem(a)).toBe(canonicalItem(aCanon));
    const d1 = new Digest();
    [a, b].forEach((i) => d1.add(i));
    const d2 = new Digest();
    [b, aCanon].forEach((i) => d2.add(i));
    expect(d1.value()).toEqual(d2.value());
    expect(d1.value().hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any value, and does not cancel repeated items', () => {
    const base = new Digest();
    base.add(a);
    const changed = new Digest();
    changed.add({ ...a, n: { N: '2' } });
    expect(changed.value().hash).not.toBe(base.value().hash);
    const twice = new Digest();
    twice.add(b);
    twice.add(b);
    const none = new Digest();
    expect(twice.value().hash).not.toBe(none.value().hash);
    const typed = new Digest();
    typed.add({ ...a, n: { S: '1' } });
    expect(typed.value().hash).not.toBe(base.value().hash);
  });
});
