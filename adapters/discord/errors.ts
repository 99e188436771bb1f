import { DiscordAPIError, RateLimitError } from 'discord.js';
import { describeError, type ErrorSummary } from '../failure.js';
import { blankSecrets } from '../redact.js';

// What an error looks like in a log line: name, message and Discord's code or
// status, never the request URL (interaction webhooks carry their token in
// it) and never the bot token.

const TOKEN_IN_PATH = /\/(interactions\/\d+|webhooks\/\d+)\/[^/\s?]+/g;

export function redact(text: string, secrets: readonly string[]): string {
  return blankSecrets(text.replace(TOKEN_IN_PATH, '/$1/[redacted]'), secrets, 8);
}

export function summarizeError(error: unknown, secrets: readonly string[]): ErrorSummary {
  return describeError(
    error,
    (text) => redact(text, secrets),
    (e) =>
      e instanceof DiscordAPIError
        ? { code: e.code, status: e.status, method: e.method }
        : e instanceof RateLimitError
          ? { message: `rate limited for ${e.retryAfter} ms`, method: e.method, route: redact(e.route, secrets) }
          : {},
  );
}
