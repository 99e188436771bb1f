// The one place the answer model becomes Block Kit. Everything shown comes
// from the answer; text from the document or the user is escaped on the way.

import {
  CYCLE_PLACE_TEXT,
  LABEL_CAPPED,
  LABEL_EARLIER,
  LABEL_ENGLISH,
  LABEL_HIGHLIGHT,
  LABEL_LATER,
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
  LABEL_WHOLE_PARAGRAPH,
} from '../../src/messages.js';
import { RELATED_LABEL, textFor } from '../../src/core-messages.js';
import { plain, render, type Answer, type AnswerOf, type Language, type ParagraphView, type Passage, type Renderers, type TopicSummary } from '../../src/model.js';
import {
  MESSAGE_BLOCK_LIMIT,
  actions,
  button,
  context,
  mrkdwnPieces,
  plainPieces,
  sections,
  type SlackBlock,
  type SlackMessage,
} from './blocks.js';
import { ACTION_CONTEXT, ACTION_MORE, ACTION_PAGE, ACTION_PARAGRAPH, CONTEXT_RADIUS, encodeContext, encodeMore } from './buttons.js';
import { helpLines } from './help.js';
import { echoUserText, escapeText, shorten } from './text.js';

export interface RenderOptions {
  /** The slash command, e.g. '/astana', for help and hints. */
  command: string;
  /** Keeps a question too long for a button's value; returns its key. */
  keepQuery: (query: string) => string;
}

/** Characters of a quote shown in a notification. */
const PREVIEW_LENGTH = 150;
/** An error message with a quoted value, escaped: well inside a section. */
const ERROR_LIMIT = 1000;

