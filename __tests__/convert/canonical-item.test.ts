/**
 * An item's id read from its text without parsing it (canonical-item.ts):
 * only for a text that is exactly what itemText writes for the parsed item,
 * and then the id keyOf gives the parsed item. Hostile texts (escapes,
 * duplicate keys, numbers written two ways, keys V8 reorders, odd
 * whitespace) must fall back to the parse; the ordinary written form must not.
 */
import { canonicalItemId, writtenItemAt } from '../../src/convert/canonical-item.js';
import { JsonArrayScanner, type RawElement } from '../../src/convert/json-array-stream.js';
import { numberFromText } from '../../src/convert/json-number.js';
import type { PlainObject } from '../../src/convert/plain.js';
import { itemText } from '../../src/convert/serialize.js';
import { keyOf } from '../../src/merge/identity.js';

/** The elements of a collection file's text, as the base reads them. */
function elements(text: string): RawElement[] {
  const out: RawElement[] = [];
  const scanner = new JsonArrayScanner(
    () => {},
    (el) => out.push(el),
  );
  scanner.write(text);
  scanner.end();
  return out;
}

const written = (items: readonly unknown[]) => `[\n  ${items.map((it) => itemText(it as PlainObject)).join(',\n  ')}\n]\n`;
/** A file holding these element texts as they are (each at indent 2). */
const raw = (texts: readonly string[]) => `[\n  ${texts.join(',\n  ')}\n]\n`;

/** The property: accepted only when itemText gives the text back, and then with the parsed item's key. */
function check(el: RawElement): boolean {
  const id = canonicalItemId(el.text, el.inexact);
  if (id === null) return false;
  const parsed = el.parse() as PlainObject;
  expect(itemText(parsed)).toBe(el.text);
  expect(keyOf({ id: id.numeric ? numberFromText(id.text) : id.text })).toBe(keyOf(parsed));
  return true;
}

const ordinary = [
  { id: 'a', title: 'Talk night', n: 3, price: 1.5, ok: true, none: null, tags: ['x', 'y'], venue: { geo: { lat: 35.1 }, floors: [1, 2] } },
  { id: 42, empty: {}, list: [], nested: [[], [{}], [[1]]], unicode: '名前 ü 😀', sep: '\u2028\u2029', del: '\u007f' },
  { id: -7, big: 12345678901234, neg: -0.25, exp: 1e21, tiny: 5e-7 },
  { name: 'id not first', id: 'b' },
  { id: '' },
  JSON.parse('{"id": "p", "__proto__": {"x": 1}}'),
];

it('reads the id of an item in the written form without parsing it', () => {
  const els = elements(written(ordinary));
  expect(els.map(check)).toEqual([true, true, true, true, true, true]);
  expect(els.map((el) => canonicalItemId(el.text, el.inexact))).toEqual([
    { text: 'a', numeric: false },
    { text: '42', numeric: true },
    { text: '-7', numeric: true },
    { text: 'b', numeric: false },
    { text: '', numeric: false },
    { text: 'p', numeric: false },
  ]);
});

it('keeps numbers the exact parser keeps as their digits, and only when the element is parsed exactly', () => {
  const texts = [
    '{\n    "id": 5.0,\n    "p": 1.50\n  }',
    '{\n    "id": "x",\n    "p": 1E5,\n    "q": -0,\n    "r": 12345678901234567890123\n  }',
  ];
  const els = elements(raw(texts));
  expect(els.every((el) => el.inexact)).toBe(true);
  expect(els.map(check)).toEqual([true, true]);
  expect(canonicalItemId(els[0]!.text, true)).toEqual({ text: '5.0', numeric: true });
  // Parsed by JSON.parse these would be written 5, 1.5, 100000, 0: not the text.
  for (const el of els) expect(canonicalItemId(el.text, false)).toBeNull();
});

