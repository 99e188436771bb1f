// Wakes when the next post is due and runs a round: every active channel's
// delivery (delivery.ts), never two rounds at once in one process. One
// scheduler per kind of post (the daily highlights, the weekly digest), each
// with its schedule (schedule.ts) and its ledger.
// Several processes may run rounds together: claims in the store decide which
// one sends each post.

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { AnswerOf } from '../model.js';
import type { HighlightStore, SubscriptionRow } from '../store/store.js';
import type { Clock, TimerHandle } from './clock.js';
import { deliverChannel, type DeliveryDeps, type DeliveryOutcome, type RetryPolicy } from './delivery.js';
import type { Platform } from './ports.js';
import type { Poster, Schedule } from './schedule.js';

export type { RetryPolicy } from './delivery.js';

export const SCHEDULER_DEFAULTS = {
  retry: { baseMs: 30_000, maxMs: 30 * 60_000 } satisfies RetryPolicy,
  /** Wake at least this often, so a clock jump or a missed timer costs at most this. */
  maxSleepMs: 15 * 60_000,
  /** A crashed instance's claim lets another take its post over after this long. */
  claimMs: 2 * 60_000,
} as const;

export interface SchedulerDeps<C> {
  store: HighlightStore;
  schedule: Schedule<C>;
  clock: Clock;
  logger: Logger;
  posters: readonly Poster<C>[];
  retry?: RetryPolicy;
  maxSleepMs?: number;
  claimMs?: number;
  /** This instance's name on its claims; host, process and a random part by default. */
  owner?: string;
  /** Told how each delivery attempt ended (for the metrics). */
  onOutcome?: (outcome: DeliveryOutcome) => void;
}

export interface PostScheduler<C> {
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
  addPoster(poster: Poster<C>): void;
}

export type HighlightScheduler = PostScheduler<AnswerOf<'highlight'>>;

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The posters by platform, warning once for subscriptions of a platform that is not running. */
class Posters<C> {
  private readonly added = new Map<Platform, Poster<C>>();
  private readonly warned = new Set<Platform>();

  constructor(
    private readonly initial: readonly Poster<C>[],
    private readonly logger: Logger,
    private readonly name: string,
  ) {}

  add(poster: Poster<C>): void {
    this.added.set(poster.platform, poster);
    this.warned.delete(poster.platform);
  }

  of(platform: Platform): Poster<C> | undefined {
    return this.added.get(platform) ?? this.initial.find((p) => p.platform === platform);
  }

  for(sub: SubscriptionRow): Poster<C> | undefined {
    const poster = this.of(sub.platform);
    if (poster === undefined && !this.warned.has(sub.platform)) {
      this.warned.add(sub.platform);
      this.logger.warn({ platform: sub.platform }, `${this.name}: subscriptions exist for a platform that is not running; they wait`);
    }
    return poster;
  }
}

function deliveryDeps<C>(deps: SchedulerDeps<C>): DeliveryDeps<C> {
  return {
    store: deps.store,
    schedule: deps.schedule,
    clock: deps.clock,
    logger: deps.logger,
    retry: deps.retry ?? SCHEDULER_DEFAULTS.retry,
    owner: deps.owner ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
    claimMs: deps.claimMs ?? SCHEDULER_DEFAULTS.claimMs,
    ...(deps.onOutcome === undefined ? {} : { onOutcome: deps.onOutcome }),
  };
}

async function round<C>(delivery: DeliveryDeps<C>, posters: Posters<C>): Promise<void> {
  const now = delivery.clock.now();
  const subs = await delivery.store.activeSubscriptions();
  await Promise.all(
    subs.map(async (sub) => {
      const poster = posters.for(sub);
      if (poster === undefined) return;
      await deliverChannel(delivery, sub, poster, now).catch((error: unknown) => {
        delivery.logger.error(
          { platform: sub.platform, channelId: sub.channelId, error: describe(error) },
          `${delivery.schedule.name}: round failed for channel`,
        );
      });
    }),
  );
}

/** When to wake next: the earliest due post of a running platform, at most `maxSleepMs` away. */
async function nextWake<C>(delivery: DeliveryDeps<C>, posters: Posters<C>, maxSleepMs: number): Promise<number> {
  const now = delivery.clock.now().getTime();
  let wake = now + maxSleepMs;
  for (const sub of await delivery.store.activeSubscriptions()) {
    if (posters.of(sub.platform) === undefined) continue;
    const due = await delivery.schedule.nextDue(sub, new Date(now));
    // An earlier period's intent still pending (its instance crashed) is settled at the next look.
    const period = delivery.schedule.periodOf(sub, new Date(now));
    const stale = (await delivery.store.pendingPosts({ platform: sub.platform, channelId: sub.channelId })).some((p) => p.localDate < period);
    const at = stale ? now : (due.post?.nextAttemptAt ?? due.at.getTime());
    // Due and not sent (a round is busy, another instance holds it, or the store failed): look again soon, not in a spin.
    wake = Math.min(wake, at > now ? at : now + Math.min(delivery.retry.baseMs, maxSleepMs));
  }
  return wake;
}

export function createScheduler<C>(deps: SchedulerDeps<C>): PostScheduler<C> {
  const delivery = deliveryDeps(deps);
  const posters = new Posters(deps.posters, deps.logger, deps.schedule.name);
  const name = deps.schedule.name;
  const maxSleepMs = deps.maxSleepMs ?? SCHEDULER_DEFAULTS.maxSleepMs;
  const state = { started: false, stopped: false, timer: undefined as TimerHandle | undefined, running: Promise.resolve(), arming: 0 };

  function tick(): Promise<void> {
    state.running = state.running
      .then(() => round(delivery, posters))
      .catch((error: unknown) => {
        deps.logger.error({ error: describe(error) }, `${name}: round failed`);
      });
    return state.running;
  }

  async function arm(): Promise<void> {
    if (!state.started || state.stopped) return;
    // Only the latest call sets the timer: a slower earlier one would overwrite it.
    const call = ++state.arming;
    let delay = maxSleepMs;
    try {
      delay = Math.max(0, (await nextWake(delivery, posters, maxSleepMs)) - deps.clock.now().getTime());
    } catch (error) {
      deps.logger.error({ error: describe(error) }, `${name}: could not work out the next wake; trying again later`);
    }
    if (call !== state.arming || state.stopped) return;
    state.timer?.cancel();
    state.timer = deps.clock.setTimer(delay, () => tick().then(arm));
  }

  return {
    start() {
      if (state.started) return;
      state.started = true;
      state.timer = deps.clock.setTimer(0, () => tick().then(arm));
    },
    async stop() {
      state.stopped = true;
      state.timer?.cancel();
      state.timer = undefined;
      await state.running;
    },
    tick,
    reschedule: () => void arm(),
    addPoster(poster) {
      posters.add(poster);
      void arm();
    },
  };
}
