import type { PreparedQuery } from './query.js';

/**
 * Which of a question's own words a paragraph matches, given the query terms
 * MiniSearch found in it: a word counts as found when at least half of its terms
 * are, either themselves or through an expansion that stands for them (停战 → 停火);
 * an expansion stands for them only where the paragraph matches more than half of
 * its phrase (上合 alone is not 上合组织开发银行); a compound split in two
 * (counterterrorism) is found where its head, the last part, is: the text's 'combating
 * terrorism' is about it, its 'countering drugs' is not.
 * Built once per question; each paragraph then costs no allocation.
 */
export class WordMatcher {
  /** Own term → its index. */
  private readonly ownIndex = new Map<string, number>();
  /** Own term index → indexes of the words holding it (once per occurrence). */
  private readonly wordsOfOwn: number[][] = [];
  /** Expansion term → the groups (phrases) it belongs to. */
  private readonly groupsOf = new Map<string, number[]>();
  private readonly groupSize: number[] = [];
  private readonly groupCovers: number[][] = [];
  private readonly groupHits: number[];
  private readonly seen: number[];
  private readonly hitCount: number[];
  private readonly found: boolean[];
  private generation = 0;

  constructor(private readonly query: PreparedQuery) {
    query.words.forEach((w, i) => {
      for (const t of w.terms) {
        let k = this.ownIndex.get(t);
        if (k === undefined) {
          k = this.wordsOfOwn.length;
          this.ownIndex.set(t, k);
          this.wordsOfOwn.push([]);
        }
        this.wordsOfOwn[k]?.push(i);
      }
    });
    query.groups.forEach((g, n) => {
      this.groupSize.push(g.terms.length);
      this.groupCovers.push(g.covers.flatMap((c) => this.ownIndex.get(c) ?? []));
      for (const t of g.terms) this.groupsOf.set(t, [...(this.groupsOf.get(t) ?? []), n]);
    });
    this.groupHits = new Array<number>(query.groups.length).fill(0);
    this.seen = new Array<number>(this.wordsOfOwn.length).fill(-1);
    this.hitCount = new Array<number>(query.words.length).fill(0);
    this.found = new Array<boolean>(query.words.length).fill(false);
  }

  private hitOwn(k: number, generation: number): void {
    if (this.seen[k] === generation) return;
    this.seen[k] = generation;
    for (const i of this.wordsOfOwn[k] ?? []) this.hitCount[i] = (this.hitCount[i] ?? 0) + 1;
  }

  /** For each word of the question, whether it is found; the array is reused by the next call. */
  match(queryTerms: readonly string[]): readonly boolean[] {
    const generation = ++this.generation;
    this.hitCount.fill(0);
    this.groupHits.fill(0);
    for (const term of queryTerms) {
      const k = this.ownIndex.get(term);
      if (k !== undefined) this.hitOwn(k, generation);
      for (const g of this.groupsOf.get(term) ?? []) this.groupHits[g] = (this.groupHits[g] ?? 0) + 1;
    }
    this.groupHits.forEach((hits, g) => {
      if (hits > 0 && (hits * 2 > (this.groupSize[g] ?? 1) || hits === this.groupSize[g]))
        for (const k of this.groupCovers[g] ?? []) this.hitOwn(k, generation);
    });
    this.query.words.forEach((w, i) => {
      const hit = this.hitCount[i] ?? 0;
      this.found[i] = hit > 0 && (w.compound === true ? this.seen[this.ownIndex.get(w.terms.at(-1) ?? '') ?? -1] === generation : hit * 2 >= w.terms.length);
    });
    return this.found;
  }
}
