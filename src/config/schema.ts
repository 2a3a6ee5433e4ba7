import { z } from 'zod';
import { S3_URI_WITH_BUCKET } from '../core/location.js';
import { migrationWindowsSchema } from './migration-windows.js';
import { REGION } from './region.js';

/**
 * The config file's shape. Every key is optional; defaults (defaults.ts) fit
 * the events app. Objects are strict so a misspelt key is an error, not a
 * silently ignored setting.
 */

const nonEmpty = z.string().min(1, 'must not be empty');

/** A file (format from its name, or `kind`) or the app's own command; a file the config names is required unless optional. */
const target = z.union([
  nonEmpty,
  z
    .strictObject({
      path: nonEmpty.optional(),
      // A refined string, not an enum: inside the union an enum's failure would read only "Invalid input".
      kind: z
        .string()
        .refine((k) => ['dotenv', 'js', 'json', 'yaml'].includes(k), 'dotenv, js, json or yaml')
        .transform((k) => k as 'dotenv' | 'js' | 'json' | 'yaml')
        .optional(),
      pointer: z.string().startsWith('/', 'a JSON pointer starts with /').optional(),
      property: nonEmpty.regex(/^[^.]+(\.[^.]+)*$/, 'a property path such as ${stage}.database.type').optional(),
      command: nonEmpty.optional(),
      optional: z.boolean().optional(),
      /** Nothing in the file or its path ties it to one stage: flipping it changes every stage deployed from the branch. */
      scope: z
        .string()
        .refine((k) => k === 'shared', 'shared is the only scope written; a target of this stage needs none')
        .transform((k) => k as 'shared')
        .optional(),
    })
    .refine((t) => (t.path === undefined) !== (t.command === undefined), 'give either path or command')
    .refine(
      (t) => t.command === undefined || (t.kind ?? t.pointer ?? t.property) === undefined,
      'kind, pointer and property belong to a path, not a command',
    ),
]);

/** Committer identity, "Name <email>". */
const identity = nonEmpty.regex(/^[^<>]+ <[^<>\s]+@[^<>\s]+>$/, 'write it as Name <email>');

const attributeName = nonEmpty.max(255, 'at most 255 characters');

/** A collection's table, short (`events: <table>`) or long (`events: { table, id, drop }`). */
const collection = z.union([
  nonEmpty,
  z.strictObject({
    /** One name (`${stage}` substituted), or one per stage (`{ production: lightningtalk-prod-events }`), matched by any of the stage's names. */
    table: z.union([nonEmpty, z.record(nonEmpty.regex(/^[A-Za-z0-9_-]+$/, 'a stage name: letters, digits, - and _ only'), nonEmpty)]),
    /** The attribute that becomes the file's `id`. */
    id: attributeName.optional(),
    /** Attributes the migration added (a key such as participantId), removed on the way back. */
    drop: z.array(attributeName).optional(),
  }),
]);

export const configSchema = z.strictObject({
  stage: nonEmpty.regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only').optional(),
  /** More names for a stage (`production: [prod, live]`), added to the built-in ones (src/config/stages.ts). */
  stages: z.record(nonEmpty, z.array(nonEmpty.regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'))).optional(),
  region: nonEmpty.regex(REGION, 'not an AWS region; give one such as us-east-1').optional(),
  tables: z
    .record(nonEmpty.regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, ., - and _ only'), collection)
    .refine((t) => Object.keys(t).length > 0, 'names no table; list at least one collection: table, or leave tables out for the defaults')
    .optional(),
  migration: z
    .strictObject({
      emptyStringsAsNull: z.boolean().optional(),
      rewroteUpdatedAt: z.boolean().optional(),
      generatedIds: z.boolean().optional(),
      windowMinutes: z.number().positive().max(10_080, 'at most a week (10080)').optional(),
      windows: migrationWindowsSchema.optional(),
    })
    .optional(),
  dataDir: nonEmpty.optional(),
  backupDir: nonEmpty.optional(),
  progressFile: nonEmpty.optional(),
  retentionDays: z.number().int().positive('expected 1 or more days').optional(),
  publish: nonEmpty.regex(S3_URI_WITH_BUCKET, 'expected s3://bucket/prefix, where publish writes releases').optional(),
  switch: z
    .strictObject({
      key: nonEmpty.optional(),
      from: nonEmpty.optional(),
      to: nonEmpty.optional(),
      targets: z.array(target).optional(),
    })
    .optional(),
  pullRequest: z
    .strictObject({
      title: nonEmpty.optional(),
      labels: z.array(nonEmpty).optional(),
      reviewers: z.array(nonEmpty).optional(),
      teamReviewers: z.array(nonEmpty).optional(),
      draft: z.boolean().optional(),
      committer: identity.optional(),
    })
    .optional(),
  assess: z
    .strictObject({
      /** US dollars a month for the tables assessed together. */
      monthlyBudget: z.number().positive('expected a number of dollars above 0').optional(),
      /** US dollars; see docs/assess.md for the default's region and date. */
      prices: z
        .strictObject({
          onDemandReadPerMillion: z.number().nonnegative().optional(),
          onDemandWritePerMillion: z.number().nonnegative().optional(),
          provisionedReadPerHour: z.number().nonnegative().optional(),
          provisionedWritePerHour: z.number().nonnegative().optional(),
          storagePerGbMonth: z.number().nonnegative().optional(),
        })
        .optional(),
    })
    .optional(),
  commands: z
    .strictObject({
      maintenanceOn: z.string().optional(),
      maintenanceOff: z.string().optional(),
      jobsStop: z.string().optional(),
      jobsStart: z.string().optional(),
      healthCheck: z.string().optional(),
      integrationTests: z.string().optional(),
      // Variables the app's commands get besides the allow-list (src/clients/child-env.ts); by name, never a pattern.
      passEnv: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name (letters, digits, _)')).optional(),
    })
    .optional(),
});

export type ConfigFile = z.infer<typeof configSchema>;
