import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { paragraphNumbers } from '../../paragraph-numbers.js';
import { userText } from '../guards.js';
import { readerOfInput } from '../../error-answer.js';
import { languageOfLocale } from '../language.js';
import type { Command } from './command.js';

// /astana ask | paragraph | topics — the declaration itself. Open to everyone,
// in servers and in direct messages with the bot.

const data = new SlashCommandBuilder()
  .setName('astana')
  .setNameLocalizations({ 'zh-CN': '阿斯塔纳宣言' })
  .setDescription('Quote the 2024 SCO Astana Declaration verbatim, with paragraph numbers')
  .setDescriptionLocalizations({ 'zh-CN': '逐字引用2024年上合组织阿斯塔纳宣言，并注明段落编号' })
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addSubcommand((s) =>
    s
      .setName('ask')
      .setNameLocalizations({ 'zh-CN': '提问' })
      .setDescription('Ask a question in Chinese or English')
      .setDescriptionLocalizations({ 'zh-CN': '用中文或英文提问' })
      .addStringOption((o) =>
        o
          .setName('question')
          .setNameLocalizations({ 'zh-CN': '问题' })
          .setDescription('Your question, e.g. What does it say about drug trafficking?')
          .setDescriptionLocalizations({ 'zh-CN': '你的问题，例如：宣言对禁毒怎么说？' })
          .setRequired(true)
          .setMaxLength(1000),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('paragraph')
      .setNameLocalizations({ 'zh-CN': '段落' })
      .setDescription('Show paragraphs by number: 42, 12-14')
      .setDescriptionLocalizations({ 'zh-CN': '按编号查看段落：42、12-14' })
      .addStringOption((o) =>
        o
          .setName('number')
          .setNameLocalizations({ 'zh-CN': '编号' })
          .setDescription('A paragraph number or range; type a number or a topic for suggestions')
          .setDescriptionLocalizations({ 'zh-CN': '段落编号或范围；输入数字或主题可获得建议' })
          .setRequired(true)
          .setMaxLength(40)
          .setAutocomplete(true),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('topics')
      .setNameLocalizations({ 'zh-CN': '主题' })
      .setDescription('List the topics, or the paragraphs of one topic')
      .setDescriptionLocalizations({ 'zh-CN': '列出所有主题，或某一主题的段落' })
      .addStringOption((o) =>
        o
          .setName('topic')
          .setNameLocalizations({ 'zh-CN': '主题名' })
          .setDescription('A topic, e.g. drugs or 禁毒')
          .setDescriptionLocalizations({ 'zh-CN': '主题，例如：禁毒 或 drugs' })
          .setMaxLength(60),
      ),
  )
  .toJSON();

export default {
  data,
  execute(interaction, { core }) {
    const sub = interaction.options.getSubcommand(true);
    // The option's own words decide a question's language; numbers and topic ids have none, so the user's locale does.
    const options = { language: languageOfLocale(interaction.locale) };
    switch (sub) {
      case 'ask':
        return core.ask(userText(interaction.options.getString('question', true), 'question option'), options);
      case 'paragraph': {
        const typed = userText(interaction.options.getString('number', true), 'paragraph option');
        const ranges = paragraphNumbers(typed);
        // '第12段' or 'paragraph 42' is a reference in words: the core reads those.
        return ranges === undefined ? core.ask(typed, options) : core.paragraphs(ranges, options);
      }
      case 'topics': {
        const topic = interaction.options.getString('topic');
        if (topic === null) return core.topics(options);
        // A topic typed in words ('禁毒', 'drugs') is answered in their language.
        const name = userText(topic, 'topic option');
        return core.topic(name, { language: readerOfInput(name, options.language) });
      }
      default:
        throw new Error(`discord /astana: unknown sub-command '${sub}'`);
    }
  },
  autocomplete(interaction, { choices }) {
    const focused = interaction.options.getFocused(true);
    return focused.name === 'number' ? choices.suggest(userText(focused.value, 'autocomplete value')) : [];
  },
} satisfies Command;
