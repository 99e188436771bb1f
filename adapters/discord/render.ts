import type { APIEmbed } from 'discord.js';
import { HELP_TEXT, RELATED_LABEL, UNOFFICIAL_LABEL, textFor } from '../../src/core-messages.js';
import {
  CYCLE_PLACE_TEXT,
  LABEL_CAPPED,
  LABEL_HIGHLIGHT,
  LABEL_MORE_RESULTS,
  LABEL_NEXT,
  LABEL_NOT_SHOWN,
  LABEL_NOT_SUBSCRIBED,
  LABEL_PAUSED,
  LABEL_SHOW_CONTEXT,
  LABEL_SUBSCRIBED,
  LABEL_SUGGESTIONS,
  LABEL_TOPICS,
  LABEL_UNSUBSCRIBED,
  LABEL_EARLIER,
  LABEL_LATER,
  LABEL_WHOLE_PARAGRAPH,
} from '../../src/messages.js';
import type { AnswerOf, Language, Renderers, Segment, TopicInfo, TopicSummary } from '../../src/model.js';
import { button } from './buttons.js';
import { DISCORD_HELP_LINES } from './help.js';
import { embedsFor, pack, plainSegments, type Block } from './layout.js';
import { boundForEscaping, ECHO_LIMIT } from '../echo.js';
import { escapeMarkdown, italic } from './markdown.js';
import type { ButtonRow, DiscordMessage } from './message.js';
import type { QueryStore } from '../query-store.js';

// The one place answers become Discord messages. Every answer kind has its
// function here; text from the document or the user is escaped by layout.
// What the user typed is bounded by its escaped length (see adapters/echo.ts).
const echo = (text: string): string => boundForEscaping(text, ECHO_LIMIT, escapeMarkdown);
/** An error message with a quoted value, escaped: well inside a message's content. */
const ERROR_LIMIT = 1000;

const COLOR = { passage: 0x1f6feb, topics: 0x2da44e, notCovered: 0x9a6700, highlight: 0xbf8700, help: 0x8250df } as const;

const topicName = (topic: TopicInfo | undefined, language: Language): string => (topic === undefined ? '' : language === 'zh' ? topic.zh : topic.en);
const cite = (paragraph: number, topic: TopicInfo | undefined, language: Language): string => [`§${paragraph}`, topicName(topic, language)].filter((s) => s !== '').join(' · ');
const showEnglish = (language: Language): boolean => language !== 'zh';
const englishHeading = (language: Language): string => italic(textFor(UNOFFICIAL_LABEL, language));
const cyclePlace = (position: number, cycleLength: number, language: Language): string => CYCLE_PLACE_TEXT[language === 'zh' ? 'zh' : 'en'](position, cycleLength);

