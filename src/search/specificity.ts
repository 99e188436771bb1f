import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cachedIndex } from './index-cache.js';
import { hashBytes, LineTable } from './line-table.js';

// How specific a word is in general Chinese (jieba's IDF table from a large
// corpus). A question's unmatched words matter in proportion: an unmatched
// 比特币 or 世界杯 means the declaration is silent, an unmatched 搞 or 看 does not.
//
// The table has 270,000 lines; a Map of it takes a quarter of a second to build,
// which the first answer would wait for. Instead the file's bytes are indexed by
// line (src/search/line-table.ts), and a word's value is parsed when asked.

interface Table {
  lines: LineTable;
  median: number;
}

let table: Table | undefined;

function build(bytes: Uint8Array): Table {
  const sample: number[] = [];
  let n = 0;
  const lines = new LineTable(bytes, (_start, keyEnd) => {
    // The median of every 16th value is close enough to tell common from rare.
    if (n++ % 16 === 0) sample.push(valueAt(bytes, keyEnd + 1));
  });
  sample.sort((a, b) => a - b);
  return { lines, median: sample[Math.floor(sample.length / 2)] ?? 10 };
}

/** The table with its index from the cache (src/search/index-cache.ts) when it is there. */
function load(): Table {
  // idf.txt alone: the package's dict.js would read the 5 MB dictionary beside it as well.
  const file = createRequire(import.meta.url).resolve('@node-rs/jieba/idf.txt');
  const bytes = readFileSync(file);
  let built: Table | undefined;
  const parts = cachedIndex(file, bytes, () => {
    built = build(bytes);
    return { slots: built.lines.slots, extra: new Uint8Array(0), meta: JSON.stringify({ median: built.median }) };
  });
  if (built !== undefined) return built;
  try {
    const median: unknown = (JSON.parse(parts.meta) as { median?: unknown }).median;
    if (typeof median !== 'number') throw new Error('specificity: cached median is not a number');
    return { lines: new LineTable(bytes, parts.slots), median };
  } catch {
    // A damaged cache file: build the index as on a first start.
    return build(bytes);
  }
}

function valueAt(bytes: Uint8Array, from: number): number {
  let end = bytes.indexOf(10, from);
  if (end < 0) end = bytes.length;
  return Number(Buffer.from(bytes.buffer, bytes.byteOffset + from, end - from).toString('latin1'));
}

function lookup(t: Table, word: string): number | undefined {
  const key = Buffer.from(word, 'utf8');
  const start = t.lines.find(key, 0, key.length, hashBytes(key, 0, key.length));
  if (start < 0) return undefined;
  const value = valueAt(t.lines.bytes, start + key.length + 1);
  return Number.isFinite(value) ? value : undefined;
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

/** General-language IDF of a Chinese word the table holds; undefined for a word it lacks. */
export function listedSpecificity(word: string): number | undefined {
  table ??= load();
  return lookup(table, word);
}
