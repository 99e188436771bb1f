// Posts each active channel's highlight once per local day. The order of
// writes is what makes it exactly-once: the intent (pending row, unique per
// channel and day) is stored before sending, and a pending row found later is
// first looked for in the channel before it is sent again.

import type { Logger } from 'pino';
import type { Clock, TimerHandle } from './clock.js';
import { postKey, type Planner } from './plan.js';
import { ChannelGoneError, PostRateLimitedError, type ChannelKey, type HighlightPoster, type Platform } from './service.js';
import type { HighlightStore, PostRow, SubscriptionRow } from './store.js';
import { localDate } from './time.js';

export interface RetryPolicy {
  /** First back-off after a failed post. */
  baseMs: number;
  /** Back-off never grows past this. */
  maxMs: number;
}

export const SCHEDULER_DEFAULTS = {
  retry: { baseMs: 30_000, maxMs: 30 * 60_000 } satisfies RetryPolicy,
  /** Wake at least this often, so a clock jump or a missed timer costs at most this. */
  maxSleepMs: 15 * 60_000,
} as const;

export interface SchedulerDeps {
  store: HighlightStore;
  planner: Planner;
  clock: Clock;
  logger: Logger;
  posters: readonly HighlightPoster[];
  retry?: RetryPolicy;
  maxSleepMs?: number;
}

