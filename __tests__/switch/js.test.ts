import { flipFile } from '../../src/switch/edit.js';

const sw = { key: 'DATABASE_TYPE', from: 'dynamodb', to: 'file' };
const js = (text: string, property?: string, path = 'cdk/lib/config/environment.js') => flipFile(text, { path, property }, sw);

const ENVIRONMENT_JS = `// Stage settings
const base = { region: 'ap-northeast-1' };

module.exports = {
  development: { ...base, database: { type: 'file' } },
  production: {
    ...base,
    database: { type: 'dynamodb' }, // the switch
  },
};
`;

describe('JavaScript and TypeScript', () => {
  it('flips the property path of the CDK environment object and nothing else', () => {
    const r = js(ENVIRONMENT_JS, 'production.database.type');
    expect(r.text).toBe(ENVIRONMENT_JS.replace("type: 'dynamodb'", "type: 'file'"));
    expect(r.flipped).toBe(1);
  });

  it('keeps double quotes, CRLF and a BOM', () => {
    const text = '\uFEFFexport default {\r\n  production: { database: { type: "dynamodb" } },\r\n}';
    expect(js(text, 'production.database.type').text).toBe(text.replace('"dynamodb"', '"file"'));
  });

  it('follows quoted and literal computed keys, not other stages', () => {
    const text = `export const config = { 'production': { ['database']: { [\`type\`]: 'dynamodb' } }, staging: { database: { type: 'dynamodb' } } };`;
    expect(js(text, 'production.database.type').text).toBe(text.replace("[`type`]: 'dynamodb'", "[`type`]: 'file'"));
  });

  it('says when a computed key may hide the path', () => {
    const text = 'const stage = "production"; module.exports = { [stage]: { database: { type: "dynamodb" } } };';
    expect(() => js(text, 'production.database.type')).toThrow('1 computed keys could not be followed');
  });

  it('takes the first segment as a variable name', () => {
    const text = 'const production = { database: { type: `dynamodb` } };\nexport { production };\n';
    expect(js(text, 'production.database.type').text).toBe(text.replace('`dynamodb`', '`file`'));
  });

  it('refuses a template string with ${}', () => {
    expect(() => js('const x = { production: { database: { type: `${"dynamo"}db` } } };', 'production.database.type')).toThrow(
      'a template string with ${}',
    );
  });

  it('refuses a value that is not a literal', () => {
    expect(() =>
      js("module.exports = { production: { database: { type: process.env.DATABASE_TYPE || 'dynamodb' } } };", 'production.database.type'),
    ).toThrow('not a string literal (LogicalExpression)');
  });

  it('finds a const and properties named by the key when no property is given (TypeScript)', () => {
    const text =
      "const DATABASE_TYPE: string = 'dynamodb' as const;\nnew Thing({ environment: { DATABASE_TYPE: 'dynamodb' } } satisfies Props);\n";
    const r = js(text, undefined, 'cdk/lib/main-stack.ts');
    expect(r.text).toBe(text.replaceAll("'dynamodb'", "'file'"));
    expect(r.flipped).toBe(2);
  });

  it('ignores the key in comments and in other strings', () => {
    const text = "// DATABASE_TYPE: 'dynamodb'\nconst note = \"DATABASE_TYPE = 'dynamodb'\";\nconst DATABASE_TYPE = 'dynamodb';\n";
    expect(js(text, undefined, 'a.mjs').text).toBe(text.replace("DATABASE_TYPE = 'dynamodb';", "DATABASE_TYPE = 'file';"));
  });

  it('refuses an unexpected value and a missing path', () => {
    expect(() => js("module.exports = { production: { database: { type: 'postgresql' } } };", 'production.database.type')).toThrow(
      '"postgresql"',
    );
    expect(() => js('module.exports = {};', 'production.database.type')).toThrow('production.database.type not found');
  });

  it('refuses a file that does not parse', () => {
    expect(() => js('module.exports = { production: ', 'production.database.type')).toThrow('cannot be parsed as JavaScript');
  });

  it('escapes the new value for its quote', () => {
    const r = flipFile("const DATABASE_TYPE = 'a';", { path: 'x.js' }, { key: 'DATABASE_TYPE', from: 'a', to: "it's" });
    expect(r.text).toBe("const DATABASE_TYPE = 'it\\'s';");
  });
});
