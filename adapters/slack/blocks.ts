// Block Kit shapes the renderer builds, and the splitting that keeps them
// inside Slack's limits: 3,000 characters of text a section, 50 blocks a
// message. Text is split between sentences, never cut.

import type { types } from '@slack/bolt';
import type { Segment } from '../../src/model.js';
import { pack, sentences } from '../sentences.js';
import { escapeText } from './text.js';

export const SECTION_TEXT_LIMIT = 3000;
export const MESSAGE_BLOCK_LIMIT = 50;
/** Slack's limit for a button's value. */
export const BUTTON_VALUE_LIMIT = 2000;

/** No automatic links for bare URLs, #channels or @names: everything we send is escaped text or our own markup. */
type MrkdwnText = types.MrkdwnElement & { verbatim: true };

// Bolt's Block Kit types, narrowed to what the renderer builds.
export type SectionBlock = types.SectionBlock & { text: MrkdwnText };
export type ContextBlock = types.ContextBlock & { elements: MrkdwnText[] };
export type ButtonElement = types.Button & { value: string };
export type ActionsBlock = types.ActionsBlock & { elements: ButtonElement[] };
export type SlackBlock = SectionBlock | ContextBlock | ActionsBlock | types.DividerBlock;

export interface SlackMessage {
  /** The fallback Slack shows in notifications and to screen readers; mrkdwn, escaped. */
  text: string;
  blocks: SlackBlock[];
  /** Shown to the asker alone (help, status, errors) rather than to the conversation. */
  ephemeral: boolean;
}

export function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

export function context(text: string): ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text, verbatim: true }] };
}

export function button(actionId: string, label: string, value: string): ButtonElement {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: label }, value };
}

export function actions(...elements: ButtonElement[]): ActionsBlock {
  return { type: 'actions', elements };
}

// Raw text is cut into pieces of at most this many characters before escaping,
// so an escaped piece (each character at most 5: '&amp;') stays under a section.
const RAW_PIECE_LIMIT = 500;
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Escaped mrkdwn pieces for segments, matched words in bold. Slack only bolds
 * `*x*` next to a space or punctuation, which Chinese has none of between
 * words, so a zero-width space stands on each side of the markers.
 */
export function mrkdwnPieces(segments: readonly Segment[]): string[] {
  const pieces: string[] = [];
  for (const segment of segments) {
    for (const raw of sentences(segment.text, RAW_PIECE_LIMIT)) {
      if (!segment.emphasis || raw.trim() === '') {
        pieces.push(escapeText(raw));
        continue;
      }
      const lead = /^\s*/.exec(raw)?.[0] ?? '';
      const trail = /\s*$/.exec(raw)?.[0] ?? '';
      const core = raw.slice(lead.length, raw.length - trail.length).replace(/\*/g, '∗');
      pieces.push(`${lead}${ZERO_WIDTH_SPACE}*${escapeText(core)}*${ZERO_WIDTH_SPACE}${trail}`);
    }
  }
  return pieces;
}

/** Escaped mrkdwn pieces for plain text. */
export function plainPieces(text: string): string[] {
  return sentences(text, RAW_PIECE_LIMIT).map(escapeText);
}

/**
 * Sections holding `pieces`, each under Slack's limit. `head` opens the first
 * section and `tail` closes the last; `quoted` sets every line as a quote.
 */
export function sections(pieces: readonly string[], options: { head?: string; tail?: string; quoted?: boolean } = {}): SectionBlock[] {
  const head = options.head ?? '';
  const tail = options.tail ?? '';
  const quoted = options.quoted === true;
  const lines = quoted ? pieces.map((p) => p.replace(/\n/g, '\n>')) : [...pieces];
  const marker = quoted ? '>' : '';
  const room = SECTION_TEXT_LIMIT - marker.length - head.length - tail.length;
  const chunks = pack(lines, room).map((c) => c.replace(/(\s|\n>)+$/, ''));
  if (chunks.length === 0) chunks.push('');
  return chunks.map((chunk, i) => {
    const start = i === 0 ? head : '';
    const end = i === chunks.length - 1 ? tail : '';
    return section(`${start}${marker}${chunk}${end}`);
  });
}
