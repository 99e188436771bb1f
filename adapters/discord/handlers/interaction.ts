import type { Interaction } from 'discord.js';
import type { Command } from '../commands/command.js';
import type { DiscordContext } from '../context.js';
import { answerInteraction } from './answer.js';
import { onButton } from './button.js';
import { isFeedbackForm, onFeedbackForm } from './feedback.js';
import { interactionFailed } from './failure.js';

/** Routes every interaction to its command, autocomplete or button; nothing escapes as an unhandled rejection. */
export function interactionHandler(commands: readonly Command[], ctx: DiscordContext): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand()) {
        const command = byName.get(interaction.commandName);
        if (command === undefined) throw new Error(`discord: no command named '${interaction.commandName.slice(0, 40)}'`);
        await answerInteraction(interaction, ctx, () => command.execute(interaction, ctx));
      } else if (interaction.isAutocomplete()) {
        const command = byName.get(interaction.commandName);
        await interaction.respond(command?.autocomplete?.(interaction, ctx) ?? []);
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
