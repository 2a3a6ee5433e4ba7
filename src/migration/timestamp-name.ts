/**
 * When a backup folder was made, from its name: migration scripts name
 * folders by time (`2024-05-01T10-30-00-000Z`, `20240501T103000`,
 * `backup-1714559400000`). A name is more trustworthy than mtime, which a
 * copy or checkout resets. Times without a zone are taken as UTC.
 */

const DATE_TIME = /(\d{4})-?(\d{2})-?(\d{2})(?:[T_ -]?(\d{2})[-:.]?(\d{2})(?:[-:.]?(\d{2})(?:[.,-](\d{1,9}))?)?)?/;
const EPOCH = /(?:^|\D)(\d{13}|\d{10})(?:\D|$)/;

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): Date | null {
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  // Date.UTC rolls 2024-02-31 over to March: a rolled date was not a date.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (h > 23 || mi > 59 || s > 59) return null;
  return date;
}

/** The time in a folder name, or null when the name holds none. */
export function timestampFromName(name: string): Date | null {
  const m = DATE_TIME.exec(name);
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0'] = m;
    const year = Number(y);
    if (year >= 2000 && year <= 2200) {
      const date = utc(year, Number(mo), Number(d), Number(h), Number(mi), Number(s), Number(frac.padEnd(3, '0').slice(0, 3)));
      if (date) return date;
    }
  }
  const e = EPOCH.exec(name);
  if (e) {
    const n = Number(e[1]);
    const ms = e[1]!.length === 13 ? n : n * 1000;
    // Only plausible times (2001..2200), so that an unrelated long number is not read as one.
    if (ms > 978_307_200_000 && ms < 7_258_118_400_000) return new Date(ms);
  }
  return null;
}
