import type { Answer } from '../src/model.js';
import type { EvalQuestion } from './eval-set.js';

/** What a retrieval system answered for one question: ranked paragraph numbers, or refused. */
export interface Ranking {
  refused: boolean;
  ranked: number[];
  /** Terms the answer names as never mentioned. */
  absent?: string[];
  /** The detail the answer says is not given. */
  missing?: string;
}

/**
 * The bot's answer as a ranking: the passages quoted, or the paragraphs shown for a request by
 * position (宣言最后一段, the paragraph after the one on X), or a refusal with what it names.
 */
export function rankingOf(a: Answer): Ranking {
  if (a.kind === 'passages') return { refused: false, ranked: a.passages.map((p) => p.paragraph), absent: a.absent };
  if (a.kind === 'paragraphs') return { refused: false, ranked: a.paragraphs.map((p) => p.paragraph) };
  if (a.kind === 'notCovered') return { refused: true, ranked: [], absent: a.absent, ...(a.missing === undefined ? {} : { missing: a.missing }) };
  return { refused: true, ranked: [] };
}

/** Whether a reported absent term names the expected one (the same words, or the same gazetteer entry). */
export type SameName = (reported: string, expected: string) => boolean;

const containsEither: SameName = (a, b) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
};

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
  /** Questions labelled with absent terms, and the share refused with every one of them named. */
  absentLabelled: number;
  absentNamed: number;
  /** Questions labelled with a missing detail, and the share refused naming that detail. */
  missingLabelled: number;
  missingNamed: number;
}

// A refused answerable question counts as a miss for recall and MRR.
export function score(questions: readonly EvalQuestion[], rankings: readonly Ranking[], sameName: SameName = containsEither): Scores {
  let absentLabelled = 0;
  let absentNamed = 0;
  let missingLabelled = 0;
  let missingNamed = 0;
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
      if (q.absent !== undefined && q.absent.length > 0) {
        absentLabelled++;
        const reported = r.absent ?? [];
        if (r.refused && q.absent.every((e) => reported.some((a) => sameName(a, e)))) absentNamed++;
      }
      if (q.missing !== undefined) {
        missingLabelled++;
        if (r.refused && r.missing === q.missing) missingNamed++;
      }
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
    absentLabelled,
    absentNamed: share(absentNamed, absentLabelled),
    missingLabelled,
    missingNamed: share(missingNamed, missingLabelled),
  };
}
