import type { EvalQuestion } from './eval-set.js';

/** What a retrieval system answered for one question: ranked paragraph numbers, or refused. */
export interface Ranking {
  refused: boolean;
  ranked: number[];
}

export interface Scores {
  answerable: number;
  unanswerable: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  /** Share of unanswerable questions answered 'not covered'. */
  refusedUnanswerable: number;
  /** Share of answerable questions wrongly answered 'not covered'. */
  refusedAnswerable: number;
}

// A refused answerable question counts as a miss for recall and MRR.
export function score(questions: readonly EvalQuestion[], rankings: readonly Ranking[]): Scores {
  let r1 = 0;
  let r3 = 0;
  let rr = 0;
  let answerable = 0;
  let unanswerable = 0;
  let refusedU = 0;
  let refusedA = 0;
  questions.forEach((q, i) => {
    const r = rankings[i] ?? { refused: true, ranked: [] };
    if (q.expected.length === 0) {
      unanswerable++;
      if (r.refused) refusedU++;
      return;
    }
    answerable++;
    if (r.refused) {
      refusedA++;
      return;
    }
    const rank = r.ranked.findIndex((p) => q.expected.includes(p));
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 3) r3++;
    if (rank >= 0) rr += 1 / (rank + 1);
  });
  const share = (n: number, d: number): number => (d === 0 ? Number.NaN : n / d);
  return {
    answerable,
    unanswerable,
    recallAt1: share(r1, answerable),
    recallAt3: share(r3, answerable),
    mrr: share(rr, answerable),
    refusedUnanswerable: share(refusedU, unanswerable),
    refusedAnswerable: share(refusedA, answerable),
  };
}
