// The commands of adapters/commands/ as Discord slash commands: their
// registration (names and descriptions localised for zh-CN users, default
// member permissions, where they may be used), and an interaction read into
// the neutral call that adapters/commands/run.ts answers.

import {
  ApplicationIntegrationType,
  type AutocompleteInteraction,
  type ApplicationCommandOptionChoiceData,
  type ChatInputCommandInteraction,
  InteractionContextType,
  type LocalizationMap,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandStringOption,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import type { Answer } from '../../src/model.js';
import { readerOfLocale } from '../../src/present/reader-language.js';
import { COMMANDS, commandNamed, type CommandDefinition, type OptionDefinition, type Permission, type Words } from '../commands/definitions.js';
import { type CommandCall, runCommand, suggestsFor } from '../commands/run.js';
import { userText } from '../untrusted.js';
import type { DiscordContext } from './context.js';

const PERMISSION_FLAGS: Record<Permission, bigint> = { manageChannels: PermissionFlagsBits.ManageChannels, manageServer: PermissionFlagsBits.ManageGuild };

interface Named {
  setName(name: string): this;
  setNameLocalizations(names: LocalizationMap | null): this;
  setDescription(description: string): this;
  setDescriptionLocalizations(descriptions: LocalizationMap | null): this;
}

/** Names and describes a command, sub-command or option in both languages: Discord shows zh-CN users the Chinese. */
function named<T extends Named>(target: T, [name, zhName, description, zhDescription]: Words): T {
  return target.setName(name).setNameLocalizations({ 'zh-CN': zhName }).setDescription(description).setDescriptionLocalizations({ 'zh-CN': zhDescription });
}

function stringOption(definition: OptionDefinition): (o: SlashCommandStringOption) => SlashCommandStringOption {
  return (o) => {
    const option = named(o, definition.words);
    if (definition.required !== undefined) option.setRequired(definition.required);
    if (definition.minLength !== undefined) option.setMinLength(definition.minLength);
    if (definition.maxLength !== undefined) option.setMaxLength(definition.maxLength);
    if (definition.autocomplete === true) option.setAutocomplete(true);
    const choices = definition.choices ?? [];
    if (choices.length > 0) option.addChoices(...choices.map((c) => ({ name: c.name, name_localizations: { 'zh-CN': c.zhName }, value: c.value })));
    return option;
  };
}

/** The definition as Discord registers it; the builder checks names and lengths against Discord's rules. */
function toDiscordCommand(definition: CommandDefinition): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const command = named(new SlashCommandBuilder(), definition.words)
    .setContexts(...(definition.directMessages === true ? [InteractionContextType.Guild, InteractionContextType.BotDM] : [InteractionContextType.Guild]))
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  if (definition.permission !== undefined) command.setDefaultMemberPermissions(PERMISSION_FLAGS[definition.permission]);
  for (const sub of definition.subcommands) {
    command.addSubcommand((s: SlashCommandSubcommandBuilder) => {
      const subcommand = named(s, sub.words);
      for (const option of sub.options ?? []) subcommand.addStringOption(stringOption(option));
      return subcommand;
    });
  }
  return command.toJSON();
}

const DEFINITIONS = COMMANDS.map(toDiscordCommand);

/** Every slash command the bot registers and answers. */
export const commandDefinitions = (): RESTPostAPIChatInputApplicationCommandsJSONBody[] => DEFINITIONS;

/** A slash command's answer, produced when called: the interaction read into the neutral call. An unknown command throws at once. */
export function commandAnswer(interaction: ChatInputCommandInteraction, ctx: DiscordContext): () => Answer | Promise<Answer> {
  if (commandNamed(interaction.commandName) === undefined) throw new Error(`discord: no command named '${interaction.commandName.slice(0, 40)}'`);
  return () => runCommand(callOf(interaction), ctx);
}

function callOf(interaction: ChatInputCommandInteraction): CommandCall {
  const server = interaction.inGuild() ? interaction.guildId : undefined;
  return {
    command: interaction.commandName,
    sub: interaction.options.getSubcommand(true),
    option: (name: string, required: boolean) => {
      const value = interaction.options.getString(name, required);
      return value === null ? undefined : userText(value, `${name} option`);
    },
    reader: readerOfLocale(interaction.locale),
    channel: { platform: 'discord', channelId: interaction.channelId },
    server,
    holds: (permission: Permission) => server !== undefined && interaction.memberPermissions?.has(PERMISSION_FLAGS[permission]) === true,
  };
}

/** Suggestions for the option being typed, where its definition offers them. */
export function suggestions(interaction: AutocompleteInteraction, ctx: DiscordContext): ApplicationCommandOptionChoiceData<string>[] {
  const focused = interaction.options.getFocused(true);
  const sub = interaction.options.getSubcommand(false) ?? '';
  if (!suggestsFor(interaction.commandName, sub, focused.name)) return [];
  return ctx.choices.suggest(userText(focused.value, 'autocomplete value'));
}
