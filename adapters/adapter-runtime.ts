// What every chat adapter's handlers share, assembled once from the adapter's
// options: the core and the services behind the commands, the shared records'
// query store and rate limiter, the log, and the way an answer becomes the
// platform's message (by way of its card, src/present/). Each platform adds
// only what is its own.

import type { Core } from '../src/core.js';
import type { HighlightService } from '../src/highlights/ports.js';
import type { DigestService } from '../src/insights/digest-service.js';
import type { Answer } from '../src/model.js';
import type { Card } from '../src/present/card.js';
import { present } from '../src/present/present.js';
import type { SharedRecords } from '../src/store/store.js';
import { type AdapterOptions, adapterServices } from './adapter-options.js';
import type { InsightsRecorder } from './insights/recorder.js';
import type { QueryStore } from './query-store.js';
import type { UserRateLimiter } from './rate-limit.js';
import type { Logger } from 'pino';

export interface AdapterRuntime<M> {
  core: Core;
  highlights: HighlightService | undefined;
  /** The weekly insights digest's commands; off when undefined. */
  digests: DigestService | undefined;
  /** What instances share (button questions, delivery keys, rate-limit counts). */
  shared: SharedRecords;
  queries: QueryStore;
  limiter: UserRateLimiter;
  log: Logger;
  /** Counts questions and keeps ratings, when the insights are on. */
  insights: InsightsRecorder | undefined;
  /** An answer as the platform's message, by way of its card (with the feedback buttons when the answer was counted). */
  reply: (answer: Answer) => M;
  /** A card built elsewhere (a digest's) as the platform's message. */
  render: (card: Card) => M;
}

/** The runtime over `options`, with `render` mapping a card to the platform's message. */
export function adapterRuntime<M>(options: AdapterOptions, log: Logger, render: (card: Card, queries: QueryStore) => M): AdapterRuntime<M> {
  const { core, insights } = options;
  const { shared, queries, limiter } = adapterServices(options);
  return {
    core,
    highlights: options.highlights,
    digests: options.digests,
    shared,
    queries,
    limiter,
    log,
    insights,
    reply: (answer) => render(present(answer, { documents: core.documents.length, feedback: insights?.feedbackOf(answer) }), queries),
    render: (card) => render(card, queries),
  };
}
