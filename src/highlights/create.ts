// One call wires the daily highlights: the SQLite store, the commitments from
// the core's text, the service the adapters' commands use and the scheduler.

import type { Logger } from 'pino';
import type { Core } from '../core.js';
import { DEFAULT_INDEX_DIR } from '../create-core.js';
import { loadCatalog } from './catalog.js';
import { systemClock, type Clock } from './clock.js';
import { Planner } from './plan.js';
import { createScheduler, type HighlightScheduler, type RetryPolicy } from './scheduler.js';
import type { HighlightPoster, HighlightService } from './service.js';
import { HighlightStore } from './store.js';
import { createHighlightService, type HighlightDefaults } from './subscriptions.js';
import { canonicalTimeZone, parseTime } from './time.js';

export interface HighlightsOptions {
  /** SQLite file (created with its folder if missing), or ':memory:'. */
  db: string;
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
}

export interface Highlights {
  service: HighlightService;
  scheduler: HighlightScheduler;
  /** The database itself: for an online backup (`store.backup(path)`) and for inspection. */
  store: HighlightStore;
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
  const store = new HighlightStore(options.db);
  try {
    const planner = new Planner(store, catalog);
    const scheduler = createScheduler({
      store,
      planner,
      clock,
      logger,
      posters: options.posters,
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      ...(options.maxSleepMs === undefined ? {} : { maxSleepMs: options.maxSleepMs }),
    });
    const service = createHighlightService({ store, planner, clock, defaults: { time, timeZone }, onChange: () => scheduler.reschedule() });
    return {
      service,
      scheduler,
      store,
      async close() {
        await scheduler.stop();
        store.close();
      },
    };
  } catch (error) {
    store.close();
    throw error;
  }
}
