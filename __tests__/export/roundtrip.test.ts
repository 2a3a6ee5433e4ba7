import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { openExport } from '../../src/export-format/reader.js';
import { createTable, seedItems, testDynamo, uniqueName, type Item } from '../harness/aws.js';
import { byId, cleanTempDirs, exportTables, readAll, scanWire, tempDir } from './helpers.js';
import { asLocation } from '../harness/location.js';

afterAll(cleanTempDirs);

/** Values that lossy converters get wrong. */
function trickyItems(): Item[] {
  const big = 'x'.repeat(395 * 1024);
  return [
    {
      id: { S: 'numbers' },
      n38: { N: '12345678901234567890123456789012345678' },
      tiny: { N: '-0.000000000000000000000000000000000000001' },
      e: { N: '1E+125' },
      ns: { NS: ['1', '10000000000000000000000000000000000001', '-3.5'] },
    },
    {
      id: { S: 'binary' },
      b: { B: new Uint8Array([0, 255, 1, 254, 10, 13]) },
      bs: { BS: [new Uint8Array([1]), new Uint8Array([2, 3]), new Uint8Array(300).fill(7)] },
    },
    {
      id: { S: 'strings' },
      empty: { S: '' },
      unicode: { S: '日本語 \u2028 \u2029 "quoted" \\ back\nslash 😀' },
      ss: { SS: ['', 'b', 'a'] },
      nul: { NULL: true },
      t: { BOOL: true },
      f: { BOOL: false },
    },
    {
      id: { S: 'nested' },
      m: {
        M: {
          a: { L: [{ M: { deep: { L: [{ N: '0.1' }, { S: '' }, { M: {} }, { L: [] }] } } }, { B: new Uint8Array([9]) }] },
          emptyMap: { M: {} },
        },
      },
    },
    { id: { S: 'big' }, payload: { S: big } },
  ];
}

describe('export round trip', () => {
  it('gives back every tricky value byte-exact, including a 400 KB item', async () => {
    const client = testDynamo();
    const table = uniqueName('rt');
    await createTable(client, table);
    await seedItems(client, table, trickyItems());
    const out = path.join(tempDir(), 'out');
    const result = await exportTables([table], out, { segments: 2 });
    expect(result.items).toEqual({ [table]: 5 });

    const source = await openExport(asLocation(out));
    expect(source.format).toBe('dynamodb-rollback');
    expect(source.stage).toBe('test');
    expect(source.tables).toEqual([
      { table, collection: table, itemCount: 5, keySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], location: path.join(out, table) },
    ]);
    const read = byId(await readAll(source, table));
    const direct = byId(await scanWire(table));
    expect(JSON.stringify(read)).toBe(JSON.stringify(direct));
    const numbers = read.find((i) => 'S' in i.id! && i.id.S === 'numbers')!;
    expect(numbers.n38).toEqual({ N: '12345678901234567890123456789012345678' });
    const binary = read.find((i) => 'S' in i.id! && i.id.S === 'binary')!;
    expect(binary.b).toEqual({ B: Buffer.from([0, 255, 1, 254, 10, 13]).toString('base64') });
    const big = read.find((i) => 'S' in i.id! && i.id.S === 'big')!;
    expect(big.payload).toEqual({ S: 'x'.repeat(395 * 1024) });
  });

  it('writes the documented layout and nothing else', async () => {
    const client = testDynamo();
    const table = uniqueName('layout');
    await createTable(client, table);
    await seedItems(client, table, [{ id: { S: 'a' } }, { id: { S: 'b' } }]);
    const out = path.join(tempDir(), 'out');
    await exportTables([table], out, { segments: 2 });
    expect((await readdir(out)).sort()).toEqual(['export.json', table].sort());
    expect((await readdir(path.join(out, table))).sort()).toEqual(['data', 'manifest-files.json', 'manifest-summary.json']);
    expect((await readdir(path.join(out, table, 'data'))).sort()).toEqual(['0000-00000.json.gz', '0001-00000.json.gz']);
  });
});
