import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX_DIR } from '../../../src/create-core.js';
import { DictionaryTable } from '../../../src/search/dictionary-table.js';
import { WordCutter } from '../../../src/search/word-cutter.js';

// The TypeScript cutter must cut and tag every text as jieba (the native module) with its
// whole dictionary does: the answers depend on both (words, names, unknown words).

const dictText = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8');
const table = new DictionaryTable(Buffer.from(dictText, 'utf8'));
const dictionaryWords = dictText.split('\n').flatMap((line) => line.split(' ')[0] || []);

/** Texts made of dictionary words and their prefixes, run together: every cut is in question. */
function randomTexts(count: number): string[] {
  let seed = 11;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = (): string => dictionaryWords[Math.floor(next() * dictionaryWords.length)] ?? '';
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 10) }, () => {
      const word = pick();
      return next() < 0.3 ? word.slice(0, 1 + Math.floor(next() * word.length)) : word;
    }).join(next() < 0.1 ? '，' : ''),
  );
}

/** Every question of every evaluation set: Chinese, English and both mixed, as users type them. */
function evalQuestions(): string[] {
  const dir = new URL('../../../eval/', import.meta.url);
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'));
  return lines.flatMap((line) => (line.trim() === '' ? [] : [String((JSON.parse(line) as { question: unknown }).question)]));
}

/** What runs between and inside Chinese words: letters, digits, jieba's joining marks, spaces, line ends, emoji. */
const OTHERS = ['A', 'ai', 'G20', '3.5%', 'C++', 'x-y', '#', '&', '_', ' ', '\t', '\r\n', '\r', '\n', '　', '😀', 'é', '，', '2024年'];

/** The random texts with other characters put in: every run boundary jieba draws is in question. */
function mixedTexts(texts: readonly string[]): string[] {
  return texts.map((text, i) => {
    const chars = [...text];
    const at = (i * 7) % (chars.length + 1);
    return [...chars.slice(0, at), OTHERS[i % OTHERS.length], ...chars.slice(at), OTHERS[(i * 3) % OTHERS.length]].join('');
  });
}

const ownWords = ['上合', '伊核协议', '元首理事会会议', '中方', '阿斯塔纳宣言', '东南亚国家联盟'];

describe('WordCutter', () => {
  it('knows the whole dictionary’s sum of frequencies', () => {
    const sum = dictText.split('\n').reduce((total, line) => total + (Number(line.split(' ')[1]) || 0), 0);
    expect(table.total).toBe(sum);
  });

  it('cuts and tags as jieba with its whole dictionary, also after words are added or given new frequencies', () => {
    const full = Jieba.withDict(Buffer.from(dictText, 'utf8'));
    const lazy = new WordCutter(() => table);
    const teach = (lines: { word: string; freq: number; tag: string }[]): void => {
      full.loadDict(Buffer.from(lines.map((l) => `${l.word} ${l.freq} ${l.tag}`).join('\n'), 'utf8'));
      lazy.loadDict(lines);
    };
    teach(ownWords.map((word) => ({ word, freq: 100000, tag: 'n' })));
    const declaration = readFileSync(`${DEFAULT_INDEX_DIR}astana-declaration-2024.zh.txt`, 'utf8').split('\n');
    const random = randomTexts(3000);
    const texts = [...declaration, ...evalQuestions(), ...random, ...mixedTexts(random), 'SCO对AI的态度', '5G网络和C++', '𠀀𠀁中国', '\ud800中国人'];
    const differ = (): string[] =>
      texts.filter((t) => JSON.stringify(full.tag(t, false)) !== JSON.stringify(lazy.tag(t)) || full.cut(t, false).join('|') !== lazy.cut(t).join('|'));
    expect(differ()).toEqual([]);
    // A word jieba already holds, and one it has cut, take new frequencies: the cuts follow.
    teach([
      { word: '东南亚国家联盟', freq: 5, tag: 'n' },
      { word: '国家', freq: 3, tag: 'n' },
      { word: '新词汇', freq: 300, tag: 'nz' },
    ]);
    expect(differ()).toEqual([]);
  });

  it('cuts alike after letting go of its table and loading it again, taught words and frequencies kept', () => {
    let loads = 0;
    const cutter = new WordCutter(() => {
      loads++;
      return table;
    });
    cutter.loadDict([
      { word: '上合组织', freq: 100000, tag: 'n' },
      { word: '国家', freq: 3, tag: 'n' },
      // So large that the sum of frequencies, which decides between cuts of different lengths, changes greatly.
      { word: '巨频词', freq: 1e12, tag: 'n' },
    ]);
    const texts = ['上合组织成员国元首理事会', '发展中国家和东南亚国家联盟', ...evalQuestions().slice(0, 200)];
    const before = texts.map((t) => cutter.tag(t));
    cutter.forgetTable();
    cutter.loadDict([]);
    expect(texts.map((t) => cutter.tag(t))).toEqual(before);
    expect(loads).toBe(2);
  });
});
