import { loadWordTable } from './word-tables.js';

// How specific a word is in general Chinese (jieba's IDF table from a large
// corpus). A question's unmatched words matter in proportion: an unmatched
// 比特币 or 世界杯 means the declaration is silent, an unmatched 搞 or 看 does not.
//
// The table has 270,000 lines; a Map of it takes a quarter of a second to build,
// which the first answer would wait for. Instead its values are kept in the
// compact table shared with jieba's dictionary (src/search/word-table.ts).

function lookup(word: string): number | undefined {
  const table = loadWordTable();
  const at = table.lookup(word);
  return at < 0 ? undefined : table.idfAt(at);
}

/** The table's median: what a word it lacks is taken to weigh. */
export function medianSpecificity(): number {
  return loadWordTable().facts.median;
}

/** General-language IDF of a Chinese word; words the table lacks get its median. */
export function specificity(word: string): number {
  return lookup(word) ?? medianSpecificity();
}

/** General-language IDF of a Chinese word the table holds; undefined for a word it lacks. */
export function listedSpecificity(word: string): number | undefined {
  return lookup(word);
}
