import type {
  ApplicationCommandOptionChoiceData,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Answer } from '../../../src/model.js';
import type { DiscordContext } from '../context.js';

/**
 * One slash command: its definition as registered with Discord, and what it
 * answers. Commands return an Answer; the interaction handler renders and
 * sends it, so flood control, errors and allowed_mentions live in one place.
 */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext): Answer | Promise<Answer>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: DiscordContext): ApplicationCommandOptionChoiceData<string>[];
}
