// One channel's part of a scheduler round. The order of writes is what makes
// it exactly-once across crashes and instances: the intent (a pending row,
// unique per channel and day) is stored, claimed by one instance, before
// sending; a pending row found later is claimed again only once its claim has
// expired, and is first looked for in the channel before it is sent again.

import type { Logger } from 'pino';
import type { HighlightStore, PostRow, SubscriptionRow } from '../store/store.js';
import type { Clock } from './clock.js';
import { postKey, type Planner } from './plan.js';
import { ChannelGoneError, PostRateLimitedError, type ChannelKey, type HighlightPoster } from './ports.js';
import { addDays, localDate, zonedTime } from './time.js';

export interface RetryPolicy {
  /** First back-off after a failed post. */
  baseMs: number;
  /** Back-off never grows past this. */
  maxMs: number;
}

export interface DeliveryDeps {
  store: HighlightStore;
  planner: Planner;
  clock: Clock;
  logger: Logger;
  retry: RetryPolicy;
  /** This instance, as recorded on its claims. */
  owner: string;
  /** How long a claim keeps other instances off a post: longer than any send takes. */
  claimMs: number;
  /** Told how each attempt ended (for the metrics). */
  onOutcome?: (outcome: DeliveryOutcome) => void;
}

/** posted; recovered: found in the channel after a crash; retried; failed: the day ended without it; paused: the channel is gone. */
export type DeliveryOutcome = 'posted' | 'recovered' | 'retried' | 'failed' | 'paused';

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const keyOf = (sub: SubscriptionRow): ChannelKey => ({ platform: sub.platform, channelId: sub.channelId });
const fields = (sub: SubscriptionRow): Record<string, string> => ({ platform: sub.platform, channelId: sub.channelId });

function claimFor(deps: DeliveryDeps, now: number): { owner: string; until: number } {
  return { owner: deps.owner, until: now + deps.claimMs };
}

async function pause(deps: DeliveryDeps, sub: SubscriptionRow, post: PostRow, error: ChannelGoneError): Promise<void> {
  // Nothing reached the channel: the commitment stays next for when it resumes.
  await deps.store.pauseChannel(keyOf(sub), post.localDate, error.message, deps.clock.now().getTime());
  deps.onOutcome?.('paused');
  deps.logger.warn({ ...fields(sub), reason: error.message }, 'highlights: channel unavailable; subscription paused');
}

async function failed(deps: DeliveryDeps, sub: SubscriptionRow, post: PostRow, error: unknown): Promise<void> {
  if (error instanceof ChannelGoneError) return pause(deps, sub, post, error);
  const { retry } = deps;
  const attempt = post.attempts + 1;
  const wait =
    error instanceof PostRateLimitedError ? Math.max(error.retryAfterMs, 1000) : Math.min(retry.baseMs * 2 ** Math.min(attempt - 1, 30), retry.maxMs);
  await deps.store.scheduleRetry(keyOf(sub), post.localDate, deps.clock.now().getTime() + wait, describe(error));
  deps.onOutcome?.('retried');
  deps.logger.warn({ ...fields(sub), date: post.localDate, attempt, retryInMs: wait, error: describe(error) }, 'highlights: post failed; will retry');
}

/** Sends a claimed post; `fresh` when this instance recorded it just now (nothing to look for). */
async function send(deps: DeliveryDeps, sub: SubscriptionRow, poster: HighlightPoster, post: PostRow, fresh: boolean): Promise<void> {
  const { store, planner, clock, logger } = deps;
  const channel = keyOf(sub);
  const slot = planner.slotOf(post);
  if (slot === undefined) {
    await store.markFailed(channel, post.localDate, `commitment ${post.item} is no longer in the kinds data`);
    deps.onOutcome?.('failed');
    logger.error({ ...fields(sub), item: post.item }, 'highlights: stored commitment unknown; day skipped');
    return;
  }
  try {
    if (!fresh && (await poster.findPosted(sub.channelId, post.key, new Date(post.createdAt)))) {
      await store.markSent(channel, post.localDate, clock.now().getTime());
      logger.info({ ...fields(sub), date: post.localDate }, 'highlights: found the post already in the channel; recorded it');
      deps.onOutcome?.('recovered');
      return;
    }
    await poster.post(sub.channelId, planner.highlight(slot, post.localDate, sub.language), post.key);
  } catch (error) {
    await failed(deps, sub, post, error);
    return;
  }
  await store.markSent(channel, post.localDate, clock.now().getTime());
  logger.info({ ...fields(sub), date: post.localDate, paragraph: slot.commitment.paragraph, position: slot.position }, 'highlights: posted');
  deps.onOutcome?.('posted');
}

