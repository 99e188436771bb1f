// Entry point: configuration, core, adapters and the scheduler wired once.
// With no chat credentials it runs the console chat, the embedded default.
import 'dotenv/config';
import type { Logger } from 'pino';
import { createCore } from '../src/create-core.js';
import type { ChatAdapter, Core } from '../src/core.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createConsoleAdapter } from './console/chat.js';
import { createLogger } from './logger.js';
import { createSlackAdapter } from './slack/index.js';

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
  const adapters = chat ? await chatAdapters(config, core, logger) : [];
  if (!chat) {
    const consoleChat = createConsoleAdapter({ core, ansi: process.stdout.isTTY === true });
    adapters.push(consoleChat);
    void consoleChat.closed.then(() => shutdown('console closed'));
  }

  let stopping = false;
  async function shutdown(reason: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'stopping');
    await Promise.allSettled(adapters.map((a) => a.stop()));
    process.exit(0);
  }
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  for (const adapter of adapters) {
    await adapter.start();
    logger.info({ adapter: adapter.name }, 'started');
  }
}

async function chatAdapters(config: Config, core: Core, logger: Logger): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [];
  if (config.slack !== undefined) {
    adapters.push(createSlackAdapter({ config: config.slack, core, highlights: undefined, logger, rateLimitPerMinute: config.rateLimitPerMinute }));
  }
  return adapters;
}

main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
