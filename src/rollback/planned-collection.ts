/**
 * One collection planned for the write: what the main thread streams into
 * its file. Planned here or in a worker thread (plan-worker.ts), so in a
 * file of its own that both import.
 */
import type { LoadedCollection } from '../collection/collect.js';
import type { CollectionFile } from '../collection/collection-file.js';
import type { PlannedContent, PlannedEntry } from '../collection/planned-file.js';
import type { Target } from '../collection/targets.js';
import { planCollection, type Strategy } from '../merge/plan.js';
import type { Prefer } from '../merge/settle.js';
import { collectionReport } from './collection-report.js';
import type { CollectionReport, MigrationRunRecord } from './result.js';

export interface PlannedCollection {
  target: Target;
  current: CollectionFile;
  /** The result in order, as the writer streams it (a worker's plan gives its non-base items as their text). */
  entries: readonly PlannedEntry[];
  /** Where the base versions' bodies are read from until release(). */
  base: PlannedContent['base'];
  report: Omit<CollectionReport, 'migrationRun'>;
  /** The run of a resumed migration this collection was planned from; null when the one backup and window apply. */
  run: MigrationRunRecord | null;
  /** Closes the base file the entries read from; call once the plan is written or dropped. */
  release(): void;
}

/** A collection planned in this thread. */
export function plannedOf(loaded: LoadedCollection, strategy: Strategy, prefer: Prefer, run: MigrationRunRecord | null): PlannedCollection {
  const plan = planCollection(loaded.input, strategy, prefer);
  const { target, current, release } = loaded;
  return { target, current, entries: plan.entries, base: loaded.input.base, report: collectionReport(loaded, plan), run, release };
}
