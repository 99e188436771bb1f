import { type DictionaryEntry, DictionaryTable } from './dictionary-table.js';
import { HASH_START, hashBytes, hashStep } from './line-table.js';

// jieba's cut and tag without HMM (jieba-rs's cut_dag_no_hmm, as @node-rs/jieba runs it), in
// TypeScript over the compact dictionary table (src/search/dictionary-table.ts). jieba itself,
// a native module, costs about 11 MB of memory to load and a trie of the 349,045 words to
// build; the table holds the same words and frequencies, read as the texts reach them. The
// cuts and tags are jieba's own: test/src/search/word-cutter.test.ts compares them with
// jieba's on the declaration, the evaluation questions and thousands of made-up texts.

/** A word of a cut with jieba's part-of-speech tag (n noun, v verb, x unknown…). */
export interface TaggedWord {
  word: string;
  tag: string;
}

export interface DictionaryLine {
  word: string;
  freq: number;
  tag: string;
}

/** A piece of a cut: its UTF-8 bytes [from, to) of the text, and its dictionary entry if it has one. */
interface Piece {
  from: number;
  to: number;
  entry: DictionaryEntry | undefined;
}

/** Cuts (and tags) kept: enough for the pieces of one question, not a cache of every question. */
const REMEMBERED_CUTS = 64;

/** jieba's RE_HAN_DEFAULT: the characters it cuts by the dictionary (CJK, ASCII letters and digits, `+#&._%-`). */
function isHanDefault(cp: number): boolean {
  if (cp < 0x80) return isAsciiAlphanumeric(cp) || '+#&._%-'.includes(String.fromCharCode(cp));
  return (
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2ebef) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f)
  );
}

const isAsciiAlphanumeric = (b: number): boolean => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/** Bytes of a code point in UTF-8; a lone surrogate becomes U+FFFD (3 bytes), as Buffer.from and N-API write it. */
const utf8Length = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** jieba's tag for a word its dictionary lacks: digits 'm', other ASCII letters 'eng', anything else 'x'. */
export function guessTag(word: string): string {
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!isAsciiAlphanumeric(c)) continue;
    letters++;
    if (c <= 0x39) digits++;
  }
  if (letters === 0) return 'x';
  return letters === digits ? 'm' : 'eng';
}

/** A run of one character class: `han` runs are cut by the dictionary, the rest character by character. */
interface Run {
  han: boolean;
  from: number;
  to: number;
  /** The byte offset where each character of the run starts, and the run's end. */
  bounds: number[];
}

/** The text's runs, as jieba's SplitByCharacterClass gives them, in UTF-8 byte offsets. */
function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const han = isHanDefault(cp);
    let run = runs.at(-1);
    if (run === undefined || run.han !== han) {
      run = { han, from: at, to: at, bounds: [] };
      runs.push(run);
    }
    run.bounds.push(at);
    at += utf8Length(cp);
    run.to = at;
  }
  for (const run of runs) run.bounds.push(run.to);
  return runs;
}

export class WordCutter {
  private table: DictionaryTable | undefined;
  /** Whether a table was loaded before (its total, and the pending lines, are then applied already). */
  private loaded = false;
  /** Lines loaded on top of the dictionary (jieba's loadDict): new words, and new frequencies of known ones. */
  private readonly pending: DictionaryLine[] = [];
  private readonly added = new Map<string, DictionaryEntry>();
  private readonly addedHashes = new Set<number>();
  private addedReach = 0;
  private readonly refrequenced = new Map<number, number>();
  private total = 0;

  private readonly cuts = new Map<string, string[]>();
  private readonly tags = new Map<string, TaggedWord[]>();

  constructor(private readonly loadTable: () => DictionaryTable = DictionaryTable.load) {}

  /** As jieba's loadDict: a known word takes the new frequency and keeps its tag; a new word is added. */
  loadDict(lines: readonly DictionaryLine[]): void {
    this.cuts.clear();
    this.tags.clear();
    this.pending.push(...lines);
    if (this.table !== undefined) this.applyPending(this.table);
  }

  cut(text: string): string[] {
    return this.remembered(this.cuts, text, () => {
      const bytes = Buffer.from(text, 'utf8');
      return this.pieces(text, bytes).map((p) => bytes.toString('utf8', p.from, p.to));
    });
  }

  tag(text: string): TaggedWord[] {
    return this.remembered(this.tags, text, () => {
      const bytes = Buffer.from(text, 'utf8');
      return this.pieces(text, bytes).map((p) => {
        const word = bytes.toString('utf8', p.from, p.to);
        return { tag: p.entry?.tag ?? guessTag(word), word };
      });
    });
  }

  /** A question is cut several times over: the last few cuts are kept, and forgotten whenever the dictionary changes. */
  private remembered<T>(memo: Map<string, T>, text: string, compute: () => T): T {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const value = compute();
    if (memo.size >= REMEMBERED_CUTS) memo.delete(memo.keys().next().value ?? '');
    memo.set(text, value);
    return value;
  }

  /**
   * Lets go of the dictionary table until the next cut, which loads it again; the words taught
   * and their frequencies are kept (they are kept by the table's offsets, which the same file
   * gives again). A startup snapshot (adapters/prepared-core/) then holds none of its 9 MB.
   */
  forgetTable(): void {
    this.table = undefined;
  }

