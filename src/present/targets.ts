// What each button asks the core, computed once here rather than by every
// adapter: a context window around a paragraph, the paragraphs before or after
// the ones shown (a plain range: paging marks no paragraph as the centre), the
// next page of passages. `follow` turns a target back into the
// answer, so an adapter only stores and restores the target.
import type { Core } from '../core.js';
import type { Window } from '../model.js';
import type { Reader } from './catalogue.js';
import type { CardTarget, ContextTarget, MoreTarget, ParagraphsTarget } from './card.js';

/** Paragraphs shown on each side of one opened "in context". */
export const CONTEXT_RADIUS = 1;

export function contextTarget(documentId: string, paragraph: number, language: Reader): ContextTarget {
  return { kind: 'context', documentId, paragraph, before: CONTEXT_RADIUS, after: CONTEXT_RADIUS, language };
}

export function paragraphTarget(documentId: string, paragraph: number, language: Reader): ParagraphsTarget {
  return { kind: 'paragraphs', documentId, from: paragraph, to: paragraph, language };
}

export function moreTarget(query: string, offset: number, language: Reader): MoreTarget {
  return { kind: 'ask', query, offset, language };
}

/** Pages as long as the window shown, so paging never repeats or skips a paragraph. */
const pageSize = (window: Window): number => Math.max(1, window.to - window.from + 1);

/** The paragraphs just before the window, or none at the document's start. */
export function earlierTarget(documentId: string, window: Window, language: Reader): ParagraphsTarget | undefined {
  if (window.from <= 1) return undefined;
  return { kind: 'paragraphs', documentId, from: Math.max(1, window.from - pageSize(window)), to: window.from - 1, language };
}

/** The paragraphs just after the window, or none at the document's end. */
export function laterTarget(documentId: string, window: Window, language: Reader): ParagraphsTarget | undefined {
  if (window.to >= window.total) return undefined;
  return { kind: 'paragraphs', documentId, from: window.to + 1, to: Math.min(window.total, window.to + pageSize(window)), language };
}

/** The answer a button stands for. */
export function follow(core: Core, target: CardTarget): ReturnType<Core['ask']> {
  switch (target.kind) {
    case 'ask':
      return core.ask(target.query, { offset: target.offset, language: target.language });
    case 'context':
      return core.context(target.documentId, target.paragraph, { before: target.before, after: target.after, language: target.language });
    case 'paragraphs':
      return core.paragraphs([{ from: target.from, to: target.to }], { documentId: target.documentId, language: target.language });
  }
}
