/**
 * Every folder reads bottom-up: no two files of one folder import each
 * other, directly or around a circle. Type-only imports count too (they
 * load fine, but leave the folder without a reading order).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importCircles } from '../harness/arch-circles.js';
import { ROOT } from '../harness/run-dist.js';

describe('import circles', () => {
  it('finds none between the files of any folder of src', () => {
    expect(importCircles(path.join(ROOT, 'src'))).toEqual([]);
  });

  describe('on a planted copy of src', () => {
    let copy: string;
    beforeEach(() => {
      copy = mkdtempSync(path.join(os.tmpdir(), 'arch-circles-'));
      cpSync(path.join(ROOT, 'src'), copy, { recursive: true });
    });
    afterEach(() => rmSync(copy, { recursive: true, force: true }));

    it('names two files of one folder that import each other, a type-only import included', () => {
      writeFileSync(
        path.join(copy, 'verify', 'planted-a.ts'),
        "import { b } from './planted-b.js';\nexport const a = (): number => b + 1;\n",
      );
      writeFileSync(
        path.join(copy, 'verify', 'planted-b.ts'),
        "import type {\n  a,\n} from './planted-a.js';\nexport const b = 1;\nexport type A = typeof a;\n",
      );
      expect(importCircles(copy)).toEqual(['verify: planted-a.ts -> planted-b.ts -> planted-a.ts']);
    });

    it('names a circle through three files, and a re-export is an import', () => {
      writeFileSync(path.join(copy, 'core', 'planted-a.ts'), "export { b } from './planted-b.js';\n");
      writeFileSync(path.join(copy, 'core', 'planted-b.ts'), "import { c } from './planted-c.js';\nexport const b = c;\n");
      writeFileSync(
        path.join(copy, 'core', 'planted-c.ts'),
        "import { b } from './planted-a.js';\nexport const c = 1;\nexport const d = (): number => b;\n",
      );
      expect(importCircles(copy)).toEqual(['core: planted-a.ts -> planted-b.ts -> planted-c.ts -> planted-a.ts']);
    });

    it('leaves a dynamic import() and imports between folders alone', () => {
      writeFileSync(
        path.join(copy, 'verify', 'planted-a.ts'),
        "export const a = async (): Promise<unknown> => import('./planted-b.js');\n",
      );
      writeFileSync(
        path.join(copy, 'verify', 'planted-b.ts'),
        "import { a } from './planted-a.js';\nimport { c } from '../core/planted-c.js';\nexport const b = [a, c];\n",
      );
      writeFileSync(path.join(copy, 'core', 'planted-c.ts'), "import { b } from '../verify/planted-b.js';\nexport const c = b;\n");
      expect(importCircles(copy)).toEqual([]);
    });
  });
});
