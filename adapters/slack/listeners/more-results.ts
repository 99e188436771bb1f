// "More results": the next passages for the same question, as a new message.

import type { App } from '@slack/bolt';
import { EXPIRED_BUTTON_TEXT } from '../../../src/messages.js';
import type { Answer } from '../../../src/model.js';
import { ACTION_MORE_PATTERN, decodeMore } from '../buttons.js';
import { readButton } from '../guards.js';
import { renderSlack } from '../render.js';
import { APOLOGY_MESSAGE, guarded, rateLimitedMessage, type SlackRuntime } from '../runtime.js';
import { respondWith } from '../send.js';
import { yieldToPending } from '../yield.js';

export function registerMoreResults(app: App, rt: SlackRuntime): void {
  app.action(ACTION_MORE_PATTERN, async ({ ack, body, respond }) => {
    const button = readButton(body);
    await guarded(
      rt,
      'more results',
      async () => {
        await ack();
        await yieldToPending();
        if (button === undefined) throw new Error('slack/more-results: unreadable block_actions payload');
        const value = decodeMore(button.value);
        if (value === undefined) throw new Error(`slack/more-results: bad button value ${JSON.stringify(button.value.slice(0, 200))}`);
        if (rt.limiter.check(button.userId) !== 'allow') {
          await respondWith(respond, rateLimitedMessage(rt), { replaceOriginal: false, threadTs: button.threadTs });
          return;
        }
        const query = 'query' in value ? value.query : rt.queries.queryFor(value.key);
        const answer: Answer =
          query === undefined ? { kind: 'error', language: 'en', code: 'empty', message: EXPIRED_BUTTON_TEXT } : rt.core.ask(query, { offset: value.offset });
        await respondWith(respond, renderSlack(answer, rt.renderers), { replaceOriginal: false, threadTs: button.threadTs });
      },
      () => respondWith(respond, APOLOGY_MESSAGE, { replaceOriginal: false, threadTs: button?.threadTs }),
    );
  });
}
