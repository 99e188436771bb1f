import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cachedIndex, type IndexParts } from './index-cache.js';
import { LineTable } from './line-table.js';

// jieba's dictionary (349,045 'word freq tag' lines) kept as its bytes with a hash
// index of line offsets. jieba itself builds a trie and a record per word from it,
// about 55 MB; this is about 8 MB, and a word is parsed only when a text holds it.

export interface DictionaryEntry {
  freq: number;
  tag: string;
}

export class DictionaryTable {
  /** The sum of all frequencies: jieba divides by it, so it decides between cuts of different lengths. */
  readonly total: number;
  private readonly lines: LineTable;
  /** By a word's first character (UTF-16 code unit), the byte length of the longest word starting with it. */
  private readonly reachByFirst: Uint8Array;
  /** Frequencies of words listed twice: as jieba loads them, the later frequency wins and the first tag stays. */
  private readonly repeated: Map<number, number>;

  /** Indexes `bytes`, or takes the parts an earlier index of the same bytes left (see `parts`). */
  constructor(bytes: Uint8Array, parts?: IndexParts) {
    if (parts !== undefined) {
      const meta = readMeta(parts.meta);
      if (parts.extra.length !== 65536) throw new Error(`dictionary-table: cached reach table of ${parts.extra.length} bytes`);
      this.lines = new LineTable(bytes, parts.slots);
      this.reachByFirst = parts.extra;
      this.total = meta.total;
      this.repeated = new Map(meta.repeated);
      return;
    }
    this.reachByFirst = new Uint8Array(65536);
    this.repeated = new Map();
    let total = 0;
    this.lines = new LineTable(bytes, (start, keyEnd, earlier) => {
      const freq = freqAt(bytes, keyEnd + 1);
      const first = leadCode(bytes, start);
      if ((this.reachByFirst[first] ?? 0) < keyEnd - start) this.reachByFirst[first] = Math.min(255, keyEnd - start);
      if (earlier < 0) {
        total += freq;
        return;
      }
      total += freq - this.entryAt(earlier).freq;
      this.repeated.set(earlier, freq);
    });
    this.total = total;
  }

  /** What a cache keeps of this index, to build the same table again without scanning the bytes. */
  parts(): IndexParts {
    return { slots: this.lines.slots, extra: this.reachByFirst, meta: JSON.stringify({ total: this.total, repeated: [...this.repeated] }) };
  }

  /** Reads jieba's own dict.txt from its package, with its index from the cache when it is there. */
  static load(cacheDir?: string): DictionaryTable {
    const file = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
    const bytes = readFileSync(file);
    let built: DictionaryTable | undefined;
    const parts = cachedIndex(
      file,
      bytes,
      () => {
        built = new DictionaryTable(bytes);
        return built.parts();
      },
      cacheDir,
    );
    if (built !== undefined) return built;
    try {
      return new DictionaryTable(bytes, parts);
    } catch {
      // A damaged cache file: build the index as on a first start.
      return new DictionaryTable(bytes);
    }
  }

  /** How many bytes from `at` a word starting there can reach (0: none starts with that character). */
  reach(text: Uint8Array, at: number): number {
    return this.reachByFirst[leadCode(text, at)] ?? 0;
  }

  /** The line offset of the word `text[from, to)` (UTF-8), whose hash is given, or -1. */
  find(text: Uint8Array, from: number, to: number, hash: number): number {
    return this.lines.find(text, from, to, hash);
  }

  /** The frequency and tag on the line at `offset` (as found by `find`). */
  entryAt(offset: number): DictionaryEntry {
    const [freq = '0', tag = ''] = this.lines.fields(offset);
    return { freq: this.repeated.get(offset) ?? Number.parseInt(freq, 10), tag: tag.trim() };
  }
}

function readMeta(text: string): { total: number; repeated: [number, number][] } {
  const meta: unknown = JSON.parse(text);
  const fields = typeof meta === 'object' && meta !== null ? (meta as { total?: unknown; repeated?: unknown }) : {};
  const pairs = Array.isArray(fields.repeated) ? fields.repeated : undefined;
  const isPair = (p: unknown): p is [number, number] => Array.isArray(p) && p.length === 2 && typeof p[0] === 'number' && typeof p[1] === 'number';
  if (typeof fields.total !== 'number' || pairs === undefined || !pairs.every(isPair)) throw new Error('dictionary-table: cached facts are not ours');
  return { total: fields.total, repeated: pairs };
}

function freqAt(bytes: Uint8Array, from: number): number {
  let value = 0;
  for (let i = from, b = bytes[i] ?? 0; b >= 48 && b <= 57; b = bytes[++i] ?? 0) value = value * 10 + (b - 48);
  return value;
}

/** The UTF-16 code unit a UTF-8 character starts with (the high surrogate for one beyond the BMP). */
function leadCode(bytes: Uint8Array, at: number): number {
  const b0 = bytes[at] ?? 0;
  if (b0 < 0x80) return b0;
  const b1 = (bytes[at + 1] ?? 0) & 0x3f;
  if (b0 < 0xe0) return ((b0 & 0x1f) << 6) | b1;
  const b2 = (bytes[at + 2] ?? 0) & 0x3f;
  if (b0 < 0xf0) return ((b0 & 0x0f) << 12) | (b1 << 6) | b2;
  const code = ((b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | ((bytes[at + 3] ?? 0) & 0x3f);
  return 0xd800 + ((code - 0x10000) >> 10);
}
