/**
 * dotenv files: `KEY=v`, `KEY="v"`, `KEY='v'`, `export KEY=v`, inline
 * `# comments`, CRLF. Every assignment of the key is found (a key set twice
 * is flipped twice, and the caller says so). Commented-out lines are not
 * settings and are left alone.
 */
import { InputError } from '../core/errors.js';
import type { Occurrence } from './occurrence.js';

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function findDotenv(text: string, key: string, where: string): Occurrence[] {
  const out: Occurrence[] = [];
  let offset = 0;
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    const start = offset;
    offset += raw.length + 1;
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    let i = 0;
    const skipSpace = () => {
      while (i < content.length && (content[i] === ' ' || content[i] === '\t' || content[i] === '\uFEFF')) i++;
    };
    skipSpace();
    if (content.startsWith('export', i) && /[ \t]/.test(content[i + 6] ?? '')) {
      i += 6;
      skipSpace();
    }
    const eq = content.indexOf('=', i);
    if (eq < 0) continue;
    const name = content.slice(i, eq).trimEnd();
    if (name !== key || !KEY.test(name)) continue;
    i = eq + 1;
    skipSpace();
    const quote = content[i];
    if (quote === '"' || quote === "'" || quote === '`') {
      const close = closingQuote(content, i + 1, quote);
      if (close < 0) throw new InputError(`${where}:${line}: ${key} has an unterminated ${quote} quote; fix the file by hand`);
      const rawValue = content.slice(i + 1, close);
      out.push({
        start: start + i + 1,
        end: start + close,
        value: quote === '"' ? rawValue.replace(/\\(["\\])/g, '$1') : rawValue,
        line,
        encode: (v) => encodeQuoted(v, quote, where, line),
      });
    } else {
      // Unquoted: up to an inline comment (whitespace then #) or the end, trailing blanks excluded.
      const hash = content.slice(i).search(/[ \t]#/);
      const stop = hash < 0 ? content.length : i + hash;
      const value = content.slice(i, stop).trimEnd();
      out.push({ start: start + i, end: start + i + value.length, value, line, encode: (v) => encodeBare(v, where, line) });
    }
  }
  return out;
}

function closingQuote(s: string, from: number, quote: string): number {
  for (let j = from; j < s.length; j++) {
    if (quote === '"' && s[j] === '\\') j++;
    else if (s[j] === quote) return j;
  }
  return -1;
}

function encodeQuoted(v: string, quote: string, where: string, line: number): string {
  if (quote === '"') return v.replace(/(["\\])/g, '\\$1');
  if (v.includes(quote) || /[\r\n]/.test(v))
    throw new InputError(`${where}:${line}: the new value cannot be written inside ${quote} quotes`);
  return v;
}

function encodeBare(v: string, where: string, line: number): string {
  if (/[\s#"'`]/.test(v)) throw new InputError(`${where}:${line}: the new value needs quotes here; quote the old value in the file first`);
  return v;
}
