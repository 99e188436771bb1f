// What the bot counts, as an interface: the console never loads prom-client;
// a chat bot gets the Prometheus implementation (prometheus.ts).

import type { DeliveryOutcome } from '../../src/highlights/delivery.js';
import type { Answer } from '../../src/model.js';

export type QuestionOutcome = 'answered' | 'not_covered' | 'error';
export type HighlightOutcome = DeliveryOutcome;

export interface Metrics {
  question(answer: Answer, seconds: number): void;
  highlight(outcome: HighlightOutcome): void;
  /** A weekly insights digest's delivery, counted like a highlight's. */
  digest(outcome: HighlightOutcome): void;
  databaseError(operation: string): void;
  rateLimited(platform: string): void;
  /** The exposition format's content type and text, for GET /metrics. */
  readonly contentType: string;
  text(): Promise<string>;
}

/** How an answer counts: a refusal is not covered, an error an error, anything else answered. */
export function outcomeOf(answer: Answer): QuestionOutcome {
  if (answer.kind === 'notCovered') return 'not_covered';
  return answer.kind === 'error' ? 'error' : 'answered';
}

/** Counts nothing: for the console and the command line. */
export const NO_METRICS: Metrics = {
  question: () => undefined,
  highlight: () => undefined,
  digest: () => undefined,
  databaseError: () => undefined,
  rateLimited: () => undefined,
  contentType: 'text/plain',
  text: async () => '',
};
