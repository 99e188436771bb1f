// Every button, one listener: acknowledge at once, read the payload through
// its guard, decode what the button stands for (its value is untrusted), hold
// a flooding user back, then follow the card's target. Paging replaces the
// listing, a highlight's whole paragraph goes to the clicker alone, the rest
// arrives as a new message in the same thread. Any failure becomes an apology.

import type { App, RespondFn } from '@slack/bolt';
import { rateTargetOf } from '../../button-action.js';
import { answerButton } from '../../button-answer.js';
import { answerRating } from './feedback.js';
import { BUTTON_VALUE_LIMIT } from '../blocks.js';
import { ACTION_PATTERN } from '../buttons.js';
import type { ButtonRequest } from '../guards.js';
import { readButton } from '../guards.js';
import { apologyMessage, guarded, type SlackRuntime } from '../runtime.js';
import { answerUnlessLimited } from '../../limited-answer.js';
import { respondWith } from '../send.js';
import { yieldToPending } from '../../yield-to-pending.js';

export function registerButtons(app: App, rt: SlackRuntime): void {
  app.action(ACTION_PATTERN, async ({ ack, body, respond, client }) => {
    const button = readButton(body);
    const rating = rateTargetOf(button?.value);
    if (button !== undefined && rating !== undefined) return answerRating(rt, button, rating, { ack: () => ack(), respond, client });
    await guarded(
      rt,
      'button',
      async () => {
        await ack();
        await yieldToPending();
        if (button === undefined) throw new Error('slack/button: unreadable block_actions payload');
        await answerClick(rt, button, respond);
      },
      () => respondWith(respond, apologyMessage(rt), { replaceOriginal: false, threadTs: button?.threadTs }),
    );
  });
}

async function answerClick(rt: SlackRuntime, button: ButtonRequest, respond: RespondFn): Promise<void> {
  const click = await answerButton(button.value, BUTTON_VALUE_LIMIT, { ...rt, reader: rt.language });
  // Ratings were answered before the acknowledgement (feedback.ts); one reaching here is no longer ours to keep.
  if ('rate' in click) throw new Error('slack/button: a rating reached the answer path');
  if (click.foreign) rt.log.warn({ actionId: button.actionId.slice(0, 100) }, 'slack/button: a button value that is not ours');
  const asked = { userId: button.userId, text: '', language: rt.language, refusal: 'always' as const };
  const message = rt.reply(await answerUnlessLimited(rt, asked, click.answer));
  // What only the clicker may see (a refusal, an error) never replaces the message clicked: it goes to the thread.
  if (click.delivery === 'replace' && !message.ephemeral) await respondWith(respond, message, { replaceOriginal: true });
  else
    await respondWith(respond, click.delivery === 'private' ? { ...message, ephemeral: true } : message, { replaceOriginal: false, threadTs: button.threadTs });
}
