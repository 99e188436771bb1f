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

/** Which of `total` passages a page shows: from `offset` (clamped to the list), at most `limit` (1 to maxLimit, default limit). */
export function pageWindow(total: number, options: { offset?: number; limit?: number }): { start: number; end: number } {
  const start = Math.max(0, Math.min(Math.floor(options.offset ?? 0), total));
  const size = Math.max(1, Math.min(Math.floor(options.limit ?? QUESTION_DEFAULTS.limit), QUESTION_DEFAULTS.maxLimit));
  return { start, end: start + size };
}
