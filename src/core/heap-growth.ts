/**
 * Keeps the heap close to what is live. A rollback or verify of a large
 * collection holds an index of some 200 MB (docs/design.md "Memory at
 * scale") and parses much garbage beside it; V8 lets the heap grow to up to
 * four times what is live between full collections, which took verify of
 * 1,000,000 items to 660 MB of RSS. Growing by 30% at a time holds it under
 * 500 MB for some 7% more time in collection. Set at start, before the work
 * allocates; V8 reads the flag each time it sets the next limit.
 */
import v8 from 'node:v8';

export function boundHeapGrowth(): void {
  v8.setFlagsFromString('--heap-growing-percent=30');
}
