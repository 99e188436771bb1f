// The subject a refusal for a missing detail names back: the question's own phrases that hold the
// content words the passage matched ('the SCO University network', 'Kazakhstan's SCO investment fund
// proposal'), not those words strung together ('universities University').
import type { Language } from './model.js';
import type { Hit, SearchResult } from './search/engine.js';
import type { QueryWord } from './search/query.js';
import { normalize } from './text/normalize.js';

interface Span {
  start: number;
  end: number;
  /** The words' search terms: a phrase whose terms another holds says nothing more. */
  terms: string[];
}

// What may stand between two words of one phrase: a space or a hyphen with up to two linking words
// (of, the, SCO's) in English; nothing, or 的, 之, 和 in Chinese.
const LINK_EN = /^[\s-]+(?:(?:of|the|and|for|on|in|to|sco(?:['’]s)?)[\s-]+){0,2}$/iu;
const LINK_ZH = /^(?:的|之|和|与)?$/u;
// The organisation's name just before a phrase belongs to it: the SCO University, not University.
const ORGANISATION_BEFORE = /(?<![\p{L}\p{N}])SCO(?:['’]s)?\s+$/u;

/** Where a word stands in the question (a Latin word as a whole word), or undefined. */
function locate(text: string, word: QueryWord): Span | undefined {
  const escaped = word.word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const pattern = word.latin ? new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'iu') : new RegExp(escaped, 'u');
  const found = pattern.exec(text);
  return found === null ? undefined : { start: found.index, end: found.index + word.word.length, terms: word.terms };
}

/** Spans joined where only linking words stand between them. */
function phrases(text: string, spans: Span[], link: RegExp): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last !== undefined && span.start >= last.end && link.test(text.slice(last.end, span.start))) {
      out[out.length - 1] = { start: last.start, end: span.end, terms: [...last.terms, ...span.terms] };
    } else if (last === undefined || span.start >= last.end) out.push(span);
  }
  // 'universities' says nothing 'SCO University network' does not.
  // Of two with the same terms (universities, University), the later, nearer the question's end.
  const covers = (o: Span, p: Span, later: boolean): boolean => (o.terms.length > p.terms.length || later) && p.terms.every((t) => o.terms.includes(t));
  return out.filter((p, i) => !out.some((o, j) => j !== i && covers(o, p, j > i)));
}

/** The question's own content words a hit matched, as the question's phrases, to name the subject back; empty when it matched none. */
export function subjectOf(hit: Hit, result: SearchResult, language: Language, question: string): string {
  const found = result.query.words.filter((w) => !hit.missing.includes(w.word) && w.role === 'content' && w.word.length > 1 && !/^\d+$/u.test(w.word));
  const latin = found.every((w) => w.latin);
  // Chinese words are found in the question as the search read it: simplified, in lower case.
  const text = latin ? question : normalize(question);
  const spans = found.map((w) => locate(text, w));
  if (spans.some((s) => s === undefined)) return found.map((w) => w.word).join(language === 'zh' ? '' : ' ');
  const located = spans.filter((s): s is Span => s !== undefined);
  return phrases(text, located, latin ? LINK_EN : LINK_ZH)
    .map((p) => text.slice(p.start - (ORGANISATION_BEFORE.exec(text.slice(0, p.start))?.[0].length ?? 0), p.end))
    .join(language === 'zh' ? '、' : ', ');
}
