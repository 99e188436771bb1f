// Turns a text request (text-request.ts) into the core's (or the highlight
// service's) answer. Nothing is added here beyond the two notices the core
// cannot give: highlights switched off, and a highlight sub-command it does
// not know. Input with no language of its own is read in the platform's default.

import type { Core } from '../src/core.js';
import { commandLanguage, parseHighlightCommand, runHighlightCommand } from '../src/highlights/commands.js';
import type { ChannelKey, HighlightService } from '../src/highlights/ports.js';
import { parseDigestCommand, runDigestCommand } from '../src/insights/digest-commands.js';
import { digestError, type DigestService, type DigestTarget } from '../src/insights/digest-service.js';
import type { Answer } from '../src/model.js';
import type { Reader } from '../src/present/catalogue.js';
import { retryWhileBusy } from './database-retry.js';
import { adapterError, readerOfInput, readerOfLanguage } from './error-answer.js';
import type { AskedWhere, InsightsRecorder } from './insights/recorder.js';
import { parseTextRequest, type TextRequest } from './text-request.js';
import { say } from '../src/present/catalogue.js';

export interface AnswerContext {
  core: Core;
  highlights: HighlightService | undefined;
  /** The channel a highlight command is about. */
  channel: ChannelKey;
  /** The platform's default (e.g. SLACK_DEFAULT_LANGUAGE), for input with no language of its own. */
  language: Reader;
  /** The weekly digest's service and the channel its commands are about; off where either is missing. */
  digests?: DigestService | undefined;
  digestTarget?: DigestTarget | undefined;
  /**
   * Whether the asker may change the channel's digest or delete its records
   * (Slack: a workspace admin). Unset where the platform checked it before (Discord).
   */
  mayManageDigest?: (() => Promise<boolean>) | undefined;
  /** Counts questions for the insights, when they are on; `where` says whose question it is. */
  insights?: { recorder: InsightsRecorder; where: AskedWhere } | undefined;
}

/** A question's answer, counted when the insights are on (its card then carries the feedback buttons). */
function counted(answer: Answer, question: string, ctx: AnswerContext): Answer {
  ctx.insights?.recorder.record(answer, question, ctx.insights.where);
  return answer;
}

const rangesText = (ranges: readonly { from: number; to: number }[]): string =>
  ranges.map((r) => (r.from === r.to ? `§${r.from}` : `§${r.from}-${r.to}`)).join(', ');

/** An Answer at once, or a promise when the database was busy and the command is being retried. */
export function answerRequest(request: TextRequest, ctx: AnswerContext): Answer | Promise<Answer> {
  const options = { language: ctx.language };
  switch (request.kind) {
    case 'ask':
      return counted(ctx.core.ask(request.input, options), request.input, ctx);
    case 'paragraphs':
      return counted(ctx.core.paragraphs(request.ranges, options), rangesText(request.ranges), ctx);
    case 'topics':
      return ctx.core.topics(options);
    case 'topic':
      // A topic typed in words ('禁毒', 'drugs') is answered in their language.
      return ctx.core.topic(request.name, { language: readerOfInput(request.name, ctx.language) });
    case 'highlights':
      return answerHighlights(request.text, ctx);
    case 'insights':
      return answerInsights(request.text, ctx);
  }
}

function answerInsights(text: string, ctx: AnswerContext): Answer | Promise<Answer> {
  const language = commandLanguage(text);
  const { digests, digestTarget } = ctx;
  if (digests === undefined || digestTarget === undefined) return digestError('highlightsDisabled', 'error.digestDisabled', language);
  const command = parseDigestCommand(text, language);
  if (command === undefined) return digestError('usage', 'error.digestUsage', language);
  if ('kind' in command) return command;
  const run = () => retryWhileBusy(() => runDigestCommand(digests, digestTarget, command, language), language);
  const mayManage = ctx.mayManageDigest;
  // Status is anyone's to read; a change or a deletion is the workspace's admins'.
  if (command.command === 'status' || mayManage === undefined) return run();
  return mayManage().then((allowed) => (allowed ? run() : digestError('forbidden', 'error.workspaceAdmin', language)));
}

function answerHighlights(text: string, ctx: AnswerContext): Answer | Promise<Answer> {
  const language = commandLanguage(text);
  if (ctx.highlights === undefined) return adapterError('highlightsDisabled', readerOfLanguage(language));
  const command = parseHighlightCommand(text);
  if (command === undefined) return adapterError('usage', readerOfLanguage(language));
  const highlights = ctx.highlights;
  return retryWhileBusy(() => runHighlightCommand(highlights, ctx.channel, command, language), language);
}

/** The insights' part of a context: the recorder, and whose question it is (the channel, in the workspace or server `scope`). */
export function countedIn(recorder: InsightsRecorder | undefined, channel: ChannelKey, scope: string | undefined): AnswerContext['insights'] {
  return recorder === undefined ? undefined : { recorder, where: { ...channel, scope: scope ?? '' } };
}

/**
 * Where the channel settings (highlights, the digest) may be changed in what a
 * user types: here, with the digest's target and the asker's admin check; or
 * only by the slash commands, which check the asker's permissions, and to
 * which typed settings are then pointed.
 */
export type SettingsInText = { digestTarget: DigestTarget | undefined; mayManageDigest: () => Promise<boolean> } | 'by slash command';

/** What a user typed (a mention, a DM, a text command), read and answered. */
export function answerTyped(
  text: string,
  services: { core: Core; highlights: HighlightService | undefined; digests: DigestService | undefined; insights: InsightsRecorder | undefined },
  where: { channel: ChannelKey; scope: string | undefined; language: Reader; settings: SettingsInText },
): Answer | Promise<Answer> {
  const request = parseTextRequest(text);
  const { channel, language, settings } = where;
  const insights = countedIn(services.insights, channel, where.scope);
  if (settings !== 'by slash command') {
    return answerRequest(request, { ...services, channel, language, insights, ...settings });
  }
  if (request.kind === 'highlights' || request.kind === 'insights') {
    const reader = readerOfInput(text, language);
    return { kind: 'error', code: 'usage', language: reader, message: say('error.settingsBySlash', reader) };
  }
  return answerRequest(request, { core: services.core, highlights: undefined, channel, language, insights });
}
