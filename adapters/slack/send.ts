// Delivering a rendered message: through a response_url (slash commands and
// buttons: works in any channel, even one the bot has not joined) or through
// the Web API into a conversation (mentions and DMs).

import type { RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { SlackMessage } from './blocks.js';
import { savedQueries } from '../query-store.js';

export interface ConversationTarget {
  channelId: string;
  /** Who sees an ephemeral message. */
  userId: string;
  threadTs: string | undefined;
}

export function toRespondArguments(message: SlackMessage, options: { replaceOriginal: boolean; threadTs?: string | undefined }): RespondArguments {
  return {
    response_type: message.ephemeral ? 'ephemeral' : 'in_channel',
    replace_original: options.replaceOriginal,
    text: message.text,
    ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
    ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }),
  };
}

/** The message as a slash command's acknowledgement carries it: Slack posts it as the command's answer. */
export function toAckArguments(message: SlackMessage): RespondArguments {
  const { replace_original: _replaces, ...ack } = toRespondArguments(message, { replaceOriginal: false });
  return ack;
}

export async function respondWith(
  respond: RespondFn,
  message: SlackMessage,
  options: { replaceOriginal: boolean; threadTs?: string | undefined },
): Promise<void> {
  await savedQueries();
  await respond(toRespondArguments(message, options));
}

export async function postToConversation(client: webApi.WebClient, message: SlackMessage, target: ConversationTarget): Promise<void> {
  await savedQueries();
  const thread = target.threadTs === undefined ? {} : { thread_ts: target.threadTs };
  const blocks = message.blocks.length > 0 ? { blocks: message.blocks } : {};
  if (message.ephemeral) {
    await client.chat.postEphemeral({ channel: target.channelId, user: target.userId, text: message.text, ...blocks, ...thread });
    return;
  }
  await client.chat.postMessage({ channel: target.channelId, text: message.text, ...blocks, ...thread, unfurl_links: false, unfurl_media: false });
}
