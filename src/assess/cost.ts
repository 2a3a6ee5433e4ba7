/**
 * A month's cost of what the window showed, under both billing modes: the
 * runbook's scenario 3 asks whether the migration costs more than it
 * should. Pure. An estimate from the window's consumption scaled to a month
 * (730 hours) and list prices: never a bill (no free tier, reserved
 * capacity, backups, streams or transfer).
 */
import type { Prices } from '../config/types.js';
import type { Capacity } from '../dynamo/table.js';
import type { TableObservation } from './observation.js';

export const HOURS_PER_MONTH = 730;
/** Provisioned capacity sized to the busiest period at this utilisation, as DynamoDB's auto scaling targets by default. */
export const TARGET_UTILISATION = 0.7;

export interface CostEstimate {
  /** Under on-demand: the consumed units scaled to a month. */
  onDemand: number;
  /** Under provisioned: the capacity set now, or (on an on-demand table) the busiest period's at 70% utilisation. */
  provisioned: number;
  /** How provisioned was sized: "as set" or "sized to peak". */
  provisionedBasis: 'as set' | 'sized to peak';
  /** The mode the table is in now: which of the two it costs today. */
  current: number;
  storage: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function capacityHourly(c: Capacity, p: Prices): number {
  return c.read * p.provisionedReadPerHour + c.write * p.provisionedWritePerHour;
}

function sizedToPeak(readPerSecond: number, writePerSecond: number): Capacity {
  return {
    read: Math.max(1, Math.ceil(readPerSecond / TARGET_UTILISATION)),
    write: Math.max(1, Math.ceil(writePerSecond / TARGET_UTILISATION)),
  };
}

export function estimateCost(o: TableObservation, windowSeconds: number, p: Prices): CostEstimate {
  const scale = (HOURS_PER_MONTH * 3600) / windowSeconds;
  const parts = [o, ...o.indexes];
  const reads = parts.reduce((a, x) => a + x.consumedRead, 0) * scale;
  const writes = parts.reduce((a, x) => a + x.consumedWrite, 0) * scale;
  const storage = ((o.sizeBytes + o.indexes.reduce((a, g) => a + g.sizeBytes, 0)) / 1e9) * p.storagePerGbMonth;
  const onDemand = (reads / 1e6) * p.onDemandReadPerMillion + (writes / 1e6) * p.onDemandWritePerMillion + storage;
  const asSet = o.billing === 'PROVISIONED' && o.provisioned !== null;
  const hourly = asSet
    ? capacityHourly(o.provisioned!, p) + o.indexes.reduce((a, g) => a + (g.provisioned ? capacityHourly(g.provisioned, p) : 0), 0)
    : parts.reduce((a, x) => a + capacityHourly(sizedToPeak(x.peakReadPerSecond, x.peakWritePerSecond), p), 0);
  const provisioned = hourly * HOURS_PER_MONTH + storage;
  return {
    onDemand: round2(onDemand),
    provisioned: round2(provisioned),
    provisionedBasis: asSet ? 'as set' : 'sized to peak',
    current: round2(o.billing === 'PAY_PER_REQUEST' ? onDemand : provisioned),
    storage: round2(storage),
  };
}

export function dollars(n: number): string {
  return `$${n.toFixed(2)}`;
}
