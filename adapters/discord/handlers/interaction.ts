import type { Interaction } from 'discord.js';
import { commandAnswer, suggestions } from '../commands.js';
import type { DiscordContext } from '../context.js';
import { answerInteraction } from './answer.js';
import { onButton } from './button.js';
import { isFeedbackForm } from '../../insights/feedback-form.js';
import { onFeedbackForm } from './feedback.js';
import { interactionFailed } from './failure.js';

/** Routes every interaction to its command, autocomplete or button; nothing escapes as an unhandled rejection. */
export function interactionHandler(ctx: DiscordContext): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand()) {
        await answerInteraction(interaction, ctx, commandAnswer(interaction, ctx));
      } else if (interaction.isAutocomplete()) {
        await interaction.respond(suggestions(interaction, ctx));
      } else if (interaction.isButton()) {
        await onButton(interaction, ctx);
      } else if (interaction.isModalSubmit() && isFeedbackForm(interaction.customId)) {
        await onFeedbackForm(interaction, ctx);
      }
      // Other interaction kinds (select menus, other modals) are never created by this bot.
    } catch (error) {
      await interactionFailed(interaction, error, ctx);
    }
  };
}
