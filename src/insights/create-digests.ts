// One call wires the weekly insights digest: its subscriptions and ledger
// (store.digests), the service its commands use and its scheduler, which
// posts through the same exactly-once delivery as the daily highlights.

import type { Logger } from 'pino';
import { systemClock, type Clock } from '../highlights/clock.js';
import type { DeliveryOutcome } from '../highlights/delivery.js';
import type { Poster } from '../highlights/schedule.js';
import { createScheduler, type PostScheduler, type RetryPolicy } from '../highlights/scheduler.js';
import { canonicalTimeZone, parseTime } from '../highlights/time.js';
import type { Store } from '../store/store.js';
import type { DigestContent, MakeDigest } from './digest-port.js';
import { digestSchedule, type Weekday } from './digest-schedule.js';
import { createDigestService, type DigestService } from './digest-service.js';

export type DigestPoster = Poster<DigestContent>;

export interface DigestsOptions {
  /** The open store; its owner closes it. */
  store: Store;
  makeDigest: MakeDigest;
  logger: Logger;
  /** Used where a subscribe command leaves them out. */
  defaults: { weekday?: Weekday; time: string; timeZone: string };
  posters?: readonly DigestPoster[];
  clock?: Clock;
  retry?: RetryPolicy;
  maxSleepMs?: number;
  claimMs?: number;
  onOutcome?: (outcome: DeliveryOutcome) => void;
}

export interface Digests {
  service: DigestService;
  scheduler: PostScheduler<DigestContent>;
}

export function createDigests(options: DigestsOptions): Digests {
  const time = parseTime(options.defaults.time);
  if (time === undefined) throw new Error(`digest: default time '${options.defaults.time}' is not HH:MM`);
  const timeZone = canonicalTimeZone(options.defaults.timeZone);
  if (timeZone === undefined) throw new Error(`digest: default time zone '${options.defaults.timeZone}' is not an IANA name`);
  const clock = options.clock ?? systemClock;
  const { store } = options;
  const scheduler = createScheduler({
    store: store.digests,
    schedule: digestSchedule(store.digests, options.makeDigest),
    clock,
    logger: options.logger.child({ module: 'digest' }),
    posters: options.posters ?? [],
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.maxSleepMs === undefined ? {} : { maxSleepMs: options.maxSleepMs }),
    ...(options.claimMs === undefined ? {} : { claimMs: options.claimMs }),
    ...(options.onOutcome === undefined ? {} : { onOutcome: options.onOutcome }),
  });
  const service = createDigestService({
    store: store.digests,
    records: store.insights,
    clock,
    defaults: { weekday: options.defaults.weekday ?? 'Mon', time, timeZone },
    onChange: () => scheduler.reschedule(),
  });
  return { service, scheduler };
}
