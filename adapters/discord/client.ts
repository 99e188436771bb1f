import { Client, GatewayIntentBits, Partials, REST } from 'discord.js';
import type { DiscordConfig } from '../config.js';
import { NO_MENTIONS } from './send.js';

/** Discord's REST base when DISCORD_API_URL is not set (discord.js appends /v10). */
export const DISCORD_API_DEFAULT = 'https://discord.com/api';

export const apiBase = (config: DiscordConfig): string => (config.apiUrl ?? DISCORD_API_DEFAULT).replace(/\/+$/, '');

/**
 * The discord.js client. Intents: guilds, guild messages (mentions), direct
 * messages; Message Content only when configured, since it is privileged.
 * DMs arrive on channels the client has not cached, hence the Channel partial.
 * The gateway address is read from the REST API (GET /gateway/bot).
 */
export function createClient(config: DiscordConfig): Client {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (config.messageContent) intents.push(GatewayIntentBits.MessageContent);
  return new Client({
    intents,
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: { api: apiBase(config) },
  });
}

/** A REST client of its own for highlight posts: a 429 there is handed to the scheduler instead of waited out. */
export function createPosterRest(config: DiscordConfig): REST {
  return new REST({ api: apiBase(config), rejectOnRateLimit: () => true }).setToken(config.token);
}
