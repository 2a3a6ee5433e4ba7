/** The files a step writes its results to: made empty, read back as the runner reads them, carried into the job. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { collectStepFiles, createStepFiles, parseCommandFile, readCommandFile } from '../../../src/drill/runner/runner-files.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-runner-files-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('parseCommandFile', () => {
  it('reads name=value lines and name<<DELIMITER blocks', () => {
    expect(parseCommandFile('a=1\nb=x=y\n\nbody<<EOF\nline one\nline=two\nEOF\nc=\n', 'f')).toEqual({
      a: '1',
      b: 'x=y',
      body: 'line one\nline=two',
      c: '',
    });
  });

  it('reads a value with << after its = as a plain value', () => {
    expect(parseCommandFile('cmd=a<<b\n', 'f')).toEqual({ cmd: 'a<<b' });
  });

  it('refuses a block never closed, and a line that is neither form, naming the file', () => {
    expect(() => parseCommandFile('x<<END\nvalue\n', '/t/output-3')).toThrow('/t/output-3: x<<END is never closed by a line END');
    expect(() => parseCommandFile('just words\n', '/t/env-1')).toThrow('/t/env-1: a line that is neither name=value nor name<<DELIMITER');
  });

  it('reads a missing file as empty', async () => {
    expect(await readCommandFile(path.join(dir, 'none'))).toEqual({});
  });
});

describe('step files', () => {
  it("makes each of a step's files empty, and carries GITHUB_ENV, GITHUB_PATH and the summary into the job", async () => {
    const temp = await mkdtemp(path.join(dir, 'temp-'));
    await writeFile(path.join(temp, 'env-2'), 'stale=1\n');
    const files = await createStepFiles(temp, 2);
    expect(files.GITHUB_ENV).toBe(path.join(temp, 'env-2'));
    for (const f of Object.values(files)) expect(await readFile(f, 'utf8')).toBe('');

    await writeFile(files.GITHUB_ENV, 'A=1\nB<<X\nb\nX\n');
    await writeFile(files.GITHUB_PATH, '/first\n/second\n');
    await writeFile(files.GITHUB_STEP_SUMMARY, '### done\n');
    const summaryFile = path.join(temp, 'summaries.md');
    await writeFile(summaryFile, '');
    const into = { fileEnv: { A: '0', KEEP: 'k' }, extraPath: ['/earlier'], summaryFile, heading: 'j › s' };
    await collectStepFiles(files, into);
    expect(into.fileEnv).toEqual({ A: '1', B: 'b', KEEP: 'k' });
    expect(into.extraPath).toEqual(['/second', '/first', '/earlier']);
    expect(await readFile(summaryFile, 'utf8')).toBe('<!-- j › s -->\n### done\n\n');
  });

  it('adds nothing to the summaries for a blank summary', async () => {
    const temp = await mkdtemp(path.join(dir, 'temp-'));
    const files = await createStepFiles(temp, 0);
    await writeFile(files.GITHUB_STEP_SUMMARY, '  \n');
    const summaryFile = path.join(temp, 'summaries.md');
    await writeFile(summaryFile, '');
    await collectStepFiles(files, { fileEnv: {}, extraPath: [], summaryFile, heading: 'j › s' });
    expect(await readFile(summaryFile, 'utf8')).toBe('');
  });
});
