import { once } from 'node:events';
import { type Client, Events } from 'discord.js';
import type { Logger } from 'pino';
import type { DiscordConfig } from '../config.js';
import type { AdapterOptions } from '../adapter-options.js';
import { adapterRuntime } from '../adapter-runtime.js';
import { chatAdapter, type PostingAdapter } from '../chat/chat-adapter.js';
import { adapterLifecycle } from '../adapter-lifecycle.js';
import { platformFailures } from '../failure.js';
import { createClient, createPosterRest } from './client.js';
import type { DiscordContext } from './context.js';
import { summarizeError } from './errors.js';
import { watchClients } from './watch.js';
import { interactionHandler } from './handlers/interaction.js';
import { messageHandler } from './handlers/message.js';
import { ParagraphChoices } from '../paragraph-choices.js';
import { DISCORD_LIMITS } from './message.js';
import { createPoster } from './poster.js';
import { createDigestPoster } from './digest-poster.js';
import { channelPartPoster } from '../scoped-posters.js';
import { explainDiscordConnectError } from '../startup-errors.js';
import { cardToDiscord } from './render.js';

export interface DiscordAdapterOptions extends AdapterOptions {
  config: DiscordConfig;
}

export type DiscordAdapter = PostingAdapter;

const READY_TIMEOUT_MS = 60_000;

/** Logs in and waits for the gateway's ready; a refusal becomes an error naming the setting to fix. */
async function connect(client: Client, config: DiscordConfig, logger: Logger, secrets: readonly string[]): Promise<void> {
  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(READY_TIMEOUT_MS) });
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    const reason = summarizeError(error, secrets).message;
    throw explainDiscordConnectError(reason);
  }
  const applicationId = client.application?.id;
  if (config.applicationId !== undefined && applicationId !== undefined && config.applicationId !== applicationId) {
    logger.warn({ configured: config.applicationId, actual: applicationId }, "discord: DISCORD_APPLICATION_ID does not match the token's application");
  }
  logger.info(
    { user: client.user?.id, application: applicationId, guilds: client.guilds.cache.size, messageContent: config.messageContent },
    'discord: connected',
  );
}

/**
 * The Discord adapter: a discord.js client answering slash commands, buttons,
 * autocomplete, mentions and direct messages from the core's answers, and a
 * poster for the daily highlights. Commands are registered by `npm run
 * deploy:discord`, never here.
 */
export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const { config } = options;
  const logger = options.logger.child({ adapter: 'discord' });
  const secrets = [config.token];
  const client = createClient(config);
  const posterRest = createPosterRest(config);
  const ctx: DiscordContext = {
    ...adapterRuntime(options, logger, cardToDiscord),
    choices: new ParagraphChoices(options.core, { choices: DISCORD_LIMITS.choices, label: DISCORD_LIMITS.choiceName }),
    readReferences: config.messageContent,
    secrets,
    failures: platformFailures('discord', logger, (error) => summarizeError(error, secrets)),
  };

  const lifecycle = adapterLifecycle({
    platform: 'discord',
    log: logger,
    shutdownGraceMs: options.shutdownGraceMs,
    onTokenRevoked: options.onTokenRevoked,
    connect: () => connect(client, config, logger, secrets),
    closeIntake: () => {
      client.removeAllListeners(Events.InteractionCreate);
      client.removeAllListeners(Events.MessageCreate);
    },
    disconnect: async () => {
      await client.destroy();
      posterRest.clearHashSweeper();
      posterRest.clearHandlerSweeper();
    },
    // Both clients hold timers from construction.
    disconnectUnstarted: true,
  });
  const onInteraction = interactionHandler(ctx);
  const onMessage = messageHandler(client, ctx);
  client.on(Events.InteractionCreate, (interaction) => void lifecycle.track(onInteraction(interaction)));
  client.on(Events.MessageCreate, (message) => void lifecycle.track(onMessage(message)));
  watchClients(client, posterRest, logger, secrets, (reason) => lifecycle.tokenRevoked('DISCORD_TOKEN', reason));
  const botId = () => client.user?.id;
  const posters = {
    highlights: createPoster(posterRest, ctx.reply, botId),
    // A digest's key is '<guild>/<channel>': the poster is given the channel.
    digests: channelPartPoster(createDigestPoster(posterRest, ctx.render, botId)),
  };
  return chatAdapter('discord', lifecycle, posters, { ready: () => lifecycle.running() && client.isReady() });
}
