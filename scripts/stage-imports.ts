/**
 * Prints every import from one stage of src/ into another, file by file,
 * and how many: the stage table is the architecture test's
 * (__tests__/harness/arch-stages.ts), which fails on any of them. A folder
 * to read instead of src/ may be given.
 *
 *   npx tsx scripts/stage-imports.ts [src-dir]
 */
import path from 'node:path';
import { stageImports } from '../__tests__/harness/arch-stages.js';

const src = path.resolve(process.argv[2] ?? 'src');
const pairs = stageImports(src);
for (const p of pairs) console.log(p);
const folders = new Set(
  pairs.map((p) =>
    p
      .split(' imports ')
      .map((f) => f.split(path.sep)[0])
      .join(' -> '),
  ),
);
console.log(`${pairs.length} file pairs between stages; folder pairs: ${folders.size}`);
