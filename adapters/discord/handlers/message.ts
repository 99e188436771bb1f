import type { Client, Message } from 'discord.js';
import type { Answer } from '../../../src/model.js';
import { answerUnlessLimited } from '../../limited-answer.js';
import type { DiscordContext } from '../context.js';
import { referenceIn } from '../../paragraph-numbers.js';
import { withoutMention } from '../guards.js';
import { replyToMessage } from '../send.js';
import { readerOfMessage } from '../language.js';
import { answerInConversation } from '../../chat/conversation-answer.js';
import { answerTyped } from '../../answer-request.js';

// Ordinary messages: '@bot question' in a channel and anything in a direct
// message is answered as a reply. With the Message Content intent switched on,
// '§42' in other messages is answered with that paragraph.

interface MessageRequest {
  /** What the user typed, for the language of a refusal. */
  text: string;
  /** A '§42' in passing is answered only with paragraphs, and never told off for flooding. */
  inPassing: boolean;
  answer: () => Answer | Promise<Answer>;
}

/** What a message asks the bot, or undefined when it asks nothing. */
function requestOf(message: Message, botId: string, ctx: DiscordContext): MessageRequest | undefined {
  const language = readerOfMessage(message);
  if (!message.inGuild() || message.mentions.users.has(botId)) {
    const text = withoutMention(message.content, botId);
    // Read by the same parser as Slack's text ('ask …', 'topic drugs', '§42', …). Channel settings (highlights,
    // the digest) need Manage Channels or Manage Server, which only the slash commands check: typed here, they are pointed there.
    const where = {
      channel: { platform: 'discord' as const, channelId: message.channelId },
      scope: message.guildId ?? undefined,
      language,
      settings: 'by slash command' as const,
    };
    return { text, inPassing: false, answer: () => answerTyped(text, ctx, where) };
  }
  const ranges = ctx.readReferences ? referenceIn(message.content) : undefined;
  if (ranges === undefined) return undefined;
  // A '§42' in passing is not a question to the bot: it is answered, not counted.
  return { text: '', inPassing: true, answer: () => ctx.core.paragraphs(ranges, { language }) };
}

export function messageHandler(client: Client, ctx: DiscordContext): (message: Message) => Promise<void> {
  return async (message) => {
    const me = client.user;
    if (me === null || message.author.bot || message.system) return;
    const failure = { message: 'discord: could not answer a message', fields: { channel: message.channelId } };
    const question = { answer: () => answerOf(message, me.id, ctx), language: readerOfMessage(message) };
    await answerInConversation(ctx, failure, question, (answer) => replyToMessage(message, answer));
  };
}

/** The answer to a message, or undefined when it asks nothing or gets silence. */
async function answerOf(message: Message, botId: string, ctx: DiscordContext): Promise<Answer | undefined> {
  const request = requestOf(message, botId, ctx);
  if (request === undefined) return undefined;
  // A message cannot be answered privately: a flooding user is told once, then left unanswered until they slow down.
  const asked = {
    userId: message.author.id,
    text: request.text,
    language: readerOfMessage(message),
    refusal: request.inPassing ? 'never' : 'once',
  } as const;
  const answer = await answerUnlessLimited(ctx, asked, request.answer);
  return request.inPassing && answer?.kind !== 'paragraphs' ? undefined : answer;
}