describe('falls back to the parse for a text that is not provably the written form', () => {
  const hostile: [string, string][] = [
    ['a duplicate id (JSON.parse keeps the last)', '{\n    "id": "a",\n    "id": "b"\n  }'],
    ['a duplicate key further down', '{\n    "id": "a",\n    "m": {\n      "k": 1,\n      "k": 2\n    }\n  }'],
    ['an escaped id', '{\n    "id": "a\\u0062"\n  }'],
    ['an escaped quote', '{\n    "id": "a",\n    "s": "say \\"hi\\""\n  }'],
    ['a needless escape', '{\n    "id": "a",\n    "s": "a\\/b"\n  }'],
    ['a key V8 moves to the front', '{\n    "id": "a",\n    "1": true\n  }'],
    ['compact', '{"id":"a","n":1}'],
    ['a space too many', '{\n     "id": "a"\n  }'],
    ['a tab', '{\n\t"id": "a"\n  }'],
    ['no space after the colon', '{\n    "id":"a"\n  }'],
    ['a space before a comma', '{\n    "id": "a" ,\n    "n": 1\n  }'],
    ['an empty object written open', '{\n    "id": "a",\n    "o": {\n    }\n  }'],
    ['no id', '{\n    "n": 1\n  }'],
    ['an id that is an object', '{\n    "id": {\n      "s": "a"\n    }\n  }'],
    ['an id that is true', '{\n    "id": true\n  }'],
    ['an id that is an empty object', '{\n    "id": {}\n  }'],
    ['an id that is an empty list', '{\n    "id": []\n  }'],
    ['a tab inside a string', '{\n    "id": "a\tb"\n  }'],
    ['a newline inside a string', '{\n    "id": "a",\n    "s": "a\n    b"\n  }'],
    ['a newline inside a key', '{\n    "id": "a",\n    "k\n    ": 1\n  }'],
    ['an id only nested', '{\n    "m": {\n      "id": "a"\n    }\n  }'],
  ];
  it.each(hostile)('%s', (_what, text) => {
    const [el] = elements(raw([text]));
    expect(check(el!)).toBe(false);
  });

  it('a number JSON.parse would write another way, when the element is not parsed exactly', () => {
    for (const n of ['1.50', '1e5', '-0', '-0.0', '1e400', '12345678901234567890']) {
      expect(canonicalItemId(`{\n    "id": "a",\n    "n": ${n}\n  }`, false)).toBeNull();
    }
    expect(canonicalItemId('{\n    "id": "a",\n    "n": 0.1\n  }', false)).toEqual({ text: 'a', numeric: false });
  });

  it('a text that is not JSON, or not one value', () => {
    for (const text of [
      '{\n    "id": "a",\n  }',
      '{\n    "id": "a"\n  }x',
      '{\n    "id": tru\n  }',
      '{\n    "id": 01\n  }',
      '{\n    "id": "a\n  }',
    ]) {
      expect(canonicalItemId(text, false)).toBeNull();
    }
  });

  it('an item cut short anywhere, as the last item of a chunk is: every walk that reaches the end of the text', () => {
    for (const el of elements(written(ordinary))) {
      const whole = writtenItemAt(el.text, 0, el.inexact);
      expect(whole?.end).toBe(el.text.length);
      for (let cut = 1; cut < el.text.length; cut++) expect(writtenItemAt(el.text.slice(0, cut), 0, el.inexact)).toBeNull();
    }
    // Ending in a number's digits, a string and a literal: the reads just past the end stop the walk, not skip it.
    for (const tail of ['12', '"ab"', 'true']) expect(writtenItemAt(`{\n    "id": ${tail}`, 0, false)).toBeNull();
  });

  it('an object with more keys than it compares', () => {
    const wide = (n: number) => Object.fromEntries([['id', 'w'], ...Array.from({ length: n - 1 }, (_, k) => [`k${k}`, k])]);
    const [within, over] = elements(written([wide(64), wide(65)]));
    expect(check(within!)).toBe(true);
    expect(check(over!)).toBe(false);
  });

  it('nesting deeper than it follows', () => {
    let v: unknown = 1;
    for (let d = 0; d < 100; d++) v = [v];
    const [el] = elements(written([{ id: 'deep', v }]));
    expect(canonicalItemId(el!.text, el!.inexact)).toBeNull();
    expect(el!.parse()).toEqual({ id: 'deep', v });
  });
});
