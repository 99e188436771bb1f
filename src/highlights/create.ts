// One call wires the daily highlights: the store (SQLite or PostgreSQL), the
// commitments from the core's text, the service the adapters' commands use
// and the scheduler.

import type { Logger } from 'pino';
import type { Core } from '../core.js';
import { DEFAULT_INDEX_DIR } from '../create-core.js';
import { loadCatalog } from './catalog.js';
import { systemClock, type Clock } from './clock.js';
import { highlightSchedule, Planner } from './plan.js';
import type { DeliveryOutcome } from './delivery.js';
import { createScheduler, type HighlightScheduler, type RetryPolicy } from './scheduler.js';
import type { HighlightPoster, HighlightService } from './ports.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';
import { createHighlightService, type HighlightDefaults } from './subscription-service.js';
import { canonicalTimeZone, parseTime } from './time.js';

export interface HighlightsOptions {
  /**
   * An open store (SQLite or PostgreSQL), which `close()` closes; or the path of
   * a SQLite file to open (created with its folder if missing), or ':memory:'.
   */
  db: string | Store;
  core: Core;
  logger: Logger;
  /** One per running chat platform; subscriptions of other platforms wait. */
  posters: readonly HighlightPoster[];
  defaults: HighlightDefaults;
  clock?: Clock;
  /** Where <document>.kinds.json lives; the core's index/ by default. */
  indexDir?: string;
  retry?: RetryPolicy;
  maxSleepMs?: number;
  /** How long a claim on a post keeps other instances off it. */
  claimMs?: number;
  /** Told how each delivery attempt ended (for the metrics). */
  onOutcome?: (outcome: DeliveryOutcome) => void;
}

export interface Highlights {
  service: HighlightService;
  scheduler: HighlightScheduler;
  /** The database itself: for inspection, and an online backup when it is SQLite. */
  store: Store;
  /** Stops the scheduler and closes the database. */
  close(): Promise<void>;
}

export function createHighlights(options: HighlightsOptions): Highlights {
  const time = parseTime(options.defaults.time);
  if (time === undefined) throw new Error(`highlights: default time '${options.defaults.time}' is not HH:MM`);
  const timeZone = canonicalTimeZone(options.defaults.timeZone);
  if (timeZone === undefined) throw new Error(`highlights: default time zone '${options.defaults.timeZone}' is not an IANA name`);

  const clock = options.clock ?? systemClock;
  const logger = options.logger.child({ module: 'highlights' });
  const catalog = loadCatalog(options.core, options.indexDir ?? DEFAULT_INDEX_DIR);
  const store = typeof options.db === 'string' ? new SqliteStore(options.db) : options.db;
  try {
    const planner = new Planner(store.highlights, catalog);
    const scheduler = createScheduler({
      store: store.highlights,
      schedule: highlightSchedule(planner),
      clock,
      logger,
      posters: options.posters,
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(options.maxSleepMs === undefined ? {} : { maxSleepMs: options.maxSleepMs }),
      ...(options.claimMs === undefined ? {} : { claimMs: options.claimMs }),
      ...(options.onOutcome === undefined ? {} : { onOutcome: options.onOutcome }),
    });
    const service = createHighlightService({ store: store.highlights, planner, clock, defaults: { time, timeZone }, onChange: () => scheduler.reschedule() });
    return {
      service,
      scheduler,
      store,
      async close() {
        await scheduler.stop();
        await store.close();
      },
    };
  } catch (error) {
    void store.close();
    throw error;
  }
}
