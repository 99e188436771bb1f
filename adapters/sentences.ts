// Long text is sent in pieces that fit a platform's limit (Slack's sections,
// Discord's descriptions and contents), split between sentences, never cut
// inside one unless a sentence alone is too long, and never losing a word.
// The rules for where a sentence ends and how pieces are packed are the same
// on every platform; only the rendering (mrkdwn, markdown) and the limits differ.

import type { Segment } from '../src/model.js';

/** The text's sentences (ending in Chinese or Latin stops, closing quotes and spaces kept), each at most `maxPiece` characters. */
export function sentences(text: string, maxPiece = Number.POSITIVE_INFINITY): string[] {
  const found = text.match(/[^。！？；.!?;\n]*(?:[。！？；.!?;]+[”’"')）]*|\n+|$)\s*/g) ?? [];
  const pieces: string[] = [];
  for (const sentence of found) {
    if (sentence === '') continue;
    const chars = Array.from(sentence);
    if (chars.length <= maxPiece) pieces.push(sentence);
    else for (let i = 0; i < chars.length; i += maxPiece) pieces.push(chars.slice(i, i + maxPiece).join(''));
  }
  return pieces;
}

/**
 * Pieces joined greedily, with `separator` between them, into chunks of at
 * most `limit` characters (a piece longer than that is a chunk of its own).
 */
export function pack(pieces: readonly string[], limit: number, separator = ''): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current !== '' && current.length + separator.length + piece.length > limit) {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? piece : `${current}${separator}${piece}`;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/** Neighbouring segments of the same emphasis as one, empty ones dropped. */
function merge(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last !== undefined && last.emphasis === s.emphasis) out[out.length - 1] = { text: last.text + s.text, emphasis: s.emphasis };
    else if (s.text !== '') out.push({ ...s });
  }
  return out;
}

type Render = (segments: readonly Segment[]) => string;

/** Splits one piece that alone renders longer than `max`, by characters. */
function hardSplit(piece: Segment, max: number, render: Render): Segment[] {
  const parts: Segment[] = [];
  let text = '';
  for (const ch of piece.text) {
    if (render([{ text: text + ch, emphasis: piece.emphasis }]).length > max && text !== '') {
      parts.push({ text, emphasis: piece.emphasis });
      text = '';
    }
    text += ch;
  }
  if (text !== '') parts.push({ text, emphasis: piece.emphasis });
  return parts;
}

/**
 * Segments rendered (escaped, emphasis marked) in chunks of at most `max`
 * characters, split between sentences where possible; all text kept.
 */
export function renderedChunks(segments: readonly Segment[], max: number, render: Render): string[] {
  const rendered = (s: readonly Segment[]): string => render(merge(s));
  // What emphasis markers cost: a piece that continues an emphasised run reuses its markers.
  const markers = rendered([{ text: 'x', emphasis: true }]).length - rendered([{ text: 'x', emphasis: false }]).length;
  const pieces = segments.flatMap((s) => sentences(s.text).map((text) => ({ text, emphasis: s.emphasis })));
  const chunks: string[] = [];
  let current: Segment[] = [];
  let length = 0;
  for (const piece of pieces.flatMap((p) => (rendered([p]).length > max ? hardSplit(p, max, rendered) : [p]))) {
    const alone = rendered([piece]).length;
    const added = alone - (piece.emphasis && current.at(-1)?.emphasis === true ? markers : 0);
    if (current.length > 0 && length + added > max) {
      chunks.push(rendered(current));
      current = [];
      length = 0;
    }
    length += current.length === 0 ? alone : added;
    current.push(piece);
  }
  if (current.length > 0) chunks.push(rendered(current));
  return chunks;
}
