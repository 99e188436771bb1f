// Every user-visible string of the core and of the card, in Chinese and
// English, in one place: a key missing one language fails the catalogue test,
// and a placeholder one language forgets fails it too. Parameters are written
// `{name}` so both languages can put them where their grammar wants them.

import type { DetailKind } from '../model.js';
import { DIGEST_MESSAGES } from './catalogue-digest.js';

/** The language a reply is written in: a reply is never mixed. */
export type Reader = 'zh' | 'en';

export interface Entry {
  readonly zh: string;
  readonly en: string;
}

/** Inputs longer than this are refused before any search. */
export const MAX_INPUT_LENGTH = 1000;
/** Paragraphs shown for one request; a longer range pages on. */
export const MAX_PARAGRAPHS_PER_REQUEST = 5;

/** Said in both languages: a question in another language has no reader language of its own. */
const UNSUPPORTED_LANGUAGE = '我只能读懂中文和英文的问题，请用中文或英文提问。\nI read questions in Chinese and English only: please ask in one of them.';

export const CATALOGUE = {
  // Errors the core answers with.
  'error.empty': {
    en: 'Please ask a question about the Astana Declaration, or give a paragraph number such as §42. Type "help" for examples.',
    zh: '请输入关于阿斯塔纳宣言的问题，或段落编号（如 §42）。输入“帮助”查看示例。',
  },
  'error.tooLong': {
    en: 'That message is too long to search (over {max} characters). Please ask a shorter question.',
    zh: '问题太长（超过 {max} 个字符），请缩短后再问。',
  },
  'error.noWords': {
    en: 'I could not find any words to search for in that message. Please ask in words, e.g. "What does the declaration say about Afghanistan?"',
    zh: '这条消息里没有可以检索的文字。请用文字提问，例如“宣言对阿富汗问题怎么说？”',
  },
  'error.outOfRange': {
    en: 'The declaration has {count} paragraphs: ask for a number from §1 to §{count}.',
    zh: '宣言共有 {count} 段，请输入 §1 至 §{count} 之间的段落编号。',
  },
  'error.malformedReference': {
    en: 'I could not read that paragraph number. Try §42, 第42段, "paragraph 42" or a range such as §12-14 (there are {count} paragraphs).',
    zh: '无法识别该段落编号。请试试 §42、第42段、paragraph 42 或 §12-14 这样的范围（共 {count} 段）。',
  },
  'error.unknownTopic': { en: 'There is no such topic. Topics: {known}.', zh: '没有这个主题。可选主题：{known}。' },
  'error.unknownDocument': { en: 'That document is not in the index.', zh: '索引中没有这份文件。' },
  'error.internal': {
    en: 'Sorry, something went wrong while answering. Please try again in a moment.',
    zh: '抱歉，回答时出错了，请稍后再试。',
  },
  'error.unsupportedLanguage': { en: UNSUPPORTED_LANGUAGE, zh: UNSUPPORTED_LANGUAGE },
  'error.rateLimited': {
    en: 'You are asking faster than I can keep up. Please wait a minute, then ask again.',
    zh: '提问太快了，请稍等一分钟再问。',
  },
  'error.highlightsDisabled': { en: 'Daily highlights are not enabled on this bot.', zh: '本机器人未启用每日要点。' },
  'error.expiredButton': { en: 'That button has expired. Please ask the question again.', zh: '该按钮已过期，请重新提问。' },
  'error.unknownAction': { en: 'That action is no longer available. Please ask again.', zh: '该操作已不可用，请重新提问。' },
  'error.manageChannels': {
    en: 'Only members who can manage this channel (Manage Channels) can change its daily highlights.',
    zh: '只有能管理本频道（“管理频道”权限）的成员才能更改每日要点。',
  },
  'error.badTime': {
    en: 'That is not a time of day. Use HH:MM on a 24-hour clock, for example 09:00 or 18:30.',
    zh: '时间格式不对。请使用 24 小时制 HH:MM，例如 09:00 或 18:30。',
  },
  'error.badTimeZone': {
    en: 'That is not a time zone I know. Use an IANA name such as Asia/Shanghai, Europe/Moscow, Asia/Almaty or UTC.',
    zh: '无法识别该时区。请使用 IANA 时区名称，例如 Asia/Shanghai、Europe/Moscow、Asia/Almaty 或 UTC。',
  },
  'error.notSubscribed': {
    en: 'This channel is not subscribed to daily highlights. Subscribe it with: highlights subscribe [HH:MM] [Zone/Name]',
    zh: '本频道未订阅每日要点。订阅请输入：highlights subscribe [HH:MM] [时区]',
  },
  'highlights.usage': {
    en: 'Use: highlights subscribe [HH:MM] [Zone/Name] | unsubscribe | status | time HH:MM | timezone Zone/Name | preview',
    zh: '用法：highlights subscribe [HH:MM] [时区] | unsubscribe | status | time HH:MM | timezone 时区 | preview',
  },

  // Refusals and partial answers.
  'refusal.notCovered': {
    en: 'The declaration does not address this, as far as I can find.',
    zh: '宣言中没有找到与此相关的内容。',
  },
  'refusal.absent': { en: 'The declaration does not mention {names}.', zh: '宣言没有提到{names}。' },
  'refusal.partlyAbsent': {
    en: 'The declaration does not mention {names}; below is what it says on the rest of the question.',
    zh: '宣言没有提到{names}；以下是它对问题其余部分的原文。',
  },
  'refusal.missing.amount': {
    en: 'The declaration mentions {subject} ({where}) but gives no figure (amount) for it.',
    zh: '宣言提到了{subject}（{where}），但没有给出具体金额或数字。',
  },
  'refusal.missing.count': {
    en: 'The declaration mentions {subject} ({where}) but gives no number for it.',
    zh: '宣言提到了{subject}（{where}），但没有给出具体数量。',
  },
  'refusal.missing.date': {
    en: 'The declaration mentions {subject} ({where}) but gives no date for it.',
    zh: '宣言提到了{subject}（{where}），但没有给出具体日期。',
  },
  'refusal.missing.place': {
    en: 'The declaration mentions {subject} ({where}) but does not say where.',
    zh: '宣言提到了{subject}（{where}），但没有说明地点。',
  },
  'refusal.missing.person': {
    en: 'The declaration mentions {subject} ({where}) but does not say who (which country, body or person).',
    zh: '宣言提到了{subject}（{where}），但没有说明是谁（哪个国家、机构或人物）。',
  },
  'refusal.missing.name': {
    en: 'The declaration mentions {subject} ({where}) but does not name which ones.',
    zh: '宣言提到了{subject}（{where}），但没有具体点名是哪些。',
  },
  'refusal.missing.title': {
    en: 'The declaration mentions {subject} ({where}) but gives no name, title or theme for it.',
    zh: '宣言提到了{subject}（{where}），但没有给出它的名称、标题或主题。',
  },
  'refusal.missing.outcome': {
    en: 'The declaration mentions {subject} ({where}) but does not say what came of it.',
    zh: '宣言提到了{subject}（{where}），但没有说明具体成果或结论。',
  },
  'refusal.missing.reason': {
    en: 'The declaration mentions {subject} ({where}) but gives no reason for it.',
    zh: '宣言提到了{subject}（{where}），但没有说明原因。',
  },
  'refusal.thisSubject': { en: 'this subject', zh: '这一主题' },
  'list.or': { en: ' or ', zh: '、' },
  'list.comma': { en: ', ', zh: '、' },
  /** After a label: 'Topics it does cover: …' / '宣言涉及的主题：…'. */
  'punctuation.colon': { en: ': ', zh: '：' },
  /** A note set apart where a platform has no smaller type for it. */
  'punctuation.aside': { en: '({text})', zh: '（{text}）' },

  // Headings and labels on the card.
  'label.english': { en: 'Unofficial English rendering', zh: '非官方英文译文' },
  'label.related': { en: 'Related reading (not an answer to the question)', zh: '相关段落（并非对问题的回答）' },
  'label.suggestions': { en: 'Topics it does cover', zh: '宣言涉及的主题' },
  'label.topics': { en: 'Topics of the declaration', zh: '宣言的主题' },
  'label.highlight': { en: 'Daily highlight', zh: '每日要点' },
  'label.help': { en: 'Astana Declaration 2024', zh: '2024 年阿斯塔纳宣言' },
  'label.cyclePlace': { en: 'commitment {position} of {length}', zh: '第 {position}/{length} 项承诺' },

  // Notes.
  'note.showing': { en: 'Showing {from}–{to} of {total}', zh: '第 {from}–{to} 条，共 {total} 条' },
  'note.noMore': { en: 'No more results.', zh: '没有更多结果了。' },
  'note.capped': {
    en: '{requested} paragraphs requested; showing {shown}.',
    zh: '请求了 {requested} 段，显示 {shown} 段。',
  },
  'note.elsewhere': {
    en: '{shown} does not mention {name}; the declaration does in {where}.',
    zh: '{shown}没有提到{name}；宣言在{where}提到了。',
  },

  // Buttons.
  'action.more': { en: 'More results', zh: '更多结果' },
  'action.context': { en: 'Show in context', zh: '查看上下文' },
  'action.earlier': { en: 'Earlier paragraphs', zh: '前面的段落' },
  'action.later': { en: 'Later paragraphs', zh: '后面的段落' },
  'action.paragraph': { en: 'Whole paragraph', zh: '整段原文' },
  'error.settingsBySlash': {
    en: 'Daily highlights and the weekly digest are set with the slash commands /astana-highlights and /astana-insights, which check your permissions.',
    zh: '每日要点和每周摘要请用斜杠命令 /astana-highlights 和 /astana-insights 设置（会检查您的权限）。',
  },
  'action.helpful': { en: '👍 Helpful', zh: '👍 有帮助' },
  'action.notHelpful': { en: '👎 Not helpful', zh: '👎 没帮助' },
  // The feedback on an answer: what the rater alone sees.
  'feedback.thanksHelpful': {
    en: 'Thanks: you rated this answer helpful. Click the other button to change your rating.',
    zh: '谢谢：您认为这个回答有帮助。点另一个按钮可以修改评价。',
  },
  'feedback.thanksNotHelpful': {
    en: 'Thanks: you rated this answer not helpful. Click the other button to change your rating.',
    zh: '谢谢：您认为这个回答没有帮助。点另一个按钮可以修改评价。',
  },
  'feedback.formTitle': { en: 'Not helpful', zh: '没有帮助' },
  'feedback.formLabel': { en: 'What were you looking for? (optional)', zh: '您想找的是什么？（可不填）' },
  'feedback.formSubmit': { en: 'Send', zh: '提交' },
  'feedback.formThanks': { en: 'Thank you: noted what you were looking for.', zh: '谢谢，已记下您想找的内容。' },
  'feedback.failed': {
    en: 'Sorry, your rating could not be recorded just now. Please click again in a moment.',
    zh: '抱歉，暂时无法记录您的评价，请稍后再点一次。',
  },

  // Daily highlight subscriptions.
  'subscription.subscribed': { en: 'This channel gets a daily highlight at {time} ({zone}).', zh: '本频道每天 {time}（{zone}）收到每日要点。' },
  'subscription.unsubscribed': { en: 'This channel no longer gets daily highlights.', zh: '本频道已取消每日要点。' },
  'subscription.none': { en: 'This channel is not subscribed to daily highlights.', zh: '本频道未订阅每日要点。' },
  'subscription.paused': {
    en: 'Paused: the last post could not be delivered. Subscribe again to resume.',
    zh: '已暂停：上一次发送失败。重新订阅即可恢复。',
  },
  'subscription.next': { en: 'Next: {when}, {place}.', zh: '下一次：{when}，{place}。' },

  // The insights digest and its subscription (catalogue-digest.ts).
  ...DIGEST_MESSAGES,

  // The console's stand-in for buttons.
  'console.more': { en: '(more results: type "more")', zh: '（更多结果：输入“更多”）' },
  'console.moreFlags': {
    en: '(more results: run it again with --offset {offset}; --limit 5 shows up to five at once)',
    zh: '（更多结果：加 --offset {offset} 再运行一次；--limit 5 一次最多显示五条）',
  },
  'console.about': {
    en: '{title}\n{paragraphs} paragraphs · source {file} · SHA-256 {sha256}',
    zh: '{title}\n共 {paragraphs} 段 · 原文 {file} · SHA-256 {sha256}',
  },
  'console.version': { en: 'Astana Declaration bot {version}', zh: '阿斯塔纳宣言机器人 {version}' },
  'console.greeting': {
    en: 'Astana Declaration bot (console). Ask in Chinese or English, give a paragraph number (§42), or type "help". "more" pages on, "quit" leaves.',
    zh: '阿斯塔纳宣言机器人（终端）。请用中文或英文提问，或输入段落编号（§42）、“帮助”。“更多”继续翻页，“退出”离开。',
  },

  /** Slack's own ways in, under the help; `{command}` is the slash command. */
  'help.slack': {
    en: '`{command} ask <question>` or just `{command} <question>` — the sentences that answer it, in Chinese or English\n`{command} para 42`, `{command} §12-14` — the paragraphs themselves\n`{command} topics`, `{command} topic <name>` — what the declaration covers\n`{command} highlights subscribe [HH:MM] [Zone/Name]` — a daily commitment in this channel; also `unsubscribe`, `status`, `time HH:MM`, `timezone Zone/Name`, `preview`\n`{command} insights subscribe [Day] [HH:MM] [Zone/Name]` — a weekly digest of what this workspace asked, with a chart; also `unsubscribe`, `status`, `forget` (deletes the questions kept for this channel)\nYou can also @-mention me in a channel (I answer in the thread) or send me a direct message.',
    zh: '`{command} ask <问题>` 或直接 `{command} <问题>` — 回答问题的原文句子，中文或英文提问均可\n`{command} 第42段`、`{command} §12-14` — 查看段落原文\n`{command} 主题`、`{command} 主题 <名称>` — 宣言涉及的主题\n`{command} highlights subscribe [HH:MM] [时区]` — 在本频道每天发布一项承诺；另有 `unsubscribe`、`status`、`time HH:MM`、`timezone 时区`、`preview`\n`{command} insights subscribe [星期] [HH:MM] [时区]` — 每周在本频道发布本工作区的问答摘要（附图表）；另有 `unsubscribe`、`status`、`forget`（删除本频道保存的问题）\n也可以在频道中 @ 我（我在该消息的讨论串中回答），或给我发私信。',
  },
  /** How to open a topic from Slack's list of topics, as typed. */
  'help.topicCommand': { en: '{command} topic {id}', zh: '{command} 主题 {id}' },
  /** Discord's own ways in, under the help. */
  'help.discord': {
    en: [
      '`/astana ask` — a question, in Chinese or English',
      '`/astana paragraph` — paragraphs by number (§42, 12-14), with suggestions as you type',
      "`/astana topics` — the topics, or one topic's paragraphs",
      '`/astana-highlights subscribe | unsubscribe | status | time | timezone | preview` — a daily commitment in this channel (Manage Channels)',
      "`/astana-insights subscribe | unsubscribe | status | forget` — a weekly digest of this server's questions, with a chart (Manage Server)",
      'Or mention me with a question in a channel, or send me a direct message.',
    ].join('\n'),
    zh: [
      '`/astana ask` — 用中文或英文提问',
      '`/astana paragraph` — 按编号查看段落（§42、12-14），输入时会给出建议',
      '`/astana topics` — 所有主题，或某一主题的段落',
      '`/astana-highlights subscribe | unsubscribe | status | time | timezone | preview` — 在本频道每天发布一项承诺（需“管理频道”权限）',
      '`/astana-insights subscribe | unsubscribe | status | forget` — 每周在本频道发布本服务器的问答摘要（附图表；需“管理服务器”权限）',
      '也可以在频道中 @ 我提问，或给我发私信。',
    ].join('\n'),
  },

  'help.body': {
    en: [
      'I answer questions about the 2024 Astana Declaration of the SCO Heads of State Council by quoting its own words, with paragraph numbers.',
      'Ask in Chinese or English: "What does the declaration say about Afghanistan?", "上合对单边制裁什么态度？"',
      'A paragraph by number: §42, 第42段, paragraph 42, a range §12-14, several §3, §7 (at most 5 at once).',
      'Browse: "topics" lists the topics, "topic drugs" lists a topic\'s paragraphs.',
      "English renderings are this project's own unofficial translation; the Chinese text is authoritative.",
    ].join('\n'),
    zh: [
      '我用宣言原文回答关于 2024 年上合组织阿斯塔纳宣言的问题，并注明段落编号。',
      '可以用中文或英文提问：“宣言对阿富汗问题怎么说？”、“stance on unilateral sanctions”',
      '按编号查看段落：§42、第42段、paragraph 42、范围 §12-14、多段 §3, §7（每次最多 5 段）。',
      '浏览：“主题”列出所有主题，“主题 禁毒”列出该主题的段落。',
      '英文译文为本项目的非官方译文，以中文原文为准。',
    ].join('\n'),
  },
} as const satisfies Record<string, Entry>;

