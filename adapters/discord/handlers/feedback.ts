// 'Helpful' and 'not helpful' under an answer. The rating is stored before
// the interaction is answered, so a rating Discord shows as taken is kept.
// 'Helpful' is thanked privately; 'not helpful' opens a one-line form whose
// submission (the line, if any) is stored and thanked privately
// (adapters/insights/feedback-form.ts).

import { MessageFlags, type ButtonInteraction, type ModalSubmitInteraction } from 'discord.js';
import type { RateTarget } from '../../../src/present/card.js';
import { say } from '../../../src/present/catalogue.js';
import { raterOf, storeRating } from '../../insights/rating.js';
import { replyToRating } from '../../chat/rating-reply.js';
import { FEEDBACK_INPUT, FEEDBACK_LINE_LIMIT, feedbackFormId, feedbackFormWords, submitFeedbackForm } from '../../insights/feedback-form.js';
import type { Rater } from '../../insights/recorder.js';
import type { DiscordContext } from '../context.js';
import { tellPrivately } from '../send.js';

const discordRater = (interaction: ButtonInteraction | ModalSubmitInteraction): Rater =>
  raterOf('discord', { scope: interaction.guildId, channelId: interaction.channelId, userId: interaction.user.id });

const privately = (content: string) => ({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } }) as const;

/** The form 'not helpful' opens, as a Discord modal: one optional line. */
function feedbackForm(target: RateTarget) {
  const words = feedbackFormWords(target.language);
  const input = { type: 4 as const, custom_id: FEEDBACK_INPUT, label: words.label, style: 1 as const, required: false, max_length: FEEDBACK_LINE_LIMIT };
  return { custom_id: feedbackFormId(target), title: words.title, components: [{ type: 1 as const, components: [input] }] };
}

export async function onRating(interaction: ButtonInteraction, ctx: DiscordContext, target: RateTarget): Promise<void> {
  const rated = await storeRating(ctx.insights, target, discordRater(interaction), ctx.log);
  await replyToRating(ctx, rated, target, {
    refuse: (message) => tellPrivately(interaction, message),
    // The modal is the interaction's one reply: the thanks come when the form is submitted.
    openForm: async () => {
      await interaction.showModal(feedbackForm(target));
      return 'answered';
    },
    tell: (text) => interaction.reply(privately(text)),
  });
}

export async function onFeedbackForm(interaction: ModalSubmitInteraction, ctx: DiscordContext): Promise<void> {
  const line = interaction.fields.getTextInputValue(FEEDBACK_INPUT);
  const submitted = await submitFeedbackForm(ctx.insights, { formId: interaction.customId, line, raterOf: () => discordRater(interaction) }, ctx.log);
  if (submitted.outcome === 'unknown') await interaction.reply(privately(say('error.unknownAction', submitted.language)));
  else await interaction.reply(privately(submitted.outcome === 'stored' ? submitted.thanks : submitted.text));
}
