import type { Interaction } from 'discord.js';
import { apologyIn } from '../../chat/conversation-answer.js';
import { failed } from '../../failure.js';
import type { DiscordContext } from '../context.js';
import { readerOfLocale } from '../../../src/present/reader-language.js';
import { tellPrivately } from '../send.js';

// Any failure while answering an interaction (adapters/failure.ts): the
// apology is ephemeral; an autocomplete gets no choices. A message's failure
// is apologised for in a reply (adapters/chat/conversation-answer.ts).

export async function interactionFailed(interaction: Interaction, error: unknown, ctx: DiscordContext): Promise<void> {
  const fields = { interaction: interaction.type, command: interaction.isCommand() ? interaction.commandName : undefined };
  await failed(ctx.failures, { message: 'discord: could not answer an interaction', fields }, error, async () => {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isChatInputCommand() || interaction.isButton()) {
      await tellPrivately(interaction, apologyIn(ctx, readerOfLocale(interaction.locale)));
    }
  });
}