export function createSlackRenderers(options: RenderOptions): Renderers<SlackMessage> {
  const { command, keepQuery } = options;
  return {
    passages: (answer) => {
      const blocks: SlackBlock[] = answer.note === undefined ? [] : [...sections([escapeText(answer.note)])];
      answer.passages.forEach((passage, i) => {
        if (i > 0) blocks.push({ type: 'divider' });
        blocks.push(...passageBlocks(passage, answer.language === 'en'));
      });
      const shown = answer.offset + answer.passages.length;
      if (shown < answer.total) {
        blocks.push(actions(button(`${ACTION_MORE}:${shown}`, `${LABEL_MORE_RESULTS} (${shown}/${answer.total})`, encodeMore(answer.query, shown, keepQuery))));
      }
      const first = answer.passages[0];
      const more = answer.passages.length > 1 ? ` (+${answer.passages.length - 1})` : '';
      const text = first === undefined ? echoUserText(answer.query) : `${cite(first.paragraph)}: ${escapeText(shorten(plain(first.quote), PREVIEW_LENGTH))}${more}`;
      return { text, blocks, ephemeral: false };
    },

    paragraphs: (answer) => paragraphsMessage(answer),

    notCovered: (answer) => {
      const head = `${escapeText(answer.reason)} (“${echoUserText(answer.query)}”)`;
      const blocks: SlackBlock[] = [...sections([head])];
      if (answer.related.length > 0) {
        const lines = answer.related.map((p) => `*${cite(p.paragraph)}* ${escapeText(shorten(plain(p.quote), PREVIEW_LENGTH))}\n`);
        blocks.push(...sections(lines, { head: `*${escapeText(textFor(RELATED_LABEL, answer.language))}:*\n` }));
      }
      if (answer.suggestions.length > 0) {
        blocks.push(...sections(answer.suggestions.map((t) => `${topicLine(t, command)}\n`), { head: `*${LABEL_SUGGESTIONS}:*\n` }));
      }
      return { text: head, blocks, ephemeral: false };
    },

    topics: (answer) => ({
      text: `${LABEL_TOPICS} (${answer.topics.length})`,
      blocks: sections(answer.topics.map((t) => `${topicLine(t, command)}\n`), { head: `*${LABEL_TOPICS}:*\n` }),
      ephemeral: false,
    }),

    topic: (answer) => {
      const head = `*${escapeText(answer.topic.en)}* (${escapeText(answer.topic.zh)})\n`;
      const lines = answer.entries.map((e) => `*${cite(e.paragraph)}* ${escapeText(e.firstSentence)}\n`);
      return { text: `${escapeText(answer.topic.en)}: ${answer.entries.map((e) => cite(e.paragraph)).join(', ')}`, blocks: sections(lines, { head }), ephemeral: false };
    },

    help: () => {
      const lines = helpLines(command).map((line) => `${line}\n`);
      return { text: `How to use ${escapeText(command)}`, blocks: sections(lines), ephemeral: true };
    },

    highlight: (answer) => {
      const h = answer.highlight;
      const place = cyclePlace(h.position, h.cycleLength, answer.language);
      const blocks: SlackBlock[] = [
        context(`*${LABEL_HIGHLIGHT}* · ${escapeText(h.date)} · ${place}${h.topic === undefined ? '' : ` · ${escapeText(h.topic.en)}`}`),
        ...sections(mrkdwnPieces(h.quote), { quoted: true, tail: `\n— *${cite(h.paragraph)}*` }),
      ];
      // Whatever the subscriber's language, the whole channel reads the post: the English always goes under it.
      if (h.english !== undefined) blocks.push(...sections(plainPieces(h.english), { head: `_${LABEL_ENGLISH}:_ ` }));
      const target = encodeContext({ document: h.document.id, paragraph: h.paragraph });
      blocks.push(
        actions(
          button(`${ACTION_PARAGRAPH}:${h.paragraph}`, `${LABEL_WHOLE_PARAGRAPH} (${cite(h.paragraph)})`, target),
          button(`${ACTION_CONTEXT}:${h.paragraph}`, LABEL_SHOW_CONTEXT, target),
        ),
      );
      return { text: `${LABEL_HIGHLIGHT} ${cite(h.paragraph)}: ${escapeText(shorten(plain(h.quote), PREVIEW_LENGTH))}`, blocks, ephemeral: false };
    },

    subscription: (answer) => {
      const s = answer.subscription;
      let text: string;
      if (answer.action === 'unsubscribed') text = LABEL_UNSUBSCRIBED;
      else if (!s.subscribed) text = LABEL_NOT_SUBSCRIBED;
      else {
        text = `${LABEL_SUBSCRIBED} at *${escapeText(s.time)}* (${escapeText(s.timeZone)}).`;
        if (s.paused) text += ` ${LABEL_PAUSED}`;
        else if (s.next !== undefined) text += ` ${LABEL_NEXT}: ${escapeText(s.next.localLabel)}, ${cyclePlace(s.next.position, s.next.cycleLength, answer.language)}.`;
      }
      return { text, blocks: sections([text]), ephemeral: answer.action === 'status' };
    },

    error: (answer) => {
      // Some messages quote what the user typed (a time zone that does not exist).
      const text = echoUserText(answer.message, ERROR_LIMIT);
      return { text, blocks: sections([text]), ephemeral: true };
    },
  };

  function passageBlocks(passage: Passage, english: boolean): SlackBlock[] {
    const topic = passage.topic === undefined ? '' : ` · ${escapeText(passage.topic.en)}`;
    const blocks: SlackBlock[] = [...sections(mrkdwnPieces(passage.quote), { quoted: true, tail: `\n— *${cite(passage.paragraph)}*${topic}` })];
    if (english && passage.english !== undefined) {
      blocks.push(...sections(mrkdwnPieces(passage.english), { head: `_${LABEL_ENGLISH}:_ ` }));
    }
    blocks.push(actions(button(`${ACTION_CONTEXT}:${passage.paragraph}`, `${LABEL_SHOW_CONTEXT} (${cite(passage.paragraph)})`, encodeContext({ document: passage.document.id, paragraph: passage.paragraph }))));
    return blocks;
  }

  function paragraphsMessage(answer: AnswerOf<'paragraphs'>): SlackMessage {
    const english = answer.language === 'en';
    const { window } = answer;
    const notes: SlackBlock[] = [];
    if (answer.requested > answer.paragraphs.length) {
      notes.push(context(`${answer.requested} ${LABEL_CAPPED} ${answer.paragraphs.length}.`));
    }
    // Room for the notes, a possible "not shown" note and the paging buttons.
    const budget = MESSAGE_BLOCK_LIMIT - notes.length - 2;
    const blocks: SlackBlock[] = [];
    const shown: ParagraphView[] = [];
    for (const view of answer.paragraphs) {
      const own = paragraphBlocks(view, english, view.paragraph === window.center);
      if (blocks.length + own.length > budget) break;
      blocks.push(...own);
      shown.push(view);
    }
    const hidden = answer.paragraphs.length - shown.length;
    if (hidden > 0) blocks.push(context(`${hidden} ${LABEL_NOT_SHOWN}`));

    const first = shown[0]?.paragraph ?? window.from;
    const last = shown[shown.length - 1]?.paragraph ?? window.to;
    const buttons = [];
    const single = shown.length === 1 && window.center === undefined;
    if (single) {
      buttons.push(button(`${ACTION_CONTEXT}:${first}`, LABEL_SHOW_CONTEXT, encodeContext({ document: answer.document.id, paragraph: first })));
    } else {
      if (first > 1) {
        buttons.push(button(`${ACTION_PAGE}:earlier`, LABEL_EARLIER, encodeContext({ document: answer.document.id, paragraph: Math.max(1, first - 1 - CONTEXT_RADIUS) })));
      }
      if (last < window.total) {
        buttons.push(button(`${ACTION_PAGE}:later`, LABEL_LATER, encodeContext({ document: answer.document.id, paragraph: Math.min(window.total, last + 1 + CONTEXT_RADIUS) })));
      }
    }
    const all = [...notes, ...blocks];
    if (buttons.length > 0) all.push(actions(...buttons));

    const range = first === last ? cite(first) : `${cite(first)}–${last}`;
    const preview = shown.length === 1 && shown[0] !== undefined ? `: ${escapeText(shorten(shown[0].text, PREVIEW_LENGTH))}` : '';
    return { text: `${range}${preview}`, blocks: all, ephemeral: false };
  }

  function paragraphBlocks(view: ParagraphView, english: boolean, centre: boolean): SlackBlock[] {
    const label = centre ? `*▶ ${cite(view.paragraph)}*` : `*${cite(view.paragraph)}*`;
    const blocks: SlackBlock[] = [...sections(plainPieces(view.text), { head: `${label} ` })];
    if (english && view.english !== undefined) {
      blocks.push(...sections(plainPieces(view.english), { head: `_${LABEL_ENGLISH}:_ ` }));
    }
    return blocks;
  }
}

export function renderSlack(answer: Answer, renderers: Renderers<SlackMessage>): SlackMessage {
  return render(answer, renderers);
}

function cite(paragraph: number): string {
  return `§${paragraph}`;
}

function cyclePlace(position: number, cycleLength: number, language: Language): string {
  return CYCLE_PLACE_TEXT[language === 'zh' ? 'zh' : 'en'](position, cycleLength);
}

function topicLine(topic: TopicSummary, command: string): string {
  const paras = topic.paragraphs.map(cite).join(', ');
  return `• *${escapeText(topic.en)}* (${escapeText(topic.zh)}) — \`${escapeText(command)} topic ${escapeText(topic.id)}\`${paras === '' ? '' : ` · ${paras}`}`;
}
