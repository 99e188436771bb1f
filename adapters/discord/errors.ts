import { DiscordAPIError, RateLimitError } from 'discord.js';

// What an error looks like in a log line: name, message and Discord's code or
// status, never the request URL (interaction webhooks carry their token in
// it) and never the bot token.

export interface ErrorSummary {
  name: string;
  message: string;
  code?: number | string;
  status?: number;
  method?: string;
  route?: string;
}

const TOKEN_IN_PATH = /\/(interactions\/\d+|webhooks\/\d+)\/[^/\s?]+/g;

export function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(TOKEN_IN_PATH, '/$1/[redacted]');
  for (const s of secrets) if (s.length >= 8) out = out.split(s).join('[redacted]');
  return out;
}

export function summarizeError(error: unknown, secrets: readonly string[]): ErrorSummary {
  if (error instanceof DiscordAPIError) {
    return { name: error.name, message: redact(error.message, secrets), code: error.code, status: error.status, method: error.method };
  }
  if (error instanceof RateLimitError) {
    return { name: error.name, message: `rate limited for ${error.retryAfter} ms`, method: error.method, route: redact(error.route, secrets) };
  }
  if (error instanceof Error) return { name: error.name, message: redact(error.message, secrets) };
  return { name: 'NonError', message: redact(String(error), secrets) };
}
