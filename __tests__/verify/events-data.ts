/**
 * Items shaped like the events app's, with personal data in them (names,
 * emails, password hashes) so tests can prove none of it reaches any output,
 * and every DynamoDB type (38-digit numbers, sets, binary, nested maps and
 * lists) so the comparator is exercised on all of them.
 */
import type { WireItem, WireValue } from '../../src/dynamo/wire.js';

export const COLLECTIONS = ['events', 'participants', 'users', 'talks'] as const;

const s = (S: string): WireValue => ({ S });
const n = (N: string): WireValue => ({ N });

export function eventsData(): Record<(typeof COLLECTIONS)[number], WireItem[]> {
  return {
    events: [
      {
        id: s('ev-1'),
        title: s('Lightning Night at Shibuya Stream Hall'),
        capacity: n('120'),
        fee: n('1500.5'),
        counter: n('12345678901234567890123456789012345678'),
        tags: { SS: ['tech-talks', 'beginner-friendly'] },
        venue: { M: { name: s('Shibuya Stream Hall'), address: { M: { city: s('Tokyo-Shibuya'), zip: s('150-0002') } } } },
        speakers: { L: [s('Hanako Yamada-Speaker'), { M: { name: s('Taro Suzuki-Speaker'), minutes: n('5') } }] },
        online: { BOOL: false },
        notes: { NULL: true },
        banner: { B: Buffer.from('banner-bytes-of-event-1').toString('base64') },
        thumbs: { BS: [Buffer.from('thumb-one-bytes').toString('base64'), Buffer.from('thumb-two-bytes').toString('base64')] },
      },
      {
        id: s('ev-2'),
        title: s('Serverless Evening Osaka'),
        capacity: n('80'),
        ratios: { NS: ['0.25', '3.1415926535897932384626433832795028841'] },
        online: { BOOL: true },
        createdAt: s('2024-04-01T09:00:00.000Z'),
      },
    ],
    participants: Array.from({ length: 30 }, (_, i): WireItem => ({
      id: s(`p-${String(i).padStart(2, '0')}`),
      eventId: s(i % 2 ? 'ev-1' : 'ev-2'),
      name: s(`Participant Person${i} Surname`),
      email: s(`person${i}.private@example.com`),
      phone: s(`+81-90-5555-${String(1000 + i)}`),
      seat: n(String(i + 1)),
    })),
    users: [
      {
        id: s('u-admin'),
        email: s('admin.private@example.com'),
        passwordHash: s('$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'),
        role: s('administrator'),
      },
      {
        id: s('u-2'),
        email: s('second.user@example.com'),
        passwordHash: s('$2b$10$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0'),
        role: s('organizer'),
      },
    ],
    talks: [{ id: s('t-1'), title: s('Why We Left DynamoDB Behind'), speakerEmail: s('speaker.private@example.com'), duration: n('5.0') }],
  };
}

/** Every value string in the data that must never be printed (ids excepted: they may be). */
export function secretValues(data: Record<string, WireItem[]>): string[] {
  const out = new Set<string>();
  const walk = (v: WireValue) => {
    if ('S' in v && v.S.length >= 6) out.add(v.S);
    if ('N' in v && v.N.length >= 7) out.add(v.N);
    if ('B' in v) out.add(v.B);
    if ('SS' in v) v.SS.forEach((x) => x.length >= 6 && out.add(x));
    if ('NS' in v) v.NS.forEach((x) => x.length >= 7 && out.add(x));
    if ('BS' in v) v.BS.forEach((x) => out.add(x));
    if ('M' in v) Object.values(v.M).forEach(walk);
    if ('L' in v) v.L.forEach(walk);
  };
  for (const items of Object.values(data)) {
    for (const item of items) for (const [k, v] of Object.entries(item)) if (k !== 'id' && k !== 'eventId') walk(v);
  }
  return [...out];
}
