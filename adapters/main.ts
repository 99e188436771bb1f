// Entry point: configuration, core, store, adapters, scheduler and the health
// server wired once. With no chat credentials it runs the console chat, the
// embedded default. On SIGTERM it stops taking new work, lets what it accepted
// finish, closes its sockets and exits: other instances carry on.
import 'dotenv/config';
import type { Logger } from 'pino';
import { warmUp } from '../src/core/warm-up.js';
import type { ChatAdapter, Core } from '../src/core.js';
import { createHighlights, type Highlights } from '../src/highlights/create.js';
import type { HighlightPoster } from '../src/highlights/ports.js';
import { createDigests, type DigestPoster, type Digests } from '../src/insights/create-digests.js';
import { createMakeDigest } from '../src/insights/digest.js';
import type { Store } from '../src/store/store.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createConsoleAdapter } from './console/chat.js';
import { styleFor } from './console/render.js';
import { InsightsRecorder } from './insights/recorder.js';
import { createLogger } from './logger.js';
import { startHealthServer, type HealthServer } from './operations/health-server.js';
import { instrumentCore, instrumentStore } from './operations/instrument.js';
import { NO_METRICS, type Metrics } from './operations/metrics.js';
import { openDatabase } from './open-database.js';
import { type BuiltCore, preparedCore } from './prepared-core/prepared-core.js';
import { superviseRevocations, type OnTokenRevoked } from './token-revoked.js';

interface Running {
  config: Config;
  logger: Logger;
  core: Core;
  metrics: Metrics;
  highlights: Highlights;
  digests: Digests;
}

/** A chat platform's adapter: it answers, and posts the highlights and the weekly digest. */
type ChatPlatform = ChatAdapter & HighlightPoster & { readonly digestPoster: DigestPoster };

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const chat = config.slack !== undefined || config.discord !== undefined;
  // The console chat owns the terminal: logs go to stderr there, quietly.
  const logger = createLogger(chat ? config.logLevel : 'warn', chat ? undefined : process.stderr);
  // prom-client only for a chat bot: the console keeps its quick start.
  const metrics = chat ? (await import('./operations/prometheus.js')).createMetrics() : NO_METRICS;
  const bare = preparedCore();
  const core = chat ? instrumentCore(bare, metrics) : bare;
  const store = instrumentStore(await openDatabase(config), metrics);
  const highlights = openHighlights(config, core, logger, store, metrics);
  const digests = openDigests(config, core, store, logger, metrics);
  const run: Running = { config, logger, core, metrics, highlights, digests };
  // A revoked token stops its platform only; the process exits 1 once none is left.
  const configured = [config.slack === undefined ? [] : ['slack'], config.discord === undefined ? [] : ['discord']].flat();
  const onTokenRevoked = superviseRevocations({ platforms: configured, logger, exit: (code) => void shutdown('no platform left', code) });
  const insights = chat && config.insights.enabled ? new InsightsRecorder(store.insights, config.insights, logger.child({ part: 'insights' })) : undefined;
  await insights?.start();
  const chatPlatforms = chat ? await chatAdapters(run, store, onTokenRevoked, insights) : [];
  for (const adapter of chatPlatforms) {
    highlights.scheduler.addPoster(adapter);
    digests.scheduler.addPoster(adapter.digestPoster);
  }
  const adapters: ChatAdapter[] = chat ? [...chatPlatforms] : [consoleChat(core, () => void shutdown('console closed'))];
  const health = config.health === undefined ? undefined : await startHealth(config.health, store, chatPlatforms, metrics, logger);

  let stopping = false;
  async function shutdown(reason: string, code = 0): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'stopping: no new work; finishing what was accepted');
    health?.draining();
    await Promise.all([highlights.scheduler.stop(), digests.scheduler.stop()]);
    await Promise.allSettled(adapters.map((a) => a.stop()));
    // The questions the adapters counted while finishing, written before the store closes.
    await insights?.stop(config.shutdownGraceMs);
    await highlights.close();
    await health?.close();
    logger.info('stopped');
    process.exit(code);
  }
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  for (const adapter of adapters) {
    await adapter.start();
    logger.info({ adapter: adapter.name, store: store.kind }, 'started');
  }
  // After the adapters: a post due while the bot was down goes out now.
  if (chat) highlights.scheduler.start();
  if (chat) digests.scheduler.start();
  // The console, which may never see an English question, keeps its quick start.
  if (chat) warmUpInBackground(bare, config.coreWarmUp, logger, () => stopping);
}

