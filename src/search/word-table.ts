import { hashBytes, LineTable } from './line-table.js';

// jieba's dictionary (349,045 'word freq tag' lines) and its IDF table (270,131
// 'word idf' lines) as one compact table: each word once, as a record of its UTF-8
// bytes, its frequency, its tag and its IDF, with an open-addressing hash index of
// the records. Kept as the two files' bytes with an index each, they took 15.5 MB
// for the life of the process; this takes about 9 MB, and is what the cache keeps
// (src/search/word-tables.ts), so a start reads one file and builds nothing.
//
// A record: [key length: u8][key: UTF-8][freq: u32 LE, NO_FREQ when only the IDF
// table lists the word][tag: u8, an index into `tags`][idf: f32 LE, NaN when only
// the dictionary lists it]. Words are at most 48 bytes long. The IDF's 7 significant
// digits (the file has 11) order words as before; the median is rounded the same way,
// so a word at the median still compares equal to it.

const NO_FREQ = 0xffffffff;
const FIXED = 1 + 4 + 1 + 4;
const SPACE = 32;
const NEWLINE = 10;

/** What a table knows besides its records: the dictionary's sum of frequencies, the IDF table's median, the tags. */
export interface WordTableFacts {
  total: number;
  median: number;
  tags: string[];
}

/**
 * Where a table's records are read from a file as they are used (src/search/paged-file.ts):
 * called before the bytes [from, to) of the records are read.
 */
export interface TablePages {
  record(from: number, to: number): void;
}

export class WordTable {
  private readonly view: DataView;

  constructor(
    /** The records, one after another. */
    readonly records: Uint8Array,
    /** Slot → record offset + 1 with bits of its hash (0 = empty, see slotValue); a power of two long. */
    readonly slots: Int32Array,
    /** By a word's first UTF-16 code unit, the byte length of the longest dictionary word starting with it. */
    readonly reachByFirst: Uint8Array,
    readonly facts: WordTableFacts,
    /** Undefined when `records` are whole in memory. */
    private readonly pages?: TablePages,
  ) {
    if (slots.length === 0 || (slots.length & (slots.length - 1)) !== 0) throw new Error(`word-table: ${slots.length} slots is not an index`);
    if (reachByFirst.length !== 65536) throw new Error(`word-table: reach table of ${reachByFirst.length} bytes`);
    this.view = new DataView(records.buffer, records.byteOffset, records.byteLength);
  }

  /** Both files' words in one table (a table of the dictionary alone when `idf` is empty). */
  static build(dict: Uint8Array, idf: Uint8Array = new Uint8Array(0)): WordTable {
    return new TableBuilder(dict, idf).table();
  }

  /** The offset of the record of `key[from, to)` (UTF-8, hashed as given), or -1. */
  find(key: Uint8Array, from: number, to: number, hash: number): number {
    return findRecord(this.records, this.slots, key, from, to, hash, this.pages);
  }

  /** The record of a word given as text, or -1. */
  lookup(word: string): number {
    const key = Buffer.from(word, 'utf8');
    return this.find(key, 0, key.length, hashBytes(key, 0, key.length));
  }

  /** The dictionary frequency of the record at `at`, or undefined when only the IDF table lists it. */
  freqAt(at: number): number | undefined {
    this.ensureRecord(at);
    const freq = this.view.getUint32(at + 1 + (this.records[at] ?? 0), true);
    return freq === NO_FREQ ? undefined : freq;
  }

  tagAt(at: number): string {
    this.ensureRecord(at);
    return this.facts.tags[this.records[at + 1 + (this.records[at] ?? 0) + 4] ?? 0] ?? '';
  }

  /** The IDF of the record at `at`, or undefined when the IDF table lacks the word. */
  idfAt(at: number): number | undefined {
    this.ensureRecord(at);
    const idf = this.view.getFloat32(at + (this.records[at] ?? 0) + FIXED - 4, true);
    return Number.isNaN(idf) ? undefined : idf;
  }

  private ensureRecord(at: number): void {
    if (this.pages === undefined) return;
    this.pages.record(at, at + 1);
    this.pages.record(at, at + (this.records[at] ?? 0) + FIXED);
  }

