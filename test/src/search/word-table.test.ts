// The compact table of jieba's dictionary and IDF table must say of every word what
// the two files say, read as jieba and the IDF table read them: tiny inline files here,
// the real ones in word-cutter.test.ts and index-cache.test.ts.
import { describe, expect, it } from 'vitest';
import { WordTable } from '../../../src/search/word-table.js';
import { tableOf, tableParts } from '../../../src/search/word-tables.js';

const DICT = ['上合 100 nt', '组织 50 n', '上合组织 20 nt', '组织 70 v', '阿富汗 30 ns'].join('\n');
const IDF = ['上合 9.5', '阿富汗 11.25', '比特币 13.9', '上合 1.0', '奇怪 not-a-number', '组织 6.0'].join('\n');

function read(table: WordTable, word: string): unknown {
  const at = table.lookup(word);
  return at < 0 ? undefined : { freq: table.freqAt(at), tag: table.tagAt(at), idf: table.idfAt(at) };
}

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('the word table', () => {
  const table = WordTable.build(bytes(DICT), bytes(IDF));

  it('keeps a word listed twice as jieba loads it: the later frequency, the first tag', () => {
    expect(read(table, '组织')).toEqual({ freq: 70, tag: 'n', idf: 6 });
    // The sum of frequencies counts the later one only: 100 + 70 + 20 + 30.
    expect(table.facts.total).toBe(220);
  });

  it('gives the IDF table’s first value, and none for a word only one file lists or a value that is not a number', () => {
    expect([read(table, '上合'), read(table, '比特币'), read(table, '上合组织'), read(table, '奇怪'), read(table, '没有')]).toEqual([
      { freq: 100, tag: 'nt', idf: 9.5 },
      { freq: undefined, tag: '', idf: Math.fround(13.9) },
      { freq: 20, tag: 'nt', idf: undefined },
      { freq: undefined, tag: '', idf: undefined },
      undefined,
    ]);
  });

  it('knows how far a dictionary word can reach from its first character, in bytes', () => {
    const text = bytes('上合组织');
    expect([table.reach(text, 0), table.reach(bytes('比特币'), 0)]).toEqual([12, 0]);
  });

  it('takes every 16th IDF value for the median, rounded as the values are', () => {
    expect(table.facts.median).toBe(9.5);
  });

  it('reads back from its cached parts exactly what it was built with', () => {
    const again = tableOf(tableParts(table));
    for (const word of ['上合', '组织', '上合组织', '阿富汗', '比特币', '奇怪', '没有']) expect(read(again, word)).toEqual(read(table, word));
    expect(again.facts).toEqual(table.facts);
  });

  it('finds every one of many words in a crowded index, and nothing else', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `词${i.toString(36)}`);
    const many = WordTable.build(bytes(words.map((w, i) => `${w} ${i + 1} n`).join('\n')));
    expect(words.every((w, i) => many.freqAt(many.lookup(w)) === i + 1)).toBe(true);
    expect(words.some((w) => many.lookup(`${w}外`) >= 0)).toBe(false);
  });
});
