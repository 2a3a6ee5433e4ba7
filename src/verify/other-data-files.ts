/**
 * The data files of collections the export does not hold: the app reads
 * them too, so they must still parse. Reported as not exported (or
 * invalid), never compared.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { collectionReport, type CollectionReport } from './collection-report.js';
import { readJsonFile } from './data-file.js';
import { emptyDiff } from './diff.js';

export async function otherDataFiles(
  dataDirAbs: string,
  dataDir: string,
  exported: Set<string>,
  maxLength: number,
): Promise<CollectionReport[]> {
  const names = (await readdir(dataDirAbs, { withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !exported.has(e.name.slice(0, -5)))
    .map((e) => e.name)
    .sort();
  const out: CollectionReport[] = [];
  for (const name of names) {
    // Never migrated, so in the app's own format (settings.json may be an object): it must only still parse.
    const read = await readJsonFile(path.join(dataDirAbs, name), maxLength);
    const problem = 'problem' in read ? read.problem : null;
    const place = { collection: name.slice(0, -5), table: null, file: `${dataDir.replace(/\/+$/, '')}/${name}` };
    const found = 'raw' in read && Array.isArray(read.raw) ? read.raw.length : 0;
    out.push(collectionReport(place, { ...emptyDiff(), found }, { status: problem ? 'invalid' : 'not exported', problem }));
  }
  return out;
}
