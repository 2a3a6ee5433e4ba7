/**
 * The bundled workflows as an app repository gets them: every `uses: ./`
 * (this action, in this repository) becomes the pinned commit, with the
 * version beside it as a comment; nothing else in the text changes. Also
 * reads off what the workflows expect the repository to provide (variables,
 * secrets, environments), so init can say what is still to set.
 */
import { parse } from 'yaml';
import type { ActionPin } from './pin.js';

/** `uses: ./` as a step or job key, quoted or not, with or without a trailing comment. */
const LOCAL_USES = /^(\s*(?:-\s+)?uses:\s*)(["']?)\.\/\2([ \t]+#.*)?[ \t]*$/gm;

/**
 * `written`: the workflow files init writes; a job calling one of them
 * (`uses: ./.github/workflows/rollback.yml`) finds it in the app's
 * repository too, so that path stays as it is.
 */
export function pinWorkflow(text: string, pin: ActionPin, file: string, written: readonly string[]): string {
  const out = text.replace(LOCAL_USES, (_m, lead: string) => `${lead}${pin.repository}@${pin.sha} # v${pin.version.replace(/^v/, '')}`);
  // Any other path into this repository means nothing in the app's: refuse to write a workflow that cannot run.
  for (const m of out.matchAll(/^\s*(?:-\s+)?uses:\s*["']?\.\/([^\s"'@]+)/gm)) {
    if (!written.includes(m[1]!)) throw new Error(`internal: ${file} uses ./${m[1]}, which is not in an app repository`);
  }
  return out;
}

export interface Variable {
  name: string;
  /** From the workflow's own `# Variables` comment; empty when it does not describe it. */
  description: string;
  /** May stay unset: every use falls back (`vars.X || ...`), or the comment says so ("optional", "default:", "unset on AWS"). */
  optional: boolean;
  /** The workflows that read it. */
  files: string[];
}

export interface Expected {
  variables: Variable[];
  secrets: string[];
  /** Environment names, a stage expression shown as <stage> (dynamodb-rollback-<stage>). */
  environments: string[];
}

/** A full-line comment is not a use (a commented-out schedule may name a variable). */
const withoutComments = (text: string) => text.replace(/^\s*#.*$/gm, '');

export function expectedSettings(workflows: Array<{ file: string; text: string }>): Expected {
  const uses = new Map<string, { files: Set<string>; fallsBack: boolean }>();
  const secrets = new Set<string>();
  const environments = new Set<string>();
  for (const { file, text } of workflows) {
    const code = withoutComments(text);
    for (const m of code.matchAll(/\bvars\.([A-Za-z_][A-Za-z0-9_]*)(\s*\|\|)?/g)) {
      const u = uses.get(m[1]!) ?? { files: new Set<string>(), fallsBack: true };
      u.files.add(file);
      u.fallsBack &&= m[2] !== undefined;
      uses.set(m[1]!, u);
    }
    // GITHUB_TOKEN is provided by every run; the operator sets nothing for it.
    for (const m of code.matchAll(/\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g)) if (m[1] !== 'GITHUB_TOKEN') secrets.add(m[1]!);
    const jobs = (parse(text) as { jobs?: Record<string, { environment?: string | { name?: string } }> } | null)?.jobs ?? {};
    for (const job of Object.values(jobs)) {
      const env = typeof job?.environment === 'string' ? job.environment : job?.environment?.name;
      // dynamodb-rollback-${{ inputs.stage }} or ${{ needs.resolve.outputs.stage }}: the name an admin creates is dynamodb-rollback-<stage>.
      if (env) environments.add(env.replace(/\$\{\{[^}]*?\.stage\s*\}\}/g, '<stage>'));
    }
  }
  const described = new Map(workflows.flatMap((w) => [...describedVariables(w.text)]));
  return {
    variables: [...uses.keys()].sort().map((name) => {
      const description = described.get(name) ?? '';
      const u = uses.get(name)!;
      return {
        name,
        description,
        optional: u.fallsBack || /\boptional\b|\(default:|unset on AWS/i.test(description),
        files: [...u.files].sort(),
      };
    }),
    secrets: [...secrets].sort(),
    environments: [...environments].sort(),
  };
}

/**
 * The workflow's header comment, as this repository writes it:
 *   # Variables (...):
 *   #   NAME[, NAME]   what it is
 *   #                  continued
 * so what init prints is what the workflow itself says.
 */
export function describedVariables(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^#\s*Variables\b/.test(l));
  if (start < 0) return out;
  let current: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('#')) break;
    const entry = /^#\s+([A-Z][A-Z0-9_]*(?:,\s*[A-Z][A-Z0-9_]*)*)(?:\s+(.*))?$/.exec(line);
    if (entry) {
      current = entry[1]!.split(/,\s*/);
      for (const name of current) out.set(name, (entry[2] ?? '').trim());
    } else if (/^#\s{4,}\S/.test(line) && current.length > 0) {
      for (const name of current) out.set(name, `${out.get(name)} ${line.replace(/^#\s+/, '')}`.trim());
    } else break;
  }
  return out;
}