export type MessageKey = keyof typeof CATALOGUE;

/** The refusal for each detail a question asks and the declaration does not give; a new kind needs its text. */
export const MISSING_KEY: Record<DetailKind, MessageKey & `refusal.missing.${DetailKind}`> = {
  amount: 'refusal.missing.amount',
  count: 'refusal.missing.count',
  date: 'refusal.missing.date',
  place: 'refusal.missing.place',
  person: 'refusal.missing.person',
  name: 'refusal.missing.name',
  outcome: 'refusal.missing.outcome',
  reason: 'refusal.missing.reason',
};

/** The `{name}` placeholders of a template, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The parameters a key needs: none for a plain text, each placeholder otherwise. */
export type ParamsOf<K extends MessageKey> = Record<Placeholders<(typeof CATALOGUE)[K]['en']>, string | number>;

type Args<K extends MessageKey> = [Placeholders<(typeof CATALOGUE)[K]['en']>] extends [never] ? [] : [params: ParamsOf<K>];

/** One message in the reader's language, its placeholders filled. */
export function say<K extends MessageKey>(key: K, reader: Reader, ...args: Args<K>): string {
  const template: string = CATALOGUE[key][reader];
  const params: Record<string, string | number> = args[0] ?? {};
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => String(params[name] ?? whole));
}

/** Both languages of one message, for the modules that still hand a `{ zh, en }` pair to adapters. */
export function both<K extends MessageKey>(key: K, ...args: Args<K>): { zh: string; en: string } {
  return { zh: say(key, 'zh', ...args), en: say(key, 'en', ...args) };
}

/** Names joined the way each language lists alternatives: 'A, B or C' / 'A、B、C'. */
export function listNames(names: readonly string[], reader: Reader): string {
  if (names.length <= 2) return names.join(say('list.or', reader));
  return `${names.slice(0, -1).join(say('list.comma', reader))}${say('list.or', reader)}${names.at(-1) ?? ''}`;
}