/**
 * How late an intent that was never tried may still go out: its instance
 * crashed just before midnight and its claim outlived the day. A post tried
 * and failed all day is not sent late.
 */
export const LATE_LIMIT_MS = 60 * 60_000;

function lateButStillDue(deps: DeliveryDeps, sub: SubscriptionRow, post: PostRow): boolean {
  const dayEnded = zonedTime(addDays(post.localDate, 1), '00:00', sub.timeZone).getTime();
  return post.attempts === 0 && post.lastError === undefined && deps.clock.now().getTime() - dayEnded <= LATE_LIMIT_MS;
}

/** An intent from an earlier day: record whether it reached the channel; send it late only if it was never tried. */
async function settle(deps: DeliveryDeps, sub: SubscriptionRow, poster: HighlightPoster, post: PostRow): Promise<void> {
  if (lateButStillDue(deps, sub, post)) return send(deps, sub, poster, post, false);
  let found = false;
  try {
    found = await poster.findPosted(sub.channelId, post.key, new Date(post.createdAt));
  } catch (error) {
    if (error instanceof ChannelGoneError) return pause(deps, sub, post, error);
  }
  if (found) {
    await deps.store.markSent(keyOf(sub), post.localDate, deps.clock.now().getTime());
    deps.onOutcome?.('recovered');
    return;
  }
  await deps.store.markFailed(keyOf(sub), post.localDate, post.lastError ?? 'the day ended before it was posted');
  deps.onOutcome?.('failed');
  deps.logger.warn({ ...fields(sub), date: post.localDate, error: post.lastError }, 'highlights: the day ended without a post');
}

/** Records today's intent under this instance's claim and sends it; nothing when another instance recorded it first. */
async function postToday(deps: DeliveryDeps, sub: SubscriptionRow, poster: HighlightPoster, today: string, now: number): Promise<void> {
  const channel = keyOf(sub);
  const slot = await deps.planner.nextSlot(channel, sub.seed, now, true);
  const intent = {
    localDate: today,
    item: slot.commitment.id,
    cycle: slot.cycle,
    position: slot.position,
    cycleLength: slot.cycleLength,
    key: postKey(channel, today),
  };
  if (!(await deps.store.insertPending(channel, intent, now, claimFor(deps, now)))) return;
  const post = await deps.store.post(channel, today);
  if (post !== undefined) await send(deps, sub, poster, post, true);
}

/** Settles earlier days' intents, then posts today's highlight if it is due. */
export async function deliverChannel(deps: DeliveryDeps, sub: SubscriptionRow, poster: HighlightPoster, now: Date): Promise<void> {
  const { store } = deps;
  const channel = keyOf(sub);
  const at = now.getTime();
  const today = localDate(now, sub.timeZone);
  for (const stale of await store.pendingPosts(channel)) {
    if (stale.localDate !== today && (await store.claimPost(channel, stale.localDate, at, claimFor(deps, at)))) await settle(deps, sub, poster, stale);
  }
  if ((await store.subscription(channel))?.status !== 'active') return;

  const due = await deps.planner.nextDue(sub, now);
  if (due.localDate !== today || due.at.getTime() > at) return;
  if (due.post === undefined) return postToday(deps, sub, poster, today, at);
  if ((due.post.nextAttemptAt ?? 0) > at) return;
  if (await store.claimPost(channel, due.post.localDate, at, claimFor(deps, at))) await send(deps, sub, poster, due.post, false);
}
