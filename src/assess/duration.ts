import { InputError } from '../core/errors.js';

const UNITS: Record<string, number> = { m: 60, h: 3600, d: 86_400 };

/** "90m", "24h", "7d" as seconds; anything else is refused naming the option. */
export function parseDuration(raw: string, label: string): number {
  const m = /^(\d{1,6})([mhd])$/.exec(raw.trim());
  if (!m || Number(m[1]) === 0)
    throw new InputError(
      `${label}: expected a whole number and a unit, m (minutes), h (hours) or d (days), such as 24h; got ${JSON.stringify(raw.slice(0, 40))}`,
    );
  return Number(m[1]) * UNITS[m[2]!]!;
}
