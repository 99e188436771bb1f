// The card as Block Kit: layout only. What to say, in which language, and
// what each button does are decided by the card (src/present/), each button's
// label and value by adapters/card-buttons.ts; this file decides how it looks
// in mrkdwn. Text from the document or the user is
// escaped on the way.

import { mapElement, segmentsOf, type Card, type Citation, type ElementMappers } from '../../src/present/card.js';
import { say, type Reader } from '../../src/present/catalogue.js';
import { cardButtons } from '../card-buttons.js';
import type { QueryStore } from '../query-store.js';
import { BUTTON_VALUE_LIMIT, actions, button, context, mrkdwnPieces, plainPieces, sections, type SlackBlock, type SlackMessage } from './blocks.js';
import { ACTION_PREFIX } from './buttons.js';
import { ERROR_ECHO_LIMIT } from '../echo.js';
import { echoUserText, escapeText } from './text.js';

export interface RenderOptions {
  /** The slash command, e.g. '/astana', for help and topic hints. */
  command: string;
  /** Keeps a question too long for a button's value. */
  queries: QueryStore;
}

const cite = (c: Citation): string => (c.topic === undefined ? `*${c.label}*` : `*${c.label}* · ${escapeText(c.topic)}`);

function elementMappers(reader: Reader, command: string): ElementMappers<SlackBlock[]> {
  const colon = say('punctuation.colon', reader);
  return {
    heading: (e) => sections([`*${escapeText(e.text)}*`]),
    text: (e) => sections(plainPieces(e.text)),
    note: (e) => [context(escapeText(e.text))],
    quote: (e) => sections(mrkdwnPieces(segmentsOf(e.inlines)), { quoted: true, tail: `\n— ${cite(e.citation)}` }),
    paragraph: (e) => sections(plainPieces(e.text), { head: `${e.focused ? '▶ ' : ''}${cite(e.citation)}\n` }),
    english: (e) => sections(mrkdwnPieces(segmentsOf(e.inlines)), { head: `_${escapeText(e.label)}${colon.trimEnd()}_ ` }),
    related: (e) =>
      sections(
        e.items.map((i) => `*${i.citation.label}* ${mrkdwnPieces(segmentsOf(i.inlines)).join('')}\n`),
        { head: `*${escapeText(e.label)}${colon.trimEnd()}*\n` },
      ),
    topics: (e) =>
      sections(
        e.topics.map(
          (t) =>
            `• *${escapeText(t.name)}* — \`${escapeText(say('help.topicCommand', reader, { command, id: t.id }))}\`${t.paragraphsLabel === '' ? '' : ` · ${t.paragraphsLabel}`}\n`,
        ),
        { head: `*${escapeText(e.label)}${colon.trimEnd()}*\n` },
      ),
    entries: (e) => sections(e.items.map((i) => `*${i.label}* ${escapeText(i.text)}\n`)),
  };
}

export function cardToSlack(card: Card, options: RenderOptions): SlackMessage {
  const mappers = elementMappers(card.reader, options.command);
  // An error may quote what the user typed (a time zone that does not exist): it can neither ping, link nor format.
  const blocks: SlackBlock[] =
    card.answer === 'error' ? sections([echoUserText(card.summary, ERROR_ECHO_LIMIT)]) : card.elements.flatMap((element) => mapElement(element, mappers));
  if (card.answer === 'help')
    blocks.push(
      ...sections(
        say('help.slack', card.reader, { command: options.command })
          .split('\n')
          .map((l) => `${escapeText(l)}\n`),
      ),
    );
  const buttons = cardButtons(card.actions, BUTTON_VALUE_LIMIT, options.queries).map((b, i) => button(`${ACTION_PREFIX}${b.type}:${i}`, b.label, b.value));
  if (buttons.length > 0) blocks.push(actions(...buttons));
  const text = card.answer === 'error' ? echoUserText(card.summary, ERROR_ECHO_LIMIT) : escapeText(card.summary);
  return { text, blocks, ephemeral: card.audience === 'asker' };
}
