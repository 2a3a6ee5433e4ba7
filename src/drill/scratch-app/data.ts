/**
 * The events app's data as its migration really left it (DESIGN.md "The
 * first user, as it really is"), then a month of use on both sides. One
 * copy, for the drill's scratch app and for the tests' fixtures
 * (__tests__/fixtures/real-migration.ts adds the expected results).
 *
 *   1. The files at migration time: some items without an `id`, `""` at the
 *      top level and inside maps and lists, some without createdAt/updatedAt.
 *   2. The migration (migrate.ts): every item written through DocumentClient
 *      semantics (every "" stored as NULL) after a uuid where it had no id,
 *      createdAt where it had none, updatedAt set to the migration's time.
 *   3. A month of use: read-modify-writes, additions and deletions in
 *      DynamoDB; a few edits to the files by hand.
 */

export const MIGRATED = ['events', 'participants', 'users', 'talks'] as const;
export type Collection = (typeof MIGRATED)[number];
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Doc = { [k: string]: Json };
export type Data = Record<Collection, Doc[]>;

/** The app's own file format. */
export const appFormat = (value: unknown): string => JSON.stringify(value, null, 2);

/** When the migration ran (the progress file's startTime and endTime). */
export const START_TIME = '2024-06-01T03:00:00.000Z';
export const END_TIME = '2024-06-01T03:01:00.000Z';
/** The migration's backup folder: its start time with ':' as '-', as the script names it. */
export const BACKUP_NAME = START_TIME.replaceAll(':', '-');
/** The uuids the migration gave the two talks that had no id, in the order it met them. */
export const GENERATED_IDS = ['6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b', '0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a'] as const;

const HASH_A = '$2b$10$adminHashValueAdminHashValueAdminHashValu';
export const HASH_B = '$2b$10$secondHashValueSecondHashValueSecondHas';

/** The four collections as the files held them when the migration copied them. */
export function filesAtMigration(): Data {
  return {
    events: [
      {
        id: 'ev-1',
        title: 'Lightning Night Tokyo',
        description: '',
        date: '2024-07-01',
        venue: { name: 'Shibuya Hall', address: '', capacity: 120 },
        tags: ['tokyo', ''],
        sessions: [
          { slot: '19:00', note: '' },
          { slot: '19:30', note: 'Questions from the floor' },
        ],
        organizerEmail: 'hana.organizer@example.com',
        createdAt: '2024-05-01T10:00:00.000Z',
        updatedAt: '2024-05-01T10:00:00.000Z',
      },
      // No updatedAt: the app never edited it.
      {
        id: 'ev-2',
        title: 'Serverless Evening',
        description: 'Functions all night long',
        date: '2024-07-15',
        venue: { name: 'Osaka Loft', address: '', capacity: 80 },
        tags: [],
        organizerEmail: 'ken.organizer@example.com',
        createdAt: '2024-05-02T10:00:00.000Z',
      },
      {
        id: 'ev-3',
        title: 'Cancelled Meetup',
        description: '',
        date: '2024-08-01',
        venue: { name: 'Nagoya Room', address: 'Sakae 1-1-1', capacity: 30 },
        tags: ['nagoya'],
        organizerEmail: 'yui.organizer@example.com',
        createdAt: '2024-05-03T10:00:00.000Z',
        updatedAt: '2024-05-03T10:00:00.000Z',
      },
    ],
    // The app never wrote updatedAt on participants; p-3 has no createdAt either.
    participants: [
      {
        id: 'p-1',
        eventId: 'ev-1',
        name: 'Taro Participant',
        email: 'taro.private@example.com',
        company: '',
        status: 'registered',
        createdAt: '2024-05-10T00:00:00.000Z',
      },
      {
        id: 'p-2',
        eventId: 'ev-1',
        name: 'Jiro Participant',
        email: 'jiro.private@example.com',
        company: 'Jiro Trading Company',
        status: 'registered',
        createdAt: '2024-05-11T00:00:00.000Z',
      },
      { id: 'p-3', eventId: 'ev-2', name: 'Saburo Participant', email: 'saburo.private@example.com', company: '', status: 'waitlist' },
      {
        id: 'p-4',
        eventId: 'ev-2',
        name: 'Shiro Participant',
        email: 'shiro.private@example.com',
        company: '',
        status: 'registered',
        createdAt: '2024-05-13T00:00:00.000Z',
      },
    ],
    users: [
      {
        id: 'u-1',
        email: 'admin.private@example.com',
        passwordHash: HASH_A,
        role: 'admin',
        profile: { displayName: 'Admin Person', bio: '' },
        createdAt: '2024-04-01T00:00:00.000Z',
        updatedAt: '2024-04-01T00:00:00.000Z',
      },
      {
        id: 'u-2',
        email: 'second.private@example.com',
        passwordHash: HASH_B,
        role: 'organizer',
        profile: { displayName: '', bio: '' },
        createdAt: '2024-04-02T00:00:00.000Z',
        updatedAt: '2024-04-02T00:00:00.000Z',
      },
    ],
    // Two talks from before the app gave ids (the oldest comes first): the migration gave them uuids.
    talks: [
      { eventId: 'ev-1', title: 'Why CRDTs', speaker: 'Ichiro Speaker', slidesUrl: '', duration: 5 },
      {
        id: 't-1',
        eventId: 'ev-1',
        title: 'Five Minutes of Rust',
        speaker: 'Hanako Speaker',
        slidesUrl: '',
        duration: 5,
        createdAt: '2024-05-20T00:00:00.000Z',
        updatedAt: '2024-05-20T00:00:00.000Z',
      },
      { eventId: 'ev-2', title: 'Edge Caching', speaker: 'Kei Speaker', slidesUrl: '', duration: 5, createdAt: '2024-05-22T00:00:00.000Z' },
      {
        id: 't-4',
        eventId: 'ev-2',
        title: 'Observability 101',
        speaker: 'Mai Speaker',
        slidesUrl: '',
        duration: 5,
        createdAt: '2024-05-23T00:00:00.000Z',
        updatedAt: '2024-05-23T00:00:00.000Z',
      },
    ],
  };
}

