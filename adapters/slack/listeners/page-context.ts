// "Earlier" / "Later" on a listing of paragraphs: the listing is replaced by
// the neighbouring paragraphs, so paging does not flood the conversation.

import type { App } from '@slack/bolt';
import { ACTION_PAGE_PATTERN, CONTEXT_RADIUS, decodeContext } from '../buttons.js';
import { renderSlack } from '../render.js';
import type { SlackRuntime } from '../runtime.js';
import { respondWith } from '../send.js';
import { onButton } from './button.js';

export function registerPageContext(app: App, rt: SlackRuntime): void {
  onButton(app, rt, {
    pattern: ACTION_PAGE_PATTERN,
    name: 'page-context',
    decode: decodeContext,
    async act(value, _button, respond) {
      const answer = rt.core.context(value.document, value.paragraph, { before: CONTEXT_RADIUS, after: CONTEXT_RADIUS });
      await respondWith(respond, renderSlack(answer, rt.renderers), { replaceOriginal: true });
    },
  });
}
