// What every listener shares: the core, the renderer, the limits, the log;
// and the two things every listener does alike: turn text into a reply, and
// turn any failure into an apology plus one logged error.

import type { Logger } from 'pino';
import type { Core } from '../../src/core.js';
import type { HighlightService } from '../../src/highlights/service.js';
import type { Answer } from '../../src/model.js';
import type { Reader } from '../../src/present/catalogue.js';
import { present } from '../../src/present/present.js';
import { adapterError, readerOfInput } from '../error-answer.js';
import { answerRequest } from '../answer-request.js';
import type { SlackMessage } from './blocks.js';
import type { QueryStore } from '../query-store.js';
import type { UserRateLimiter } from '../rate-limit.js';
import { cardToSlack } from './render.js';
import { parseTextRequest } from '../text-request.js';
import type { SeenKeys } from './seen.js';
import { readSlackText } from './text.js';
import { SLACK_REVOKED_ERRORS } from '../token-revoked.js';

export interface SlackRuntime {
  core: Core;
  highlights: HighlightService | undefined;
  queries: QueryStore;
  limiter: UserRateLimiter;
  seen: SeenKeys;
  log: Logger;
  /** Blanks tokens and secrets in text bound for the log. */
  scrub: (text: string) => string;
  command: string;
  /** Called when Slack says the bot token no longer works: the adapter logs it once and stops. */
  tokenRevoked: (reason: string, variable?: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN') => void;
  /** SLACK_DEFAULT_LANGUAGE: for input with no language of its own, and for what a click cannot tell. */
  language: Reader;
}

/** An answer as Slack blocks, by way of its card. */
export function toSlack(rt: SlackRuntime, answer: Answer): SlackMessage {
  return cardToSlack(present(answer, { documents: rt.core.documents.length }), { command: rt.command, queries: rt.queries });
}

/** The apology for any failure, in the workspace's language (the failure may have come before any text was read). */
export function apologyMessage(rt: SlackRuntime): SlackMessage {
  return toSlack(rt, adapterError('internal', rt.language));
}

/** Asked too fast: said in the language of what was asked, when it has one. */
export function rateLimitedMessage(rt: SlackRuntime, slackText = ''): SlackMessage {
  return toSlack(rt, adapterError('rateLimited', readerOfInput(readSlackText(slackText), rt.language)));
}

/** The reply to what a user typed (as Slack sent it) in a channel. */
export async function replyTo(rt: SlackRuntime, slackText: string, channelId: string): Promise<SlackMessage> {
  const request = parseTextRequest(readSlackText(slackText));
  const channel = { platform: 'slack' as const, channelId };
  return toSlack(rt, await answerRequest(request, { core: rt.core, highlights: rt.highlights, channel, language: rt.language }));
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
