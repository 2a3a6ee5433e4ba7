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

export interface Expected {
  variables: string[];
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
  return { variables: sorted(variables), secrets: sorted(secrets), environments: sorted(environments) };
}
