import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// jieba's dictionary (349,045 'word freq tag' lines) kept as one string with a hash
// index of line offsets. jieba itself builds a trie and a record per word from it,
// about 55 MB; this is about 10 MB, and a word is parsed only when a text holds it.

export interface DictionaryEntry {
  freq: number;
  tag: string;
}

const FNV_OFFSET = 2166136261;

/** One step of FNV-1a over UTF-16 code units: a text's substrings are hashed as they grow. */
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619);
export const HASH_START = FNV_OFFSET | 0;

export class DictionaryTable {
  /** The sum of all frequencies: jieba divides by it, so it decides between cuts of different lengths. */
  readonly total: number;
  private readonly text: string;
  /** Slot → offset of a line start + 1 (0 = empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** By a word's first code unit, the length of the longest word starting with it: how far a text needs probing. */
  private readonly reachByFirst = new Uint8Array(65536);
  /** Frequencies of words listed twice: as jieba loads them, the later frequency wins and the first tag stays. */
  private readonly repeated = new Map<number, number>();

  constructor(text: string) {
    this.text = text;
    let lines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    let size = 1;
    while (size < lines * 2) size <<= 1;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.total = this.index();
  }

  /** Reads jieba's own dict.txt from its package. */
  static load(): DictionaryTable {
    const path = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
    return new DictionaryTable(readFileSync(path, 'utf8'));
  }

  /** One pass over the lines, hashing each word and summing the frequencies (a tight loop: it runs at the first cut). */
  private index(): number {
    const { text, reachByFirst } = this;
    let total = 0;
    for (let start = 0; start < text.length; ) {
      let hash = HASH_START;
      let i = start;
      for (let c = text.charCodeAt(i); i < text.length && c !== 32 && c !== 10; c = text.charCodeAt(++i)) hash = hashStep(hash, c);
      if (i < text.length && text.charCodeAt(i) === 32 && i > start) {
        let freq = 0;
        for (let c = text.charCodeAt(++i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) freq = freq * 10 + (c - 48);
        const first = text.charCodeAt(start);
        if ((reachByFirst[first] ?? 0) < i - start) reachByFirst[first] = Math.min(255, i - start);
        total += this.insert(start, hash, freq);
      }
      const end = text.indexOf('\n', i);
      start = end < 0 ? text.length : end + 1;
    }
    return total;
  }

  /** Adds the word on the line at `start`; returns what it adds to the sum of frequencies. */
  private insert(start: number, hash: number, freq: number): number {
    let slot = hash & this.mask;
    for (let offset = this.slots[slot] ?? 0; offset !== 0; offset = this.slots[slot] ?? 0) {
      if (this.sameWord(offset - 1, start)) {
        const before = this.entryAt(offset - 1).freq;
        this.repeated.set(offset - 1, freq);
        return freq - before;
      }
      slot = (slot + 1) & this.mask;
    }
    this.slots[slot] = start + 1;
    return freq;
  }

  private sameWord(a: number, b: number): boolean {
    for (let k = 0; ; k++) {
      const x = this.text.charCodeAt(a + k);
      if (x !== this.text.charCodeAt(b + k)) return false;
      if (x === 32) return true;
    }
  }

  /** The longest word that can start with this code unit (0: none). */
  reach(code: number): number {
    return this.reachByFirst[code] ?? 0;
  }

  /** The line offset of the word `source[from, to)`, whose hash is given, or -1. */
  find(source: string, from: number, to: number, hash: number): number {
    const length = to - from;
    for (let slot = hash & this.mask, offset = this.slots[slot] ?? 0; offset !== 0; slot = (slot + 1) & this.mask, offset = this.slots[slot] ?? 0) {
      const start = offset - 1;
      if (this.text.charCodeAt(start + length) !== 32) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = this.text.charCodeAt(start + k) === source.charCodeAt(from + k);
      if (same) return start;
    }
    return -1;
  }

  /** The frequency and tag on the line at `offset` (as found by `find`). */
  entryAt(offset: number): DictionaryEntry {
    const space = this.text.indexOf(' ', offset);
    const freqEnd = this.text.indexOf(' ', space + 1);
    let end = this.text.indexOf('\n', space + 1);
    if (end < 0) end = this.text.length;
    const tag = freqEnd < 0 || freqEnd > end ? '' : this.text.slice(freqEnd + 1, end).trim();
    return { freq: this.repeated.get(offset) ?? this.freqAt(space + 1), tag };
  }

  private freqAt(from: number): number {
    let value = 0;
    for (let i = from; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
    }
    return value;
  }
}
