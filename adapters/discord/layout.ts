import type { APIEmbed } from 'discord.js';
import type { Segment } from '../../src/model.js';
import { pack as packLines, renderedChunks } from '../sentences.js';
import { escapeMarkdown, segmentsToMarkdown } from './markdown.js';
import { DISCORD_LIMITS, type ButtonRow, type DiscordPayload } from './message.js';

// Fitting an answer into Discord's limits without losing a word: long text is
// split at sentence ends into several embeds, embeds are packed into as many
// messages as they need, and the buttons ride on the last message.

/** A run of text for one embed description, with an optional markdown heading line. */
export interface Block {
  heading: string | undefined;
  segments: Segment[];
}

/** Markdown chunks of at most `max` characters, split between sentences where possible; all text kept. */
export const markdownChunks = (segments: readonly Segment[], max: number): string[] => renderedChunks(segments, max, segmentsToMarkdown);

export const plainSegments = (text: string): Segment[] => [{ text, emphasis: false }];

/**
 * The embeds for one titled piece of text: one when it fits in a description,
 * more (titled "(2/3)" and so on) when it does not.
 */
export function embedsFor(title: string, blocks: readonly Block[], footer: string | undefined, color: number): APIEmbed[] {
  const max = DISCORD_LIMITS.description;
  // A blank line between blocks; the heading, if any, on a line of its own above a block's text.
  const lines = blocks.flatMap((b) => ['', ...(b.heading === undefined ? [] : [b.heading]), ...markdownChunks(b.segments, max)]);
  const descriptions = packLines(lines, max, '\n');
  const safeTitle = title.length > DISCORD_LIMITS.title - 8 ? `${title.slice(0, DISCORD_LIMITS.title - 9)}…` : title;
  return descriptions.map((description, i) => ({
    title: descriptions.length === 1 ? safeTitle : `${safeTitle} (${i + 1}/${descriptions.length})`,
    description: description.trim() === '' ? escapeMarkdown('…') : description,
    color,
    ...(footer !== undefined && i === descriptions.length - 1 ? { footer: { text: footer.slice(0, DISCORD_LIMITS.footer) } } : {}),
  }));
}

export function embedLength(e: APIEmbed): number {
  const fields = (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) + fields;
}

/**
 * Packs content and embeds into as few messages as Discord allows: content
 * split at 2,000 characters, at most 10 embeds and 6,000 embed characters a
 * message. Buttons go on the last message, so they follow everything they page.
 */
export function pack(content: readonly Segment[], embeds: readonly APIEmbed[], components: ButtonRow[]): DiscordPayload[] {
  const payloads: DiscordPayload[] = markdownChunks(content, DISCORD_LIMITS.content).map((c) => ({ content: c, embeds: [], components: [] }));
  if (payloads.length === 0) payloads.push({ content: '', embeds: [], components: [] });
  let target = payloads[payloads.length - 1] as DiscordPayload;
  let total = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (target.embeds.length >= DISCORD_LIMITS.embedsPerMessage || (target.embeds.length > 0 && total + length > DISCORD_LIMITS.embedsTotal)) {
      target = { content: '', embeds: [], components: [] };
      payloads.push(target);
      total = 0;
    }
    target.embeds.push(embed);
    total += length;
  }
  target.components = components;
  return payloads;
}
