import type { Interaction, Message } from 'discord.js';
import { adapterError } from '../../error-answer.js';
import { failed, platformFailures, type FailureGuard } from '../../failure.js';
import type { DiscordContext } from '../context.js';
import { summarizeError } from '../errors.js';
import { readerOfMessage } from '../language.js';
import { readerOfLocale } from '../../../src/present/reader-language.js';
import { replyToMessage, tellPrivately } from '../send.js';

// Any failure while answering (adapters/failure.ts): the apology is ephemeral
// for interactions, a reply for messages; an autocomplete gets no choices.

const guard = (ctx: DiscordContext): FailureGuard => platformFailures('discord', ctx.log, (error) => summarizeError(error, ctx.secrets));

export async function interactionFailed(interaction: Interaction, error: unknown, ctx: DiscordContext): Promise<void> {
  const fields = { interaction: interaction.type, command: interaction.isCommand() ? interaction.commandName : undefined };
  await failed(guard(ctx), { message: 'discord: could not answer an interaction', fields }, error, async () => {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isChatInputCommand() || interaction.isButton()) {
      await tellPrivately(interaction, ctx.reply(adapterError('internal', readerOfLocale(interaction.locale))));
    }
  });
}

export async function messageFailed(message: Message, error: unknown, ctx: DiscordContext): Promise<void> {
  const apology = () => replyToMessage(message, ctx.reply(adapterError('internal', readerOfMessage(message))));
  await failed(guard(ctx), { message: 'discord: could not answer a message', fields: { channel: message.channelId } }, error, apology);
}
