/**
 * One collection's entry in the rollback's report, made from its plan as
 * soon as it is planned (in the main thread or in a worker thread): plain
 * data, so a worker can send it back as it is.
 */
import type { LoadedCollection } from '../collection/collect.js';
import type { CollectionPlan } from '../merge/plan.js';
import { keylessDigests } from './keyless-digests.js';
import type { CollectionReport } from './result.js';

export function collectionReport(loaded: LoadedCollection, plan: CollectionPlan): Omit<CollectionReport, 'migrationRun'> {
  return {
    collection: loaded.target.collection,
    table: loaded.target.table,
    file: loaded.current.file,
    currentFile: loaded.current.exists ? 'present' : 'missing',
    backupFile: loaded.backupFile,
    exportItems: loaded.exportItems,
    counts: plan.counts,
    conflicts: plan.conflicts,
    deletedIds: plan.deletedIds,
    lost: plan.lost,
    fromFiles: plan.fromFiles,
    deletedByFiles: plan.deletedByFiles,
    restoredFromBackup: plan.restoredFromBackup,
    migration: loaded.migration,
    keylessDigests: keylessDigests(loaded.input, plan),
    written: null,
  };
}
