// An @-mention in a channel, answered in that message's thread. A delivery
// Slack retries, or the same message also arriving as a DM message event, is
// answered once.

import type { App } from '@slack/bolt';
import { readEventId, readMention } from '../guards.js';
import { apologyMessage, guarded, rateLimitedMessage, replyTo, type SlackRuntime } from '../runtime.js';
import { postToConversation } from '../send.js';
import { withoutBotMention } from '../text.js';

export function registerMention(app: App, rt: SlackRuntime): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    const mention = readMention(event);
    if (mention === undefined) {
      rt.log.warn({ eventType: event.type }, 'slack/mention: ignored an app_mention event that failed its guard');
      return;
    }
    const keys = [`message:${mention.channelId}:${mention.ts}`];
    const eventId = readEventId(body);
    if (eventId !== undefined) keys.push(`event:${eventId}`);
    if (!(await rt.seen.firstOfAll(keys))) return;

    const target = { channelId: mention.channelId, userId: mention.userId, threadTs: mention.threadTs };
    await guarded(
      rt,
      'mention',
      async () => {
        const decision = await rt.limiter.check(mention.userId);
        if (decision === 'refuse-quietly') return;
        const message =
          decision === 'allow'
            ? await replyTo(rt, withoutBotMention(mention.text, context.botUserId), mention.channelId)
            : rateLimitedMessage(rt, withoutBotMention(mention.text, context.botUserId));
        await postToConversation(client, message, target);
      },
      () => postToConversation(client, apologyMessage(rt), target),
    );
  });
}
