// The card as Discord embeds and buttons: layout only. What to say, in which
// language, and what each button does are decided by the card
// (src/present/), each button's label, style and custom_id by
// adapters/card-buttons.ts; this file decides which text becomes an embed, which goes
// in the message content, and the colours. Text from the document or the
// user is escaped by layout.
import type { APIEmbed } from 'discord.js';
import type { AnswerKind, Segment } from '../../src/model.js';
import { mapElement, segmentsOf, type Card, type Citation, type ElementMappers } from '../../src/present/card.js';
import { say, type Reader } from '../../src/present/catalogue.js';
import { cardButtons } from '../card-buttons.js';
import { boundForEscaping, ERROR_ECHO_LIMIT } from '../echo.js';
import type { QueryStore } from '../query-store.js';
import { button } from './buttons.js';
import { embedsFor, pack, plainSegments, type Block } from './layout.js';
import { escapeMarkdown, italic } from './markdown.js';
import { DISCORD_LIMITS, type ButtonRow, type DiscordMessage } from './message.js';

const COLOR: Record<AnswerKind, number> = {
  passages: 0x1f6feb,
  paragraphs: 0x1f6feb,
  notCovered: 0x9a6700,
  topics: 0x2da44e,
  topic: 0x2da44e,
  help: 0x8250df,
  highlight: 0xbf8700,
  subscription: 0x8250df,
  digest: 0x2da44e,
  digestSubscription: 0x8250df,
  error: 0x8250df,
};

/** Where an element goes: the message content, an embed of its own, or under the embed before it. */
type Piece = { to: 'content'; segments: Segment[] } | { to: 'embed'; title: string; blocks: Block[] } | { to: 'under'; block: Block };

const cite = (c: Citation): string => (c.topic === undefined ? c.label : `${c.label} · ${c.topic}`);
const line = (text: string): Segment[] => [{ text, emphasis: false }];

function elementMappers(reader: Reader): ElementMappers<Piece> {
  const colon = say('punctuation.colon', reader).trimEnd();
  return {
    heading: (e) => ({ to: 'embed', title: e.text, blocks: [] }),
    text: (e) => ({ to: 'content', segments: line(e.text) }),
    note: (e) => ({ to: 'content', segments: line(say('punctuation.aside', reader, { text: e.text })) }),
    quote: (e) => ({ to: 'embed', title: cite(e.citation), blocks: [{ heading: undefined, segments: segmentsOf(e.inlines) }] }),
    paragraph: (e) => ({
      to: 'embed',
      title: `${e.focused ? '▶ ' : ''}${cite(e.citation)}`,
      blocks: [{ heading: undefined, segments: plainSegments(e.text) }],
    }),
    english: (e) => ({ to: 'under', block: { heading: italic(`${escapeMarkdown(e.label)}${colon}`), segments: segmentsOf(e.inlines) } }),
    related: (e) => ({ to: 'embed', title: e.label, blocks: e.items.map((i) => ({ heading: `**${i.citation.label}**`, segments: segmentsOf(i.inlines) })) }),
    topics: (e) => ({
      to: 'embed',
      title: e.label,
      blocks: [{ heading: undefined, segments: e.topics.flatMap((t) => [{ text: t.name, emphasis: true }, ...line(` (${t.id}) — ${t.paragraphsLabel}\n`)]) }],
    }),
    entries: (e) => ({
      to: 'under',
      block: { heading: undefined, segments: e.items.flatMap((i) => [{ text: i.label, emphasis: true }, ...line(` ${i.text}\n`)]) },
    }),
  };
}

interface EmbedDraft {
  title: string;
  blocks: Block[];
}

/**
 * Places a piece. A heading opens an embed that the next piece fills: a
 * quote's citation then heads its block, and text goes under the heading
 * rather than into the content.
 */
function place(piece: Piece, content: Segment[][], embeds: EmbedDraft[]): void {
  const open = embeds.at(-1);
  const bare = open !== undefined && open.blocks.length === 0 ? open : undefined;
  switch (piece.to) {
    case 'content':
      if (bare === undefined) content.push(piece.segments);
      else bare.blocks.push({ heading: undefined, segments: piece.segments });
      return;
    case 'embed': {
      const [first, ...rest] = piece.blocks;
      if (bare === undefined || first === undefined) embeds.push({ title: piece.title, blocks: [...piece.blocks] });
      else bare.blocks.push({ heading: `**${escapeMarkdown(piece.title)}**`, segments: first.segments }, ...rest);
      return;
    }
    case 'under':
      if (open === undefined) embeds.push({ title: '', blocks: [piece.block] });
      else open.blocks.push(piece.block);
  }
}

/** The card's pieces gathered: content lines, and embeds with what goes under each. */
function gather(card: Card): { content: Segment[]; embeds: EmbedDraft[] } {
  const mappers = elementMappers(card.reader);
  const content: Segment[][] = [];
  const embeds: EmbedDraft[] = [];
  for (const element of card.elements) place(mapElement(element, mappers), content, embeds);
  return { content: content.flatMap((segments, i) => (i === 0 ? segments : [{ text: '\n', emphasis: false }, ...segments])), embeds };
}

export function cardToDiscord(card: Card, queries: QueryStore): DiscordMessage {
  // An error may quote what the user typed (a time zone that does not exist).
  if (card.answer === 'error')
    return { payloads: pack(plainSegments(boundForEscaping(card.summary, ERROR_ECHO_LIMIT, escapeMarkdown)), [], []), ephemeral: true };
  const { content, embeds: gathered } = gather(card);
  const embeds: APIEmbed[] = gathered.flatMap((e) => embedsFor(e.title, e.blocks, undefined, COLOR[card.answer]));
  const last = embeds.at(-1);
  // Our own markdown (command names in code spans) is added after layout escaped the card's text.
  if (card.answer === 'help' && last !== undefined) last.description = `${last.description ?? ''}\n\n${say('help.discord', card.reader)}`;
  const buttons = cardButtons(card.actions, DISCORD_LIMITS.customId, queries).map((b) => button(b.label, b.value, { primary: b.primary }));
  const rows: ButtonRow[] = [];
  for (let i = 0; i < buttons.length && rows.length < 5; i += DISCORD_LIMITS.buttonsPerRow)
    rows.push({ type: 1, components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  return { payloads: pack(content, embeds, rows), ephemeral: card.audience === 'asker' };
}
