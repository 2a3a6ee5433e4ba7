#!/usr/bin/env node
import { boundHeapGrowth } from '../core/heap-growth.js';
import { main } from './main.js';

// The SDK warns at length on Node 20 about its future support policy; the CLI
// is tested on Node 20 and 24, and that paragraph would bury our own output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

boundHeapGrowth();
process.exitCode = await main(process.argv.slice(2));
