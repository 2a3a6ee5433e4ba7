import { Writable } from 'node:stream';
import { barProgress } from '../../src/cli/progress-bar.js';
import { cliReporter, terminalReporter } from '../../src/cli/reporter.js';

function stream(isTTY: boolean): { out: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const w = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(w, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { out: w, text: () => text };
}

describe('terminal reporter', () => {
  const savedCI = process.env.CI;
  afterEach(() => {
    if (savedCI === undefined) delete process.env.CI;
    else process.env.CI = savedCI;
  });

  it('writes periodic count lines when not a terminal', () => {
    const s = stream(false);
    const r = terminalReporter(s.out, 0);
    const p = r.progress('export events', { unit: 'items' });
    p.add(10);
    p.done();
    expect(s.text()).toMatch(/^export events: 10 items, [\d,]+ items\/s\n/);
    expect(s.text()).toMatch(/done in/);
  });

  it('draws a bar on a terminal', () => {
    delete process.env.CI;
    const s = stream(true);
    const r = terminalReporter(s.out, 0, barProgress);
    const p = r.progress('verify', { unit: 'items', total: 4 });
    p.add(4);
    p.done('ok');
    expect(s.text()).toContain('verify [');
    expect(s.text()).toContain('4/4 items');
  });

  it("the CLI's reporter draws the bar on a terminal and writes lines elsewhere (the bar's library loads only for a terminal)", async () => {
    delete process.env.CI;
    for (const tty of [true, false]) {
      const s = stream(tty);
      const p = (await cliReporter(s.out)).progress('verify', { unit: 'items', total: 4 });
      p.add(4);
      p.done('ok');
      if (tty) expect(s.text()).toContain('verify [');
      else expect(s.text()).toMatch(/^verify: 4\/4 items, .*done in/);
    }
  });

  it('indents inside groups and prefixes warnings', async () => {
    const s = stream(false);
    const r = terminalReporter(s.out, 0);
    await r.group('users', async () => r.warning('precision lost at users/u1/score', 'server/data/users.json'));
    expect(s.text()).toBe('users\n  warning: server/data/users.json: precision lost at users/u1/score\n');
  });
});
