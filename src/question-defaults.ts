// How many passages a question shows and keeps, and how its passages are chosen among the hits.
export const QUESTION_DEFAULTS = {
  /** Passages shown at once by default, and at most. */
  limit: 3,
  maxLimit: 5,
  /** Passages kept for 'more results'. */
  maxResults: 10,
  /** A later passage must score at least this share of the best one. */
  minShareOfBest: 0.1,
  /** Passages about the subject shown as related reading beside a refusal. */
  related: 3,
  /** How much a paragraph naming the question's (present) entities is preferred. */
  entityBoost: 1.5,
} as const;
