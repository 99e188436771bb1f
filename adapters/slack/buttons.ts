// What the buttons carry. A button's value comes back from Slack as
// untrusted text, so each kind has a guard that checks it before use.

import { BUTTON_VALUE_LIMIT } from './blocks.js';

/** Action ids start with these; a suffix keeps them unique within a message. */
export const ACTION_MORE = 'astana_more';
export const ACTION_CONTEXT = 'astana_context';
export const ACTION_PAGE = 'astana_page';
/** A highlight's whole paragraph, shown to the clicker alone. */
export const ACTION_PARAGRAPH = 'astana_paragraph';

export const ACTION_MORE_PATTERN = /^astana_more(:|$)/;
export const ACTION_CONTEXT_PATTERN = /^astana_context(:|$)/;
export const ACTION_PAGE_PATTERN = /^astana_page(:|$)/;
export const ACTION_PARAGRAPH_PATTERN = /^astana_paragraph(:|$)/;

/** Paragraphs shown either side of the one opened in context. */
export const CONTEXT_RADIUS = 2;

/** "More results": the question itself, or the key it is kept under when too long for a value. */
export type MoreValue = { query: string; offset: number } | { key: string; offset: number };

/** "Show in context", paging and "whole paragraph": the paragraph to centre the listing on, or to show. */
export interface ContextValue {
  document: string;
  paragraph: number;
}

export function encodeMore(query: string, offset: number, keep: (query: string) => string): string {
  const inline = JSON.stringify({ q: query, o: offset });
  return inline.length <= BUTTON_VALUE_LIMIT ? inline : JSON.stringify({ k: keep(query), o: offset });
}

export function encodeContext(value: ContextValue): string {
  return JSON.stringify({ d: value.document, p: value.paragraph });
}

export function decodeMore(value: unknown): MoreValue | undefined {
  const data = parseObject(value);
  if (data === undefined || !isOffset(data.o)) return undefined;
  if (typeof data.q === 'string' && data.q.length > 0) return { query: data.q, offset: data.o };
  if (typeof data.k === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(data.k)) return { key: data.k, offset: data.o };
  return undefined;
}

export function decodeContext(value: unknown): ContextValue | undefined {
  const data = parseObject(value);
  if (data === undefined) return undefined;
  const { d, p } = data;
  if (typeof d !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(d)) return undefined;
  if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 100_000) return undefined;
  return { document: d, paragraph: p };
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10_000;
}

function parseObject(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'string' || value.length > BUTTON_VALUE_LIMIT) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
