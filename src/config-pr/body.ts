/**
 * The pull request's title and body: the rollback record a reviewer
 * approves. Pure. Ids and counts only, never item values; id lists are cut
 * with "and N more", tighter and tighter until the body fits under GitHub's
 * limit of 65,536 characters.
 */
import type { ManifestSum, RollbackRecord, VerifyRecord } from '../record/contents.js';
import { groupDigits } from '../core/group-digits.js';

export const BODY_LIMIT = 65_536;
/** Room kept below the limit (GitHub counts some characters twice). */
const BODY_BUDGET = 60_000;

export interface TargetOutcome {
  /** `path`, `path#/pointer`, `path:property` or `command: ...`. */
  target: string;
  status: 'flipped' | 'unchanged' | 'skipped' | 'ran';
  /** Lines changed (files) or files changed (commands), and notes like "set twice". */
  detail: string;
}

export interface BodyInput {
  stage: string;
  reason?: string;
  actor?: string;
  runUrl?: string;
  runId?: string;
  release?: string;
  switch: { key: string; from: string; to: string };
  record: RollbackRecord;
  verify: VerifyRecord | null;
  manifests: ManifestSum[];
  targets: TargetOutcome[];
  files: string[];
}

export function pullTitle(input: Pick<BodyInput, 'stage' | 'switch'>, configured?: string): string {
  return configured ?? `Switch ${input.stage} back to the file database (${input.switch.key}=${input.switch.to})`;
}

/** Marks the pull request as ours; the finish workflow looks for it. */
export const BODY_MARKER = '<!-- dynamodb-rollback:config-pr -->';

/**
 * Hidden lines the finish workflow reads from the merged pull request: the
 * export to verify the live tables against, the release to pull, and the
 * rollback's workflow run (its record artifact holds the report).
 * One value per line, after the name and a space; no line breaks in it.
 */
export function bodyFields(fields: { export: string; release?: string; runId?: string }): string[] {
  const clean = (v: string) => v.replace(/[\r\n]|-->/g, '');
  const line = (name: string, v: string | undefined) => (v ? [`<!-- dynamodb-rollback:${name} ${clean(v)} -->`] : []);
  return [...line('export', fields.export), ...line('release', fields.release), ...line('run', fields.runId)];
}

const esc = (s: string) => s.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
// No line break inside a code span: a path with one must not start a line of its own (the finish reads lines).
const code = (s: string) => `\`${s.replaceAll('`', "'").replace(/\r?\n|\r/g, ' ')}\``;
const n = groupDigits;

function list(ids: string[], max: number): string {
  if (ids.length === 0) return '-';
  const shown = ids.slice(0, max).map(code).join(', ');
  return ids.length > max ? `${shown}${max > 0 ? ' ' : ''}and ${n(ids.length - max)} more` : shown;
}

