import type { LocalServices } from './services.ts';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __services?: LocalServices }).__services?.stop();
}
