// After ncc: make the CLI bundle executable with a node shebang, so the
// package.json bin works straight after `npm ci`.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

const cli = 'dist/cli/index.js';
let text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) text = `#!/usr/bin/env node\n${text}`;
writeFileSync(cli, text);
chmodSync(cli, 0o755);

// licenses.txt the same from build to build (see stable-licenses.mjs).
const { stableLicenses } = await import('./stable-licenses.mjs');
const licenses = 'dist/licenses.txt';
writeFileSync(licenses, stableLicenses(readFileSync(licenses, 'utf8'), 'node_modules'));
