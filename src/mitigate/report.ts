/**
 * mitigate's report: the settings of every table before and after, so one
 * command (`mitigate --revert <report>`) puts them back. Written before the
 * first UpdateTable and again at the end, so a run cut short still leaves
 * what --revert needs. Table settings only: no item is ever read.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { writeFileAtomic } from '../fsafe/atomic-write.js';
import type { Settings } from './plan.js';
import { opt } from '../core/option-name.js';

export const REPORT_KIND = 'dynamodb-rollback mitigate';

export type Outcome = 'planned' | 'unchanged' | 'ACTIVE' | 'timeout' | 'failed';

export interface TableReport {
  collection: string;
  table: string;
  before: Settings;
  after: Settings;
  outcome: Outcome;
  /** Seconds from UpdateTable until ACTIVE. */
  seconds: number | null;
  problem: string | null;
}

export interface MitigateReport {
  kind: typeof REPORT_KIND;
  version: 1;
  stage: string;
  region: string;
  endpoint: string | null;
  /** on-demand, provisioned, or revert. */
  action: 'on-demand' | 'provisioned' | 'revert';
  /** The report this one reverted, when it did. */
  revertOf: string | null;
  startedAt: string;
  finishedAt: string | null;
  tables: TableReport[];
}

const capacity = z.strictObject({ read: z.number().int().min(1), write: z.number().int().min(1) }).nullable();
const settings = z.strictObject({ billing: z.enum(['PROVISIONED', 'PAY_PER_REQUEST']), capacity, indexes: z.record(z.string(), capacity) });
const schema = z.strictObject({
  kind: z.literal(REPORT_KIND),
  version: z.literal(1),
  stage: z.string(),
  region: z.string(),
  endpoint: z.string().nullable(),
  action: z.enum(['on-demand', 'provisioned', 'revert']),
  revertOf: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  tables: z.array(
    z.strictObject({
      collection: z.string(),
      table: z.string(),
      before: settings,
      after: settings,
      outcome: z.enum(['planned', 'unchanged', 'ACTIVE', 'timeout', 'failed']),
      seconds: z.number().nullable(),
      problem: z.string().nullable(),
    }),
  ),
});

export async function writeReport(file: string, report: MitigateReport): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(report, null, 2)}\n`);
}

/** A report to revert: read and checked, or one line saying what is wrong with it (exit 2). */
export async function readReport(file: string): Promise<MitigateReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(
      `${opt('revert')} ${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'}); give the report mitigate wrote`,
      { cause: err },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`${opt('revert')} ${file}: not JSON; give the report mitigate wrote`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(
      `${opt('revert')} ${file}: not a mitigate report (${issue.path.join('.') || 'top level'}: ${issue.message}); give the report mitigate wrote`,
    );
  }
  return parsed.data as MitigateReport;
}
