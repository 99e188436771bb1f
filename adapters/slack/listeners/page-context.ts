// "Earlier" / "Later" on a listing of paragraphs: the listing is replaced by
// the neighbouring paragraphs, so paging does not flood the conversation.

import type { App } from '@slack/bolt';
import { ACTION_PAGE_PATTERN, CONTEXT_RADIUS, decodeContext } from '../buttons.js';
import { readButton } from '../guards.js';
import { renderSlack } from '../render.js';
import { APOLOGY_MESSAGE, guarded, rateLimitedMessage, type SlackRuntime } from '../runtime.js';
import { respondWith } from '../send.js';
import { yieldToPending } from '../yield.js';

export function registerPageContext(app: App, rt: SlackRuntime): void {
  app.action(ACTION_PAGE_PATTERN, async ({ ack, body, respond }) => {
    const button = readButton(body);
    await guarded(
      rt,
      'page paragraphs',
      async () => {
        await ack();
        await yieldToPending();
        if (button === undefined) throw new Error('slack/page-context: unreadable block_actions payload');
        const value = decodeContext(button.value);
        if (value === undefined) throw new Error(`slack/page-context: bad button value ${JSON.stringify(button.value.slice(0, 200))}`);
        if (rt.limiter.check(button.userId) !== 'allow') {
          await respondWith(respond, rateLimitedMessage(rt), { replaceOriginal: false, threadTs: button.threadTs });
          return;
        }
        const answer = rt.core.context(value.document, value.paragraph, { before: CONTEXT_RADIUS, after: CONTEXT_RADIUS });
        await respondWith(respond, renderSlack(answer, rt.renderers), { replaceOriginal: true });
      },
      () => respondWith(respond, APOLOGY_MESSAGE, { replaceOriginal: false, threadTs: button?.threadTs }),
    );
  });
}
