// The large part of wink-eng-lite-web-model's core model, kept compact: its 87,593
// words (the lexeme feature), their packed features (the lexicon) and the
// contractions' expansions. Parsed from the model's 3 MB JSON, the words alone are
// 87,593 strings and an index of them, some 8 MB that stay, and the parse itself
// peaks 16 MB above that: enough to take a chat bot past its memory target
// (issue 11) the first time it reads English. Here the words are their UTF-8 bytes
// with an open-addressing hash index, and all of it is one file in the cache beside
// jieba's word table (src/search/index-cache.ts), read whole on later starts: the
// JSON is parsed only when the cache lacks the file.

import { cachedFromSources, type IndexParts } from './index-cache.js';
import { HASH_START, hashStep } from './line-table.js';

/** Bumped when the layout of the cached parts changes. */
const LAYOUT = 'english-lexicon1';

/** The model's words, by index, and each word's index: the lexeme feature as wink-nlp reads it, and the words it adds. */
export class CompactWords {
  private readonly mask: number;
  /** Words wink-nlp adds as it meets them (indexes from `count` on), and their indexes. */
  private readonly added: string[] = [];
  private readonly addedIndex = new Map<string, number>();

  constructor(
    /** The words' UTF-8 bytes, one after another. */
    private readonly bytes: Buffer,
    /** Word i is bytes [offsets[i], offsets[i + 1]). */
    private readonly offsets: Uint32Array,
    /** Slot → word index + 1 (0 = empty); a power of two long. */
    readonly slots: Int32Array,
  ) {
    if (slots.length === 0 || (slots.length & (slots.length - 1)) !== 0) throw new Error(`english-lexicon: ${slots.length} slots is not an index`);
    this.mask = slots.length - 1;
  }

  /** The words of the model itself. */
  get count(): number {
    return this.offsets.length - 1;
  }

  /** The model's words and those added since. */
  get length(): number {
    return this.count + this.added.length;
  }

  /** Word `index`, or undefined past the end. */
  word(index: number): string | undefined {
    if (index < this.count) return this.bytes.toString('utf8', this.offsets[index], this.offsets[index + 1]);
    return this.added[index - this.count];
  }

  /** The index of `word`, or undefined when neither the model nor wink-nlp since has it. */
  indexOf(word: string): number | undefined {
    // At most once round the slots: a table with no empty slot (a damaged file) ends the search too.
    let slot = hashWord(word) & this.mask;
    for (let probes = 0; probes < this.slots.length; probes++, slot = (slot + 1) & this.mask) {
      const held = this.slots[slot] ?? 0;
      if (held === 0) break;
      if (this.holds(held - 1, word)) return held - 1;
    }
    return this.addedIndex.get(word);
  }

  /** Records the index wink-nlp gives a word it adds (its hash is written before the word is pushed). */
  setIndex(word: string, index: number): void {
    this.addedIndex.set(word, index);
  }

  /** Adds a word at the end; the new length, as Array.prototype.push returns it. */
  push(word: string): number {
    this.added.push(word);
    return this.length;
  }

  /** Whether model word `index` is `word`: compared byte by byte while `word` is ASCII, which nearly every word is. */
  private holds(index: number, word: string): boolean {
    const from = this.offsets[index] ?? 0;
    const to = this.offsets[index + 1] ?? 0;
    // A word's UTF-8 bytes are never fewer than its UTF-16 code units.
    if (to - from < word.length) return false;
    for (let k = 0; k < word.length; k++) {
      const unit = word.charCodeAt(k);
      if (unit >= 0x80) return this.word(index) === word;
      if (this.bytes[from + k] !== unit) return false;
    }
    return to - from === word.length;
  }
}

/** FNV-1a over a word's UTF-16 code units. */
function hashWord(word: string): number {
  let hash = HASH_START;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
  return hash >>> 0;
}

/** The words, their packed features, the expansions, and the rest of the core model (small: parsed as JSON). */
export interface CompactLexicon<Rest> {
  words: CompactWords;
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  rest: Rest;
}

/** The model's JSON as far as the compact form reads it: the rest is carried as it is. */
export interface LexiconJson {
  lexicon: string;
  xpansions: string;
  features: { lexeme: { list: string[] } };
}

interface Meta {
  lexicon: number;
  xpansions: number;
  words: number;
  rest: unknown;
}

/** Base64 of little-endian 32-bit words, as the model stores its lexicon, as bytes. */
function bytesOf(base64: string): Buffer {
  return Buffer.from(base64, 'base64');
}