export interface HighlightScheduler {
  /** Posts what is due now, then keeps waking when the next post is due. */
  start(): void;
  /** Stops waking and waits for a round in progress. */
  stop(): Promise<void>;
  /** One round: settle stale intents, post what is due. Rounds never overlap. */
  tick(): Promise<void>;
  /** Re-arms the timer after a subscription change. */
  reschedule(): void;
  /**
   * Adds a platform's poster after creation: the adapters need the service
   * before they exist, the scheduler needs the adapters.
   */
  addPoster(poster: HighlightPoster): void;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createScheduler(deps: SchedulerDeps): HighlightScheduler {
  const { store, planner, clock, logger } = deps;
  const retry = deps.retry ?? SCHEDULER_DEFAULTS.retry;
  const maxSleepMs = deps.maxSleepMs ?? SCHEDULER_DEFAULTS.maxSleepMs;
  // Read at each use: a poster pushed onto `deps.posters` after creation counts too.
  const added = new Map<Platform, HighlightPoster>();
  const posterOf = (platform: Platform): HighlightPoster | undefined => added.get(platform) ?? deps.posters.find((p) => p.platform === platform);
  const warnedPlatforms = new Set<Platform>();

  let started = false;
  let stopped = false;
  let timer: TimerHandle | undefined;
  let running: Promise<void> = Promise.resolve();

  const keyOf = (sub: SubscriptionRow): ChannelKey => ({ platform: sub.platform, channelId: sub.channelId });
  const fields = (sub: SubscriptionRow): Record<string, string> => ({ platform: sub.platform, channelId: sub.channelId });

  function posterFor(sub: SubscriptionRow): HighlightPoster | undefined {
    const poster = posterOf(sub.platform);
    if (poster === undefined && !warnedPlatforms.has(sub.platform)) {
      warnedPlatforms.add(sub.platform);
      logger.warn({ platform: sub.platform }, 'highlights: subscriptions exist for a platform that is not running; they wait');
    }
    return poster;
  }

  function pause(sub: SubscriptionRow, post: PostRow, error: ChannelGoneError): void {
    const channel = keyOf(sub);
    store.transaction(() => {
      // Nothing reached the channel: the commitment stays next for when it resumes.
      store.deletePost(channel, post.localDate);
      const current = store.subscription(channel);
      if (current !== undefined) store.saveSubscription({ ...current, status: 'paused', pausedReason: error.message }, clock.now().getTime());
    });
    logger.warn({ ...fields(sub), reason: error.message }, 'highlights: channel unavailable; subscription paused');
  }

  function failed(sub: SubscriptionRow, post: PostRow, error: unknown): void {
    if (error instanceof ChannelGoneError) {
      pause(sub, post, error);
      return;
    }
    const now = clock.now().getTime();
    const attempt = post.attempts + 1;
    const wait =
      error instanceof PostRateLimitedError ? Math.max(error.retryAfterMs, 1000) : Math.min(retry.baseMs * 2 ** Math.min(attempt - 1, 30), retry.maxMs);
    store.scheduleRetry(keyOf(sub), post.localDate, now + wait, describe(error));
    logger.warn({ ...fields(sub), date: post.localDate, attempt, retryInMs: wait, error: describe(error) }, 'highlights: post failed; will retry');
  }

  async function send(sub: SubscriptionRow, poster: HighlightPoster, post: PostRow, fresh: boolean): Promise<void> {
    const channel = keyOf(sub);
    const slot = planner.slotOf(post);
    if (slot === undefined) {
      store.markFailed(channel, post.localDate, `commitment ${post.item} is no longer in the kinds data`);
      logger.error({ ...fields(sub), item: post.item }, 'highlights: stored commitment unknown; day skipped');
      return;
    }
    try {
      if (!fresh && (await poster.findPosted(sub.channelId, post.key, new Date(post.createdAt)))) {
        store.markSent(channel, post.localDate, clock.now().getTime());
        logger.info({ ...fields(sub), date: post.localDate }, 'highlights: found the post already in the channel; recorded it');
        return;
      }
      await poster.post(sub.channelId, planner.highlight(slot, post.localDate, sub.language), post.key);
    } catch (error) {
      failed(sub, post, error);
      return;
    }
    store.markSent(channel, post.localDate, clock.now().getTime());
    logger.info({ ...fields(sub), date: post.localDate, paragraph: slot.commitment.paragraph, position: slot.position }, 'highlights: posted');
  }

  /** An intent from an earlier day: record whether it reached the channel; it is too late to send. */
  async function settle(sub: SubscriptionRow, poster: HighlightPoster, post: PostRow): Promise<void> {
    const channel = keyOf(sub);
    let found: boolean;
    try {
      found = await poster.findPosted(sub.channelId, post.key, new Date(post.createdAt));
    } catch (error) {
      if (error instanceof ChannelGoneError) {
        pause(sub, post, error);
        return;
      }
      found = false;
    }
    if (found) {
      store.markSent(channel, post.localDate, clock.now().getTime());
    } else {
      store.markFailed(channel, post.localDate, post.lastError ?? 'the day ended before it was posted');
      logger.warn({ ...fields(sub), date: post.localDate, error: post.lastError }, 'highlights: the day ended without a post');
    }
  }

  async function processChannel(sub: SubscriptionRow, now: Date): Promise<void> {
    const poster = posterFor(sub);
    if (poster === undefined) return;
    const channel = keyOf(sub);
    const today = localDate(now, sub.timeZone);
    for (const stale of store.pendingPosts(channel)) {
      if (stale.localDate !== today) await settle(sub, poster, stale);
    }
    if (store.subscription(channel)?.status !== 'active') return;

    const due = planner.nextDue(sub, now);
    if (due.localDate !== today || due.at.getTime() > now.getTime()) return;
    if (due.post !== undefined) {
      if ((due.post.nextAttemptAt ?? 0) > now.getTime()) return;
      await send(sub, poster, due.post, false);
      return;
    }
    const slot = planner.nextSlot(channel, sub.seed, now.getTime(), true);
    const intent = {
      localDate: today,
      item: slot.commitment.id,
      cycle: slot.cycle,
      position: slot.position,
      cycleLength: slot.cycleLength,
      key: postKey(channel, today),
    };
    if (!store.insertPending(channel, intent, now.getTime())) return;
    const post = store.post(channel, today);
    if (post !== undefined) await send(sub, poster, post, true);
  }

  async function round(): Promise<void> {
    if (!store.open) return;
    const now = clock.now();
    const subs = store.activeSubscriptions();
    await Promise.all(
      subs.map((sub) =>
        processChannel(sub, now).catch((error: unknown) => {
          logger.error({ ...fields(sub), error: describe(error) }, 'highlights: round failed for channel');
        }),
      ),
    );
  }

  function nextWake(): number {
    const now = clock.now().getTime();
    let wake = now + maxSleepMs;
    if (!store.open) return wake;
    for (const sub of store.activeSubscriptions()) {
      if (posterOf(sub.platform) === undefined) continue;
      const due = planner.nextDue(sub, new Date(now));
      const at = due.post?.nextAttemptAt ?? due.at.getTime();
      // Due and not sent (a round is busy, or the store failed): look again soon, not in a spin.
      wake = Math.min(wake, at > now ? at : now + Math.min(retry.baseMs, maxSleepMs));
    }
    return wake;
  }

  function arm(): void {
    timer?.cancel();
    timer = undefined;
    if (!started || stopped) return;
    let delay = maxSleepMs;
    try {
      delay = Math.max(0, nextWake() - clock.now().getTime());
    } catch (error) {
      logger.error({ error: describe(error) }, 'highlights: could not work out the next wake; trying again later');
    }
    timer = clock.setTimer(delay, () => tick().then(arm));
  }

  function tick(): Promise<void> {
    running = running.then(round).catch((error: unknown) => {
      logger.error({ error: describe(error) }, 'highlights: round failed');
    });
    return running;
  }

  return {
    start() {
      if (started) return;
      started = true;
      timer = clock.setTimer(0, () => tick().then(arm));
    },
    async stop() {
      stopped = true;
      timer?.cancel();
      timer = undefined;
      await running;
    },
    tick,
    reschedule() {
      arm();
    },
    addPoster(poster) {
      added.set(poster.platform, poster);
      warnedPlatforms.delete(poster.platform);
      arm();
    },
  };
}
