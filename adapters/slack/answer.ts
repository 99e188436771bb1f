// Turns a parsed request into the core's (or the highlight service's) answer.
// The adapter adds nothing of its own here beyond the two notices the core
// cannot give: highlights switched off, and a highlight sub-command it does
// not know.

import type { Core } from '../../src/core.js';
import { commandLanguage, parseHighlightCommand, runHighlightCommand } from '../../src/highlights/commands.js';
import type { HighlightService } from '../../src/highlights/service.js';
import { HIGHLIGHTS_DISABLED_TEXT, HIGHLIGHTS_USAGE_TEXT } from '../../src/messages.js';
import type { Answer, Language } from '../../src/model.js';
import { retryWhileBusy } from '../database-retry.js';
import type { SlackRequest } from './requests.js';

export interface AnswerContext {
  core: Core;
  highlights: HighlightService | undefined;
  channelId: string;
}

/** An Answer at once, or a promise when the database was busy and the command is being retried. */
export function answerRequest(request: SlackRequest, ctx: AnswerContext): Answer | Promise<Answer> {
  if (request.kind === 'ask') return ctx.core.ask(request.input);
  const language = commandLanguage(request.text);
  if (ctx.highlights === undefined) return notice('forbidden', HIGHLIGHTS_DISABLED_TEXT, language);
  const command = parseHighlightCommand(request.text);
  if (command === undefined) return notice('empty', HIGHLIGHTS_USAGE_TEXT, language);
  const highlights = ctx.highlights;
  return retryWhileBusy(() => runHighlightCommand(highlights, { platform: 'slack', channelId: ctx.channelId }, command, language), language);
}

function notice(code: 'forbidden' | 'empty', message: string, language: Language): Answer {
  return { kind: 'error', language, code, message };
}
