/**
 * The files a step writes its results to (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STEP_SUMMARY, GITHUB_STATE), made empty before it and
 * read back the way the runner reads them: `name=value` lines and
 * `name<<DELIMITER` blocks.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface StepFiles {
  GITHUB_OUTPUT: string;
  GITHUB_ENV: string;
  GITHUB_PATH: string;
  GITHUB_STEP_SUMMARY: string;
  GITHUB_STATE: string;
}

/** The step's files in the runner's temp folder, each empty. */
export async function createStepFiles(runnerTemp: string, index: number): Promise<StepFiles> {
  const files: StepFiles = {
    GITHUB_OUTPUT: path.join(runnerTemp, `output-${index}`),
    GITHUB_ENV: path.join(runnerTemp, `env-${index}`),
    GITHUB_PATH: path.join(runnerTemp, `path-${index}`),
    GITHUB_STEP_SUMMARY: path.join(runnerTemp, `summary-${index}`),
    GITHUB_STATE: path.join(runnerTemp, `state-${index}`),
  };
  for (const f of Object.values(files)) await writeFile(f, '');
  return files;
}

/** Where a step's files go after it: GITHUB_ENV into the job's later steps, GITHUB_PATH before PATH, the summary under a heading. */
export interface StepFilesInto {
  fileEnv: Record<string, string>;
  extraPath: string[];
  summaryFile: string;
  heading: string;
}

export async function collectStepFiles(files: StepFiles, into: StepFilesInto): Promise<void> {
  Object.assign(into.fileEnv, await readCommandFile(files.GITHUB_ENV));
  into.extraPath.unshift(...(await readPathFile(files.GITHUB_PATH)).reverse());
  const summary = await readFile(files.GITHUB_STEP_SUMMARY, 'utf8').catch(() => '');
  if (summary.trim()) await appendFile(into.summaryFile, `<!-- ${into.heading} -->\n${summary}\n`);
}

export function parseCommandFile(text: string, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq === -1 || eq > line.indexOf('<<'))) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]!);
      }
      if (!closed) throw new Error(`${file}: ${name}<<${delimiter} is never closed by a line ${delimiter}`);
      out[name!] = value.join('\n');
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`${file}: a line that is neither name=value nor name<<DELIMITER: ${JSON.stringify(line.slice(0, 40))}`);
    }
  }
  return out;
}

export async function readCommandFile(file: string): Promise<Record<string, string>> {
  return parseCommandFile(await readFile(file, 'utf8').catch(() => ''), file);
}

export async function readPathFile(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8').catch(() => '')).split(/\r?\n/).filter((l) => l.trim() !== '');
}
