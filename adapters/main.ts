// Entry point: configuration, core, adapters and the scheduler wired once.
// With no chat credentials it runs the console chat, the embedded default.
import 'dotenv/config';
import type { Logger } from 'pino';
import { createCore } from '../src/create-core.js';
import type { ChatAdapter, Core } from '../src/core.js';
import { createHighlights, type Highlights } from '../src/highlights/create.js';
import type { HighlightPoster, HighlightService } from '../src/highlights/service.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { warmEnglish } from '../src/search/english.js';
import { createConsoleAdapter } from './console/chat.js';
import { styleFor } from './console/render.js';
import { createLogger } from './logger.js';
import { explainDatabaseError } from './startup-errors.js';
import { superviseRevocations, type OnTokenRevoked } from './token-revoked.js';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const chat = config.slack !== undefined || config.discord !== undefined;
  // The console chat owns the terminal: logs go to stderr there, quietly.
  const logger = createLogger(chat ? config.logLevel : 'warn', chat ? undefined : process.stderr);
  const core = createCore();
  const highlights = openHighlights(config, core, logger);
  // A revoked token stops its platform only; the process exits 1 once none is left.
  const configured = [config.slack === undefined ? [] : ['slack'], config.discord === undefined ? [] : ['discord']].flat();
  const onTokenRevoked = superviseRevocations({ platforms: configured, logger, exit: (code) => void shutdown('no platform left', code) });
  const chatPlatforms = chat ? await chatAdapters(config, core, highlights.service, logger, onTokenRevoked) : [];
  for (const adapter of chatPlatforms) highlights.scheduler.addPoster(adapter);
  const adapters: ChatAdapter[] = [...chatPlatforms];
  if (!chat) {
    const tty = process.stdout.isTTY === true && process.stdin.isTTY === true;
    const consoleChat = createConsoleAdapter({ core, style: styleFor(process.stdout), width: tty ? process.stdout.columns : undefined, prompt: tty });
    adapters.push(consoleChat);
    void consoleChat.closed.then(() => shutdown('console closed'));
  }

  let stopping = false;
  async function shutdown(reason: string, code = 0): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'stopping');
    await highlights.scheduler.stop();
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await highlights.close();
    process.exit(code);
  }
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  for (const adapter of adapters) {
    await adapter.start();
    logger.info({ adapter: adapter.name }, 'started');
  }
  // After the adapters: a post due while the bot was down goes out now.
  if (chat) highlights.scheduler.start();
  // A chat bot loads the English model now rather than on its first English question;
  // the console, which may never see one, keeps its quick start.
  if (chat) setImmediate(() => warmEnglish());
}

function openHighlights(config: Config, core: Core, logger: Logger): Highlights {
  try {
    return createHighlights({
      db: config.databasePath,
      core,
      logger,
      posters: [],
      defaults: { time: config.highlightTime, timeZone: config.highlightTimeZone },
    });
  } catch (error) {
    // SQLite names neither the setting nor the file.
    throw explainDatabaseError(error, config.databasePath) ?? error;
  }
}

/**
 * The adapters of the configured platforms. Each platform's library is imported
 * only when that platform is configured: @slack/bolt and discord.js together
 * take about 100 MB and 0.7 s to load, which the console chat does not need.
 */
async function chatAdapters(
  config: Config,
  core: Core,
  highlights: HighlightService,
  logger: Logger,
  onTokenRevoked: OnTokenRevoked,
): Promise<(ChatAdapter & HighlightPoster)[]> {
  const adapters: (ChatAdapter & HighlightPoster)[] = [];
  const common = { core, highlights, logger, rateLimitPerMinute: config.rateLimitPerMinute, onTokenRevoked };
  if (config.slack !== undefined) {
    const { createSlackAdapter } = await import('./slack/index.js');
    adapters.push(createSlackAdapter({ ...common, config: config.slack }));
  }
  if (config.discord !== undefined) {
    const { createDiscordAdapter } = await import('./discord/index.js');
    adapters.push(createDiscordAdapter({ ...common, config: config.discord }));
  }
  return adapters;
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
