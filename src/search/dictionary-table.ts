import { WordTable } from './word-table.js';
import { loadWordTable } from './word-tables.js';

// jieba's dictionary as the word cutter (src/search/word-cutter.ts) reads it: a word's frequency and tag, looked up
// by its UTF-8 bytes in the compact table it shares with the IDF table
// (src/search/word-table.ts). jieba itself builds a trie and a record per word from
// the 349,045 lines, about 55 MB; a word is read here only when a text holds it.

export interface DictionaryEntry {
  freq: number;
  tag: string;
}

export class DictionaryTable {
  /** The sum of all frequencies: jieba divides by it, so it decides between cuts of different lengths. */
  readonly total: number;
  private readonly words: WordTable;

  /** The shared table, or a table of a dictionary's own bytes ('word freq tag' lines). */
  constructor(source: WordTable | Uint8Array) {
    this.words = source instanceof WordTable ? source : WordTable.build(source);
    this.total = this.words.facts.total;
  }

  /** jieba's own dict.txt, from the shared table (read from the cache in `cacheDir` when it is there). */
  static load(cacheDir?: string): DictionaryTable {
    return new DictionaryTable(loadWordTable(cacheDir));
  }

  /** How many bytes from `at` a word starting there can reach (0: none starts with that character). */
  reach(text: Uint8Array, at: number): number {
    return this.words.reach(text, at);
  }

  /** Where the dictionary word `text[from, to)` (UTF-8), whose hash is given, is kept, or -1 (not a dictionary word). */
  find(text: Uint8Array, from: number, to: number, hash: number): number {
    const at = this.words.find(text, from, to, hash);
    return at >= 0 && this.words.freqAt(at) !== undefined ? at : -1;
  }

  /** The frequency and tag of the word at `offset` (as found by `find`). */
  entryAt(offset: number): DictionaryEntry {
    return { freq: this.words.freqAt(offset) ?? 0, tag: this.words.tagAt(offset) };
  }
}
