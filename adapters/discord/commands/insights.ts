import { ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { runDigestCommand, type DigestCommand } from '../../../src/insights/digest-commands.js';
import { WEEKDAYS } from '../../../src/insights/digest-schedule.js';
import { digestError, type DigestTarget } from '../../../src/insights/digest-service.js';
import { weekdayName } from '../../../src/present/present-insights-subscription.js';
import { readerOfLocale } from '../../../src/present/reader-language.js';
import { retryWhileBusy } from '../../database-retry.js';
import { userText } from '../../untrusted.js';
import type { Command } from './command.js';
import { named } from './words.js';

// /astana-insights — the server's weekly insights digest in this channel, and
// deleting what the insights keep for the channel. A command of its own
// because Discord sets default member permissions per top-level command: this
// one needs Manage Server by default, and the sub-commands that change the
// subscription or delete records check it again when run (a server may open
// the command to everyone in its integration settings).

const NEEDS_MANAGE_SERVER = new Set(['subscribe', 'unsubscribe', 'forget']);

const data = named(new SlashCommandBuilder(), [
  'astana-insights',
  '宣言问答摘要',
  'A weekly digest of what this server asked the bot, in this channel',
  '在本频道每周发布本服务器的问答摘要',
])
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addSubcommand((s) =>
    named(s, ['subscribe', '订阅', 'Post the weekly digest in this channel', '在本频道每周发布问答摘要'])
      .addStringOption((o) =>
        named(o, ['day', '星期', 'Day of the week', '星期几']).addChoices(
          ...WEEKDAYS.map((d) => ({ name: weekdayName(d, 'en'), name_localizations: { 'zh-CN': weekdayName(d, 'zh') }, value: d })),
        ),
      )
      .addStringOption((o) => named(o, ['time', '时间', 'Time of day, HH:MM on a 24-hour clock', '时间，24小时制 HH:MM']).setMinLength(4).setMaxLength(5))
      .addStringOption((o) => named(o, ['timezone', '时区', 'IANA time zone, e.g. Asia/Almaty', 'IANA 时区，例如 Asia/Shanghai']).setMaxLength(64)),
  )
  .addSubcommand((s) => named(s, ['unsubscribe', '退订', 'Stop the weekly digest here', '停止在本频道发布摘要']))
  .addSubcommand((s) => named(s, ['status', '状态', "Show this channel's digest settings", '查看本频道的摘要设置']))
  .addSubcommand((s) => named(s, ['forget', '删除记录', 'Delete every question and rating kept for this channel', '删除本频道保存的全部问题和评价']))
  .toJSON();

function commandOf(sub: string, option: (name: string) => string | undefined): DigestCommand {
  switch (sub) {
    case 'subscribe': {
      const day = option('day');
      const weekday = WEEKDAYS.find((d) => d === day);
      const time = option('time');
      const timeZone = option('timezone');
      return {
        command: 'subscribe',
        settings: { ...(weekday === undefined ? {} : { weekday }), ...(time === undefined ? {} : { time }), ...(timeZone === undefined ? {} : { timeZone }) },
      };
    }
    case 'unsubscribe':
    case 'status':
    case 'forget':
      return { command: sub };
    default:
      throw new Error(`discord /astana-insights: unknown sub-command '${sub}'`);
  }
}

export default {
  data,
  execute(interaction, { digests }) {
    const sub = interaction.options.getSubcommand(true);
    const language = readerOfLocale(interaction.locale);
    if (digests === undefined) return digestError('highlightsDisabled', 'error.digestDisabled', language);
    if (!interaction.inGuild()) return digestError('forbidden', 'error.manageServer', language);
    if (NEEDS_MANAGE_SERVER.has(sub) && interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) !== true) {
      return digestError('forbidden', 'error.manageServer', language);
    }
    // The digest covers the server's questions; the records name the channel by its own id.
    const target: DigestTarget = { platform: 'discord', scope: interaction.guildId, channelId: interaction.channelId, recordsChannelId: interaction.channelId };
    // Options are read once: a retry after a database lock must not read them again.
    const command = commandOf(sub, (name) => {
      const value = interaction.options.getString(name);
      return value === null ? undefined : userText(value, `${name} option`);
    });
    return retryWhileBusy(() => runDigestCommand(digests, target, command, language), language);
  },
} satisfies Command;
