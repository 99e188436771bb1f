import { ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type SlashCommandStringOption } from 'discord.js';
import { type HighlightCommand, runHighlightCommand } from '../../../src/highlights/commands.js';
import type { ChannelKey } from '../../../src/highlights/ports.js';
import { retryWhileBusy } from '../../database-retry.js';
import { adapterError } from '../../error-answer.js';
import { userText } from '../../untrusted.js';
import { readerOfLocale } from '../../../src/present/reader-language.js';
import type { Command } from './command.js';
import { named } from './words.js';

// /astana-highlights — the daily highlight of a channel. A command of its own
// because Discord sets default member permissions per top-level command: this
// one needs Manage Channels by default, and the sub-commands that change the
// subscription check it again when run (a server may open the command to
// everyone in its integration settings).

const CHANGES_SETTINGS = new Set(['subscribe', 'unsubscribe', 'time', 'timezone']);

const timeOption = (required: boolean) => (o: SlashCommandStringOption) =>
  named(o, ['time', '时间', 'Time of day, HH:MM on a 24-hour clock', '每天的时间，24小时制 HH:MM']).setRequired(required).setMinLength(4).setMaxLength(5);

const zoneOption = (required: boolean) => (o: SlashCommandStringOption) =>
  named(o, ['timezone', '时区', 'IANA time zone, e.g. Asia/Almaty', 'IANA 时区，例如 Asia/Shanghai']).setRequired(required).setMaxLength(64);

const data = named(new SlashCommandBuilder(), [
  'astana-highlights',
  '宣言每日摘录',
  'A daily commitment from the declaration in this channel',
  '在本频道每天发布宣言中的一项承诺',
])
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addSubcommand((s) =>
    named(s, ['subscribe', '订阅', 'Post a daily highlight in this channel', '在本频道每天发布摘录'])
      .addStringOption(timeOption(false))
      .addStringOption(zoneOption(false)),
  )
  .addSubcommand((s) => named(s, ['unsubscribe', '退订', 'Stop the daily highlight here', '停止在本频道发布摘录']))
  .addSubcommand((s) => named(s, ['status', '状态', "Show this channel's highlight settings", '查看本频道的摘录设置']))
  .addSubcommand((s) => named(s, ['time', '设置时间', 'Change the time of the daily highlight', '修改每日摘录的时间']).addStringOption(timeOption(true)))
  .addSubcommand((s) =>
    named(s, ['timezone', '设置时区', 'Change the time zone of the daily highlight', '修改每日摘录的时区']).addStringOption(zoneOption(true)),
  )
  .addSubcommand((s) => named(s, ['preview', '预览', "Show today's highlight for this channel", '预览本频道今天的摘录']))
  .toJSON();

/** The sub-command and its options as the highlight command the service runs. */
function commandOf(sub: string, option: (name: string, required: boolean) => string | undefined): HighlightCommand {
  switch (sub) {
    case 'subscribe':
      return { command: 'subscribe', time: option('time', false), timeZone: option('timezone', false) };
    case 'time':
      return { command: 'time', time: option('time', true) ?? '' };
    case 'timezone':
      return { command: 'timezone', timeZone: option('timezone', true) ?? '' };
    case 'unsubscribe':
    case 'status':
    case 'preview':
      return { command: sub };
    default:
      throw new Error(`discord /astana-highlights: unknown sub-command '${sub}'`);
  }
}

export default {
  data,
  execute(interaction, { highlights }) {
    const sub = interaction.options.getSubcommand(true);
    const language = readerOfLocale(interaction.locale);
    if (highlights === undefined) return adapterError('highlightsDisabled', language);
    if (CHANGES_SETTINGS.has(sub) && (!interaction.inGuild() || interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) !== true)) {
      return adapterError('forbidden', language);
    }
    const channel: ChannelKey = { platform: 'discord', channelId: interaction.channelId };
    // Options are read once: a retry after a database lock must not read them again.
    const command = commandOf(sub, (name, required) => {
      const value = interaction.options.getString(name, required);
      return value === null ? undefined : userText(value, `${name} option`);
    });
    // At once when the database is free; deferred ("thinking…") and retried while it is locked.
    return retryWhileBusy(() => runHighlightCommand(highlights, channel, command, language), language);
  },
} satisfies Command;
