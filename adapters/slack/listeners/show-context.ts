// "Show in context": the paragraphs before and after a passage, as a new
// message with buttons to page on.

import type { App } from '@slack/bolt';
import { ACTION_CONTEXT_PATTERN, CONTEXT_RADIUS, decodeContext } from '../buttons.js';
import { renderSlack } from '../render.js';
import type { SlackRuntime } from '../runtime.js';
import { respondWith } from '../send.js';
import { onButton } from './button.js';

export function registerShowContext(app: App, rt: SlackRuntime): void {
  onButton(app, rt, {
    pattern: ACTION_CONTEXT_PATTERN,
    name: 'show-context',
    decode: decodeContext,
    async act(value, button, respond) {
      const answer = rt.core.context(value.document, value.paragraph, { before: CONTEXT_RADIUS, after: CONTEXT_RADIUS });
      await respondWith(respond, renderSlack(answer, rt.renderers), { replaceOriginal: false, threadTs: button.threadTs });
    },
  });
}