/**
 * A chat bot loads the English model now rather than on its first English question, and
 * answers made-up questions on the bare core (counted nowhere), one per turn of the event
 * loop, so its first users meet compiled code: a user's question waits for one at most.
 */
function warmUpInBackground(bare: BuiltCore, count: number, logger: Logger, stopped: () => boolean): void {
  setImmediate(() => bare.prepareEnglish());
  if (count === 0) return;
  const started = performance.now();
  void warmUp(bare, bare.warmUpQuestions(), count, stopped).then((answered) =>
    logger.debug({ answered, ms: Math.round(performance.now() - started) }, 'core warmed up'),
  );
}

function consoleChat(core: Core, onClosed: () => void): ChatAdapter {
  const tty = process.stdout.isTTY === true && process.stdin.isTTY === true;
  const chat = createConsoleAdapter({ core, style: styleFor(process.stdout), width: tty ? process.stdout.columns : undefined, prompt: tty });
  void chat.closed.then(onClosed);
  return chat;
}

function openHighlights(config: Config, core: Core, logger: Logger, store: Store, metrics: Metrics): Highlights {
  return createHighlights({
    db: store,
    core,
    logger,
    posters: [],
    defaults: { time: config.highlightTime, timeZone: config.highlightTimeZone },
    onOutcome: (outcome) => metrics.highlight(outcome),
  });
}

/**
 * The weekly insights digest: its commands' service and its scheduler (stopped
 * on shutdown with the highlights'). The digest is the insights report of the
 * week as a card, with its chart (src/insights/digest.ts).
 */
function openDigests(config: Config, core: Core, store: Store, logger: Logger, metrics: Metrics): Digests {
  const listing = core.topics();
  const topics = listing.kind === 'topics' ? listing.topics.map(({ id, en, zh }) => ({ id, en, zh })) : [];
  const makeDigest = createMakeDigest({ insights: store.insights, topics });
  return createDigests({
    store,
    makeDigest,
    logger,
    defaults: { time: config.highlightTime, timeZone: config.highlightTimeZone },
    onOutcome: (outcome) => metrics.digest(outcome),
  });
}

async function startHealth(
  options: NonNullable<Config['health']>,
  store: Store,
  platforms: readonly ChatPlatform[],
  metrics: Metrics,
  logger: Logger,
): Promise<HealthServer> {
  const checks = [
    { name: `database (${store.kind})`, check: () => store.ping().then(() => true) },
    ...platforms.map((p) => ({ name: p.name, check: async () => p.ready?.() ?? true })),
  ];
  const server = await startHealthServer({ ...options, checks, metrics });
  logger.info({ ...server.address }, 'health: serving /healthz, /readyz and /metrics');
  return server;
}

/**
 * The adapters of the configured platforms. Each platform's library is imported
 * only when that platform is configured: @slack/bolt and discord.js together
 * take about 100 MB and 0.7 s to load, which the console chat does not need.
 */
async function chatAdapters(run: Running, store: Store, onTokenRevoked: OnTokenRevoked, insights: InsightsRecorder | undefined): Promise<ChatPlatform[]> {
  const { config, core, logger, metrics, highlights, digests } = run;
  const adapters: ChatPlatform[] = [];
  const common = {
    core,
    highlights: highlights.service,
    // With INSIGHTS=false nothing is counted: there is no digest to subscribe to.
    digests: config.insights.enabled ? digests.service : undefined,
    logger,
    rateLimitPerMinute: config.rateLimitPerMinute,
    onTokenRevoked,
    shared: store.shared,
    shutdownGraceMs: config.shutdownGraceMs,
    insights,
  };
  if (config.slack !== undefined) {
    const { createSlackAdapter } = await import('./slack/index.js');
    adapters.push(
      createSlackAdapter({ ...common, config: config.slack, installations: store.installations, onRateLimited: () => metrics.rateLimited('slack') }),
    );
  }
  if (config.discord !== undefined) {
    const { createDiscordAdapter } = await import('./discord/index.js');
    adapters.push(createDiscordAdapter({ ...common, config: config.discord, onRateLimited: () => metrics.rateLimited('discord') }));
  }
  return adapters;
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
