import type { Answer } from '../../../src/model.js';
import { adapterError } from '../../error-answer.js';
import type { DiscordContext } from '../context.js';
import { languageOfLocale } from '../language.js';
import { defer, replyTo, tellPrivately, updateFrom, type AnswerMode, type Repliable } from '../send.js';

/**
 * Answers an interaction with what `produce` returns. The core answers from
 * memory, so a synchronous answer is sent at once; anything that returns a
 * promise is deferred first, so Discord's 3-second deadline is always met.
 */
export async function answerInteraction(
  interaction: Repliable,
  ctx: DiscordContext,
  produce: () => Answer | Promise<Answer>,
  mode: AnswerMode = 'reply',
): Promise<void> {
  const decision = ctx.limiter.check(interaction.user.id);
  // An interaction must always be answered, so every refusal is told, privately; only the first is logged.
  if (decision !== 'allow') {
    if (decision === 'refuse-and-tell') ctx.logger.info({ user: interaction.user.id }, 'discord: user rate limited');
    await tellPrivately(interaction, ctx.toDiscord(adapterError('rateLimited', languageOfLocale(interaction.locale))));
    return;
  }
  const result = produce();
  if (result instanceof Promise) {
    // Awaited below, once the deferral is sent; until then a rejection must not count as unhandled.
    result.catch(() => undefined);
    await defer(interaction, mode);
    const message = ctx.toDiscord(await result);
    // After a deferral, replyTo edits the placeholder (or, for an update, the button's message).
    if (mode === 'private') await replyTo(interaction, { ...message, ephemeral: true });
    else if (message.ephemeral) await tellPrivately(interaction, message);
    else await replyTo(interaction, message);
    return;
  }
  const message = ctx.toDiscord(result);
  if (mode === 'update' && interaction.isButton()) await updateFrom(interaction, message);
  else await replyTo(interaction, mode === 'private' ? { ...message, ephemeral: true } : message);
}
