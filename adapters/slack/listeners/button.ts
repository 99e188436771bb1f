// Every button, one listener: acknowledge at once, read the payload through
// its guard, decode what the button stands for (its value is untrusted), hold
// a flooding user back, then follow the card's target. Paging replaces the
// listing, a highlight's whole paragraph goes to the clicker alone, the rest
// arrives as a new message in the same thread. Any failure becomes an apology.

import type { App, RespondFn } from '@slack/bolt';
import type { Answer } from '../../../src/model.js';
import { follow } from '../../../src/present/targets.js';
import { decodeAction, DELIVERY } from '../../button-action.js';
import { adapterError } from '../../error-answer.js';
import { BUTTON_VALUE_LIMIT } from '../blocks.js';
import { ACTION_PATTERN } from '../buttons.js';
import type { ButtonRequest } from '../guards.js';
import { readButton } from '../guards.js';
import { apologyMessage, guarded, rateLimitedMessage, toSlack, type SlackRuntime } from '../runtime.js';
import { respondWith } from '../send.js';
import { yieldToPending } from '../yield.js';

export function registerButtons(app: App, rt: SlackRuntime): void {
  app.action(ACTION_PATTERN, async ({ ack, body, respond }) => {
    const button = readButton(body);
    await guarded(
      rt,
      'button',
      async () => {
        await ack();
        await yieldToPending();
        if (button === undefined) throw new Error('slack/button: unreadable block_actions payload');
        await answerButton(rt, button, respond);
      },
      () => respondWith(respond, apologyMessage(rt), { replaceOriginal: false, threadTs: button?.threadTs }),
    );
  });
}

async function answerButton(rt: SlackRuntime, button: ButtonRequest, respond: RespondFn): Promise<void> {
  const reply = { replaceOriginal: false, threadTs: button.threadTs };
  if ((await rt.limiter.check(button.userId)) !== 'allow') {
    await respondWith(respond, rateLimitedMessage(rt), reply);
    return;
  }
  const action = await decodeAction(button.value, BUTTON_VALUE_LIMIT, rt.queries);
  if (action === undefined || action.type === 'expired') {
    if (action === undefined) rt.log.warn({ actionId: button.actionId.slice(0, 100) }, 'slack/button: a button value that is not ours');
    const refusal = action === undefined ? adapterError('unknownAction', rt.language) : adapterError('expired', action.language);
    await respondWith(respond, toSlack(rt, refusal), reply);
    return;
  }
  const answer: Answer = follow(rt.core, action.target);
  const message = toSlack(rt, answer);
  const delivery = DELIVERY[action.type];
  if (delivery === 'replace') await respondWith(respond, message, { replaceOriginal: true });
  else await respondWith(respond, delivery === 'private' ? { ...message, ephemeral: true } : message, reply);
}
