/** What the drill reads back after the chain: the rollback's figures from its steps' outputs, the app's state from its folder. */
import { readdir } from 'node:fs/promises';
import type { WorkflowRecord } from './runner/step-result.js';

export interface DrillFigures {
  exported: number | null;
  rolledBack: number | null;
  verified: number | null;
  live: string | null;
}

const sum = (json: string | undefined, pick: (v: unknown) => number): number | null => {
  if (!json) return null;
  try {
    return Object.values(JSON.parse(json) as Record<string, unknown>).reduce<number>((s, v) => s + pick(v), 0);
  } catch {
    return null;
  }
};

export function figuresOf(run: WorkflowRecord | undefined): DrillFigures {
  const out = (id: string) => run?.jobs.flatMap((j) => j.steps).find((s) => s.step === id)?.outputs ?? {};
  return {
    exported: sum(out('export').items, (v) => Number(v) || 0),
    rolledBack: sum(out('rollback').counts, (v) => Number((v as { items?: number }).items) || 0),
    verified: sum(out('verify').counts, (v) => Number((v as { expected?: number }).expected) || 0),
    live: out('verify').live ?? null,
  };
}

export async function appState(dir: string): Promise<Record<string, boolean>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return { maintenance: names.includes('maintenance'), 'jobs-stopped': names.includes('jobs-stopped') };
}
