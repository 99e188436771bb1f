// What every listener shares: the core, the renderer, the limits, the log;
// and the two things every listener does alike: turn text into a reply, and
// turn any failure into an apology plus one logged error.

import type { Logger } from 'pino';
import type { Core } from '../../src/core.js';
import type { HighlightService } from '../../src/highlights/service.js';
import { APOLOGY_TEXT, RATE_LIMITED_TEXT } from '../../src/messages.js';
import type { Renderers } from '../../src/model.js';
import { answerRequest } from './answer.js';
import type { SlackMessage } from './blocks.js';
import type { QueryStore } from '../query-store.js';
import type { UserRateLimiter } from './rate-limit.js';
import { renderSlack } from './render.js';
import { parseRequest } from './requests.js';
import type { SeenKeys } from './seen.js';
import { readSlackText } from './text.js';
import { SLACK_REVOKED_ERRORS } from '../token-revoked.js';

export interface SlackRuntime {
  core: Core;
  highlights: HighlightService | undefined;
  renderers: Renderers<SlackMessage>;
  queries: QueryStore;
  limiter: UserRateLimiter;
  seen: SeenKeys;
  log: Logger;
  /** Blanks tokens and secrets in text bound for the log. */
  scrub: (text: string) => string;
  command: string;
  /** Called when Slack says the bot token no longer works: the adapter logs it once and stops. */
  tokenRevoked: (reason: string, variable?: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN') => void;
}

export const APOLOGY_MESSAGE: SlackMessage = { text: APOLOGY_TEXT, blocks: [], ephemeral: true };

export function rateLimitedMessage(rt: SlackRuntime): SlackMessage {
  return renderSlack({ kind: 'error', language: 'en', code: 'rateLimited', message: RATE_LIMITED_TEXT }, rt.renderers);
}

/** The reply to what a user typed (as Slack sent it) in a channel. */
export async function replyTo(rt: SlackRuntime, slackText: string, channelId: string): Promise<SlackMessage> {
  const request = parseRequest(readSlackText(slackText));
  return renderSlack(await answerRequest(request, { core: rt.core, highlights: rt.highlights, channelId }), rt.renderers);
}

/**
 * Runs `work`; on failure logs one error naming `what`, and tries `apologize`.
 * Never throws: a listener that throws leaves the user in silence. A revoked
 * token is reported instead: no apology could be sent with it either.
 */
export async function guarded(rt: SlackRuntime, what: string, work: () => Promise<void>, apologize: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const described = describeError(error, rt.scrub);
    if (described.slackError !== undefined && SLACK_REVOKED_ERRORS.has(described.slackError)) {
      rt.tokenRevoked(described.slackError);
      return;
    }
    rt.log.error({ err: described, during: what }, `slack: ${what} failed`);
    try {
      await apologize();
    } catch (apologyError) {
      rt.log.warn({ err: describeError(apologyError, rt.scrub), during: what }, 'slack: the apology could not be delivered either');
    }
  }
}

/** A loggable summary of an error: name, code, message and Slack's error string, scrubbed. */
export function describeError(error: unknown, scrub: (text: string) => string): { name: string; message: string; code?: string; slackError?: string } {
  if (!(error instanceof Error)) return { name: 'NonError', message: scrub(String(error)) };
  const fields = error as Error & { code?: unknown; data?: unknown };
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  const data = fields.data;
  const slackError = typeof data === 'object' && data !== null && 'error' in data && typeof data.error === 'string' ? data.error : undefined;
  return {
    name: error.name,
    message: scrub(error.message),
    ...(code === undefined ? {} : { code }),
    ...(slackError === undefined ? {} : { slackError }),
  };
}
