// The two bundles (the action's into dist/, the CLI's into dist/cli/) built
// at once: each ncc keeps about one core busy, and the build is run before
// every stop, so its time counts. Fails when either fails, with its output.
import { spawn } from 'node:child_process';

const builds = [
  ['build', 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt'],
  ['build', 'src/cli/bin.ts', '-o', 'dist/cli'],
];
const codes = await Promise.all(
  builds.map(
    (args) =>
      new Promise((resolve) => {
        const child = spawn('ncc', args, { stdio: 'inherit', shell: process.platform === 'win32' });
        child.on('error', () => resolve(1));
        child.on('close', (code) => resolve(code ?? 1));
      }),
  ),
);
if (codes.some((c) => c !== 0)) {
  console.error(`bundle: ncc exited ${codes.join(' and ')}`);
  process.exit(1);
}
