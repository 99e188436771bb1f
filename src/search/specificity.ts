import { idf } from '@node-rs/jieba/dict.js';

// How specific a word is in general Chinese (jieba's IDF table from a large
// corpus). A question's unmatched words matter in proportion: an unmatched
// 比特币 or 世界杯 means the declaration is silent, an unmatched 搞 or 看 does not.
let table: Map<string, number> | undefined;
let median = 0;

function load(): Map<string, number> {
  const map = new Map<string, number>();
  const values: number[] = [];
  for (const line of Buffer.from(idf).toString("utf8").split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const value = Number(line.slice(space + 1));
    if (!Number.isFinite(value)) continue;
    map.set(line.slice(0, space), value);
    values.push(value);
  }
  values.sort((a, b) => a - b);
  median = values[Math.floor(values.length / 2)] ?? 10;
  return map;
}

/** General-language IDF of a Chinese word; words the table lacks get its median. */
export function specificity(word: string): number {
  table ??= load();
  return table.get(word) ?? median;
}
