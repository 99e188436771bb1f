// A text file of 'key …' lines (jieba's dict.txt and idf.txt) read as its UTF-8
// bytes, with an open-addressing hash index of the keys' line offsets: how the
// compact word table (src/search/word-table.ts) reads the two files once, as jieba
// reads a word listed twice, without decoding 11 MB into JavaScript strings.

const FNV_OFFSET = 2166136261 | 0;

/** One step of FNV-1a over bytes: a text's substrings are hashed as they grow. */
export const hashStep = (hash: number, byte: number): number => Math.imul(hash ^ byte, 16777619);
export const HASH_START = FNV_OFFSET;

export function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let hash = HASH_START;
  for (let i = from; i < to; i++) hash = hashStep(hash, bytes[i] ?? 0);
  return hash;
}

const SPACE = 32;
const NEWLINE = 10;

export class LineTable {
  /** Slot → offset of a line start + 1 (0 = empty): what a cache keeps (src/search/index-cache.ts). */
  readonly slots: Int32Array;
  private readonly mask: number;

  /**
   * Indexes every line with a key; `onLine` sees each line's start, the end of its key and,
   * for a key seen before, the start of the first line with it (which stays the one found).
   * Given the slots of an earlier index of the same bytes, takes them as they are.
   */
  constructor(
    readonly bytes: Uint8Array,
    source: ((start: number, keyEnd: number, earlier: number) => void) | Int32Array,
  ) {
    if (source instanceof Int32Array) {
      // A power of two, as built: anything else is not an index of ours.
      if (source.length === 0 || (source.length & (source.length - 1)) !== 0) throw new Error(`line-table: ${source.length} slots is not an index`);
      this.slots = source;
      this.mask = source.length - 1;
      return;
    }
    const onLine = source;
    // Plain loops, not Buffer.indexOf: a native call per line costs more than the scan.
    let lines = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === NEWLINE) lines++;
    let size = 1;
    // A load of about two thirds: a lookup that misses (most of a text's substrings) probes a few slots.
    while (size * 2 < lines * 3) size <<= 1;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    const length = bytes.length;
    for (let start = 0; start < length; ) {
      let hash = HASH_START;
      let i = start;
      // Bytes past the end read as undefined, which ends the key as a newline would.
      let b = bytes[i];
      while (b !== SPACE && b !== NEWLINE && b !== undefined) {
        hash = Math.imul(hash ^ b, 16777619);
        b = bytes[++i];
      }
      if (b === SPACE && i > start) onLine(start, i, this.insert(start, i, hash));
      while (i < length && bytes[i] !== NEWLINE) i++;
      start = i + 1;
    }
  }

  /** Adds the line's key unless an earlier line has it; returns that line's start, or -1. */
  private insert(start: number, keyEnd: number, hash: number): number {
    const earlier = this.find(this.bytes, start, keyEnd, hash);
    if (earlier >= 0) return earlier;
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = start + 1;
    return -1;
  }

  /** The start of the line whose key is `key[from, to)` (hashed as given), or -1. */
  find(key: Uint8Array, from: number, to: number, hash: number): number {
    const length = to - from;
    const bytes = this.bytes;
    for (let slot = hash & this.mask, offset = this.slots[slot] ?? 0; offset !== 0; slot = (slot + 1) & this.mask, offset = this.slots[slot] ?? 0) {
      const start = offset - 1;
      if (bytes[start + length] !== SPACE) continue;
      let k = 0;
      while (k < length && bytes[start + k] === key[from + k]) k++;
      if (k === length) return start;
    }
    return -1;
  }
}