function table(headers: string[], rows: string[][]): string[] {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

const KNOWN_COUNTS = ['items', 'fromExport', 'keptFromFiles', 'fromBackup', 'conflicts', 'added', 'changed', 'deleted', 'unchanged'];

/** Figures behind the checklist, from the report and verify's result. */
export function proof(input: Pick<BodyInput, 'record' | 'verify'>) {
  const r = input.record;
  const exported = r.collections.reduce((s, c) => s + c.exportItems, 0);
  const lost = r.collections.flatMap((c) => Object.values(c.lost).flat());
  const v = input.verify;
  return {
    exported,
    lost: lost.length,
    verified: v !== null && v.ok,
    verifiedItems: v ? v.collections.reduce((s, c) => s + c.expected, 0) : 0,
    liveUnchanged: v?.live ? v.live.every((l) => l.same) : null,
  };
}

export function pullBody(input: BodyInput): string {
  for (const max of [50, 20, 5, 0]) {
    const body = render(input, max);
    if (body.length <= BODY_BUDGET) return body;
  }
  const body = render(input, 0);
  const note = `\n\n…cut at ${n(BODY_BUDGET)} characters; the full record is the rollback report.`;
  return body.slice(0, BODY_BUDGET - note.length) + note;
}

function render(input: BodyInput, max: number): string {
  const r = input.record;
  const p = proof(input);
  const out: string[] = [
    BODY_MARKER,
    ...bodyFields({ export: r.export.location, release: input.release, runId: input.runId }),
    `Switches **${esc(input.stage)}** back to the file database: ${code(`${input.switch.key}=${input.switch.to}`)} (was ${code(input.switch.from)}).`,
    '',
  ];
  out.push(`- **Reason:** ${input.reason ? esc(input.reason) : '_not given_'}`);
  out.push(
    `- **Run by:** ${input.actor ? esc(input.actor) : '_unknown_'}${input.runUrl ? ` in [this workflow run](${input.runUrl})` : ''}`,
  );
  out.push(`- **Rollback report:** ${code(r.path)}`);
  if (input.release) out.push(`- **Published release:** ${code(input.release)} (what \`pull --from\` takes)`);
  out.push('', '### Export', '');
  out.push(`From ${code(r.export.location)}, ${r.export.startTime ?? '?'} to ${r.export.endTime ?? '?'}.`, '');
  const sums = new Map(input.manifests.map((m) => [m.table, m.sha256]));
  out.push(
    ...table(
      ['collection', 'table', 'items', 'manifest-files.json sha256'],
      r.collections.map((c) => [
        esc(c.collection),
        esc(c.table),
        n(c.exportItems),
        sums.get(c.table) ? code(sums.get(c.table)!) : '_not read here_',
      ]),
    ),
  );
  out.push('', '### Rollback', '');
  out.push(
    `Strategy ${code(r.strategy)}, conflicts settled by ${code(`prefer ${r.prefer}`)}${r.backup ? `, migration backup ${code(r.backup)}` : ''}, started ${r.startedAt}.`,
    '',
  );
  const extra = [...new Set(r.collections.flatMap((c) => Object.keys(c.counts)))].filter((k) => !KNOWN_COUNTS.includes(k));
  const columns = [...KNOWN_COUNTS.filter((k) => r.collections.some((c) => k in c.counts)), ...extra];
  out.push(
    ...table(
      ['collection', ...columns],
      r.collections.map((c) => [esc(c.collection), ...columns.map((k) => (k in c.counts ? n(c.counts[k]!) : '-'))]),
    ),
  );
  const conflicts = r.collections.filter((c) => c.conflicts.length > 0);
  if (conflicts.length > 0) {
    out.push('', '**Conflicts** (changed on both sides), and how they were settled:', '');
    for (const c of conflicts) {
      const byWay = new Map<string, string[]>();
      for (const x of c.conflicts) {
        const way = `${x.kind}: took ${x.took}, ${x.result}`;
        const group = byWay.get(way);
        if (group) group.push(x.id);
        else byWay.set(way, [x.id]);
      }
      for (const [way, idList] of byWay) out.push(`- ${esc(c.collection)}, ${esc(way)}: ${list(idList, max)}`);
    }
  }
  const deleted = r.collections.filter((c) => c.deletedIds.length > 0);
  if (deleted.length > 0) {
    out.push('', '**Deleted** from the current files:', '');
    for (const c of deleted) out.push(`- ${esc(c.collection)}: ${list(c.deletedIds, max)}`);
  }
  const lost = r.collections.flatMap((c) =>
    Object.entries(c.lost)
      .filter(([, v]) => v.length > 0)
      .map(([k, v]) => ({ c: c.collection, k, v })),
  );
  if (lost.length > 0) {
    out.push(
      '',
      `**Not kept** (versions written since the migration that the result does not hold${r.allowDataLoss ? ', allowed with --allow-data-loss' : ''}):`,
      '',
    );
    for (const x of lost) out.push(`- ${esc(x.c)}, ${esc(x.k)}: ${list(x.v, max)}`);
  }
  if (r.precisionWarnings > 0)
    out.push('', `${n(r.precisionWarnings)} numbers have more digits than JavaScript keeps (written exactly; see the report).`);
  out.push('', '### Verify', '');
  if (!input.verify) out.push("_verify's result was not given (`--verify-result`); the checks below that need it stay open._");
  else {
    const v = input.verify;
    out.push(`${v.ok ? 'Passed' : '**Failed**'} (${code(v.path)}).`, '');
    out.push(
      ...table(
        ['collection', 'expected', 'found', 'missing', 'extra', 'changed', 'accounted', 'status'],
        v.collections.map((c) => [
          esc(c.collection),
          n(c.expected),
          n(c.found),
          n(c.missing),
          n(c.extra),
          n(c.changed),
          n(c.accounted),
          esc(c.status),
        ]),
      ),
    );
    if (v.live)
      out.push(
        '',
        `Live tables: ${
          v.live.every((l) => l.same)
            ? 'unchanged since the export'
            : `**changed since the export**: ${v.live
                .filter((l) => !l.same)
                .map((l) => code(l.table))
                .join(', ')}`
        }.`,
      );
  }
  out.push('', '### Rollback verification checklist', '');
  const box = (done: boolean, text: string) => `- [${done ? 'x' : ' '}] ${text}`;
  out.push(
    box(
      p.verified,
      `All migrated data restored to the files${p.verified ? `: verify matched ${n(p.verifiedItems)} items against the export` : ' (needs a passing verify result)'}`,
    ),
  );
  const lossText =
    p.lost > 0
      ? `No data loss occurred: **${n(p.lost)} versions written since the migration are not kept** (under "Not kept" above); a person decides whether that is right`
      : `No data loss occurred: ${n(p.exported)} items exported, 0 versions written since the migration left out${p.verified ? '' : '; needs a passing verify result'}`;
  out.push(box(p.verified && p.lost === 0, lossText));
  out.push(
    box(
      p.liveUnchanged === true,
      p.liveUnchanged === null
        ? 'No writes reached DynamoDB after the export (needs verify --live)'
        : `No writes reached DynamoDB after the export${p.liveUnchanged ? ' (verify --live)' : ': **some did**; run rollback --base after the deploy'}`,
    ),
  );
  out.push(box(true, `${code(input.switch.key)} set to ${code(input.switch.to)} in every target (this pull request)`));
  out.push(box(false, 'After the deploy: the app starts and serves from the file database'));
  out.push(
    box(
      false,
      'After the deploy: health check and integration tests pass (read their output: `npm run test:integration` exits 0 even when tests fail)',
    ),
  );
  out.push(box(false, 'After the deploy: no errors in the logs, response times normal'));
  out.push(box(false, 'Maintenance mode off, jobs started, users told'));
  out.push('', '### Files changed', '');
  out.push(
    ...table(
      ['target', 'result', 'detail'],
      input.targets.map((t) => [esc(t.target), t.status, esc(t.detail)]),
    ),
  );
  out.push('', input.files.length ? `Files in this pull request: ${input.files.map(code).join(', ')}.` : 'No file changes.');
  return out.join('\n');
}
