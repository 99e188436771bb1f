import type { ContextOptions, ParagraphRange, ParagraphsOptions } from '../core.js';
import { MAX_PARAGRAPHS_PER_REQUEST, malformedReferenceText, outOfRangeText, UNKNOWN_DOCUMENT_TEXT } from '../core-messages.js';
import type { LoadedDocument, Paragraph } from '../documents/types.js';
import type { Answer, Language, ParagraphView } from '../model.js';
import type { ReferenceRequest } from '../query/references.js';
import { errorAnswer } from './error-answer.js';
import { topicOf } from './topics.js';

export const ASK_DEFAULTS = { contextBefore: 1, contextAfter: 1 } as const;

function view(document: LoadedDocument, paragraph: Paragraph): ParagraphView {
  return { document: document.info, paragraph: paragraph.number, topic: topicOf(document, paragraph), text: paragraph.text, english: paragraph.english };
}

/** '§12-14', '§3, §7': the paragraphs asked for, in the order asked, at most five shown. */
export function paragraphsAnswer(document: LoadedDocument, request: ReferenceRequest, language: Language): Answer {
  const count = document.paragraphs.length;
  const wanted: number[] = [];
  const end = request.fromEnd === undefined ? [] : [{ from: count + 1 - request.fromEnd, to: count + 1 - request.fromEnd }];
  if (request.lastCount !== undefined) end.push({ from: Math.max(1, count + 1 - request.lastCount), to: count });
  for (const { from, to } of [...request.ranges, ...end]) {
    if (from < 1 || to > count) return errorAnswer('outOfRange', outOfRangeText(count), language);
    for (let n = from; n <= to && wanted.length <= count; n++) if (!wanted.includes(n)) wanted.push(n);
  }
  const shown = wanted.slice(0, MAX_PARAGRAPHS_PER_REQUEST);
  return {
    kind: 'paragraphs',
    language,
    document: document.info,
    paragraphs: shown.map((n) => view(document, document.paragraphs[n - 1] as Paragraph)),
    requested: wanted.length,
    window: { from: Math.min(...shown), to: Math.max(...shown), center: undefined, total: count },
  };
}

/** The paragraphs around one ('show in context'), centred on it. */
export function contextAnswer(documents: readonly LoadedDocument[], documentId: string, paragraph: number, options: ContextOptions = {}): Answer {
  const { before = ASK_DEFAULTS.contextBefore, after = ASK_DEFAULTS.contextAfter, language = 'en' } = options;
  const document = documents.find((d) => d.info.id === documentId);
  if (document === undefined) return errorAnswer('unknownDocument', UNKNOWN_DOCUMENT_TEXT, language);
  const count = document.paragraphs.length;
  if (!Number.isInteger(paragraph) || paragraph < 1 || paragraph > count) return errorAnswer('outOfRange', outOfRangeText(count), language);
  const from = Math.max(1, paragraph - Math.max(0, Math.floor(before)));
  const to = Math.min(count, paragraph + Math.max(0, Math.floor(after)), from + MAX_PARAGRAPHS_PER_REQUEST - 1);
  const answer = paragraphsAnswer(document, { ranges: [{ from, to }] }, language);
  return answer.kind === 'paragraphs' ? { ...answer, window: { ...answer.window, center: paragraph } } : answer;
}

/** The typed form of '§12-14': ranges as numbers, checked here because no parser saw them. */
export function paragraphsByNumber(documents: readonly LoadedDocument[], ranges: readonly ParagraphRange[], options: ParagraphsOptions = {}): Answer {
  const { documentId = documents[0]?.info.id, language = 'en' } = options;
  const document = documents.find((d) => d.info.id === documentId);
  if (document === undefined) return errorAnswer('unknownDocument', UNKNOWN_DOCUMENT_TEXT, language);
  const wellFormed = ranges.length > 0 && ranges.every(({ from, to }) => Number.isInteger(from) && Number.isInteger(to) && from <= to);
  if (!wellFormed) return errorAnswer('malformedReference', malformedReferenceText(document.paragraphs.length), language);
  return paragraphsAnswer(document, { ranges: ranges.map(({ from, to }) => ({ from, to })) }, language);
}
