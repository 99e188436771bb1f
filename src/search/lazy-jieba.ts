import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { type DictionaryEntry, DictionaryTable } from './dictionary-table.js';
import { HASH_START, hashBytes, hashStep } from './line-table.js';

// jieba with its whole dictionary takes about 55 MB and a quarter of a second to load,
// for the few hundred words a question or a paragraph holds. This jieba starts empty
// and, before cutting a text, is taught the dictionary words that occur in that text,
// with their frequencies and tags. jieba (without HMM) cuts a text by the words that
// occur in it and by the sum of all frequencies, which is kept equal to the whole
// dictionary's by one padding word no text can hold: so every cut and tag is the one
// the whole dictionary gives (test/src/search/lazy-jieba.test.ts compares them).

/** Cannot occur in a cut: jieba looks words up only in runs of Han characters, letters and digits. */
const PADDING = '。。';

/** Cuts (and tags) kept: enough for the pieces of one question, not a cache of every question. */
const REMEMBERED_CUTS = 64;

export interface DictionaryLine {
  word: string;
  freq: number;
  tag: string;
}

export class LazyJieba {
  private readonly jieba = new Jieba();
  private table: DictionaryTable | undefined;
  /** Lines loaded on top of the dictionary (jieba's loadDict): new words, and new frequencies of known ones. */
  private readonly pending: DictionaryLine[] = [];
  private readonly added = new Map<string, DictionaryEntry>();
  private readonly addedHashes = new Set<number>();
  private addedReach = 0;
  private readonly refrequenced = new Map<number, number>();
  private total = 0;
  /** What jieba holds now: each word's frequency, and their sum with the padding. */
  private readonly loaded = new Map<string, number>();
  /** Words jieba holds whose frequency has changed since: loaded again before the next cut. */
  private readonly stale = new Set<string>();
  private loadedSum = 0;
  private loadedTotal = 0;

  private readonly cuts = new Map<string, string[]>();
  private readonly tags = new Map<string, TaggedWord[]>();

  constructor(private readonly loadTable: () => DictionaryTable = DictionaryTable.load) {}

  /** As jieba's loadDict on the whole dictionary: a known word takes the new frequency and keeps its tag. */
  loadDict(lines: readonly DictionaryLine[]): void {
    this.cuts.clear();
    this.tags.clear();
    this.pending.push(...lines);
    if (this.table !== undefined) this.applyPending(this.table);
  }

  cut(text: string): string[] {
    return this.remembered(this.cuts, text, () => {
      this.prepare(text);
      return this.jieba.cut(text, false);
    });
  }

  tag(text: string): TaggedWord[] {
    return this.remembered(this.tags, text, () => {
      this.prepare(text);
      return this.jieba.tag(text, false);
    });
  }

  /**
   * A question is cut several times over (its names, its terms, its terms without an absent
   * name): the last few cuts are kept, and forgotten whenever the dictionary changes.
   */
  private remembered<T>(memo: Map<string, T>, text: string, compute: () => T): T {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const value = compute();
    if (memo.size >= REMEMBERED_CUTS) memo.delete(memo.keys().next().value ?? '');
    memo.set(text, value);
    return value;
  }

  private ensureTable(): DictionaryTable {
    if (this.table === undefined) {
      this.table = this.loadTable();
      this.total = this.table.total;
      this.applyPending(this.table);
    }
    return this.table;
  }

  private applyPending(table: DictionaryTable): void {
    for (const line of this.pending.splice(0)) {
      const bytes = Buffer.from(line.word, 'utf8');
      const offset = table.find(bytes, 0, bytes.length, hashBytes(bytes, 0, bytes.length));
      const before = offset >= 0 ? this.entryAt(table, offset) : this.added.get(line.word);
      this.total += line.freq - (before?.freq ?? 0);
      if (offset >= 0) this.refrequenced.set(offset, line.freq);
      else {
        this.added.set(line.word, { freq: line.freq, tag: before?.tag ?? line.tag });
        this.addedHashes.add(hashBytes(bytes, 0, bytes.length));
        this.addedReach = Math.max(this.addedReach, bytes.length);
      }
      // A word jieba already holds is loaded again before the next cut, whether or not that text holds it.
      if (this.loaded.has(line.word)) this.stale.add(line.word);
    }
  }

  private entryAt(table: DictionaryTable, offset: number): DictionaryEntry {
    const entry = table.entryAt(offset);
    const freq = this.refrequenced.get(offset);
    return freq === undefined ? entry : { freq, tag: entry.tag };
  }

  /** Every dictionary word inside `text`, with its frequency and tag now. */
  private wordsIn(text: string, table: DictionaryTable): Map<string, DictionaryEntry> {
    const out = new Map<string, DictionaryEntry>();
    // As jieba reads the text: UTF-8, each word starting and ending on a character's boundary.
    const bytes = Buffer.from(text, 'utf8');
    const isBoundary = (at: number): boolean => at >= bytes.length || ((bytes[at] ?? 0) & 0xc0) !== 0x80;
    for (let from = 0; from < bytes.length; from++) {
      if (!isBoundary(from)) continue;
      const reach = Math.min(bytes.length - from, Math.max(table.reach(bytes, from), this.addedReach));
      let hash = HASH_START;
      for (let to = from + 1; to <= from + reach; to++) {
        hash = hashStep(hash, bytes[to - 1] ?? 0);
        if (!isBoundary(to)) continue;
        const offset = table.find(bytes, from, to, hash);
        if (offset >= 0) out.set(bytes.toString('utf8', from, to), this.entryAt(table, offset));
        else if (this.addedHashes.has(hash)) {
          const word = bytes.toString('utf8', from, to);
          const entry = this.added.get(word);
          if (entry !== undefined) out.set(word, entry);
        }
      }
    }
    return out;
  }

  private prepare(text: string): void {
    const table = this.ensureTable();
    const lines: string[] = [];
    const load = (word: string, entry: DictionaryEntry): void => {
      const before = this.loaded.get(word);
      if (before === entry.freq) return;
      lines.push(`${word} ${entry.freq} ${entry.tag}`);
      this.loadedSum += entry.freq - (before ?? 0);
      this.loaded.set(word, entry.freq);
    };
    for (const word of this.stale) this.reloadStale(word, table, load);
    this.stale.clear();
    for (const [word, entry] of this.wordsIn(text, table)) load(word, entry);
    if (lines.length === 0 && this.loadedTotal === this.total) return;
    lines.push(`${PADDING} ${this.total - this.loadedSum} x`);
    this.loadedTotal = this.total;
    this.jieba.loadDict(Buffer.from(lines.join('\n'), 'utf8'));
  }

  private reloadStale(word: string, table: DictionaryTable, load: (word: string, entry: DictionaryEntry) => void): void {
    const bytes = Buffer.from(word, 'utf8');
    const offset = table.find(bytes, 0, bytes.length, hashBytes(bytes, 0, bytes.length));
    const entry = offset >= 0 ? this.entryAt(table, offset) : this.added.get(word);
    if (entry !== undefined) load(word, entry);
  }
}
