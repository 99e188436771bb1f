import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type Message, type MessageMentionOptions } from 'discord.js';
import type { DiscordMessage, DiscordPayload } from './message.js';
import { savedQueries } from '../query-store.js';

// Every message the bot sends goes through here, and every one carries
// allowed_mentions that parse nothing: '@everyone', roles and users named in a
// question or a quote are shown, never pinged. A message without embeds of
// our own also suppresses link previews: nothing a user typed becomes a card.

export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

export type Repliable = ChatInputCommandInteraction | ButtonInteraction;

type Sendable = {
  content: string;
  embeds: DiscordPayload['embeds'];
  components: DiscordPayload['components'];
  allowedMentions: MessageMentionOptions;
  flags: 'SuppressEmbeds'[];
};

export const toSendable = (p: DiscordPayload): Sendable => ({
  content: p.content,
  embeds: p.embeds,
  components: p.components,
  allowedMentions: NO_MENTIONS,
  // Suppressing embeds would hide our own too, so only where there are none.
  flags: p.embeds.length === 0 ? ['SuppressEmbeds'] : [],
});

const privately = (p: DiscordPayload): Omit<Sendable, 'flags'> & { flags: ('SuppressEmbeds' | 'Ephemeral')[] } => {
  const sendable = toSendable(p);
  return { ...sendable, flags: [...sendable.flags, 'Ephemeral'] };
};

function split(message: DiscordMessage): [DiscordPayload, DiscordPayload[]] {
  const [first, ...rest] = message.payloads;
  if (first === undefined) throw new Error('discord send: a rendered answer has no payload');
  return [first, rest];
}

/** Interactions answered with a public "thinking…" placeholder (deferReply), as opposed to a deferred update. */
const thinking = new WeakSet<Repliable>();

/**
 * How an interaction is answered: a public reply, the replacement of the
 * button's message, or a reply only the user who clicked sees.
 */
export type AnswerMode = 'reply' | 'update' | 'private';

/** Defers: a "thinking…" reply (private when the answer will be), or for a button that will replace its message, a silent deferred update. */
export async function defer(interaction: Repliable, mode: AnswerMode): Promise<void> {
  if (mode === 'update' && interaction.isButton()) {
    await interaction.deferUpdate();
    return;
  }
  if (mode === 'private') {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferReply();
  thinking.add(interaction);
}

/** An ephemeral notice to the user of an interaction, whatever state the interaction is in. */
export async function tellPrivately(interaction: Repliable, message: DiscordMessage): Promise<void> {
  await savedQueries();
  const [first] = split(message);
  const options = privately(first);
  // A public placeholder cannot turn private: remove it, then say it privately.
  if (thinking.has(interaction) && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
  if (interaction.deferred || interaction.replied) await interaction.followUp(options);
  else await interaction.reply(options);
}

/** Answers an interaction: the reply (or the edit of a deferred reply), then follow-ups for the rest. */
export async function replyTo(interaction: Repliable, message: DiscordMessage): Promise<void> {
  await savedQueries();
  const [first, rest] = split(message);
  const sendable = message.ephemeral ? privately : toSendable;
  if (interaction.deferred) await interaction.editReply(toSendable(first));
  else if (interaction.replied) await interaction.followUp(sendable(first));
  else await interaction.reply(sendable(first));
  for (const p of rest) await interaction.followUp(sendable(p));
}

/** Replaces the message a button is on (paging through context). */
export async function updateFrom(interaction: ButtonInteraction, message: DiscordMessage): Promise<void> {
  await savedQueries();
  if (message.ephemeral) return replyTo(interaction, message);
  const [first, rest] = split(message);
  await interaction.update(toSendable(first));
  for (const p of rest) await interaction.followUp(toSendable(p));
}

/** Answers a message as a reply to it; the rest of a long answer follows in the channel. */
export async function replyToMessage(original: Message, message: DiscordMessage): Promise<void> {
  await savedQueries();
  const [first, rest] = split(message);
  await original.reply(toSendable(first));
  const channel = original.channel;
  for (const p of rest) if (channel.isSendable()) await channel.send(toSendable(p));
}
