import type { Interaction, Message } from 'discord.js';
import { adapterError } from '../../error-answer.js';
import type { DiscordContext } from '../context.js';
import { summarizeError } from '../errors.js';
import { languageOfLocale, readerOfMessage } from '../language.js';
import { replyToMessage, tellPrivately } from '../send.js';

// Any failure while answering: one error line in the log, a short apology to
// the user (ephemeral for interactions), never a crash and never Discord's
// "The application did not respond". A failing apology is logged as a warning.

export async function interactionFailed(interaction: Interaction, error: unknown, ctx: DiscordContext): Promise<void> {
  ctx.logger.error(
    { err: summarizeError(error, ctx.secrets), interaction: interaction.type, command: interaction.isCommand() ? interaction.commandName : undefined },
    'discord: could not answer an interaction',
  );
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (interaction.isChatInputCommand() || interaction.isButton()) {
      const apology = ctx.toDiscord(adapterError('internal', languageOfLocale(interaction.locale)));
      await tellPrivately(interaction, apology);
    }
  } catch (second) {
    ctx.logger.warn({ err: summarizeError(second, ctx.secrets) }, 'discord: could not send the apology either');
  }
}

export async function messageFailed(message: Message, error: unknown, ctx: DiscordContext): Promise<void> {
  ctx.logger.error({ err: summarizeError(error, ctx.secrets), channel: message.channelId }, 'discord: could not answer a message');
  try {
    await replyToMessage(message, ctx.toDiscord(adapterError('internal', readerOfMessage(message))));
  } catch (second) {
    ctx.logger.warn({ err: summarizeError(second, ctx.secrets) }, 'discord: could not send the apology either');
  }
}
