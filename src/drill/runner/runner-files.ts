/**
 * The files a step writes its results to (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH), read back the way the runner reads them: `name=value`
 * lines and `name<<DELIMITER` blocks.
 */
import { readFile } from 'node:fs/promises';

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
