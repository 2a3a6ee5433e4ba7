import type { LocalServices } from './services.js';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __services?: LocalServices }).__services?.stop();
}
