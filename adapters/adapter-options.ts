// What every chat adapter is given besides its own configuration.

import type { Core } from '../src/core.js';
import type { HighlightService } from '../src/highlights/ports.js';
import type { DigestService } from '../src/insights/digest-service.js';
import type { SharedRecords } from '../src/store/store.js';
import type { PerMinute } from './config.js';
import type { Logger } from 'pino';
import { MemoryShared } from '../src/store/memory-shared.js';
import { QueryStore } from './query-store.js';
import { UserRateLimiter } from './rate-limit.js';
import type { OnTokenRevoked } from './token-revoked.js';
import type { InsightsRecorder } from './insights/recorder.js';

export interface AdapterOptions {
  core: Core;
  highlights: HighlightService | undefined;
  /** The weekly insights digest's commands; off when not given. */
  digests?: DigestService | undefined;
  logger: Logger;
  rateLimitPerMinute: PerMinute;
  /**
   * What instances share: button questions, delivery keys, rate-limit counts
   * (the store's; this process's memory when not given).
   */
  shared?: SharedRecords;
  /** Told of every rate-limit refusal (for the metrics). */
  onRateLimited?: () => void;
  /** On stop: how long work already accepted may take to finish (10 s by default). */
  shutdownGraceMs?: number;
  /** Counts questions and keeps ratings (issue 13's insights); answers carry no feedback buttons without it. */
  insights?: InsightsRecorder | undefined;
  /** Told once the token was revoked or refused while running and the adapter stopped (see token-revoked.ts). */
  onTokenRevoked?: OnTokenRevoked;
}

/** What every adapter keeps in the shared records: its buttons' questions and its users' question counts. */
export function adapterServices(options: AdapterOptions): { shared: SharedRecords; queries: QueryStore; limiter: UserRateLimiter } {
  const shared = options.shared ?? new MemoryShared();
  return { shared, queries: new QueryStore(shared), limiter: new UserRateLimiter(options.rateLimitPerMinute, shared, Date.now, options.onRateLimited) };
}
