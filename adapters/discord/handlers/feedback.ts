// 'Helpful' and 'not helpful' under an answer. The rating is stored before
// the interaction is answered, so a rating Discord shows as taken is kept.
// 'Helpful' is thanked privately; 'not helpful' opens a one-line form whose
// submission (the line, if any) is stored and thanked privately.

import { MessageFlags, type ButtonInteraction, type ModalSubmitInteraction } from 'discord.js';
import type { RateTarget } from '../../../src/present/card.js';
import { say, type Reader } from '../../../src/present/catalogue.js';
import { adapterError } from '../../error-answer.js';
import type { Rater } from '../../insights/recorder.js';
import type { DiscordContext } from '../context.js';
import { tellPrivately } from '../send.js';

const FORM_PREFIX = 'feedback:';
const INPUT = 'looking_for';
/** The form's 'what were you looking for?' line: a short note, not an essay. */
const LINE_LIMIT = 500;
const FORM_ID = /^feedback:(zh|en):([A-Za-z0-9_-]{12})$/u;

const raterOf = (interaction: ButtonInteraction | ModalSubmitInteraction): Rater => ({
  platform: 'discord',
  scope: interaction.guildId ?? '',
  channelId: interaction.channelId ?? '',
  userId: interaction.user.id,
});

const privately = (content: string) => ({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } }) as const;

/** The form 'not helpful' opens: one optional line. */
export function feedbackForm(target: RateTarget) {
  return {
    custom_id: `${FORM_PREFIX}${target.language}:${target.answerId}`,
    title: say('feedback.formTitle', target.language),
    components: [
      {
        type: 1 as const,
        components: [
          { type: 4 as const, custom_id: INPUT, label: say('feedback.formLabel', target.language), style: 1 as const, required: false, max_length: LINE_LIMIT },
        ],
      },
    ],
  };
}

export async function onRating(interaction: ButtonInteraction, ctx: DiscordContext, target: RateTarget): Promise<void> {
  if (ctx.insights === undefined) {
    await tellPrivately(interaction, ctx.toDiscord(adapterError('unknownAction', target.language)));
    return;
  }
  try {
    await ctx.insights.rate(target, raterOf(interaction));
  } catch (error) {
    ctx.logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'discord: a rating could not be stored');
    await interaction.reply(privately(say('feedback.failed', target.language)));
    return;
  }
  if (target.rating === 'not-helpful') await interaction.showModal(feedbackForm(target));
  else await interaction.reply(privately(say('feedback.thanksHelpful', target.language)));
}

/** Whether a modal submission is the feedback form's. */
export const isFeedbackForm = (customId: string): boolean => customId.startsWith(FORM_PREFIX);

export async function onFeedbackForm(interaction: ModalSubmitInteraction, ctx: DiscordContext): Promise<void> {
  const form = FORM_ID.exec(interaction.customId);
  const language: Reader = form?.[1] === 'zh' ? 'zh' : 'en';
  const answerId = form?.[2];
  if (answerId === undefined || ctx.insights === undefined) {
    await interaction.reply(privately(say('error.unknownAction', language)));
    return;
  }
  const line = interaction.fields.getTextInputValue(INPUT).slice(0, LINE_LIMIT);
  try {
    await ctx.insights.lookingFor(answerId, raterOf(interaction), line);
  } catch (error) {
    ctx.logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'discord: a feedback form could not be stored');
    await interaction.reply(privately(say('feedback.failed', language)));
    return;
  }
  const thanks = say('feedback.thanksNotHelpful', language);
  await interaction.reply(privately(line.trim() === '' ? thanks : `${thanks}\n${say('feedback.formThanks', language)}`));
}
