// Turns a parsed request into the core's (or the highlight service's) answer.
// The adapter adds nothing of its own here beyond the two notices the core
// cannot give: highlights switched off, and a highlight sub-command it does
// not know.

import type { Core } from '../../src/core.js';
import type { HighlightService } from '../../src/highlights/service.js';
import { HIGHLIGHTS_DISABLED_TEXT, HIGHLIGHTS_USAGE_TEXT } from '../../src/messages.js';
import type { Answer, Language } from '../../src/model.js';
import type { HighlightRequest, SlackRequest } from './requests.js';

export interface AnswerContext {
  core: Core;
  highlights: HighlightService | undefined;
  channelId: string;
}

// Sub-command words are English, so highlight replies are too.
const HIGHLIGHT_LANGUAGE: Language = 'en';

export function answerRequest(request: SlackRequest, ctx: AnswerContext): Answer {
  if (request.kind === 'ask') return ctx.core.ask(request.input);
  return answerHighlight(request.request, ctx);
}

function answerHighlight(request: HighlightRequest, ctx: AnswerContext): Answer {
  const service = ctx.highlights;
  if (service === undefined) return notice('forbidden', HIGHLIGHTS_DISABLED_TEXT);
  const channel = { platform: 'slack' as const, channelId: ctx.channelId };
  switch (request.action) {
    case 'subscribe':
      return service.subscribe(channel, { time: request.time, timeZone: request.timeZone }, HIGHLIGHT_LANGUAGE);
    case 'unsubscribe':
      return service.unsubscribe(channel, HIGHLIGHT_LANGUAGE);
    case 'status':
      return service.status(channel, HIGHLIGHT_LANGUAGE);
    case 'preview':
      return service.preview(channel, HIGHLIGHT_LANGUAGE);
    case 'time':
      return service.setTime(channel, request.time, HIGHLIGHT_LANGUAGE);
    case 'timezone':
      return service.setTimeZone(channel, request.timeZone, HIGHLIGHT_LANGUAGE);
    case 'usage':
      return notice('empty', HIGHLIGHTS_USAGE_TEXT);
  }
}

function notice(code: 'forbidden' | 'empty', message: string): Answer {
  return { kind: 'error', language: HIGHLIGHT_LANGUAGE, code, message };
}
