// The dictionary's index read back from the cache must find exactly what the
// index built from the bytes finds; a damaged or unwritable cache only means
// building the index again.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DictionaryTable } from '../../../src/search/dictionary-table.js';
import { cachedFromSources, decodeParts, defaultCacheDir, encodeParts, pagedFromSources } from '../../../src/search/index-cache.js';
import { hashBytes } from '../../../src/search/line-table.js';
import { WordTable } from '../../../src/search/word-table.js';
import { tableOf, tableParts } from '../../../src/search/word-tables.js';

const DICT = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
const WORDS = ['上海合作组织', '阿富汗', '禁毒', '的', '一带一路', '不存在的词语甲乙丙', '比特币', 'AI'];

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** What a table says of each word: found where, with which frequency and tag, and how far words from its start reach. */
function lookups(table: DictionaryTable): unknown[] {
  return WORDS.map((word) => {
    const key = Buffer.from(word, 'utf8');
    const at = table.find(key, 0, key.length, hashBytes(key, 0, key.length));
    return [word, at, at < 0 ? undefined : table.entryAt(at), table.reach(key, 0)];
  });
}

describe('the dictionary index cache', () => {
  it('finds in a table read from the cache what the table built from the bytes finds', () => {
    dir = mkdtempSync(join(tmpdir(), 'index-cache-'));
    const built = new DictionaryTable(readFileSync(DICT));
    const first = DictionaryTable.load(dir);
    const files = readdirSync(dir);
    const cached = DictionaryTable.load(dir);
    expect({ files: files.length, total: cached.total, same: lookups(cached) }).toEqual({ files: 1, total: built.total, same: lookups(built) });
    expect(lookups(first)).toEqual(lookups(built));
  });

  it('builds the index again from a damaged cache file', () => {
    dir = mkdtempSync(join(tmpdir(), 'index-cache-'));
    DictionaryTable.load(dir);
    const [file = ''] = readdirSync(dir);
    const whole = readFileSync(join(dir, file));
    writeFileSync(join(dir, file), whole.subarray(0, whole.length - 100));
    const built = new DictionaryTable(readFileSync(DICT));
    expect(lookups(DictionaryTable.load(dir))).toEqual(lookups(built));
  });

  it('reads a cached table a page at a time, and finds in it what the built table finds', () => {
    dir = mkdtempSync(join(tmpdir(), 'index-cache-'));
    const dict = readFileSync(DICT);
    const built = WordTable.build(dict);
    const keep = () => pagedFromSources('paged-test', [DICT], () => tableParts(built), dir);
    const first = keep();
    const again = keep();
    expect([first.pages, again.pages === undefined]).toEqual([undefined, false]);
    const paged = tableOf(again);
    // Every 97th word of the dictionary, and words it lacks: the same record, frequency and tag.
    const words = dict
      .toString('utf8')
      .split('\n')
      .filter((_, i) => i % 97 === 0)
      .map((line) => line.split(' ')[0] ?? '');
    const read = (table: WordTable) =>
      [...words, '不存在的词语甲乙丙', 'zzzz'].map((word) => {
        const at = table.lookup(word);
        return at < 0 ? [word] : [word, at, table.freqAt(at), table.tagAt(at), table.idfAt(at)];
      });
    expect(read(paged)).toEqual(read(built));
    expect(paged.reach(Buffer.from('上海合作组织', 'utf8'), 0)).toBe(built.reach(Buffer.from('上海合作组织', 'utf8'), 0));
    // A file cut short is not read but built again.
    const [file = ''] = readdirSync(dir);
    writeFileSync(join(dir, file), readFileSync(join(dir, file)).subarray(0, 1000));
    expect(keep().pages).toBeUndefined();
  });

  it('builds the index when the cache cannot be written, and says nothing', () => {
    dir = mkdtempSync(join(tmpdir(), 'index-cache-'));
    const notADirectory = join(dir, 'file');
    writeFileSync(notADirectory, 'x');
    let builds = 0;
    const parts = { slots: new Int32Array(4), extra: new Uint8Array(2), meta: '{}' };
    const build = () => {
      builds++;
      return parts;
    };
    const keep = () => cachedFromSources('test', [DICT], build, notADirectory);
    expect([keep(), keep(), builds]).toEqual([parts, parts, 2]);
  });

  it('reads back what it wrote, and refuses bytes that are not its own', () => {
    const parts = { slots: Int32Array.from([0, 5, 0, 9]), extra: Uint8Array.from([1, 2, 3]), meta: '{"total":7}' };
    const encoded = encodeParts(parts);
    // One byte in: the slots cannot be a view of the buffer, and are copied.
    const unaligned = Buffer.concat([Buffer.alloc(1), encoded]).subarray(1);
    expect([decodeParts(encoded), decodeParts(unaligned), decodeParts(encoded.subarray(0, 20)), decodeParts(Buffer.from('not an index'))]).toEqual([
      parts,
      parts,
      undefined,
      undefined,
    ]);
  });

  it('lives in node_modules/.cache/astana-bot beside the package it indexes', () => {
    expect([defaultCacheDir('/app/node_modules/@node-rs/jieba/dict.txt'), defaultCacheDir('/app/data/dict.txt')]).toEqual([
      '/app/node_modules/.cache/astana-bot',
      undefined,
    ]);
  });
});
