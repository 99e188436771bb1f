// Retrieval quality as part of `npm test`: each evaluation set's figures must stay at or
// above floors set a little under what was measured (see README, Measured), so a
// retrieval regression fails CI. `npm run eval` prints the figures themselves.
import { describe, expect, it } from 'vitest';
import { loadEvalSet } from '../../bench/eval-set.js';
import { rankingOf, score, type Ranking, type Scores } from '../../bench/metrics.js';
import { createCore } from '../../src/create-core.js';
import type { Language } from '../../src/model.js';

const core = createCore();

const rank = (question: string): Ranking => rankingOf(core.ask(question, { limit: 5 }));

function scores(file: string, lang: Language): Scores {
  const questions = loadEvalSet(new URL(`../../eval/${file}`, import.meta.url)).filter((q) => q.lang === lang);
  return score(
    questions,
    questions.map((q) => rank(q.question)),
  );
}

type Floor = Partial<Record<'recallAt1' | 'recallAt3' | 'refusedUnanswerable' | 'absentNamed' | 'missingNamed', number>> & { refusedAnswerableAtMost?: number };

// absentNamed and missingNamed count here by the words themselves (npm run eval also takes a gazetteer name of the same entry).
const FLOORS: [string, Language, Floor][] = [
  ['questions.jsonl', 'zh', { recallAt1: 0.94, recallAt3: 0.96, refusedUnanswerable: 0.93, refusedAnswerableAtMost: 0.02 }],
  ['questions.jsonl', 'en', { recallAt1: 0.9, recallAt3: 0.94, refusedUnanswerable: 0.95, refusedAnswerableAtMost: 0.03 }],
  ['questions.jsonl', 'mixed', { recallAt1: 0.9, recallAt3: 0.94 }],
  ['dev.jsonl', 'zh', { recallAt1: 0.87, recallAt3: 0.94, refusedUnanswerable: 0.95, refusedAnswerableAtMost: 0.06 }],
  ['dev.jsonl', 'en', { recallAt1: 0.95, recallAt3: 0.97, refusedUnanswerable: 0.95, refusedAnswerableAtMost: 0.03 }],
  ['heldout.jsonl', 'zh', { recallAt1: 0.95, recallAt3: 0.96, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.04, absentNamed: 0.9, missingNamed: 0.95 }],
  [
    'heldout.jsonl',
    'en',
    { recallAt1: 0.94, recallAt3: 0.95, refusedUnanswerable: 0.97, refusedAnswerableAtMost: 0.03, absentNamed: 0.85, missingNamed: 0.95 },
  ],
  [
    'heldout-2.jsonl',
    'zh',
    { recallAt1: 0.98, recallAt3: 0.98, refusedUnanswerable: 0.97, refusedAnswerableAtMost: 0.02, absentNamed: 0.77, missingNamed: 0.95 },
  ],
  [
    'heldout-2.jsonl',
    'en',
    { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.95, refusedAnswerableAtMost: 0.03, absentNamed: 0.8, missingNamed: 0.93 },
  ],
  [
    'heldout-3.jsonl',
    'zh',
    { recallAt1: 0.96, recallAt3: 0.98, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.02, absentNamed: 0.8, missingNamed: 0.95 },
  ],
  [
    'heldout-3.jsonl',
    'en',
    { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.04, absentNamed: 0.8, missingNamed: 0.95 },
  ],
  // Written blind to the code and the other sets for issue 13's session; measured once before and once after the change it judged.
  [
    'heldout-4.jsonl',
    'zh',
    { recallAt1: 0.98, recallAt3: 0.98, refusedUnanswerable: 0.98, refusedAnswerableAtMost: 0.01, absentNamed: 0.95, missingNamed: 0.95 },
  ],
  [
    'heldout-4.jsonl',
    'en',
    { recallAt1: 0.96, recallAt3: 0.98, refusedUnanswerable: 0.98, refusedAnswerableAtMost: 0.02, absentNamed: 0.85, missingNamed: 0.95 },
  ],
  ['dev-2.jsonl', 'zh', { recallAt1: 0.93, recallAt3: 0.98, refusedUnanswerable: 0.95, refusedAnswerableAtMost: 0.02, absentNamed: 0.95, missingNamed: 0.95 }],
  ['dev-2.jsonl', 'en', { recallAt1: 0.95, recallAt3: 0.98, refusedUnanswerable: 0.95, refusedAnswerableAtMost: 0.02, absentNamed: 0.95, missingNamed: 0.95 }],
  // Written blind to the code and the other sets (held-out 5–11, the two sessions of 2026-11-26's second half): each was measured
  // before and after the change it judged and is spent since; the floors are a little under the final figures, to catch a regression.
  ['heldout-5.jsonl', 'zh', { recallAt1: 0.89, recallAt3: 0.89, refusedUnanswerable: 0.95, refusedAnswerableAtMost: 0.11 }],
  ['heldout-5.jsonl', 'en', { recallAt1: 0.9, recallAt3: 0.9, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.1 }],
  ['heldout-6.jsonl', 'zh', { recallAt1: 0.91, recallAt3: 0.91, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.09 }],
  ['heldout-6.jsonl', 'en', { recallAt1: 0.96, recallAt3: 0.96, refusedUnanswerable: 0.88, refusedAnswerableAtMost: 0.04 }],
  ['heldout-7.jsonl', 'zh', { recallAt1: 0.96, recallAt3: 0.96, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.04 }],
  ['heldout-7.jsonl', 'en', { recallAt1: 0.89, recallAt3: 0.89, refusedUnanswerable: 0.93, refusedAnswerableAtMost: 0.11 }],
  ['heldout-8.jsonl', 'zh', { recallAt1: 0.96, recallAt3: 0.96, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.04 }],
  ['heldout-8.jsonl', 'en', { recallAt1: 0.93, recallAt3: 0.94, refusedUnanswerable: 0.89, refusedAnswerableAtMost: 0.06 }],
  ['heldout-9.jsonl', 'zh', { recallAt1: 0.93, recallAt3: 0.93, refusedUnanswerable: 0.91, refusedAnswerableAtMost: 0.08 }],
  ['heldout-9.jsonl', 'en', { recallAt1: 0.91, recallAt3: 0.91, refusedUnanswerable: 0.91, refusedAnswerableAtMost: 0.08 }],
  ['heldout-10.jsonl', 'zh', { recallAt1: 0.94, recallAt3: 0.94, refusedUnanswerable: 0.93, refusedAnswerableAtMost: 0.06 }],
  ['heldout-10.jsonl', 'en', { recallAt1: 0.94, recallAt3: 0.94, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.06 }],
  ['heldout-11.jsonl', 'zh', { recallAt1: 0.94, recallAt3: 0.94, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.06 }],
  ['heldout-11.jsonl', 'en', { recallAt1: 0.94, recallAt3: 0.94, refusedUnanswerable: 0.88, refusedAnswerableAtMost: 0.06 }],
  // Written blind for the session of 2026-11-27: held-out 12 judged the session's first round, held-out 13 its second.
  ['heldout-12.jsonl', 'zh', { recallAt1: 0.94, recallAt3: 0.96, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.04 }],
  ['heldout-12.jsonl', 'en', { recallAt1: 0.91, recallAt3: 0.93, refusedUnanswerable: 0.93, refusedAnswerableAtMost: 0.07 }],
  ['heldout-13.jsonl', 'zh', { recallAt1: 0.98, recallAt3: 0.98, refusedUnanswerable: 0.95, refusedAnswerableAtMost: 0.02 }],
  ['heldout-13.jsonl', 'en', { recallAt1: 0.9, recallAt3: 0.9, refusedUnanswerable: 0.93, refusedAnswerableAtMost: 0.1 }],
  // 160 questions, written blind at the end of that session: it judged the declaration-itself reading, and showed two patterns of the second round reading too much.
  ['heldout-14.jsonl', 'zh', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.97, refusedAnswerableAtMost: 0.03 }],
  ['heldout-14.jsonl', 'en', { recallAt1: 0.85, recallAt3: 0.85, refusedUnanswerable: 0.85, refusedAnswerableAtMost: 0.15 }],
  ['heldout-15.jsonl', 'zh', { recallAt1: 0.95, recallAt3: 0.97, refusedUnanswerable: 0.97, refusedAnswerableAtMost: 0.03 }],
  ['heldout-15.jsonl', 'en', { recallAt1: 0.93, recallAt3: 0.97, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.03 }],
  ['heldout-16.jsonl', 'zh', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.03 }],
  ['heldout-16.jsonl', 'en', { recallAt1: 0.93, recallAt3: 0.93, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.07 }],
  ['heldout-17.jsonl', 'zh', { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.05 }],
  ['heldout-17.jsonl', 'en', { recallAt1: 0.93, recallAt3: 0.95, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.03 }],
  ['heldout-18.jsonl', 'zh', { recallAt1: 0.93, recallAt3: 0.95, refusedUnanswerable: 0.89, refusedAnswerableAtMost: 0.05 }],
  ['heldout-18.jsonl', 'en', { recallAt1: 0.91, recallAt3: 0.91, refusedUnanswerable: 0.9, refusedAnswerableAtMost: 0.09 }],
  ['heldout-19.jsonl', 'zh', { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.9, refusedAnswerableAtMost: 0.03 }],
  ['heldout-19.jsonl', 'en', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.01 }],
  ['heldout-20.jsonl', 'zh', { recallAt1: 0.93, recallAt3: 0.95, refusedUnanswerable: 0.89, refusedAnswerableAtMost: 0.03 }],
  ['heldout-20.jsonl', 'en', { recallAt1: 0.88, recallAt3: 0.91, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.09 }],
  ['heldout-21.jsonl', 'zh', { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.03 }],
  ['heldout-21.jsonl', 'en', { recallAt1: 0.88, recallAt3: 0.88, refusedUnanswerable: 0.89, refusedAnswerableAtMost: 0.11 }],
  ['heldout-22.jsonl', 'zh', { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.03 }],
  ['heldout-22.jsonl', 'en', { recallAt1: 0.91, recallAt3: 0.91, refusedUnanswerable: 0.89, refusedAnswerableAtMost: 0.09 }],
  ['heldout-23.jsonl', 'zh', { recallAt1: 0.93, recallAt3: 0.93, refusedUnanswerable: 0.92, refusedAnswerableAtMost: 0.03 }],
  ['heldout-23.jsonl', 'en', { recallAt1: 0.93, recallAt3: 0.93, refusedUnanswerable: 0.9, refusedAnswerableAtMost: 0.05 }],
  ['heldout-24.jsonl', 'zh', { recallAt1: 0.93, recallAt3: 0.95, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.03 }],
  ['heldout-24.jsonl', 'en', { recallAt1: 0.93, recallAt3: 0.93, refusedUnanswerable: 0.85, refusedAnswerableAtMost: 0.05 }],
  // Third session of 2026-11-27: 25 and 26 asked for English paraphrased away from the rendering's words.
  ['heldout-25.jsonl', 'zh', { recallAt1: 0.95, recallAt3: 0.97, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.03 }],
  ['heldout-25.jsonl', 'en', { recallAt1: 0.75, recallAt3: 0.77, refusedUnanswerable: 0.92, refusedAnswerableAtMost: 0.22 }],
  ['heldout-26.jsonl', 'zh', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.92, refusedAnswerableAtMost: 0.03 }],
  ['heldout-26.jsonl', 'en', { recallAt1: 0.75, recallAt3: 0.75, refusedUnanswerable: 0.92, refusedAnswerableAtMost: 0.18 }],
  ['heldout-27.jsonl', 'zh', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.03 }],
  ['heldout-27.jsonl', 'en', { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.05 }],
  ['heldout-28.jsonl', 'zh', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.03 }],
  ['heldout-28.jsonl', 'en', { recallAt1: 0.95, recallAt3: 0.97, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.03 }],
  ['heldout-29.jsonl', 'zh', { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.03 }],
  ['heldout-29.jsonl', 'en', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.98, refusedAnswerableAtMost: 0.03 }],
  ['heldout-30.jsonl', 'zh', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.98, refusedAnswerableAtMost: 0.03 }],
  ['heldout-30.jsonl', 'en', { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.9, refusedAnswerableAtMost: 0.03 }],
  ['heldout-31.jsonl', 'zh', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.92, refusedAnswerableAtMost: 0.03 }],
  ['heldout-31.jsonl', 'en', { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.03 }],
  ['heldout-32.jsonl', 'zh', { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.03 }],
  ['heldout-32.jsonl', 'en', { recallAt1: 0.93, recallAt3: 0.93, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.05 }],
  ['heldout-33.jsonl', 'zh', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.9, refusedAnswerableAtMost: 0.03 }],
  ['heldout-33.jsonl', 'en', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.03 }],
  // The fourth session of 2026-11-27: 34 and 35 judged its state blind (34 then read for the one English answer it lost), 36 written last.
  ['heldout-34.jsonl', 'zh', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.89, refusedAnswerableAtMost: 0.03 }],
  ['heldout-34.jsonl', 'en', { recallAt1: 0.91, recallAt3: 0.93, refusedUnanswerable: 0.92, refusedAnswerableAtMost: 0.07 }],
  ['heldout-35.jsonl', 'zh', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.92, refusedAnswerableAtMost: 0.03 }],
  ['heldout-35.jsonl', 'en', { recallAt1: 0.93, recallAt3: 0.93, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.07 }],
  ['heldout-36.jsonl', 'zh', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.83, refusedAnswerableAtMost: 0.03 }],
  ['heldout-36.jsonl', 'en', { recallAt1: 0.82, recallAt3: 0.86, refusedUnanswerable: 0.89, refusedAnswerableAtMost: 0.11 }],
  // Held-out 37 and 38: written blind in the fifth session of 2026-11-27 (README, Measured).
  ['heldout-37.jsonl', 'zh', { recallAt1: 0.91, recallAt3: 0.91, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.06 }],
  ['heldout-37.jsonl', 'en', { recallAt1: 0.91, recallAt3: 0.93, refusedUnanswerable: 0.98, refusedAnswerableAtMost: 0.04 }],
  ['heldout-38.jsonl', 'zh', { recallAt1: 0.93, recallAt3: 0.93, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.06 }],
  ['heldout-38.jsonl', 'en', { recallAt1: 0.91, recallAt3: 0.91, refusedUnanswerable: 0.92, refusedAnswerableAtMost: 0.09 }],
  // Sixth session of 2026-11-27: written blind, measured at its first commit and its last (README).
  ['heldout-39.jsonl', 'zh', { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.03 }],
  ['heldout-39.jsonl', 'en', { recallAt1: 0.88, recallAt3: 0.91, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.07 }],
  // Seventh session of 2026-11-27: written blind, measured at its first commit and its last (README).
  [
    'heldout-40.jsonl',
    'zh',
    { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.03, absentNamed: 0.95, missingNamed: 0.95 },
  ],
  [
    'heldout-40.jsonl',
    'en',
    { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.05, absentNamed: 0.9, missingNamed: 0.88 },
  ],
  // Eighth session of 2026-11-27: written blind, measured at its first commit and its last (README).
  [
    'heldout-41.jsonl',
    'zh',
    { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.05, absentNamed: 0.93, missingNamed: 0.88 },
  ],
  [
    'heldout-41.jsonl',
    'en',
    { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.92, refusedAnswerableAtMost: 0.05, absentNamed: 0.8, missingNamed: 0.92 },
  ],
  // Ninth session of 2026-11-27: written blind, measured at its first commit and its last (README).
  [
    'heldout-42.jsonl',
    'zh',
    { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.05, absentNamed: 0.93, missingNamed: 0.92 },
  ],
  [
    'heldout-42.jsonl',
    'en',
    { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.98, refusedAnswerableAtMost: 0.05, absentNamed: 0.93, missingNamed: 0.95 },
  ],
  // Tenth session of 2026-11-27: written blind, measured at its first commit and its last (README).
  [
    'heldout-43.jsonl',
    'zh',
    { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.98, refusedAnswerableAtMost: 0.03, absentNamed: 0.96, missingNamed: 0.96 },
  ],
  [
    'heldout-43.jsonl',
    'en',
    { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.03, absentNamed: 0.85, missingNamed: 0.96 },
  ],
  // Session of 2026-11-28: written blind, measured at its first commit and its last (README).
  [
    'heldout-44.jsonl',
    'zh',
    { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.98, refusedAnswerableAtMost: 0.03, absentNamed: 0.96, missingNamed: 0.96 },
  ],
  [
    'heldout-44.jsonl',
    'en',
    { recallAt1: 0.91, recallAt3: 0.93, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.05, absentNamed: 0.85, missingNamed: 0.92 },
  ],
  // Written blind after the session's last change, measured once at the session's first commit and once at its last.
  [
    'heldout-45.jsonl',
    'zh',
    { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.98, refusedAnswerableAtMost: 0.03, absentNamed: 0.96, missingNamed: 0.96 },
  ],
  [
    'heldout-45.jsonl',
    'en',
    { recallAt1: 0.94, recallAt3: 0.94, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.03, absentNamed: 0.9, missingNamed: 0.95 },
  ],
  // Second session of 2026-11-28: written blind before its first retrieval change, measured at its first commit and its last (README).
  [
    'heldout-46.jsonl',
    'zh',
    { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.98, refusedAnswerableAtMost: 0.03, absentNamed: 0.96, missingNamed: 0.96 },
  ],
  [
    'heldout-46.jsonl',
    'en',
    { recallAt1: 0.96, recallAt3: 0.97, refusedUnanswerable: 0.97, refusedAnswerableAtMost: 0.03, absentNamed: 0.8, missingNamed: 0.92 },
  ],
  // Third session of 2026-11-28: 47 written blind and measured at the session's first commit, then read (four failures);
  // 48 written blind and measured at the first commit and after the last change; dev-3 (English) read while working.
  [
    'heldout-47.jsonl',
    'zh',
    { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.97, refusedAnswerableAtMost: 0.03, absentNamed: 0.9, missingNamed: 0.9 },
  ],
  [
    'heldout-47.jsonl',
    'en',
    { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.97, refusedAnswerableAtMost: 0.03, absentNamed: 0.84, missingNamed: 0.95 },
  ],
  [
    'heldout-48.jsonl',
    'zh',
    { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.97, refusedAnswerableAtMost: 0.03, absentNamed: 0.96, missingNamed: 0.92 },
  ],
  [
    'heldout-48.jsonl',
    'en',
    { recallAt1: 0.92, recallAt3: 0.92, refusedUnanswerable: 0.95, refusedAnswerableAtMost: 0.07, absentNamed: 0.87, missingNamed: 0.93 },
  ],
  ['dev-3.jsonl', 'en', { recallAt1: 0.91, recallAt3: 0.92, refusedUnanswerable: 0.94, refusedAnswerableAtMost: 0.06, absentNamed: 0.75, missingNamed: 0.95 }],
  // 49 written blind for the third session of 2026-11-28 and measured then (README, Measured); shipped in the fourth.
  [
    'heldout-49.jsonl',
    'zh',
    { recallAt1: 0.97, recallAt3: 0.97, refusedUnanswerable: 0.97, refusedAnswerableAtMost: 0.03, absentNamed: 0.9, missingNamed: 0.95 },
  ],
  [
    'heldout-49.jsonl',
    'en',
    { recallAt1: 0.94, recallAt3: 0.94, refusedUnanswerable: 0.95, refusedAnswerableAtMost: 0.04, absentNamed: 0.85, missingNamed: 0.95 },
  ],
  // Fourth session of 2026-11-28: 50 written blind and measured at the session's first commit and after its last change.
  [
    'heldout-50.jsonl',
    'zh',
    { recallAt1: 0.95, recallAt3: 0.95, refusedUnanswerable: 0.97, refusedAnswerableAtMost: 0.05, absentNamed: 0.9, missingNamed: 0.95 },
  ],
  [
    'heldout-50.jsonl',
    'en',
    { recallAt1: 0.96, recallAt3: 0.96, refusedUnanswerable: 0.96, refusedAnswerableAtMost: 0.03, absentNamed: 0.85, missingNamed: 0.92 },
  ],
  // Fourth session of 2026-11-28: dev-4 (adversarial: near misses, negation and exclusion, details not given,
  // indirect phrasing) written blind to the code, then read while working.
  ['dev-4.jsonl', 'zh', { recallAt1: 0.88, recallAt3: 0.88, refusedUnanswerable: 0.95, refusedAnswerableAtMost: 0.08, absentNamed: 0.75, missingNamed: 0.95 }],
  ['dev-4.jsonl', 'en', { recallAt1: 0.91, recallAt3: 0.91, refusedUnanswerable: 0.95, refusedAnswerableAtMost: 0.08, absentNamed: 0.82, missingNamed: 0.94 }],
];

describe('retrieval floors', () => {
  it.each(FLOORS)('%s %s', (file, lang, floor) => {
    const s = scores(file, lang);
    const measured = {
      recallAt1: s.recallAt1,
      recallAt3: s.recallAt3,
      refusedUnanswerable: s.refusedUnanswerable,
      refusedAnswerable: s.refusedAnswerable,
      absentNamed: s.absentNamed,
      missingNamed: s.missingNamed,
    };
    for (const key of ['recallAt1', 'recallAt3', 'refusedUnanswerable', 'absentNamed', 'missingNamed'] as const) {
      const min = floor[key];
      if (min !== undefined) expect({ [key]: measured[key] }).toEqual({ [key]: expect.toSatisfy((x: number) => x >= min) });
    }
    if (floor.refusedAnswerableAtMost !== undefined) expect(measured.refusedAnswerable).toBeLessThanOrEqual(floor.refusedAnswerableAtMost);
  });
});