/** §2–9, §11, §38: a topic's paragraphs, consecutive runs joined. */
export function paragraphRanges(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    runs.push(j === i ? `§${sorted[i]}` : `§${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

function topicLines(topics: readonly TopicSummary[]): Segment[] {
  return topics.flatMap((t) => [
    { text: t.zh, emphasis: true },
    { text: ` · ${t.en} (${t.id}) — ${paragraphRanges(t.paragraphs)}\n`, emphasis: false },
  ]);
}

const message = (payloads: DiscordMessage['payloads'], ephemeral = false): DiscordMessage => ({ payloads, ephemeral });
const row = (components: ButtonRow['components']): ButtonRow[] => (components.length === 0 ? [] : [{ type: 1, components }]);

export function createRenderers(queries: QueryStore): Renderers<DiscordMessage> {
  return {
    passages(answer: AnswerOf<'passages'>): DiscordMessage {
      const { query, language, passages, offset, total } = answer;
      const shownTo = offset + passages.length;
      const content: Segment[] = [
        ...(answer.note === undefined ? [] : [{ text: `${answer.note}\n`, emphasis: false }]),
        { text: echo(query), emphasis: true },
        { text: passages.length === 0 ? ` · ${total}` : ` · ${offset + 1}–${shownTo} / ${total}`, emphasis: false },
      ];
      const embeds = passages.flatMap((p) => {
        const blocks: Block[] = [{ heading: undefined, segments: [...p.quote, { text: ` (§${p.paragraph})`, emphasis: false }] }];
        if (showEnglish(language) && p.english !== undefined) blocks.push({ heading: englishHeading(language), segments: p.english });
        return embedsFor(cite(p.paragraph, p.topic, language), blocks, p.document.title, COLOR.passage);
      });
      const buttons = [
        ...(shownTo < total ? [button(LABEL_MORE_RESULTS, { kind: 'more', key: queries.keyFor(query), offset: shownTo }, { primary: true })] : []),
        ...passages.map((p) => button(`${LABEL_SHOW_CONTEXT} §${p.paragraph}`, { kind: 'context', documentId: p.document.id, paragraph: p.paragraph })),
      ];
      return message(pack(content, embeds, row(buttons.slice(0, 5))));
    },

    paragraphs(answer: AnswerOf<'paragraphs'>): DiscordMessage {
      const { language, document, paragraphs, requested, window } = answer;
      const notShown = requested - paragraphs.length;
      const content = notShown > 0 ? plainSegments(`${requested} ${LABEL_CAPPED} ${paragraphs.length}; ${notShown} ${LABEL_NOT_SHOWN}`) : [];
      const embeds: APIEmbed[] = paragraphs.flatMap((p) => {
        const blocks: Block[] = [{ heading: undefined, segments: plainSegments(p.text) }];
        if (showEnglish(language) && p.english !== undefined) blocks.push({ heading: englishHeading(language), segments: plainSegments(p.english) });
        return embedsFor(cite(p.paragraph, p.topic, language), blocks, undefined, COLOR.passage);
      });
      const last = embeds.at(-1);
      if (last !== undefined) last.footer = { text: document.title };
      const earlier = Math.max(1, window.from - 2);
      const later = Math.min(window.total, window.to + 2);
      const buttons = [
        button(`◀ ${LABEL_EARLIER}`, { kind: 'page', documentId: document.id, paragraph: earlier }, { disabled: window.from <= 1 }),
        button(`${LABEL_LATER} ▶`, { kind: 'page', documentId: document.id, paragraph: later === earlier ? later + 1 : later }, { disabled: window.to >= window.total }),
      ];
      return message(pack(content, embeds, row(buttons)));
    },

    notCovered(answer: AnswerOf<'notCovered'>): DiscordMessage {
      const content: Segment[] = [
        { text: `${answer.reason} — `, emphasis: false },
        { text: echo(answer.query), emphasis: true },
      ];
      const related = answer.related.map((p) => ({ heading: `§${p.paragraph}`, segments: p.quote }));
      const embeds = [
        ...(related.length === 0 ? [] : embedsFor(textFor(RELATED_LABEL, answer.language), related, undefined, COLOR.notCovered)),
        ...(answer.suggestions.length === 0 ? [] : embedsFor(LABEL_SUGGESTIONS, [{ heading: undefined, segments: topicLines(answer.suggestions) }], undefined, COLOR.notCovered)),
      ];
      return message(pack(content, embeds, []));
    },

    topics(answer: AnswerOf<'topics'>): DiscordMessage {
      return message(pack([], embedsFor(LABEL_TOPICS, [{ heading: undefined, segments: topicLines(answer.topics) }], undefined, COLOR.topics), []));
    },

    topic(answer: AnswerOf<'topic'>): DiscordMessage {
      const { topic, entries } = answer;
      const segments = entries.flatMap((e) => [
        { text: `§${e.paragraph}`, emphasis: true },
        { text: ` ${e.firstSentence}\n`, emphasis: false },
      ]);
      const title = `${topic.zh} · ${topic.en} — ${paragraphRanges(topic.paragraphs)}`;
      return message(pack([], embedsFor(title, [{ heading: undefined, segments }], undefined, COLOR.topics), []));
    },

    help(answer: AnswerOf<'help'>): DiscordMessage {
      const blocks: Block[] = [{ heading: undefined, segments: plainSegments(textFor(HELP_TEXT, answer.language)) }];
      const embeds = embedsFor('Astana Declaration 2024 · 阿斯塔纳宣言', blocks, undefined, COLOR.help);
      const first = embeds[0];
      // Our own markdown (command names in code spans) is added after layout escaped the shared text.
      if (first !== undefined) first.description = `${first.description ?? ''}\n\n${DISCORD_HELP_LINES.join('\n')}`;
      return message(pack([], embeds, []));
    },

    highlight(answer: AnswerOf<'highlight'>): DiscordMessage {
      const { highlight: h, language } = answer;
      const blocks: Block[] = [{ heading: undefined, segments: [...h.quote, { text: ` (§${h.paragraph})`, emphasis: false }] }];
      // A highlight is read by the whole channel, whatever the subscriber's language: the English always goes under it.
      if (h.english !== undefined) blocks.push({ heading: englishHeading(language), segments: plainSegments(h.english) });
      const title = `${LABEL_HIGHLIGHT} · ${h.date} · ${cite(h.paragraph, h.topic, language)}`;
      const footer = `${cyclePlace(h.position, h.cycleLength, language)} · ${h.document.title}`;
      const buttons = [
        button(`${LABEL_WHOLE_PARAGRAPH} §${h.paragraph}`, { kind: 'paragraph', documentId: h.document.id, paragraph: h.paragraph, digest: undefined }, { primary: true }),
        button(`${LABEL_SHOW_CONTEXT} §${h.paragraph}`, { kind: 'context', documentId: h.document.id, paragraph: h.paragraph }),
      ];
      return message(pack([], embedsFor(title, blocks, footer, COLOR.highlight), row(buttons)));
    },

    subscription(answer: AnswerOf<'subscription'>): DiscordMessage {
      const s = answer.subscription;
      const lines: string[] = [];
      if (!s.subscribed) lines.push(answer.action === 'unsubscribed' ? LABEL_UNSUBSCRIBED : LABEL_NOT_SUBSCRIBED);
      else {
        lines.push(`${LABEL_SUBSCRIBED}: ${s.time} (${s.timeZone})`);
        if (s.paused) lines.push(LABEL_PAUSED);
        if (s.next !== undefined) lines.push(`${LABEL_NEXT}: ${s.next.localLabel}, ${cyclePlace(s.next.position, s.next.cycleLength, answer.language)}`);
      }
      return message(pack(plainSegments(lines.join('\n')), [], []));
    },

    error(answer: AnswerOf<'error'>): DiscordMessage {
      // Some messages quote what the user typed (a time zone that does not exist).
      return message(pack(plainSegments(boundForEscaping(answer.message, ERROR_LIMIT, escapeMarkdown)), [], []), true);
    },
  };
}
