/**
 * keylessFindings, pure: each line about an item without an id carries its
 * severity from where it is made (a digest mismatch fails verify, an item
 * no digest fits is warned of, an item taken by the digest is said), never
 * from what its text happens to hold.
 */
import { keylessFindings } from '../../src/verify/keyless-findings.js';
import type { KeylessDigestCheck } from '../../src/verify/keyless-digests.js';

const none: KeylessDigestCheck = { aliases: new Map(), byDigest: [], mismatches: [], unrecognised: [] };

describe('keylessFindings', () => {
  it('gives a mismatch as a failure, an unrecognised item as a warning, an item taken by the digest as a note', () => {
    const found = keylessFindings(
      'events',
      'server/data/events.json',
      {
        ...none,
        byDigest: [{ id: '(no id: item 2)', reportId: '(no id: server/data/events.json item 2)', absent: 'before' }],
        mismatches: [{ id: '(no id: item 3)', reportId: '(no id: migration backup item 1)' }],
        unrecognised: ['(no id: item 4)'],
      },
      true,
    );
    expect(found.map((f) => f.severity)).toEqual(['note', 'failure', 'warning']);
    expect(found[0]!.text).toBe(
      "events: (no id: item 2) in server/data/events.json is the report's (no id: server/data/events.json item 2): accounted for by the report's digest; the snapshot is not here",
    );
  });

  it('keeps a note a note when its text reads like a failure or a warning', () => {
    const collection = "but the report's digest, no digest the report gives";
    const found = keylessFindings(
      collection,
      'server/data/x.json',
      { ...none, byDigest: [{ id: '(no id: item 1)', reportId: '(no id: migration backup item 1)', absent: 'backup' }] },
      false,
    );
    expect(found).toEqual([
      {
        severity: 'note',
        text: `${collection}: (no id: item 1) in server/data/x.json is the report's (no id: migration backup item 1): accounted for by the report's digest; the migration backup is not read (no migration rule is on)`,
      },
    ]);
  });
});
