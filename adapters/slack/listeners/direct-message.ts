// A direct message to the bot: every plain message in the DM is a question.

import type { App } from '@slack/bolt';
import { readDirectMessage, readEventId } from '../guards.js';
import { apologyMessage, guarded, rateLimitedMessage, replyTo, type SlackRuntime } from '../runtime.js';
import { postToConversation } from '../send.js';
import { withoutBotMention } from '../text.js';

export function registerDirectMessage(app: App, rt: SlackRuntime): void {
  app.message(async ({ message, body, context, client }) => {
    const dm = readDirectMessage(message);
    // Channel messages, edits and other apps' posts are not questions to us.
    if (dm === undefined) return;
    const keys = [`message:${dm.channelId}:${dm.ts}`];
    const eventId = readEventId(body);
    if (eventId !== undefined) keys.push(`event:${eventId}`);
    if (!(await rt.seen.firstOfAll(keys))) return;

    const target = { channelId: dm.channelId, userId: dm.userId, threadTs: undefined };
    await guarded(
      rt,
      'direct message',
      async () => {
        const decision = await rt.limiter.check(dm.userId);
        if (decision === 'refuse-quietly') return;
        const message =
          decision === 'allow'
            ? await replyTo(rt, withoutBotMention(dm.text, context.botUserId), dm.channelId)
            : rateLimitedMessage(rt, withoutBotMention(dm.text, context.botUserId));
        await postToConversation(client, message, target);
      },
      () => postToConversation(client, apologyMessage(rt), target),
    );
  });
}