  private ensureTable(): DictionaryTable {
    if (this.table === undefined) {
      const first = !this.loaded;
      this.table = this.loadTable();
      this.loaded = true;
      if (first) this.total = this.table.total;
      this.applyPending(this.table);
    }
    return this.table;
  }

  private applyPending(table: DictionaryTable): void {
    for (const line of this.pending.splice(0)) {
      const bytes = Buffer.from(line.word, 'utf8');
      const hash = hashBytes(bytes, 0, bytes.length);
      const offset = table.find(bytes, 0, bytes.length, hash);
      const before = offset >= 0 ? this.entryAt(table, offset) : this.added.get(line.word);
      this.total += line.freq - (before?.freq ?? 0);
      if (offset >= 0) this.refrequenced.set(offset, line.freq);
      else {
        this.added.set(line.word, { freq: line.freq, tag: before?.tag ?? line.tag });
        this.addedHashes.add(hash);
        this.addedReach = Math.max(this.addedReach, bytes.length);
      }
    }
  }

  private entryAt(table: DictionaryTable, offset: number): DictionaryEntry {
    const entry = table.entryAt(offset);
    const freq = this.refrequenced.get(offset);
    return freq === undefined ? entry : { freq, tag: entry.tag };
  }

  /** The dictionary's entry for bytes [from, to) of the text, hashed as given. */
  private lookup(table: DictionaryTable, bytes: Uint8Array, from: number, to: number, hash: number): DictionaryEntry | undefined {
    const offset = table.find(bytes, from, to, hash);
    if (offset >= 0) return this.entryAt(table, offset);
    return this.addedHashes.has(hash) ? this.added.get(Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('utf8')) : undefined;
  }

  /** jieba's cut_internal: dictionary runs cut by the most probable route, the rest one character at a time. */
  private pieces(text: string, bytes: Uint8Array): Piece[] {
    const table = this.ensureTable();
    const out: Piece[] = [];
    for (const run of runsOf(text)) {
      if (run.han) {
        this.cutRun(table, bytes, run, out);
        continue;
      }
      for (let i = 0; i + 1 < run.bounds.length; i++) {
        const from = run.bounds[i] ?? 0;
        let to = run.bounds[i + 1] ?? from;
        // '\r\n' is one piece.
        if (bytes[from] === 0x0d && bytes[to] === 0x0a && i + 2 < run.bounds.length) to = run.bounds[++i + 1] ?? to;
        out.push({ from, to, entry: this.lookup(table, bytes, from, to, hashBytes(bytes, from, to)) });
      }
    }
    return out;
  }

  /**
   * jieba's cut_dag_no_hmm on one run: every dictionary word from each character is an edge,
   * the route from the end back takes the edge of the highest log probability (the longer one
   * on a tie), a character with no word goes alone, and single ASCII letters or digits in a
   * row are joined into one word.
   */
  private cutRun(table: DictionaryTable, bytes: Uint8Array, run: Run, out: Piece[]): void {
    const logTotal = Math.log(this.total);
    const size = run.to - run.from;
    const score = new Float64Array(size + 1);
    const next = new Int32Array(size + 1);
    const chosen: (DictionaryEntry | undefined)[] = new Array(size + 1);
    const { bounds } = run;
    for (let b = bounds.length - 2; b >= 0; b--) {
      const from = bounds[b] ?? 0;
      let best = Number.NaN;
      let bestTo = -1;
      let bestEntry: DictionaryEntry | undefined;
      const reach = Math.min(run.to - from, Math.max(table.reach(bytes, from), this.addedReach));
      let hash = HASH_START;
      for (let to = from + 1; to <= from + reach; to++) {
        hash = hashStep(hash, bytes[to - 1] ?? 0);
        if (to < run.to && ((bytes[to] ?? 0) & 0xc0) === 0x80) continue;
        const entry = this.lookup(table, bytes, from, to, hash);
        if (entry === undefined) continue;
        const value = Math.log(entry.freq) - logTotal + (score[to - run.from] ?? 0);
        // Edges come shortest first: on a tie the later (longer) one wins, as Rust's max_by on (value, end).
        if (bestTo < 0 || value >= best) {
          best = value;
          bestTo = to;
          bestEntry = entry;
        }
      }
      if (bestTo < 0) {
        bestTo = bounds[b + 1] ?? run.to;
        best = 0 - logTotal + (score[bestTo - run.from] ?? 0);
      }
      score[from - run.from] = best;
      next[from - run.from] = bestTo;
      chosen[from - run.from] = bestEntry;
    }
    this.walk(run, bytes, next, chosen, out);
  }

  /** The route from the run's start, with single ASCII letters and digits in a row joined. */
  private walk(run: Run, bytes: Uint8Array, next: Int32Array, chosen: readonly (DictionaryEntry | undefined)[], out: Piece[]): void {
    const table = this.ensureTable();
    let left: number | undefined;
    let x = run.from;
    while (x < run.to) {
      const y = next[x - run.from] ?? run.to;
      const single = y - x === 1 && isAsciiAlphanumeric(bytes[x] ?? 0);
      if (single) left ??= x;
      else {
        if (left !== undefined) out.push({ from: left, to: x, entry: this.lookup(table, bytes, left, x, hashBytes(bytes, left, x)) });
        left = undefined;
        out.push({ from: x, to: y, entry: chosen[x - run.from] });
      }
      x = y;
    }
    if (left !== undefined) out.push({ from: left, to: run.to, entry: this.lookup(table, bytes, left, run.to, hashBytes(bytes, left, run.to)) });
  }
}
