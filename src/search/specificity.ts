import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// How specific a word is in general Chinese (jieba's IDF table from a large
// corpus). A question's unmatched words matter in proportion: an unmatched
// 比特币 or 世界杯 means the declaration is silent, an unmatched 搞 or 看 does not.
//
// The table has 270,000 lines; a Map of it takes a quarter of a second to build,
// which the first answer would wait for. Instead the lines are hashed into an
// open-addressing table of line offsets, and a word's value is parsed when asked.

interface Table {
  text: string;
  /** Slot → offset of a line start + 1 (0 = empty). */
  slots: Int32Array;
  mask: number;
  median: number;
}

let table: Table | undefined;

function hashOf(text: string, start: number, end: number): number {
  let h = 2166136261;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function valueAt(text: string, from: number): number {
  let end = text.indexOf('\n', from);
  if (end < 0) end = text.length;
  return Number(text.slice(from, end));
}

function load(): Table {
  // idf.txt alone: the package's dict.js would read the 5 MB dictionary beside it as well.
  const text = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/idf.txt'), 'utf8');
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  let size = 1;
  while (size < lines * 2) size <<= 1;
  const slots = new Int32Array(size);
  const mask = size - 1;
  const sample: number[] = [];
  let n = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', start);
    if (space > start && space < end) {
      let slot = hashOf(text, start, space) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = start + 1;
      // The median of every 16th value is close enough to tell common from rare.
      if (n++ % 16 === 0) sample.push(valueAt(text, space + 1));
    }
    start = end + 1;
  }
  sample.sort((a, b) => a - b);
  return { text, slots, mask, median: sample[Math.floor(sample.length / 2)] ?? 10 };
}

function lookup(t: Table, word: string): number | undefined {
  let slot = hashOf(word, 0, word.length) & t.mask;
  for (let offset = t.slots[slot] ?? 0; offset !== 0; offset = t.slots[slot] ?? 0) {
    const start = offset - 1;
    if (t.text.startsWith(word, start) && t.text.charCodeAt(start + word.length) === 32) {
      const value = valueAt(t.text, start + word.length + 1);
      return Number.isFinite(value) ? value : undefined;
    }
    slot = (slot + 1) & t.mask;
  }
  return undefined;
}

/** The table's median: what a word it lacks is taken to weigh. */
export function medianSpecificity(): number {
  table ??= load();
  return table.median;
}

/** General-language IDF of a Chinese word; words the table lacks get its median. */
export function specificity(word: string): number {
  table ??= load();
  return lookup(table, word) ?? table.median;
}
