import { jest } from '@jest/globals';
import { run } from '../../src/action/run.js';
import { InputError } from '../../src/core/errors.js';
import type { Execution } from '../../src/commands/execute.js';

/** Captures what @actions/core writes to stdout (workflow commands). */
async function capture(fn: () => Promise<void>): Promise<{ lines: string[]; exitCode: number | undefined }> {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
  const saved = process.exitCode;
  process.exitCode = undefined;
  try {
    await fn();
    return { lines, exitCode: process.exitCode as number | undefined };
  } finally {
    spy.mockRestore();
    process.exitCode = saved;
  }
}

describe('action run()', () => {
  beforeEach(() => {
    process.env.INPUT_COMMAND = 'config';
    delete process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_STEP_SUMMARY;
  });
  afterAll(() => {
    delete process.env.INPUT_COMMAND;
  });

  it.each([
    ['a string', 'a string', 1],
    [undefined, 'unknown failure (undefined was thrown)', 1],
    [{ weird: true }, 'unknown failure: {"weird":true}', 1],
    [new InputError('table t missing; check --stage'), 'table t missing; check --stage', 2],
    [new RangeError('boom'), 'RangeError: boom', 1],
  ])('fails the step exactly once when %p is thrown', async (thrown, message, code) => {
    const { lines, exitCode } = await capture(() =>
      run({
        execute: async () => {
          throw thrown;
        },
      }),
    );
    expect(lines.filter((l) => l.startsWith('::error::'))).toEqual([`::error::${message}`]);
    expect(exitCode).toBe(code);
  });

  it('fails once with the headline when the command reports a mismatch', async () => {
    const execution: Execution = {
      command: 'config',
      result: {},
      presentation: {
        ok: false,
        outputs: { differences: '3' },
        summary: { title: 'verify', headline: '3 items differ', tables: [], notes: [] },
      },
    };
    const { lines, exitCode } = await capture(() => run({ execute: async () => execution }));
    expect(lines.filter((l) => l.startsWith('::error::'))).toEqual(['::error::config: 3 items differ']);
    expect(exitCode).toBe(1);
  });
});
