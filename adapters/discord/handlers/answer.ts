import type { Answer } from '../../../src/model.js';
import { answerUnlessLimited } from '../../limited-answer.js';
import { answerByDeadline } from '../../chat/acknowledged-answer.js';
import type { DiscordContext } from '../context.js';
import type { DiscordMessage } from '../message.js';
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
  const message = answerUnlessLimited(ctx, asked, produce).then(ctx.reply);
  const privately = (m: DiscordMessage): DiscordMessage => (mode === 'private' ? { ...m, ephemeral: true } : m);
  await answerByDeadline(message, DEFER_AFTER_MS, {
    withMessage: (ready) => (mode === 'update' && interaction.isButton() ? updateFrom(interaction, ready) : replyTo(interaction, privately(ready))),
    empty: () => defer(interaction, mode),
    // After a deferral, replyTo edits the placeholder (or, for an update, the button's message).
    followUp: (late) => (mode !== 'private' && late.ephemeral ? tellPrivately(interaction, late) : replyTo(interaction, privately(late))),
  });
}
