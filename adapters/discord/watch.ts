// What the discord.js client and the poster's REST client report while the
// bot runs: errors and warnings go to the log with the token blanked, and the
// signs that the token itself was refused (the gateway's 4004, a 401 on a
// route sent with the bot token) are reported as a revoked token.

import { type Client, Events, type REST, RESTEvents } from 'discord.js';
import type { Logger } from 'pino';
import { DISCORD_AUTHENTICATION_FAILED } from '../token-revoked.js';
import { redact, summarizeError } from './errors.js';

export function watchClients(client: Client, posterRest: REST, logger: Logger, secrets: readonly string[], tokenRevoked: (reason: string) => void): void {
  client.on(Events.Error, (error) => logger.error({ err: summarizeError(error, secrets) }, 'discord: client error'));
  client.on(Events.Warn, (message) => logger.warn({ message: redact(message, secrets) }, 'discord: client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (event.code === DISCORD_AUTHENTICATION_FAILED) tokenRevoked(`gateway closed ${event.code} Authentication failed`);
    else logger.warn({ code: event.code, shard }, 'discord: gateway closed and will not reconnect');
  });
  // Interaction callbacks and webhooks carry the interaction's own token, which
  // expires after 15 minutes with a 401 of its own: that says nothing about ours.
  const onResponse = (request: { path: string }, response: { status: number }): void => {
    if (response.status === 401 && !/^\/(?:interactions|webhooks)\//.test(request.path)) tokenRevoked('401 Unauthorized');
  };
  client.rest.on(RESTEvents.Response, onResponse);
  posterRest.on(RESTEvents.Response, onResponse);
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn({ route: redact(info.route, secrets), retryAfter: info.retryAfter, global: info.global }, 'discord: rate limited by Discord, waiting'),
  );
}
