/**
 * A command's human report, independent of where it is shown: the action
 * renders it into the job summary, the CLI prints it as text.
 */

export interface SummaryTable {
  caption?: string;
  headers: string[];
  rows: string[][];
}

/** A chart drawn twice: as Mermaid for Markdown (the job summary, --format markdown), as sparklines for a terminal. */
export interface SummaryChart {
  caption: string;
  /** Mermaid source, without the code fence. */
  mermaid: string;
  /** Lines for the terminal, one per series. */
  text: string[];
}

export interface Summary {
  title: string;
  /** One-line verdict, shown first. */
  headline: string;
  tables: SummaryTable[];
  /** Further lines (lists of ids, hints). Never item values. */
  notes: string[];
  charts?: SummaryChart[];
}

/** Plain-text rendering, for the terminal. */
export function renderText(summary: Summary): string {
  const out: string[] = [`${summary.title}: ${summary.headline}`];
  for (const table of summary.tables) {
    out.push('');
    if (table.caption) out.push(table.caption);
    const widths = table.headers.map((h, i) => Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => (c ?? '').padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    out.push(line(table.headers));
    out.push(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of table.rows) out.push(line(row));
  }
  for (const chart of summary.charts ?? []) {
    out.push('', chart.caption, ...chart.text);
  }
  if (summary.notes.length > 0) {
    out.push('');
    out.push(...summary.notes);
  }
  return out.join('\n');
}

/** A Markdown table cell: pipes and line breaks would end it. */
function cell(text: string): string {
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/[\r\n]+/g, ' ');
}

/** Markdown rendering (GitHub's flavour), for --format markdown: what the job summary shows. */
export function renderMarkdown(summary: Summary): string {
  const out: string[] = [`## dynamodb-rollback ${summary.title}`, '', summary.headline];
  for (const table of summary.tables) {
    out.push('');
    if (table.caption) out.push(`### ${table.caption}`, '');
    out.push(`| ${table.headers.map(cell).join(' | ')} |`, `|${table.headers.map(() => ' --- |').join('')}`);
    for (const row of table.rows) out.push(`| ${table.headers.map((_, i) => cell(row[i] ?? '')).join(' | ')} |`);
  }
  for (const chart of summary.charts ?? []) out.push('', `### ${chart.caption}`, '', mermaidBlock(chart.mermaid));
  if (summary.notes.length > 0) out.push('', ...summary.notes.map((n) => `- ${n}`));
  return out.join('\n');
}

/** A fenced mermaid block, which GitHub renders as the chart. */
export function mermaidBlock(source: string): string {
  return `\`\`\`mermaid\n${source}\n\`\`\``;
}
