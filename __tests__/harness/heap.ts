/**
 * What a computation leaves on the heap: heapUsed after a full garbage
 * collection, before and after, with the value it returns still held. V8's
 * gc() is exposed at run time (v8.setFlagsFromString), so the test command
 * needs no flag.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const used = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

export async function retainedBytes<T>(make: () => T | Promise<T>): Promise<{ retained: number; value: T }> {
  const before = used();
  const value = await make();
  const retained = used() - before;
  return { retained, value };
}
