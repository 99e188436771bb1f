import { ApplicationIntegrationType, type ChatInputCommandInteraction, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerRequest } from '../../answer-request.js';
import type { TextRequest } from '../../text-request.js';
import { paragraphNumbers } from '../../paragraph-numbers.js';
import { userText } from '../../untrusted.js';
import { readerOfLocale } from '../../../src/present/reader-language.js';
import type { Command } from './command.js';
import { named } from './words.js';

// /astana ask | paragraph | topics — the declaration itself. Open to everyone,
// in servers and in direct messages with the bot.

const data = named(new SlashCommandBuilder(), [
  'astana',
  '阿斯塔纳宣言',
  'Quote the 2024 SCO Astana Declaration verbatim, with paragraph numbers',
  '逐字引用2024年上合组织阿斯塔纳宣言，并注明段落编号',
])
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addSubcommand((s) =>
    named(s, ['ask', '提问', 'Ask a question in Chinese or English', '用中文或英文提问']).addStringOption((o) =>
      named(o, ['question', '问题', 'Your question, e.g. What does it say about drug trafficking?', '你的问题，例如：宣言对禁毒怎么说？'])
        .setRequired(true)
        .setMaxLength(1000),
    ),
  )
  .addSubcommand((s) =>
    named(s, ['paragraph', '段落', 'Show paragraphs by number: 42, 12-14', '按编号查看段落：42、12-14']).addStringOption((o) =>
      named(o, ['number', '编号', 'A paragraph number or range; type a number or a topic for suggestions', '段落编号或范围；输入数字或主题可获得建议'])
        .setRequired(true)
        .setMaxLength(40)
        .setAutocomplete(true),
    ),
  )
  .addSubcommand((s) =>
    named(s, ['topics', '主题', 'List the topics, or the paragraphs of one topic', '列出所有主题，或某一主题的段落']).addStringOption((o) =>
      named(o, ['topic', '主题名', 'A topic, e.g. drugs or 禁毒', '主题，例如：禁毒 或 drugs']).setMaxLength(60),
    ),
  )
  .toJSON();

/** The sub-command as a typed request, read from its options: nothing is turned back into text for the core to parse. */
function requestOf(interaction: ChatInputCommandInteraction): TextRequest {
  const sub = interaction.options.getSubcommand(true);
  const option = (name: string, what: string): string => userText(interaction.options.getString(name, true), what);
  switch (sub) {
    case 'ask':
      return { kind: 'ask', input: option('question', 'question option') };
    case 'paragraph': {
      const typed = option('number', 'paragraph option');
      const ranges = paragraphNumbers(typed);
      // '第12段' or 'paragraph 42' is a reference in words: the core reads those.
      return ranges === undefined ? { kind: 'ask', input: typed } : { kind: 'paragraphs', ranges };
    }
    case 'topics':
      return interaction.options.getString('topic') === null ? { kind: 'topics' } : { kind: 'topic', name: option('topic', 'topic option') };
    default:
      throw new Error(`discord /astana: unknown sub-command '${sub}'`);
  }
}

export default {
  data,
  execute(interaction, { core, highlights, insights: recorder }) {
    // The option's own words decide a question's language; numbers and topic ids have none, so the user's locale does.
    const language = readerOfLocale(interaction.locale);
    const channel = { platform: 'discord' as const, channelId: interaction.channelId };
    const insights = recorder === undefined ? undefined : { recorder, where: { ...channel, scope: interaction.guildId ?? '' } };
    return answerRequest(requestOf(interaction), { core, highlights, channel, language, insights });
  },
  autocomplete(interaction, { choices }) {
    const focused = interaction.options.getFocused(true);
    return focused.name === 'number' ? choices.suggest(userText(focused.value, 'autocomplete value')) : [];
  },
} satisfies Command;
