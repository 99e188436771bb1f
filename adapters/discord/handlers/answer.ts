import type { ButtonInteraction } from 'discord.js';
import { RATE_LIMITED_TEXT } from '../../../src/messages.js';
import { render, type Answer, type Language } from '../../../src/model.js';
import type { DiscordContext } from '../context.js';
import { languageOfLocale } from '../language.js';
import { replyTo, tellPrivately, toSendable, updateFrom, type Repliable } from '../send.js';

export const errorAnswer = (code: 'rateLimited' | 'internal' | 'forbidden', message: string, language: Language): Answer => ({ kind: 'error', code, message, language });

/**
 * Answers an interaction with what `produce` returns. The core answers from
 * memory, so a synchronous answer is sent at once; anything that returns a
 * promise is deferred first, so Discord's 3-second deadline is always met.
 */
export async function answerInteraction(interaction: Repliable, ctx: DiscordContext, produce: () => Answer | Promise<Answer>, mode: 'reply' | 'update' = 'reply'): Promise<void> {
  const decision = ctx.limiter.take(interaction.user.id);
  if (!decision.allowed) {
    if (decision.firstRefusal) ctx.logger.info({ user: interaction.user.id }, 'discord: user rate limited');
    await tellPrivately(interaction, render(errorAnswer('rateLimited', RATE_LIMITED_TEXT, languageOfLocale(interaction.locale)), ctx.renderers));
    return;
  }
  const result = produce();
  if (result instanceof Promise) {
    if (mode === 'update') await (interaction as ButtonInteraction).deferUpdate();
    else await interaction.deferReply();
    const answer = await result;
    const message = render(answer, ctx.renderers);
    const first = message.payloads[0];
    if (mode === 'update' && first !== undefined && !message.ephemeral) await interaction.editReply(toSendable(first));
    else if (message.ephemeral) await tellPrivately(interaction, message);
    else await replyTo(interaction, message);
    return;
  }
  const message = render(result, ctx.renderers);
  if (mode === 'update' && interaction.isButton()) await updateFrom(interaction, message);
  else await replyTo(interaction, message);
}
