/**
 * A command's human report, independent of where it is shown: the action
 * renders it into the job summary, the CLI prints it as text.
 */

export interface SummaryTable {
  caption?: string;
  headers: string[];
  rows: string[][];
}

export interface Summary {
  title: string;
  /** One-line verdict, shown first. */
  headline: string;
  tables: SummaryTable[];
  /** Further lines (lists of ids, hints). Never item values. */
  notes: string[];
}

/** Plain-text rendering, for the terminal. */
export function renderText(summary: Summary): string {
  const out: string[] = [`${summary.title}: ${summary.headline}`];
  for (const table of summary.tables) {
    out.push('');
    if (table.caption) out.push(table.caption);
    const widths = table.headers.map((h, i) =>
      Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)),
    );
    const line = (cells: string[]) =>
      cells.map((c, i) => (c ?? '').padEnd(widths[i] ?? 0)).join('  ').trimEnd();
    out.push(line(table.headers));
    out.push(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of table.rows) out.push(line(row));
  }
  if (summary.notes.length > 0) {
    out.push('');
    out.push(...summary.notes);
  }
  return out.join('\n');
}
