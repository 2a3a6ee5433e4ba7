/** What runWorkflow is given: the workflow, its inputs and contexts, the runner's folders, and what stands in for the rest. */
import type { ActionManifest } from './action-manifest.js';
import type { Json } from './expressions.js';
import type { LocalAction } from './local-action.js';
import type { Workflow } from './workflow.js';

/** What a step of this package's action may change before and after it runs (what cannot run here). */
export interface ActionAdapter {
  /** Inputs to add (never to override) for a command, with the reason shown. */
  before?(inputs: Record<string, string>): { add: Record<string, string>; note: string } | null;
  /** After a step that succeeded: skipped (it did not really do its work here, the reason given) or a note on what it did here. */
  after?(inputs: Record<string, string>, outputs: Record<string, string>): { skipped: string } | { note: string } | null;
}

export interface RunWorkflowOptions {
  workflow: Workflow;
  inputs: Record<string, string>;
  /** The event that started the run; default workflow_dispatch with the inputs. */
  event?: { name: string; payload: Record<string, Json> };
  vars: Record<string, string>;
  secrets: Record<string, string>;
  /** The github context (repository, sha, ref, actor...); event, job and workspace are added per job. */
  github: Record<string, Json>;
  /** This run's folder: step logs, the collected summaries, the event. */
  work: string;
  /**
   * The runner's folder. As on a GitHub-hosted runner, every job gets the
   * same workspace path (<runner>/work/<repo>/<repo>) and temp folder
   * (<runner>/work/_temp), emptied before it starts: an absolute path one
   * job records is the same path in the next, and nothing else carries over.
   */
  runner: string;
  /** The environment every step starts from (PATH, HOME...). */
  baseEnv: Record<string, string>;
  action: ActionManifest;
  /** Names this action goes by besides ./ (owner/dynamodb-rollback; "*" as the owner for any). */
  actionNames: readonly string[];
  localActions: Readonly<Record<string, LocalAction>>;
  /** Keyed by the action's `command` input. */
  adapters?: Readonly<Record<string, ActionAdapter>>;
  /** The environment gate: true lets the job run. */
  gate(job: string, environment: string): Promise<boolean>;
  /** Makes a job's workspace folder before its steps (checkout fills it). */
  prepareWorkspace?(job: string, workspace: string): Promise<void>;
  node: string;
  onLine(line: string): void;
}
