import type { ButtonInteraction } from 'discord.js';
import { follow } from '../../../src/present/targets.js';
import { decodeAction, DELIVERY, type Delivery } from '../../button-action.js';
import { adapterError } from '../../error-answer.js';
import { splitMark } from '../buttons.js';
import type { DiscordContext } from '../context.js';
import { languageOfLocale } from '../language.js';
import { DISCORD_LIMITS } from '../message.js';
import type { AnswerMode } from '../send.js';
import { answerInteraction } from './answer.js';

// Every button under an answer carries the card's action and its whole target
// (adapters/button-action.ts); the custom_id comes back from Discord, so it
// is decoded through a guard, then followed. Paging replaces the message it is
// on, a highlight's whole paragraph goes to the clicker alone, the rest is a
// new message.

const MODE: Record<Delivery, AnswerMode> = { reply: 'reply', replace: 'update', private: 'private' };

export async function onButton(interaction: ButtonInteraction, ctx: DiscordContext): Promise<void> {
  const action = await decodeAction(splitMark(interaction.customId).id, DISCORD_LIMITS.customId, ctx.queries);
  if (action === undefined) {
    ctx.logger.warn({ customId: interaction.customId.slice(0, 100) }, 'discord: unknown button');
    await answerInteraction(interaction, ctx, () => adapterError('unknownAction', languageOfLocale(interaction.locale)));
    return;
  }
  if (action.type === 'expired') {
    await answerInteraction(interaction, ctx, () => adapterError('expired', action.language));
    return;
  }
  await answerInteraction(interaction, ctx, () => follow(ctx.core, action.target), MODE[DELIVERY[action.type]]);
}
