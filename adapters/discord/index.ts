import { once } from 'node:events';
import { Events, RESTEvents } from 'discord.js';
import type { Logger } from 'pino';
import type { ChatAdapter, Core } from '../../src/core.js';
import type { HighlightPoster, HighlightService } from '../../src/highlights/service.js';
import type { DiscordConfig, PerMinute } from '../config.js';
import type { Answer } from '../../src/model.js';
import type { DiscordMessage } from './message.js';
import { createClient, createPosterRest } from './client.js';
import { COMMANDS } from './commands/index.js';
import type { DiscordContext } from './context.js';
import { redact, summarizeError } from './errors.js';
import { interactionHandler } from './handlers/interaction.js';
import { messageHandler } from './handlers/message.js';
import { ParagraphChoices } from './paragraph-choices.js';
import { createPoster } from './poster.js';
import { QueryStore } from '../query-store.js';
import { UserRateLimiter } from '../rate-limit.js';
import { DISCORD_AUTHENTICATION_FAILED, logRevoked, type OnTokenRevoked } from '../token-revoked.js';
import { present } from '../../src/present/present.js';
import { cardToDiscord } from './render.js';

export interface DiscordAdapterOptions {
  config: DiscordConfig;
  core: Core;
  highlights: HighlightService | undefined;
  logger: Logger;
  rateLimitPerMinute: PerMinute;
  /** Told once the token was refused while running and the adapter stopped (see token-revoked.ts). */
  onTokenRevoked?: OnTokenRevoked;
}

const READY_TIMEOUT_MS = 60_000;

function fixFor(reason: string): string {
  if (/disallowed intent/i.test(reason)) {
    return 'turn on Bot → Privileged Gateway Intents → Message Content Intent in the Developer Portal, or set DISCORD_MESSAGE_CONTENT=false';
  }
  return 'check DISCORD_TOKEN (Developer Portal → Bot → Reset Token) and DISCORD_API_URL';
}

/**
 * The Discord adapter: a discord.js client answering slash commands, buttons,
 * autocomplete, mentions and direct messages from the core's answers, and a
 * poster for the daily highlights. Commands are registered by `npm run
 * deploy:discord`, never here.
 */
export function createDiscordAdapter(options: DiscordAdapterOptions): ChatAdapter & HighlightPoster {
  const { config, core, highlights } = options;
  const logger = options.logger.child({ adapter: 'discord' });
  const secrets = [config.token];
  const client = createClient(config);
  const posterRest = createPosterRest(config);
  const queries = new QueryStore();
  const toDiscord = (answer: Answer): DiscordMessage => cardToDiscord(present(answer, { documents: core.documents.length }), queries);
  const ctx: DiscordContext = {
    core,
    highlights,
    toDiscord,
    queries,
    limiter: new UserRateLimiter(options.rateLimitPerMinute),
    choices: new ParagraphChoices(core),
    logger,
    readReferences: config.messageContent,
    secrets,
  };

  client.on(Events.InteractionCreate, interactionHandler(COMMANDS, ctx));
  client.on(Events.MessageCreate, messageHandler(client, ctx));
  client.on(Events.Error, (error) => logger.error({ err: summarizeError(error, secrets) }, 'discord: client error'));
  client.on(Events.Warn, (message) => logger.warn({ message: redact(message, secrets) }, 'discord: client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (event.code === DISCORD_AUTHENTICATION_FAILED) tokenRevoked(`gateway closed ${event.code} Authentication failed`);
    else logger.warn({ code: event.code, shard }, 'discord: gateway closed and will not reconnect');
  });
  // A 401 on a route sent with the bot token: the token is no longer accepted.
  // Interaction callbacks and webhooks carry the interaction's own token, which
  // expires after 15 minutes with a 401 of its own: that says nothing about ours.
  const onResponse = (request: { path: string }, response: { status: number }): void => {
    if (response.status === 401 && !/^\/(?:interactions|webhooks)\//.test(request.path)) tokenRevoked('401 Unauthorized');
  };
  client.rest.on(RESTEvents.Response, onResponse);
  posterRest.on(RESTEvents.Response, onResponse);

  let revoked = false;
  let running = false;
  function tokenRevoked(reason: string): void {
    if (revoked || !running) return;
    revoked = true;
    const notice = { platform: 'discord', variable: 'DISCORD_TOKEN', reason } as const;
    logRevoked(logger, notice);
    setImmediate(() => void stop().finally(() => options.onTokenRevoked?.(notice)));
  }
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn({ route: redact(info.route, secrets), retryAfter: info.retryAfter, global: info.global }, 'discord: rate limited by Discord, waiting'),
  );

  const poster = createPoster(posterRest, toDiscord, () => client.user?.id);

  return {
    name: 'discord',
    platform: 'discord',
    post: poster.post,
    findPosted: poster.findPosted,
    async start() {
      const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(READY_TIMEOUT_MS) });
      try {
        await client.login(config.token);
        await ready;
      } catch (error) {
        await client.destroy();
        const reason = summarizeError(error, secrets).message;
        throw new Error(`discord adapter: could not connect (${reason}); ${fixFor(reason)}`);
      }
      const applicationId = client.application?.id;
      if (config.applicationId !== undefined && applicationId !== undefined && config.applicationId !== applicationId) {
        logger.warn({ configured: config.applicationId, actual: applicationId }, "discord: DISCORD_APPLICATION_ID does not match the token's application");
      }
      running = true;
      logger.info(
        { user: client.user?.id, application: applicationId, guilds: client.guilds.cache.size, messageContent: config.messageContent },
        'discord: connected',
      );
    },
    stop,
  };

  async function stop(): Promise<void> {
    running = false;
    await client.destroy();
    posterRest.clearHashSweeper();
    posterRest.clearHandlerSweeper();
    logger.info('discord: stopped');
  }
}
