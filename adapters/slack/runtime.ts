// What every listener shares: the adapters' runtime (adapters/adapter-runtime.ts)
// and what is Slack's own; and the two things every listener does alike: turn
// text into a reply, and turn any failure into an apology plus one logged error.

import type { Logger } from 'pino';
import type { DigestTarget } from '../../src/insights/digest-service.js';
import type { Reader } from '../../src/present/catalogue.js';
import type { AdapterRuntime } from '../adapter-runtime.js';
import { apologyIn } from '../chat/conversation-answer.js';
import { answerUnlessLimited, type Refusal } from '../limited-answer.js';
import type { Answer } from '../../src/model.js';
import { answerTyped } from '../answer-request.js';
import type { SlackMessage } from './blocks.js';
import type { SeenKeys } from '../seen-keys.js';
import { readSlackText } from './text.js';
import { channelKeyOf } from './workspaces.js';
import { refusedResponseUrl } from './response-url.js';
import { describeError, guarded as guardFailures, platformFailures, type ErrorSummary, type Failure, type FailureGuard } from '../failure.js';
import { revokedTokenReason, slackErrorOf } from '../startup-errors.js';

export interface SlackRuntime extends AdapterRuntime<SlackMessage> {
  seen: SeenKeys;
  command: string;
  /** Called when Slack says the bot token no longer works: the adapter logs it once and stops. */
  tokenRevoked: (reason: string, variable?: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN') => void;
  /** SLACK_DEFAULT_LANGUAGE: for input with no language of its own, and for what a click cannot tell. */
  language: Reader;
  /** How a listener's failure is logged and what needs no apology (see slackFailures). */
  failures: FailureGuard;
  /**
   * An app installed in many workspaces (SLACK_CLIENT_ID): channels are keyed by
   * workspace too, and a workspace that uninstalls is forgotten, not a reason to stop.
   */
  workspaces: { forget(workspace: string): Promise<void> } | undefined;
}

/** The apology for any failure, in the workspace's language (the failure may have come before any text was read). */
export const apologyMessage = (rt: SlackRuntime): SlackMessage => apologyIn(rt, rt.language);

/** Who asked, and how to tell whether they are a workspace admin (for the digest's changes). */
export interface Asker {
  workspace: string | undefined;
  isWorkspaceAdmin: () => Promise<boolean>;
}

/** What a user typed (as Slack sent it), who typed it, and how a refusal for flooding is given. */
interface Typed {
  slackText: string;
  userId: string;
  refusal: Refusal;
}

/** The answer to what a user typed in a channel; a flooding user's refusal, or nothing when `refusal` allows silence. */
export function answerTo(rt: SlackRuntime, typed: Typed & { refusal: 'always' }, channelId: string, asker: Asker): Promise<Answer>;
export function answerTo(rt: SlackRuntime, typed: Typed, channelId: string, asker: Asker): Promise<Answer | undefined>;
export function answerTo(rt: SlackRuntime, typed: Typed, channelId: string, asker: Asker): Promise<Answer | undefined> {
  const { workspace } = asker;
  const channel = { platform: 'slack' as const, channelId: channelKeyOf(channelId, rt.workspaces === undefined ? undefined : workspace) };
  // The digest covers the workspace's questions: it is keyed by the team the command came from.
  const digestTarget: DigestTarget | undefined =
    workspace === undefined ? undefined : { platform: 'slack', scope: workspace, channelId, recordsChannelId: channel.channelId };
  const settings = { digestTarget, mayManageDigest: asker.isWorkspaceAdmin };
  const text = readSlackText(typed.slackText);
  const asked = { userId: typed.userId, text, language: rt.language, refusal: typed.refusal };
  return answerUnlessLimited(rt, asked, () => answerTyped(text, rt, { channel, scope: workspace, language: rt.language, settings }));
}

/** What failed, as a listener's failure is logged: during `what`. */
export const failureDuring = (what: string): Failure => ({ message: `slack: ${what} failed`, fields: { during: what } });

/** Runs `work`; any failure is logged once and apologised for (adapters/failure.ts). Never throws. */
export function guarded(rt: SlackRuntime, what: string, work: () => Promise<void>, apologize: () => Promise<void>): Promise<void> {
  return guardFailures(rt.failures, failureDuring(what), work, apologize);
}

/** An error as a log field: name, code, message, Slack's error string and a response_url's status, scrubbed. */
function describeSlackError(error: unknown, scrub: (text: string) => string): ErrorSummary {
  return describeError(error, scrub, (e) => {
    const code: unknown = 'code' in e ? e.code : undefined;
    const status: unknown = 'statusCode' in e ? e.statusCode : undefined;
    const slackError = slackErrorOf(e);
    return {
      ...(typeof code === 'string' ? { code } : {}),
      ...(typeof status === 'number' ? { status } : {}),
      ...(slackError === undefined ? {} : { slackError }),
    };
  });
}

/**
 * Every listener's failure guard; `scrub` blanks tokens and secrets. A revoked token is
 * reported, not apologised for: from the Web API's word for it, or, for a response_url refused
 * with 403, from `askToken` (src: adapters/slack/response-url.ts), the refusal logged as any
 * other failure when the token still works.
 */
export function slackFailures(
  log: Logger,
  scrub: (text: string) => string,
  tokenRevoked: SlackRuntime['tokenRevoked'],
  askToken: () => Promise<string | undefined> = () => Promise.resolve(undefined),
): FailureGuard {
  const describe = (error: unknown): ErrorSummary => describeSlackError(error, scrub);
  return platformFailures('slack', log, describe, (error) => {
    const reason = revokedTokenReason(error);
    if (reason !== undefined) {
      tokenRevoked(reason);
      return true;
    }
    if (!refusedResponseUrl(error)) return false;
    // The apology would go to the same refused response_url: none is tried.
    void askToken().then((refused) => {
      if (refused === undefined) log.error({ err: describe(error) }, 'slack: a response_url was refused (403) although the bot token works');
      else tokenRevoked(refused);
    });
    return true;
  });
}
