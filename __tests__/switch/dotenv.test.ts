import { flipFile } from '../../src/switch/edit.js';
import { InputError } from '../../src/core/errors.js';

const sw = { key: 'DATABASE_TYPE', from: 'dynamodb', to: 'file' };
const env = (text: string) => flipFile(text, { path: '.env.production.template' }, sw);

describe('dotenv', () => {
  it('flips a double-quoted value and keeps the inline comment and spacing', () => {
    const r = env('PORT=3000\nDATABASE_TYPE="dynamodb"  # Options: file, dynamodb\n');
    expect(r.text).toBe('PORT=3000\nDATABASE_TYPE="file"  # Options: file, dynamodb\n');
    expect(r.flipped).toBe(1);
  });

  it.each([
    ['DATABASE_TYPE=dynamodb', 'DATABASE_TYPE=file'],
    ["DATABASE_TYPE='dynamodb'", "DATABASE_TYPE='file'"],
    ['export DATABASE_TYPE=dynamodb # here', 'export DATABASE_TYPE=file # here'],
    ['  export   DATABASE_TYPE = "dynamodb"', '  export   DATABASE_TYPE = "file"'],
    ['DATABASE_TYPE=dynamodb   ', 'DATABASE_TYPE=file   '],
  ])('keeps the style of %s', (before, after) => {
    expect(env(before).text).toBe(after);
  });

  it('keeps CRLF, a BOM and a missing trailing newline', () => {
    const r = env('\uFEFFA=1\r\nDATABASE_TYPE="dynamodb"\r\nB=2');
    expect(r.text).toBe('\uFEFFA=1\r\nDATABASE_TYPE="file"\r\nB=2');
  });

  it('flips a key set twice, both, and counts them', () => {
    const r = env('DATABASE_TYPE=dynamodb\nX=1\nDATABASE_TYPE="dynamodb"\n');
    expect(r.text).toBe('DATABASE_TYPE=file\nX=1\nDATABASE_TYPE="file"\n');
    expect(r.flipped).toBe(2);
    expect(r.occurrences.map((o) => o.line)).toEqual([1, 3]);
  });

  it('leaves commented-out lines and look-alike keys alone', () => {
    const r = env('# DATABASE_TYPE=dynamodb\nDATABASE_TYPE_OLD=dynamodb\nMY_DATABASE_TYPE=dynamodb\nDATABASE_TYPE=dynamodb\n');
    expect(r.text).toBe('# DATABASE_TYPE=dynamodb\nDATABASE_TYPE_OLD=dynamodb\nMY_DATABASE_TYPE=dynamodb\nDATABASE_TYPE=file\n');
  });

  it('is unchanged when the value already is the target', () => {
    const text = 'DATABASE_TYPE="file"  # Options: file, dynamodb\n';
    const r = env(text);
    expect(r.text).toBe(text);
    expect(r.flipped).toBe(0);
  });

  it('refuses a value that is neither from nor to, naming file, line and value', () => {
    expect(() => env('A=1\nDATABASE_TYPE=postgresql\n')).toThrow(InputError);
    expect(() => env('A=1\nDATABASE_TYPE=postgresql\n')).toThrow('.env.production.template:2: DATABASE_TYPE is "postgresql"');
  });

  it('refuses when one of two assignments is unexpected, and changes nothing', () => {
    expect(() => env('DATABASE_TYPE=dynamodb\nDATABASE_TYPE=mysql\n')).toThrow('"mysql"');
  });

  it('refuses a file without the key', () => {
    expect(() => env('PORT=3000\n')).toThrow('DATABASE_TYPE not found');
  });

  it('refuses an unterminated quote', () => {
    expect(() => env('DATABASE_TYPE="dynamodb\n')).toThrow('unterminated');
  });

  it('escapes a new value for its quotes, and refuses one an unquoted value cannot hold', () => {
    expect(flipFile('DATABASE_TYPE="a"', { path: '.env' }, { key: 'DATABASE_TYPE', from: 'a', to: 'b "c"' }).text).toBe(
      'DATABASE_TYPE="b \\"c\\""',
    );
    expect(() => flipFile('DATABASE_TYPE=a', { path: '.env' }, { key: 'DATABASE_TYPE', from: 'a', to: 'b c' })).toThrow('needs quotes');
  });
});
