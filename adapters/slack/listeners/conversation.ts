// A question in a conversation: an @-mention in a channel (answered in that
// message's thread) or a plain message in a DM with the bot. A delivery Slack
// retries, or the same message arriving both as app_mention and as a DM
// message event, is answered once.

import type { App, webApi } from '@slack/bolt';
import { readDirectMessage, readEventId, readMention, workspaceOfPayload } from '../guards.js';
import { answerInConversation } from '../../chat/conversation-answer.js';
import { answerTo, failureDuring, type SlackRuntime } from '../runtime.js';
import { type ConversationTarget, postToConversation } from '../send.js';
import { withoutBotMention } from '../text.js';
import { workspaceAdminCheck } from '../admin.js';

interface Asked {
  text: string;
  ts: string;
  target: ConversationTarget;
}

export function registerConversation(app: App, rt: SlackRuntime): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    const mention = readMention(event);
    if (mention === undefined) {
      rt.log.warn({ eventType: event.type }, 'slack/mention: ignored an app_mention event that failed its guard');
      return;
    }
    const target = { channelId: mention.channelId, userId: mention.userId, threadTs: mention.threadTs };
    await answer(rt, 'mention', { text: mention.text, ts: mention.ts, target }, { body, botUserId: context.botUserId, client });
  });
  app.message(async ({ message, body, context, client }) => {
    const dm = readDirectMessage(message);
    // Channel messages, edits and other apps' posts are not questions to us.
    if (dm === undefined) return;
    const target = { channelId: dm.channelId, userId: dm.userId, threadTs: undefined };
    await answer(rt, 'direct message', { text: dm.text, ts: dm.ts, target }, { body, botUserId: context.botUserId, client });
  });
}

async function answer(
  rt: SlackRuntime,
  what: string,
  asked: Asked,
  delivery: { body: unknown; botUserId: string | undefined; client: webApi.WebClient },
): Promise<void> {
  const { target, text } = asked;
  const keys = [`message:${target.channelId}:${asked.ts}`];
  const eventId = readEventId(delivery.body);
  if (eventId !== undefined) keys.push(`event:${eventId}`);
  if (!(await rt.seen.firstOfAll(keys))) return;
  const asker = { workspace: workspaceOfPayload(delivery.body), isWorkspaceAdmin: workspaceAdminCheck(delivery.client, target.userId, rt.log) };
  const typed = () => ({ slackText: withoutBotMention(text, delivery.botUserId), userId: target.userId, refusal: 'once' as const });
  // Read inside the guard: a failure to read the text is apologised for too.
  const question = { answer: () => answerTo(rt, typed(), target.channelId, asker), language: rt.language };
  await answerInConversation(rt, failureDuring(what), question, (message) => postToConversation(delivery.client, message, target));
}
