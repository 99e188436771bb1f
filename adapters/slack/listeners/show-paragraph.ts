// "Whole paragraph" under a daily highlight: the paragraph the highlight
// quotes from, with its English rendering, shown to the clicker alone so a
// channel where many people click is not filled with copies.

import type { App } from '@slack/bolt';
import { ACTION_PARAGRAPH_PATTERN, decodeContext } from '../buttons.js';
import { readButton } from '../guards.js';
import { renderSlack } from '../render.js';
import { APOLOGY_MESSAGE, guarded, rateLimitedMessage, type SlackRuntime } from '../runtime.js';
import { respondWith } from '../send.js';
import { yieldToPending } from '../yield.js';

const WHOLE = { before: 0, after: 0 } as const;

export function registerShowParagraph(app: App, rt: SlackRuntime): void {
  app.action(ACTION_PARAGRAPH_PATTERN, async ({ ack, body, respond }) => {
    const button = readButton(body);
    await guarded(
      rt,
      'whole paragraph',
      async () => {
        await ack();
        await yieldToPending();
        if (button === undefined) throw new Error('slack/show-paragraph: unreadable block_actions payload');
        const value = decodeContext(button.value);
        if (value === undefined) throw new Error(`slack/show-paragraph: bad button value ${JSON.stringify(button.value.slice(0, 200))}`);
        if (rt.limiter.check(button.userId) !== 'allow') {
          await respondWith(respond, rateLimitedMessage(rt), { replaceOriginal: false, threadTs: button.threadTs });
          return;
        }
        const message = renderSlack(rt.core.context(value.document, value.paragraph, WHOLE), rt.renderers);
        await respondWith(respond, { ...message, ephemeral: true }, { replaceOriginal: false, threadTs: button.threadTs });
      },
      () => respondWith(respond, APOLOGY_MESSAGE, { replaceOriginal: false, threadTs: button?.threadTs }),
    );
  });
}
