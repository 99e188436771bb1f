import type { Client, Message } from 'discord.js';
import type { Answer } from '../../../src/model.js';
import { adapterError, readerOfInput } from '../../error-answer.js';
import type { DiscordContext } from '../context.js';
import { referenceIn } from '../../paragraph-numbers.js';
import { withoutMention } from '../guards.js';
import { replyToMessage } from '../send.js';
import { readerOfMessage } from '../language.js';
import { messageFailed } from './failure.js';

// Ordinary messages: '@bot question' in a channel and anything in a direct
// message is answered as a reply. With the Message Content intent switched on,
// '§42' in other messages is answered with that paragraph.

interface MessageRequest {
  /** What the user typed, for the language of a refusal. */
  text: string;
  /** A '§42' in passing is answered only with paragraphs, and never told off for flooding. */
  inPassing: boolean;
  answer: () => Answer;
}

/** What a message asks the bot, or undefined when it asks nothing. */
function requestOf(message: Message, botId: string, ctx: DiscordContext): MessageRequest | undefined {
  const language = readerOfMessage(message);
  const where = { platform: 'discord' as const, scope: message.guildId ?? '', channelId: message.channelId };
  const counted = (answer: Answer, question: string): Answer => {
    ctx.insights?.record(answer, question, where);
    return answer;
  };
  if (!message.inGuild() || message.mentions.users.has(botId)) {
    const text = withoutMention(message.content, botId);
    return { text, inPassing: false, answer: () => (text === '' ? ctx.core.ask('help', { language }) : counted(ctx.core.ask(text, { language }), text)) };
  }
  const ranges = ctx.readReferences ? referenceIn(message.content) : undefined;
  if (ranges === undefined) return undefined;
  // A '§42' in passing is not a question to the bot: it is answered, not counted.
  return { text: '', inPassing: true, answer: () => ctx.core.paragraphs(ranges, { language }) };
}

export function messageHandler(client: Client, ctx: DiscordContext): (message: Message) => Promise<void> {
  return async (message) => {
    try {
      const me = client.user;
      if (me === null || message.author.bot || message.system) return;
      const request = requestOf(message, me.id, ctx);
      if (request === undefined) return;
      const decision = await ctx.limiter.check(message.author.id);
      if (decision !== 'allow') {
        // A message cannot be answered privately: say it once, then stay quiet until the user slows down.
        if (decision === 'refuse-and-tell' && !request.inPassing) {
          ctx.logger.info({ user: message.author.id }, 'discord: user rate limited');
          await replyToMessage(message, ctx.toDiscord(adapterError('rateLimited', readerOfInput(request.text, readerOfMessage(message)))));
        }
        return;
      }
      const answer = request.answer();
      if (request.inPassing && answer.kind !== 'paragraphs') return;
      await replyToMessage(message, ctx.toDiscord(answer));
    } catch (error) {
      await messageFailed(message, error, ctx);
    }
  };
}
