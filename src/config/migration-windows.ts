/**
 * migration.windows in the config: per collection, the run of a resumed
 * migration that migrated it, given by the operator where the evidence on
 * disk is ambiguous (docs/config.md). Start and end are ISO 8601 times with
 * a zone; backup is the name of that run's folder in the backup dir.
 */
import { z } from 'zod';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const time = z
  .string()
  .refine((s) => ISO.test(s) && Number.isFinite(Date.parse(s)), 'expected an ISO 8601 time with a zone, such as 2024-06-01T03:00:00.000Z');

export const migrationWindowsSchema = z.record(
  z.string().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, ., - and _ only'),
  z
    .strictObject({
      start: time,
      end: time,
      backup: z
        .string()
        .min(1, 'must not be empty')
        .refine((s) => !/[\\/]/.test(s) && s !== '.' && s !== '..', 'the name of one folder in the backup dir, without /'),
    })
    .refine((w) => Date.parse(w.end) >= Date.parse(w.start), { message: 'is before start', path: ['end'] }),
);