/** The parts kept in the cache: slots of the word index; the lexicon, expansions, word offsets and words' bytes; the rest as JSON. */
export function lexiconParts(json: LexiconJson): IndexParts {
  const { lexicon, xpansions, features, ...others } = json;
  const { lexeme, ...otherFeatures } = features;
  const encoded = lexeme.list.map((word) => Buffer.from(word, 'utf8'));
  const offsets = new Uint32Array(encoded.length + 1);
  encoded.forEach((bytes, i) => {
    offsets[i + 1] = (offsets[i] ?? 0) + bytes.length;
  });
  const words = Buffer.concat(encoded);
  const slots = new Int32Array(2 ** Math.ceil(Math.log2(encoded.length * 2 + 1)));
  lexeme.list.forEach((word, i) => {
    let slot = hashWord(word) & (slots.length - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (slots.length - 1);
    slots[slot] = i + 1;
  });
  const lexiconBytes = bytesOf(lexicon);
  const xpansionBytes = bytesOf(xpansions);
  const offsetBytes = Buffer.from(offsets.buffer);
  const meta: Meta = { lexicon: lexiconBytes.length, xpansions: xpansionBytes.length, words: encoded.length, rest: { ...others, features: otherFeatures } };
  return { slots, extra: Buffer.concat([lexiconBytes, xpansionBytes, offsetBytes, words]), meta: JSON.stringify(meta) };
}

/** 32-bit words at `from` of `bytes`: a view where aligned, otherwise a copy (Uint8Array's slice copies; a Buffer's would not). */
function words32(bytes: Uint8Array, from: number, length: number): Uint32Array {
  const at = bytes.byteOffset + from;
  if (at % 4 === 0) return new Uint32Array(bytes.buffer, at, length / 4);
  return new Uint32Array(Uint8Array.prototype.slice.call(bytes, from, from + length).buffer);
}

/**
 * Whether the words' offsets and index hold together: offsets from 0 that never go back and end at the
 * bytes' end, every slot empty or a word's, and one slot at least empty. A file damaged inside, with its
 * header and size intact, fails here instead of finding wrong words or searching the slots for ever.
 */
function wordsHold(offsets: Uint32Array, byteLength: number, slots: Int32Array): boolean {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== byteLength) return false;
  for (let i = 1; i < offsets.length; i++) if ((offsets[i] ?? 0) < (offsets[i - 1] ?? 0)) return false;
  const count = offsets.length - 1;
  let empty = false;
  for (const held of slots) {
    if (held < 0 || held > count) return false;
    empty ||= held === 0;
  }
  return empty;
}

function isMeta(value: unknown): value is Meta {
  if (typeof value !== 'object' || value === null) return false;
  const { lexicon, xpansions, words, rest } = value as Partial<Record<keyof Meta, unknown>>;
  return typeof lexicon === 'number' && typeof xpansions === 'number' && typeof words === 'number' && typeof rest === 'object' && rest !== null;
}

/** The compact lexicon of cached or built parts. */
export function lexiconOf<Rest>(parts: IndexParts): CompactLexicon<Rest> {
  const meta: unknown = JSON.parse(parts.meta);
  if (!isMeta(meta)) throw new Error('english-lexicon: cached facts are not ours');
  const { extra } = parts;
  const offsetsAt = meta.lexicon + meta.xpansions;
  const wordsAt = offsetsAt + (meta.words + 1) * 4;
  if (meta.lexicon % 4 !== 0 || meta.xpansions % 4 !== 0 || extra.length < wordsAt) throw new Error('english-lexicon: cached parts cut short');
  const offsets = words32(extra, offsetsAt, (meta.words + 1) * 4);
  const bytes = Buffer.from(extra.buffer, extra.byteOffset + wordsAt, extra.length - wordsAt);
  if (!wordsHold(offsets, bytes.length, parts.slots)) throw new Error('english-lexicon: cached words do not hold together');
  return {
    words: new CompactWords(bytes, offsets, parts.slots),
    lexicon: words32(extra, 0, meta.lexicon),
    xpansions: words32(extra, meta.lexicon, meta.xpansions),
    rest: meta.rest as Rest,
  };
}

/**
 * The compact lexicon of the model in `coreFile`: from the cache (by default beside the model's
 * package) when it holds it, otherwise parsed from the file and kept there for the next start.
 */
export function loadLexicon<Rest>(coreFile: string, parse: () => LexiconJson, cacheDir?: string): CompactLexicon<Rest> {
  let read: CompactLexicon<Rest> | undefined;
  // A damaged cache file is not accepted: the model is parsed as on a first start, and the file replaced.
  const accept = (cached: IndexParts): boolean => {
    try {
      read = lexiconOf<Rest>(cached);
    } catch {
      read = undefined;
    }
    return read !== undefined;
  };
  const parts = cachedFromSources(LAYOUT, [coreFile], () => lexiconParts(parse()), cacheDir, accept);
  return read ?? lexiconOf<Rest>(parts);
}
