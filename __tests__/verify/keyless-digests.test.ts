/**
 * checkKeylessDigests, pure: which unmatched items without an id verify
 * takes for the report's by their digest (only where the reference is not
 * here, each place once), and a digest that disagrees with the reference.
 */
import type { WireItem } from '../../src/dynamo/wire.js';
import { rawDigest, wireAsRaw } from '../../src/verify/canonical-json.js';
import { checkKeylessDigests, type KeylessDigestInput } from '../../src/verify/keyless-digests.js';
import { JsonObject, parseRawJson } from '../../src/verify/raw-json.js';

const obj = (text: string) => parseRawJson(text) as JsonObject;
const FILE = '/d/events.json';
const kept = obj('{"title":"x (edited)"}');
const other = obj('{"title":"y"}');
const backupItem: WireItem = { title: { S: 'x' } };
const digests = new Map([
  [`(no id: ${FILE} item 2)`, rawDigest(kept)],
  [`(no id: ${FILE} item 5)`, rawDigest(kept)],
  ['(no id: migration backup item 1)', rawDigest(wireAsRaw(backupItem)!)],
]);
const base: KeylessDigestInput = { origins: [], unmatched: { missing: [], extra: [] }, file: FILE, digests, read: new Set() };

describe('checkKeylessDigests', () => {
  it('without the references takes each unmatched item whose digest is one the report gives, each place once', () => {
    const r = checkKeylessDigests({
      ...base,
      unmatched: {
        extra: [
          { id: '(no id: item 1)', item: kept },
          { id: '(no id: item 2)', item: kept },
          { id: '(no id: item 3)', item: kept },
          { id: '(no id: item 4)', item: other },
        ],
        missing: [{ id: 'uuid-1', item: backupItem }],
      },
    });
    expect(r.aliases).toEqual(
      new Map([
        ['(no id: item 1)', `(no id: ${FILE} item 2)`],
        ['(no id: item 2)', `(no id: ${FILE} item 5)`],
        ['uuid-1', '(no id: migration backup item 1)'],
      ]),
    );
    expect(r.byDigest.map((b) => b.absent)).toEqual(['before', 'before', 'backup']);
    expect(r.unrecognised).toEqual(['(no id: item 3)', '(no id: item 4)']);
    expect(r.mismatches).toEqual([]);
  });

  it('takes nothing by digest for a reference that is here, and none from a report without digests', () => {
    const unmatched = { extra: [{ id: '(no id: item 1)', item: kept }], missing: [{ id: 'uuid-1', item: backupItem }] };
    expect(checkKeylessDigests({ ...base, unmatched, read: new Set(['before', 'backup']) })).toEqual({
      aliases: new Map(),
      byDigest: [],
      mismatches: [],
      unrecognised: [],
    });
    expect(checkKeylessDigests({ ...base, unmatched, digests: new Map() })).toEqual({
      aliases: new Map(),
      byDigest: [],
      mismatches: [],
      unrecognised: [],
    });
    // A missing generated id is the report's backup item, never a place in the file before.
    const onlyFile = new Map([[`(no id: ${FILE} item 2)`, rawDigest(wireAsRaw(backupItem)!)]]);
    expect(checkKeylessDigests({ ...base, unmatched: { extra: [], missing: unmatched.missing }, digests: onlyFile }).aliases).toEqual(
      new Map(),
    );
  });

  it('with the reference here, keeps the place verify found when the digest agrees, and fails it when not', () => {
    const origins = [{ id: '(no id: item 1)', from: 'before' as const, position: 2, ref: kept }];
    const agree = checkKeylessDigests({
      ...base,
      origins,
      unmatched: { extra: [{ id: '(no id: item 1)', item: kept }], missing: [] },
      read: new Set(['before']),
    });
    expect(agree).toMatchObject({ aliases: new Map([['(no id: item 1)', `(no id: ${FILE} item 2)`]]), mismatches: [] });
    const changed = [{ ...origins[0]!, ref: other }];
    const disagree = checkKeylessDigests({
      ...base,
      origins: changed,
      unmatched: { extra: [{ id: '(no id: item 1)', item: other }], missing: [] },
      read: new Set(['before']),
    });
    expect(disagree).toMatchObject({ aliases: new Map(), mismatches: [{ id: '(no id: item 1)', reportId: `(no id: ${FILE} item 2)` }] });
  });
});
