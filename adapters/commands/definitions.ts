// The bot's commands as neutral data: each command, sub-command and option
// with its name and description in English and Chinese, and what its options
// accept. A platform with slash commands maps these to its own registration
// (adapters/discord/commands.ts); run.ts reads a call of them into the core's
// typed requests. Nothing here knows a platform's API.

import { WEEKDAYS } from '../../src/insights/digest-schedule.js';
import { weekdayName } from '../../src/present/present-insights-subscription.js';

/** What a command, sub-command or option is called and says, in English then Chinese: [name, 名称, description, 描述]. */
export type Words = readonly [name: string, zhName: string, description: string, zhDescription: string];

/** A text option (every option the bot has is text). */
export interface OptionDefinition {
  words: Words;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  /** Suggestions are offered while it is typed (paragraph numbers and topics). */
  autocomplete?: boolean;
  /** The only values it takes, each named in both languages. */
  choices?: readonly { value: string; name: string; zhName: string }[];
}

export interface SubcommandDefinition {
  words: Words;
  options?: readonly OptionDefinition[];
  /**
   * Changes a channel's settings or deletes records: run only by whoever holds
   * the command's permission, checked again when run, since a server may open
   * the command itself to everyone.
   */
  guarded?: boolean;
}

/** Who may change a channel's settings: who manages its channels, or the whole server. */
export type Permission = 'manageChannels' | 'manageServer';

export interface CommandDefinition {
  words: Words;
  /** Needed by default to see the command at all; everyone when unset. */
  permission?: Permission;
  /** Usable in a direct message with the bot as well as in a server. */
  directMessages?: boolean;
  subcommands: readonly SubcommandDefinition[];
}

const timeOption = (required: boolean, zhDescription: string): OptionDefinition => ({
  words: ['time', '时间', 'Time of day, HH:MM on a 24-hour clock', zhDescription],
  required,
  minLength: 4,
  maxLength: 5,
});

const zoneOption = (required: boolean): OptionDefinition => ({
  words: ['timezone', '时区', 'IANA time zone, e.g. Asia/Almaty', 'IANA 时区，例如 Asia/Shanghai'],
  required,
  maxLength: 64,
});

/** /astana ask | paragraph | topics — the declaration itself. Open to everyone, in servers and in direct messages with the bot. */
export const ASTANA: CommandDefinition = {
  words: [
    'astana',
    '阿斯塔纳宣言',
    'Quote the 2024 SCO Astana Declaration verbatim, with paragraph numbers',
    '逐字引用2024年上合组织阿斯塔纳宣言，并注明段落编号',
  ],
  directMessages: true,
  subcommands: [
    {
      words: ['ask', '提问', 'Ask a question in Chinese or English', '用中文或英文提问'],
      options: [
        {
          words: ['question', '问题', 'Your question, e.g. What does it say about drug trafficking?', '你的问题，例如：宣言对禁毒怎么说？'],
          required: true,
          maxLength: 1000,
        },
      ],
    },
    {
      words: ['paragraph', '段落', 'Show paragraphs by number: 42, 12-14', '按编号查看段落：42、12-14'],
      options: [
        {
          words: ['number', '编号', 'A paragraph number or range; type a number or a topic for suggestions', '段落编号或范围；输入数字或主题可获得建议'],
          required: true,
          maxLength: 40,
          autocomplete: true,
        },
      ],
    },
    {
      words: ['topics', '主题', 'List the topics, or the paragraphs of one topic', '列出所有主题，或某一主题的段落'],
      options: [{ words: ['topic', '主题名', 'A topic, e.g. drugs or 禁毒', '主题，例如：禁毒 或 drugs'], maxLength: 60 }],
    },
  ],
};

/**
 * /astana-highlights — the daily highlight of a channel. A command of its own
 * because a platform may set who sees a command per top-level command: this
 * one needs Manage Channels by default.
 */
export const HIGHLIGHTS: CommandDefinition = {
  words: ['astana-highlights', '宣言每日摘录', 'A daily commitment from the declaration in this channel', '在本频道每天发布宣言中的一项承诺'],
  permission: 'manageChannels',
  subcommands: [
    {
      words: ['subscribe', '订阅', 'Post a daily highlight in this channel', '在本频道每天发布摘录'],
      options: [timeOption(false, '每天的时间，24小时制 HH:MM'), zoneOption(false)],
      guarded: true,
    },
    { words: ['unsubscribe', '退订', 'Stop the daily highlight here', '停止在本频道发布摘录'], guarded: true },
    { words: ['status', '状态', "Show this channel's highlight settings", '查看本频道的摘录设置'] },
    {
      words: ['time', '设置时间', 'Change the time of the daily highlight', '修改每日摘录的时间'],
      options: [timeOption(true, '每天的时间，24小时制 HH:MM')],
      guarded: true,
    },
    {
      words: ['timezone', '设置时区', 'Change the time zone of the daily highlight', '修改每日摘录的时区'],
      options: [zoneOption(true)],
      guarded: true,
    },
    { words: ['preview', '预览', "Show today's highlight for this channel", '预览本频道今天的摘录'] },
  ],
};

/**
 * /astana-insights — the server's weekly insights digest in this channel, and
 * deleting what the insights keep for the channel. A command of its own: it
 * needs Manage Server by default.
 */
export const INSIGHTS: CommandDefinition = {
  words: ['astana-insights', '宣言问答摘要', 'A weekly digest of what this server asked the bot, in this channel', '在本频道每周发布本服务器的问答摘要'],
  permission: 'manageServer',
  subcommands: [
    {
      words: ['subscribe', '订阅', 'Post the weekly digest in this channel', '在本频道每周发布问答摘要'],
      options: [
        {
          words: ['day', '星期', 'Day of the week', '星期几'],
          choices: WEEKDAYS.map((d) => ({ value: d, name: weekdayName(d, 'en'), zhName: weekdayName(d, 'zh') })),
        },
        timeOption(false, '时间，24小时制 HH:MM'),
        zoneOption(false),
      ],
      guarded: true,
    },
    { words: ['unsubscribe', '退订', 'Stop the weekly digest here', '停止在本频道发布摘要'], guarded: true },
    { words: ['status', '状态', "Show this channel's digest settings", '查看本频道的摘要设置'] },
    { words: ['forget', '删除记录', 'Delete every question and rating kept for this channel', '删除本频道保存的全部问题和评价'], guarded: true },
  ],
};

/** Every command the bot offers, in the order a platform registers them. */
export const COMMANDS: readonly CommandDefinition[] = [ASTANA, HIGHLIGHTS, INSIGHTS];

/** The command of that name, or undefined. */
export const commandNamed = (name: string): CommandDefinition | undefined => COMMANDS.find((c) => c.words[0] === name);