  /** How many bytes from `at` a dictionary word starting there can reach (0: none starts with that character). */
  reach(text: Uint8Array, at: number): number {
    return this.reachByFirst[leadCode(text, at)] ?? 0;
  }
}

/** Reads both files line by line as jieba and the IDF table were read before: the same words, frequencies, tags and values. */
class TableBuilder {
  private readonly reachByFirst = new Uint8Array(65536);
  private readonly tags = new Map<string, number>([['', 0]]);
  private readonly records: Buffer;
  private used = 0;
  /** Record offsets and their keys' hashes, indexed once all are written (their number is known only then). */
  private readonly written: { at: number; hash: number }[] = [];

  constructor(
    private readonly dict: Uint8Array,
    private readonly idf: Uint8Array,
  ) {
    // Every record is shorter than its line plus FIXED bytes: room enough without counting first.
    this.records = Buffer.alloc(dict.length + idf.length + FIXED * (countLines(dict) + countLines(idf)));
  }

  table(): WordTable {
    const { dict, idf } = this;
    // As jieba loads a word listed twice: the later frequency wins, the first tag stays.
    const repeated = new Map<number, number>();
    const dictFirsts: number[] = [];
    let total = 0;
    const dictLines = new LineTable(dict, (start, keyEnd, earlier) => {
      const freq = numberAt(dict, keyEnd + 1);
      const first = leadCode(dict, start);
      if ((this.reachByFirst[first] ?? 0) < keyEnd - start) this.reachByFirst[first] = Math.min(255, keyEnd - start);
      if (earlier < 0) {
        total += freq;
        dictFirsts.push(start);
        return;
      }
      total += freq - (repeated.get(earlier) ?? numberAt(dict, keyEndAt(dict, earlier) + 1));
      repeated.set(earlier, freq);
    });
    // The IDF table: a word listed twice keeps its first value; the median of every 16th value tells common from rare.
    const sample: number[] = [];
    const idfFirsts: number[] = [];
    let n = 0;
    const idfLines = new LineTable(idf, (start, keyEnd, earlier) => {
      if (n++ % 16 === 0) sample.push(decimalAt(idf, keyEnd + 1));
      if (earlier < 0) idfFirsts.push(start);
    });
    sample.sort((a, b) => a - b);
    for (const start of dictFirsts) {
      const keyEnd = keyEndAt(dict, start);
      const inIdf = idf.length === 0 ? -1 : idfLines.find(dict, start, keyEnd, hashBytes(dict, start, keyEnd));
      this.add(
        dict,
        start,
        keyEnd,
        repeated.get(start) ?? numberAt(dict, keyEnd + 1),
        this.tagOf(dict, keyEnd),
        inIdf < 0 ? Number.NaN : decimalAt(idf, inIdf + keyEnd - start + 1),
      );
    }
    for (const start of idfFirsts) {
      const keyEnd = keyEndAt(idf, start);
      if (dictLines.find(idf, start, keyEnd, hashBytes(idf, start, keyEnd)) >= 0) continue;
      this.add(idf, start, keyEnd, NO_FREQ, 0, decimalAt(idf, keyEnd + 1));
    }
    const tags = [...this.tags.keys()];
    // A copy of the used part: the builder's generous buffer is let go.
    return new WordTable(new Uint8Array(this.records.subarray(0, this.used)), this.index(), this.reachByFirst, {
      total,
      median: Math.fround(sample[Math.floor(sample.length / 2)] ?? 10),
      tags,
    });
  }

  private tagOf(bytes: Uint8Array, keyEnd: number): number {
    const freqEnd = bytes.indexOf(SPACE, keyEnd + 1);
    const lineEnd = lineEndAt(bytes, keyEnd);
    const tag =
      freqEnd < 0 || freqEnd > lineEnd
        ? ''
        : Buffer.from(bytes.buffer, bytes.byteOffset + freqEnd + 1, lineEnd - freqEnd - 1)
            .toString('latin1')
            .trim();
    let id = this.tags.get(tag);
    if (id === undefined) {
      id = this.tags.size;
      if (id > 255) throw new Error(`word-table: more than 256 tags (${tag})`);
      this.tags.set(tag, id);
    }
    return id;
  }

