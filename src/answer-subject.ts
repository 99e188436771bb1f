// The subject a refusal for a missing detail names back: the question's own phrases that hold the
// content words the passage matched ('the SCO University network', 'Kazakhstan's SCO investment fund
// proposal'), not those words strung together ('universities University').
import { asWritten, NAMEABLE } from './answer-unused.js';
import type { Language } from './model.js';
import { searchable, spansOf, type Span } from './question-spans.js';
import type { Hit, SearchResult } from './search/engine.js';
import { fastIgnoreCase } from './text/fast-ignore-case.js';

interface Phrase extends Span {
  /** The words' search terms: a phrase whose terms another holds says nothing more. */
  terms: string[];
  /** Whether a noun or a name is among its words: a verb alone (成立, established) is no subject. */
  noun: boolean;
}

// What may stand between two words of one phrase: a space or a hyphen with up to two linking words
// (of, the, SCO's) in English; nothing, or 的, 之, 和 in Chinese.
const LINK_EN = fastIgnoreCase(/^[\s-]+(?:(?:of|the|and|for|on|in|to|sco(?:['’]s)?)[\s-]+){0,2}$/iu);
const LINK_ZH = /^(?:的|之|和|与)?$/u;
// The organisation's name just before a phrase belongs to it: the SCO University, SCO大学.
const ORGANISATION_BEFORE = /(?<![\p{L}\p{N}])SCO(?:['’]s)?\s*$/iu;

/** Spans joined where only linking words stand between them. */
function phrases(text: string, spans: readonly Phrase[], link: RegExp): Phrase[] {
  const out: Phrase[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last !== undefined && link.test(text.slice(last.end, span.start))) {
      out[out.length - 1] = { start: last.start, end: span.end, terms: [...last.terms, ...span.terms], noun: last.noun || span.noun };
    } else out.push(span);
  }
  // 'universities' says nothing 'SCO University network' does not; of two with the same terms, the later.
  const covers = (o: Phrase, p: Phrase, later: boolean): boolean => (o.terms.length > p.terms.length || later) && p.terms.every((t) => o.terms.includes(t));
  const kept = out.filter((p, i) => !out.some((o, j) => j !== i && covers(o, p, j > i)));
  return kept.some((p) => p.noun) ? kept.filter((p) => p.noun) : kept;
}

/** The question's own content words a hit matched, as the question's phrases, to name the subject back; empty when it matched none. */
export function subjectOf(hit: Hit, result: SearchResult, language: Language, question: string): string {
  const found = result.query.words.filter((w) => !hit.missing.includes(w.word) && w.role === 'content' && w.word.length > 1 && !/^\d+$/u.test(w.word));
  const spans = spansOf(
    question,
    found.map((w) => w.word),
  );
  const joiner = language === 'zh' ? '、' : ', ';
  if (spans === undefined) return found.map((w) => (w.latin ? asWritten(question, w.word) : w.word)).join(language === 'zh' ? '' : ' ');
  const located = spans.map((s, i) => ({ ...s, terms: found[i]?.terms ?? [], noun: found[i] !== undefined && (found[i].proper || NAMEABLE(found[i])) }));
  const link = found.every((w) => w.latin) ? LINK_EN : LINK_ZH;
  const text = searchable(question);
  return phrases(text, located, link)
    .map((p) => question.slice(p.start - (ORGANISATION_BEFORE.exec(question.slice(0, p.start))?.[0].length ?? 0), p.end))
    .join(joiner);
}
