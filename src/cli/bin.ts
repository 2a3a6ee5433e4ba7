#!/usr/bin/env node
import { runWorkerRole } from '../commands/worker-role.js';
import { setWorkerEntry } from '../core/worker-pool.js';
import { main } from './main.js';

// A worker thread re-enters this file (core/worker-pool.ts): it does its role, not the CLI.
if (!(await runWorkerRole())) {
  // The SDK warns at length on Node 20 about its future support policy; the CLI
  // is tested on Node 20 and 24, and that paragraph would bury our own output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

  setWorkerEntry(process.argv[1]);
  process.exitCode = await main(process.argv.slice(2));
}