  private add(bytes: Uint8Array, start: number, keyEnd: number, freq: number, tag: number, idf: number): void {
    const length = keyEnd - start;
    if (length > 255) throw new Error(`word-table: a word of ${length} bytes`);
    const at = this.used;
    const r = this.records;
    r[at] = length;
    r.set(bytes.subarray(start, keyEnd), at + 1);
    r.writeUInt32LE(freq, at + 1 + length);
    r[at + 1 + length + 4] = tag;
    r.writeFloatLE(idf, at + 1 + length + 5);
    this.used = at + length + FIXED;
    this.written.push({ at, hash: hashBytes(bytes, start, keyEnd) });
  }

  /** The hash index of the records, at most three quarters full (see SLOT_FINGERPRINT). */
  private index(): Int32Array {
    if (this.used >= SLOT_OFFSETS) throw new Error(`word-table: ${this.used} bytes of records do not fit the index`);
    let size = 1;
    while (size * 3 < this.written.length * 4) size <<= 1;
    const slots = new Int32Array(size);
    for (const { at, hash } of this.written) {
      let slot = hash & (size - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      slots[slot] = slotValue(at, hash);
    }
    return slots;
  }
}

// A slot holds a record's offset + 1 in its low 24 bits and 7 bits of its key's hash above them
// (0 = empty). Most lookups miss (a text's substrings are seldom words) and probe several slots of
// an index three quarters full: the hash bits turn nearly all of them away without reading a record.
const SLOT_OFFSETS = 1 << 24;
const fingerprint = (hash: number): number => (hash >>> 25) & 0x7f;
const slotValue = (at: number, hash: number): number => (fingerprint(hash) << 24) | (at + 1);

/** The offset of the record of `key[from, to)` in `records` as `slots` index them, or -1. */
function findRecord(records: Uint8Array, slots: Int32Array, key: Uint8Array, from: number, to: number, hash: number, pages: TablePages | undefined): number {
  const length = to - from;
  const mask = slots.length - 1;
  const print = fingerprint(hash);
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const value = slots[slot] ?? 0;
    if (value === 0) return -1;
    if (value >>> 24 !== print) continue;
    const start = (value & (SLOT_OFFSETS - 1)) - 1;
    pages?.record(start, start + 1);
    if (records[start] !== length) continue;
    pages?.record(start, start + length + FIXED);
    let k = 0;
    while (k < length && records[start + 1 + k] === key[from + k]) k++;
    if (k === length) return start;
  }
}

function countLines(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === NEWLINE) lines++;
  return lines;
}

function keyEndAt(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length && bytes[i] !== SPACE && bytes[i] !== NEWLINE) i++;
  return i;
}

function lineEndAt(bytes: Uint8Array, from: number): number {
  const end = bytes.indexOf(NEWLINE, from);
  return end < 0 ? bytes.length : end;
}

/** A whole number (a frequency) read from its digits. */
function numberAt(bytes: Uint8Array, from: number): number {
  let value = 0;
  for (let i = from, b = bytes[i] ?? 0; b >= 48 && b <= 57; b = bytes[++i] ?? 0) value = value * 10 + (b - 48);
  return value;
}

/** A decimal (an IDF value) to the end of its line; NaN when it is not a finite number. */
function decimalAt(bytes: Uint8Array, from: number): number {
  const value = Number(Buffer.from(bytes.buffer, bytes.byteOffset + from, lineEndAt(bytes, from) - from).toString('latin1'));
  return Number.isFinite(value) ? value : Number.NaN;
}

/** The UTF-16 code unit a UTF-8 character starts with (the high surrogate for one beyond the BMP). */
export function leadCode(bytes: Uint8Array, at: number): number {
  const b0 = bytes[at] ?? 0;
  if (b0 < 0x80) return b0;
  const b1 = (bytes[at + 1] ?? 0) & 0x3f;
  if (b0 < 0xe0) return ((b0 & 0x1f) << 6) | b1;
  const b2 = (bytes[at + 2] ?? 0) & 0x3f;
  if (b0 < 0xf0) return ((b0 & 0x0f) << 12) | (b1 << 6) | b2;
  const code = ((b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | ((bytes[at + 3] ?? 0) & 0x3f);
  return 0xd800 + ((code - 0x10000) >> 10);
}
