import type { ButtonInteraction } from 'discord.js';
import type { Delivery } from '../../button-action.js';
import { answerButton } from '../../button-answer.js';
import { splitMark } from '../buttons.js';
import type { DiscordContext } from '../context.js';
import { readerOfLocale } from '../../../src/present/reader-language.js';
import { DISCORD_LIMITS } from '../message.js';
import type { AnswerMode } from '../send.js';
import { answerInteraction } from './answer.js';
import { onRating } from './feedback.js';

// Every button under an answer carries the card's action and its whole target,
// answered by adapters/button-answer.ts. Paging replaces the message it is on,
// a highlight's whole paragraph goes to the clicker alone, the rest is a new message.

const MODE: Record<Delivery, AnswerMode> = { reply: 'reply', replace: 'update', private: 'private' };

export async function onButton(interaction: ButtonInteraction, ctx: DiscordContext): Promise<void> {
  const reader = readerOfLocale(interaction.locale);
  const click = await answerButton(splitMark(interaction.customId).id, DISCORD_LIMITS.customId, { ...ctx, reader });
  if ('rate' in click) return onRating(interaction, ctx, click.rate);
  if (click.foreign) ctx.log.warn({ customId: interaction.customId.slice(0, 100) }, 'discord: unknown button');
  await answerInteraction(interaction, ctx, click.answer, MODE[click.delivery]);
}
