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
  /** The comment says it may stay unset ("optional", "default:", "unset on AWS"). */
  optional: boolean;
}

export interface Expected {
  variables: Variable[];
  secrets: string[];
  /** Environment names as written, expressions kept (dynamodb-rollback-${{ inputs.stage }}). */
  environments: string[];
}

export function expectedSettings(texts: string[]): Expected {
  const variables = new Set<string>();
  const secrets = new Set<string>();
  const environments = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\bvars\.([A-Za-z_][A-Za-z0-9_]*)/g)) variables.add(m[1]!);
    // GITHUB_TOKEN is provided by every run; the operator sets nothing for it.
    for (const m of text.matchAll(/\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g)) if (m[1] !== 'GITHUB_TOKEN') secrets.add(m[1]!);
    const jobs = (parse(text) as { jobs?: Record<string, { environment?: string | { name?: string } }> } | null)?.jobs ?? {};
    for (const job of Object.values(jobs)) {
      const env = typeof job?.environment === 'string' ? job.environment : job?.environment?.name;
      if (env) environments.add(env);
    }
  }
  const sorted = (s: Set<string>) => [...s].sort();
  const described = new Map(texts.flatMap((t) => [...describedVariables(t)]));
  return {
    variables: sorted(variables).map((name) => {
      const description = described.get(name) ?? '';
      return { name, description, optional: /\boptional\b|\(default:|unset on AWS/i.test(description) };
    }),
    secrets: sorted(secrets),
    environments: sorted(environments),
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

