import { flipFile } from '../../src/switch/edit.js';

const sw = { key: 'DATABASE_TYPE', from: 'dynamodb', to: 'file' };

describe('JSON by pointer', () => {
  const json = (text: string, pointer?: string) => flipFile(text, { path: 'cdk/config/production.json', pointer }, sw);

  it('replaces only the string characters, keeping indentation, comments, BOM and no trailing newline', () => {
    const text = '\uFEFF{\r\n    "database": {\r\n        // which one\r\n        "type":   "dynamodb",\r\n    }\r\n}';
    expect(json(text, '/database/type').text).toBe(text.replace('"dynamodb"', '"file"'));
  });

  it('decodes pointer escapes and array indexes', () => {
    const text = '{"a/b": [{"c~d": "dynamodb"}]}';
    expect(json(text, '/a~1b/0/c~0d').text).toBe('{"a/b": [{"c~d": "file"}]}');
  });

  it('uses /<key> without a pointer', () => {
    expect(json('{"DATABASE_TYPE": "dynamodb"}').text).toBe('{"DATABASE_TYPE": "file"}');
  });

  it('refuses a non-string, an unexpected value, a missing pointer and broken JSON', () => {
    expect(() => json('{"database": {"type": 1}}', '/database/type')).toThrow('is a number, not a string');
    expect(() => json('{"database": {"type": "postgresql"}}', '/database/type')).toThrow('"postgresql"');
    expect(() => json('{"database": {}}', '/database/type')).toThrow('/database/type not found');
    expect(() => json('{"database": ', '/database/type')).toThrow('not valid JSON');
  });
});

describe('YAML by path', () => {
  const yaml = (text: string, pointer: string) => flipFile(text, { path: 'config/production.yml', pointer }, sw);

  it.each([
    ['database:\n  type: dynamodb # the switch\n', 'database:\n  type: file # the switch\n'],
    ['database:\n  type: "dynamodb"\n', 'database:\n  type: "file"\n'],
    ["database: {type: 'dynamodb', other: 1}", "database: {type: 'file', other: 1}"],
    ['\uFEFFdatabase:\r\n  type: dynamodb', '\uFEFFdatabase:\r\n  type: file'],
  ])('keeps the style of %j', (before, after) => {
    expect(yaml(before, '/database/type').text).toBe(after);
  });

  it('finds sequence items by index', () => {
    expect(yaml('dbs:\n  - dynamodb\n', '/dbs/0').text).toBe('dbs:\n  - file\n');
  });

  it('refuses a block scalar, an unexpected value and a missing path', () => {
    expect(() => yaml('database:\n  type: |\n    dynamodb\n', '/database/type')).toThrow('block scalar');
    expect(() => yaml('database:\n  type: postgresql\n', '/database/type')).toThrow('"postgresql"');
    expect(() => yaml('database: {}\n', '/database/type')).toThrow('not found');
  });
});

describe('kind', () => {
  it('refuses a file whose format the name does not tell', () => {
    expect(() => flipFile('x', { path: 'config.txt' }, sw)).toThrow('cannot tell the format');
  });
  it('takes a given kind over the name', () => {
    expect(flipFile('DATABASE_TYPE=dynamodb', { path: 'config.txt', kind: 'dotenv' }, sw).text).toBe('DATABASE_TYPE=file');
  });
});
