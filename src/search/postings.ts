import type MiniSearch from 'minisearch';

// MiniSearch's BM25 search, read straight from its serialised index. Asking MiniSearch
// builds a map and an object per term and document, which for a question expanded to
// a dozen common bigrams (组织, 成员) cost over a millisecond; the scores it gives depend
// only on the index, so each term's score in each field is worked out once, when the
// term is first asked for, and a question adds them up. The sums are taken in
// MiniSearch's own order (field by field within a term, term by term), so the scores
// and the order of equal scores are MiniSearch's (test/src/search/postings.test.ts).

export type MiniSearchJson = ReturnType<MiniSearch['toJSON']>;

/** One query term: its text, its boost, and whether longer terms starting with it match too. */
export interface PostingQuery {
  term: string;
  boost: number;
  prefix: boolean;
}

/** As MiniSearch's search result: the document's id, its score and the query terms it matched. */
export interface RawHit {
  id: number;
  score: number;
  queryTerms: string[];
}

interface FieldPostings {
  docs: number[];
  /** BM25 of the term in this field of each document, before boosts. */
  scores: number[];
}

interface Bm25 {
  k: number;
  b: number;
  d: number;
}

/** MiniSearch's weight for a prefix match of `distance` more characters. */
const PREFIX_WEIGHT = 0.375;

export class Postings {
  private readonly fieldIds: number[];
  private readonly terms = new Map<string, Record<string, Record<string, number>>>();
  private readonly computed = new Map<string, FieldPostings[]>();
  /** Every term, sorted, to find those a prefix starts. */
  private sorted: string[] | undefined;

  constructor(
    private readonly json: MiniSearchJson,
    /** The fields searched, in MiniSearch's order. */
    fields: readonly string[],
    private readonly bm25: Bm25,
  ) {
    this.fieldIds = fields.map((f) => json.fieldIds[f] ?? -1);
    for (const [term, data] of json.index) this.terms.set(term, data);
  }

  search(queries: readonly PostingQuery[]): RawHit[] {
    const totals = new Map<number, { score: number; terms: string[] }>();
    for (const q of queries) {
      if (q.term === '') continue;
      for (const [doc, score] of this.termScores(q)) {
        const known = totals.get(doc);
        if (known === undefined) totals.set(doc, { score, terms: [q.term] });
        else {
          known.score = known.score + score;
          if (!known.terms.includes(q.term)) known.terms.push(q.term);
        }
      }
    }
    const out: RawHit[] = [];
    for (const [doc, { score, terms }] of totals) out.push({ id: this.json.documentIds[doc] as number, score: score * (terms.length || 1), queryTerms: terms });
    // Stable, as MiniSearch's: equal scores keep the order documents were first matched in.
    return out.sort((a, b) => b.score - a.score);
  }

  /** One query term's score in each document it matches, in the order MiniSearch adds them up. */
  private termScores(q: PostingQuery): Map<number, number> {
    const out = new Map<number, number>();
    this.add(out, q.term, q.boost);
    if (!q.prefix) return out;
    for (const term of this.startingWith(q.term)) {
      const distance = term.length - q.term.length;
      if (distance > 0) this.add(out, term, ((PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance)) * q.boost);
    }
    return out;
  }

  private add(out: Map<number, number>, term: string, weight: number): void {
    for (const field of this.fieldPostings(term)) {
      field.docs.forEach((doc, i) => {
        const score = weight * (field.scores[i] ?? 0);
        const known = out.get(doc);
        out.set(doc, known === undefined ? score : known + score);
      });
    }
  }

  private fieldPostings(term: string): FieldPostings[] {
    let fields = this.computed.get(term);
    if (fields !== undefined) return fields;
    const data = this.terms.get(term);
    fields = [];
    if (data !== undefined) {
      for (const fieldId of this.fieldIds) {
        const freqs = data[String(fieldId)];
        if (freqs === undefined) continue;
        const docs = Object.keys(freqs).map(Number);
        const scores = docs.map((doc) => this.score(freqs[String(doc)] ?? 0, docs.length, doc, fieldId));
        fields.push({ docs, scores });
      }
    }
    this.computed.set(term, fields);
    return fields;
  }

  private score(termFreq: number, matching: number, doc: number, fieldId: number): number {
    const { k, b, d } = this.bm25;
    const total = this.json.documentCount;
    const fieldLength = this.json.fieldLength[doc]?.[fieldId] ?? 0;
    const average = this.json.averageFieldLength[fieldId] ?? 1;
    const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
    return idf * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / average)));
  }

  private startingWith(prefix: string): string[] {
    this.sorted ??= [...this.terms.keys()].sort();
    const all = this.sorted;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((all[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < all.length && (all[i] ?? '').startsWith(prefix); i++) out.push(all[i] ?? '');
    return out;
  }
}
