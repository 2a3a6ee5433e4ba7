import * as core from '@actions/core';
import { mermaidBlock, type Summary } from '../core/summary.js';

/** Writes a command's summary into the job summary (no-op where the runner gives no summary file). */
export async function writeJobSummary(summary: Summary, ok: boolean): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const s = core.summary.addHeading(`dynamodb-rollback ${summary.title}`, 2);
  s.addRaw(`${ok ? '✅' : '❌'} ${escapeHtml(summary.headline)}`, true);
  for (const table of summary.tables) {
    if (table.caption) s.addHeading(escapeHtml(table.caption), 3);
    s.addTable([
      table.headers.map((h) => ({ data: escapeHtml(h), header: true })),
      ...table.rows.map((row) => row.map((c) => escapeHtml(c))),
    ]);
  }
  for (const chart of summary.charts ?? []) {
    s.addHeading(escapeHtml(chart.caption), 3);
    // Blank lines around the fence: the summary is Markdown, and a fence glued to HTML is not parsed as one.
    s.addRaw(`\n${mermaidBlock(chart.mermaid)}\n`, true);
  }
  if (summary.notes.length > 0) s.addList(summary.notes.map(escapeHtml));
  await s.write();
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
