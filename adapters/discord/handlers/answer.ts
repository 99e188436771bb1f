import type { Answer } from '../../../src/model.js';
import { answerUnlessLimited } from '../../limited-answer.js';
import { byDeadline } from '../../settled-within.js';
import type { DiscordContext } from '../context.js';
import { readerOfLocale } from '../../../src/present/reader-language.js';
import { defer, replyTo, tellPrivately, updateFrom, type AnswerMode, type Repliable } from '../send.js';

/**
 * How long an answer that waits on the database may take before the
 * interaction is deferred ("thinking…"): well inside Discord's 3 seconds,
 * and long enough that a free database never shows the placeholder.
 */
export const DEFER_AFTER_MS = 1000;

/**
 * Answers an interaction with what `produce` returns (or a flooding user's
 * refusal). The core answers from memory, so the answer is nearly always sent
 * at once; one that waits on the database (a highlight command) is sent at
 * once if it settles within DEFER_AFTER_MS, and otherwise deferred first, so
 * Discord's 3-second deadline is always met.
 */
export async function answerInteraction(
  interaction: Repliable,
  ctx: DiscordContext,
  produce: () => Answer | Promise<Answer>,
  mode: AnswerMode = 'reply',
): Promise<void> {
  // An interaction must always be answered, so every refusal is told (privately: a refusal is the asker's alone).
  const asked = { userId: interaction.user.id, text: '', language: readerOfLocale(interaction.locale), refusal: 'always' as const };
  await byDeadline(answerUnlessLimited(ctx, asked, produce), DEFER_AFTER_MS, {
    onTime: async (answer) => {
      const message = ctx.reply(answer);
      if (mode === 'update' && interaction.isButton()) await updateFrom(interaction, message);
      else await replyTo(interaction, mode === 'private' ? { ...message, ephemeral: true } : message);
    },
    late: async (answer) => {
      await defer(interaction, mode);
      const message = ctx.reply(await answer);
      // After a deferral, replyTo edits the placeholder (or, for an update, the button's message).
      if (mode === 'private') await replyTo(interaction, { ...message, ephemeral: true });
      else if (message.ephemeral) await tellPrivately(interaction, message);
      else await replyTo(interaction, message);
    },
  });
}
