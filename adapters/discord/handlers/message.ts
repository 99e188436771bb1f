import type { Client, Message } from 'discord.js';
import { RATE_LIMITED_TEXT } from '../../../src/messages.js';
import { render } from '../../../src/model.js';
import type { DiscordContext } from '../context.js';
import { referenceIn, withoutMention } from '../guards.js';
import { replyToMessage } from '../send.js';
import { errorAnswer } from './answer.js';
import { messageFailed } from './failure.js';

// Ordinary messages: '@bot question' in a channel and anything in a direct
// message is answered as a reply. With the Message Content intent switched on,
// '§42' in other messages is answered with that paragraph.

export function messageHandler(client: Client, ctx: DiscordContext): (message: Message) => Promise<void> {
  return async (message) => {
    try {
      const me = client.user;
      if (me === null || message.author.bot || message.system) return;
      const direct = !message.inGuild();
      const mentioned = message.mentions.users.has(me.id);
      let text: string;
      let onlyParagraphs = false;
      if (direct || mentioned) text = withoutMention(message.content, me.id);
      else {
        const reference = ctx.readReferences ? referenceIn(message.content) : undefined;
        if (reference === undefined) return;
        text = reference;
        onlyParagraphs = true;
      }
      const decision = ctx.limiter.take(message.author.id);
      if (!decision.allowed) {
        // A message cannot be answered privately: say it once, then stay quiet until the user slows down.
        if (decision.firstRefusal && !onlyParagraphs) {
          ctx.logger.info({ user: message.author.id }, 'discord: user rate limited');
          await replyToMessage(message, render(errorAnswer('rateLimited', RATE_LIMITED_TEXT, 'en'), ctx.renderers));
        }
        return;
      }
      const answer = ctx.core.ask(text === '' ? 'help' : text);
      if (onlyParagraphs && answer.kind !== 'paragraphs') return;
      await replyToMessage(message, render(answer, ctx.renderers));
    } catch (error) {
      await messageFailed(message, error, ctx);
    }
  };
}
