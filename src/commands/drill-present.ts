/** How a drill is shown: a table of every job and step with its status and seconds, the figures, the time beside the runbook's. */
import type { DrillResult } from '../drill/run-drill.js';
import { RUNBOOK_ESTIMATE } from '../drill/run-drill.js';
import type { Presentation } from './types.js';
import { opt } from '../core/option-name.js';
import { groupDigits } from '../core/group-digits.js';

const n = (v: number | null) => (v === null ? '-' : groupDigits(v));

export function presentDrill(r: DrillResult): Presentation {
  const rows: string[][] = [];
  // Not AWS: said in the table itself, above every step that talked to it.
  if (r.standIn) rows.push(['', '', 'DynamoDB export API', 'stand-in for AWS', '', r.standIn]);
  for (const w of r.workflows) {
    const file = w.file.split('/').slice(-1)[0]!;
    for (const j of w.jobs) {
      rows.push([
        file,
        j.job,
        '',
        j.result === 'success' ? 'ok' : j.result === 'failure' ? 'FAILED' : j.result,
        j.seconds.toFixed(1),
        j.note,
      ]);
      for (const s of j.steps) rows.push(['', '', s.step, s.status === 'failed' ? 'FAILED' : s.status, s.seconds.toFixed(1), s.note]);
    }
  }
  const failed = r.workflows.flatMap((w) =>
    w.jobs.flatMap((j) => j.steps.filter((s) => s.status === 'failed').map((s) => `${j.job} › ${s.step}`)),
  );
  const minutes = (r.seconds / 60).toFixed(1);
  const headline = r.ok
    ? `the chain passed in ${r.seconds.toFixed(0)} s (${minutes} min; the runbook: "${RUNBOOK_ESTIMATE}")`
    : `the chain did NOT pass${failed.length ? `: failed at ${failed.join(', ')}` : r.finishSkipped ? `: ${r.finishSkipped}` : ''}`;
  const notes = [
    `app: ${r.app.source === 'copy' ? `a copy of ${r.app.from}` : 'the scratch events app'}, stage ${r.app.stage}; tables ${Object.values(r.app.tables).join(', ')} seeded with ${r.app.seeded}`,
    `items exported ${n(r.figures.exported)}, rolled back ${n(r.figures.rolledBack)}, verified ${n(r.figures.verified)}; live tables since the export: ${r.figures.live ?? '-'}`,
    r.branch
      ? `branch ${r.branch} pushed to the local origin${r.merged ? ', then merged into its default branch' : ''}`
      : 'no branch pushed',
    r.pullRequestBody
      ? `pull request body (GitHub API not called): ${r.pullRequestBody}${r.kept ? '' : ` (removed with the scratch folder; ${opt('keep')} keeps it)`}`
      : 'no pull request recorded',
    ...r.comments.map((c) => `comment on the pull request (GitHub API not called): ${c}`),
    `app state at the end: maintenance ${r.appState.maintenance ? 'on' : 'off'}, jobs ${r.appState['jobs-stopped'] ? 'stopped' : 'running'}`,
    ...(r.finishSkipped ? [`rollback-finish.yml not run: ${r.finishSkipped}`] : []),
    `total ${r.seconds.toFixed(1)} s, beside the runbook's estimate "${RUNBOOK_ESTIMATE}"`,
    r.kept ? `scratch folder kept: ${r.scratch} (workspaces, step logs, artifacts)` : `scratch folder removed (${opt('keep')} keeps it)`,
  ];
  return {
    ok: r.ok,
    outputs: { seconds: r.seconds.toFixed(1), scratch: r.kept ? r.scratch : '' },
    summary: { title: 'drill', headline, tables: [{ headers: ['workflow', 'job', 'step', 'status', 'seconds', 'note'], rows }], notes },
  };
}