const at = filesAtMigration();
export const item = (c: Collection, i: number): Doc => at[c][i]!;

interface AppWrites {
  /** Read-modify-writes of an item (of: the item as the files had it, for its key). */
  edits: { collection: Collection; of: Doc; set: Doc }[];
  added: Data;
  deleted: { collection: Collection; of: Doc }[];
}

/** What the app wrote to DynamoDB after the migration (each a read-modify-write, or a put, or a delete). */
export const APP_WRITES: AppWrites = {
  edits: [
    {
      collection: 'events',
      of: item('events', 1),
      set: { title: 'Serverless Evening (moved online)', updatedAt: '2024-06-10T09:00:00.000Z' },
    },
    { collection: 'participants', of: item('participants', 0), set: { status: 'checked-in', updatedAt: '2024-06-15T18:00:00.000Z' } },
    { collection: 'users', of: item('users', 1), set: { role: 'admin', updatedAt: '2024-06-20T00:00:00.000Z' } },
    { collection: 'talks', of: item('talks', 1), set: { title: 'Five Minutes of Rust, revised', updatedAt: '2024-06-08T00:00:00.000Z' } },
  ],
  added: {
    events: [
      {
        id: 'ev-4',
        title: 'Summer Special',
        description: '',
        date: '2024-08-20',
        venue: { name: 'Fukuoka Room', address: '', capacity: 200 },
        tags: ['summer'],
        organizerEmail: 'mio.organizer@example.com',
        createdAt: '2024-06-12T00:00:00.000Z',
        updatedAt: '2024-06-12T00:00:00.000Z',
      },
    ],
    participants: [
      {
        id: 'p-5',
        eventId: 'ev-4',
        name: 'Goro Participant',
        email: 'goro.private@example.com',
        company: '',
        status: 'registered',
        createdAt: '2024-06-12T01:00:00.000Z',
        updatedAt: '2024-06-12T01:00:00.000Z',
      },
    ],
    users: [],
    talks: [
      {
        id: 't-6',
        eventId: 'ev-4',
        title: 'Edge Functions',
        speaker: 'Jun Speaker',
        slidesUrl: '',
        duration: 5,
        createdAt: '2024-06-13T00:00:00.000Z',
        updatedAt: '2024-06-13T00:00:00.000Z',
      },
    ],
  },
  deleted: [
    { collection: 'events', of: item('events', 2) },
    { collection: 'participants', of: item('participants', 1) },
  ],
};

/** Made to the files by hand after the migration (the app kept its format). */
export const FILE_EDITS = {
  /** DynamoDB holds only the migration's artifacts for ev-1: the edit wins, no conflict. */
  ev1: { ...item('events', 0), title: 'Lightning Night Tokyo (typo fixed)', updatedAt: '2024-06-06T00:00:00.000Z' },
  /** Conflicts with DynamoDB's u-2 (both really changed it). */
  u2: { ...item('users', 1), profile: { displayName: 'Second Organizer', bio: '' }, updatedAt: '2024-06-18T00:00:00.000Z' },
  /** The talk without id, edited: kept as the file has it, no id invented. */
  whyCrdts: { ...item('talks', 0), title: 'Why CRDTs (with a demo)' },
  t4: { ...item('talks', 3), duration: 10, updatedAt: '2024-06-09T00:00:00.000Z' },
  t5: {
    id: 't-5',
    eventId: 'ev-1',
    title: 'Accessible Forms',
    speaker: 'Nao Speaker',
    slidesUrl: '',
    duration: 5,
    createdAt: '2024-06-14T00:00:00.000Z',
    updatedAt: '2024-06-14T00:00:00.000Z',
  },
} as const;

/** The current files: the backup plus FILE_EDITS (p-4 deleted by hand). */
export function currentFiles(): Data {
  return {
    events: [FILE_EDITS.ev1, item('events', 1), item('events', 2)],
    participants: at.participants.slice(0, 3),
    users: [item('users', 0), FILE_EDITS.u2],
    talks: [FILE_EDITS.whyCrdts, item('talks', 1), item('talks', 2), FILE_EDITS.t4, FILE_EDITS.t5],
  };
}

/** Files the migration never touched (settings: one object, no id), left byte for byte. */
export const UNMIGRATED: Record<string, string> = {
  'settings.json': appFormat([{ siteName: 'Lightning Talk Circle', maintenance: false, contactEmail: 'office.private@example.com' }]),
  'analytics.json': appFormat([{ day: '2024-06-01', views: 1043 }]),
  'notifications.json': appFormat([]),
  'sponsors.json': appFormat([{ id: 's-1', name: 'Sponsor Of The Night', tier: 'gold' }]),
  'votes.json': appFormat([{ id: 'v-1', talkId: 't-1', score: 5 }]),
};
