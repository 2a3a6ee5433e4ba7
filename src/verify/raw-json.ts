/**
 * A strict JSON parser that keeps each number's source text. JSON.parse
 * rounds numbers to doubles, which would hide a changed 17th digit; verify
 * needs the digits the file really holds. Accepts exactly what JSON.parse
 * accepts (no BOM, no comments). Errors give a line and column, never the
 * text around them (it may be personal data).
 */

/** A JSON number, as written in the file. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

/** A JSON object; a Map so that keys like __proto__ are plain keys. Last duplicate key wins, as in JSON.parse. */
export class JsonObject {
  readonly entries = new Map<string, RawJson>();
}

export type RawJson = null | boolean | string | JsonNumber | RawJson[] | JsonObject;

export class JsonSyntaxError extends Error {
  constructor(
    readonly problem: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${problem} at line ${line}, column ${column}`);
    this.name = 'JsonSyntaxError';
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// Characters a string may hold unescaped: not a quote, backslash or control character.
// eslint-disable-next-line no-control-regex
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function parseRawJson(text: string): RawJson {
  let pos = 0;

  const fail = (problem: string, at = pos): never => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new JsonSyntaxError(problem, line, column);
  };

  const skipSpace = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else break;
    }
  };

  const parseString = (): string => {
    pos++; // opening quote
    let out = '';
    for (;;) {
      PLAIN_RUN.lastIndex = pos;
      PLAIN_RUN.exec(text);
      out += text.slice(pos, PLAIN_RUN.lastIndex);
      pos = PLAIN_RUN.lastIndex;
      if (pos >= text.length) fail('unterminated string');
      const c = text[pos];
      if (c === '"') {
        pos++;
        return out;
      }
      if (c === '\\') {
        const e = text[pos + 1];
        if (e === 'u') {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape in string');
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
        } else if (e !== undefined && ESCAPES[e] !== undefined) {
          out += ESCAPES[e];
          pos += 2;
        } else {
          fail('invalid escape in string');
        }
        continue;
      }
      fail('control character in string');
    }
  };

  const parseValue = (): RawJson => {
    skipSpace();
    if (pos >= text.length) fail('unexpected end of input');
    const c = text[pos];
    if (c === '{') {
      pos++;
      const obj = new JsonObject();
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail('expected a property name');
        const key = parseString();
        skipSpace();
        if (text[pos] !== ':') fail('expected ":"');
        pos++;
        // Delete first so a repeated key takes its last value, like JSON.parse.
        obj.entries.delete(key);
        obj.entries.set(key, parseValue());
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      pos++;
      const arr: RawJson[] = [];
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue());
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') return parseString();
    if (text.startsWith('true', pos)) {
      pos += 4;
      return true;
    }
    if (text.startsWith('false', pos)) {
      pos += 5;
      return false;
    }
    if (text.startsWith('null', pos)) {
      pos += 4;
      return null;
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m) {
      pos = NUMBER.lastIndex;
      return new JsonNumber(m[0]);
    }
    return fail('unexpected character');
  };

  let value: RawJson;
  try {
    value = parseValue();
  } catch (err) {
    if (err instanceof RangeError) fail('nesting too deep');
    throw err;
  }
  skipSpace();
  if (pos < text.length) fail('unexpected data after the end');
  return value;
}

/** The raw value's JSON kind, for messages. */
export function kindOf(v: RawJson): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof JsonObject) return 'object';
  if (v instanceof JsonNumber) return 'number';
  return typeof v;
}
