import type { PreparedQuery } from './query.js';

/**
 * Which of a question's own words a paragraph matches, given the query terms
 * MiniSearch found in it: a word counts as found when at least half of its terms
 * are, either themselves or through an expansion that stands for them (停战 → 停火);
 * a compound split in two (counterterrorism) only where both of its parts are.
 * Built once per question; each paragraph then costs no allocation.
 */
export class WordMatcher {
  /** Query term → indexes of the own terms it stands for. */
  private readonly coversOf = new Map<string, number[]>();
  /** Own term index → indexes of the words holding it (once per occurrence). */
  private readonly wordsOfOwn: number[][] = [];
  private readonly seen: number[];
  private readonly hitCount: number[];
  private readonly found: boolean[];
  private generation = 0;

  constructor(private readonly query: PreparedQuery) {
    const ownIndex = new Map<string, number>();
    query.words.forEach((w, i) => {
      for (const t of w.terms) {
        let k = ownIndex.get(t);
        if (k === undefined) {
          k = this.wordsOfOwn.length;
          ownIndex.set(t, k);
          this.wordsOfOwn.push([]);
        }
        this.wordsOfOwn[k]?.push(i);
      }
    });
    for (const t of query.terms) this.coversOf.set(t.term, t.covers.flatMap((c) => ownIndex.get(c) ?? []));
    this.seen = new Array<number>(this.wordsOfOwn.length).fill(-1);
    this.hitCount = new Array<number>(query.words.length).fill(0);
    this.found = new Array<boolean>(query.words.length).fill(false);
  }

  /** For each word of the question, whether it is found; the array is reused by the next call. */
  match(queryTerms: readonly string[]): readonly boolean[] {
    const generation = ++this.generation;
    this.hitCount.fill(0);
    for (const term of queryTerms) {
      for (const k of this.coversOf.get(term) ?? []) {
        if (this.seen[k] === generation) continue;
        this.seen[k] = generation;
        for (const i of this.wordsOfOwn[k] ?? []) this.hitCount[i] = (this.hitCount[i] ?? 0) + 1;
      }
    }
    this.query.words.forEach((w, i) => {
      const hit = this.hitCount[i] ?? 0;
      this.found[i] = hit > 0 && (w.compound === true ? hit === w.terms.length : hit * 2 >= w.terms.length);
    });
    return this.found;
  }
}
