// Which of a question's hits are shown, and in what order: those answering well enough, the ones
// naming the question's years and names first, what comes next or before when the question asks for
// it, and what happened before what the text says is to come.
import { PLACE_KINDS } from './focus/name-holders.js';
import type { Focus } from './focus/focus.js';
import { QUESTION_DEFAULTS } from './question-defaults.js';
import type { Hit, SearchResult } from './search/engine.js';

// Named things with a paragraph of their own (a conflict or issue too: the Iranian nuclear issue, §48); not the organisation itself, which nearly every paragraph names.
const SUBJECT_KINDS = new Set(['organisation', 'programme', 'document', 'event', 'conflict']);

/**
 * Whether a paragraph mentions a named thing the question is about (the SCO Development Bank):
 * the declaration speaks of the question's subject there, however the rest of the question is worded.
 * Not when a detail is asked (when, what results): that it is said of the subject is for the detail check.
 */
export function namesItsSubject(focus: Focus, best: Hit | undefined, topic: readonly string[] = []): boolean {
  if (best === undefined || focus.detail !== undefined) return false;
  if (focus.entities.some((e) => e.present && !e.coordinated && e.id !== 'sco' && SUBJECT_KINDS.has(e.kind) && e.paragraphs.includes(best.paragraph.number)))
    return true;
  // The topic an English question sets first (protectionism - any explicit language?), every word of it found there.
  const matched = new Set(best.matchedWords.map((w) => w.word.toLowerCase()));
  return topic.length > 0 && topic.every((t) => matched.has(t));
}

/** Paragraphs that answer the question well enough to be shown (or name its subject), best first, with the question's years and names preferred. */
export function relevantHits(result: SearchResult, focus: Focus, topic: readonly string[] = []): Hit[] {
  const top = result.hits[0]?.score ?? 0;
  const entityParagraphs = focus.entities.filter((e) => e.present).map((e) => new Set(e.paragraphs));
  const years = focus.years.filter((y) => y.present).map((y) => new Set(y.paragraphs));
  const namesAllOf = (h: Hit): boolean => entityParagraphs.length > 0 && entityParagraphs.every((s) => namesOrContinues(s, h));
  const boosted = result.hits
    .filter((h) => !onlyInsideOtherNames(h, focus, entityParagraphs))
    // The best paragraph, when it names the question's subject, answers however little else of the question it has.
    // A paragraph that names every name of the question and has all it asks is kept however it scores: §48 names Iran
    // once, where §56 and §66 score many times higher for the full name Islamic Republic of Iran.
    .filter(
      (h, i) =>
        (h.coverage >= result.minCoverage || (i === 0 && namesItsSubject(focus, h, topic))) &&
        (h.score >= top * QUESTION_DEFAULTS.minShareOfBest || (h.coverage >= 1 && namesAllOf(h))),
    )
    .map((h) => {
      const namesAll = namesAllOf(h);
      // The question's names and years are terms that must match: a paragraph with more of them goes first.
      const kept = Number(years.length > 0 && years.every((s) => s.has(h.paragraph.number))) + Number(namesAll);
      return { hit: h, kept, score: h.score * (namesAll ? QUESTION_DEFAULTS.entityBoost : 1) };
    });
  boosted.sort((a, b) => b.kept - a.kept || b.score - a.score);
  // Asked about a country's part (中国在宣言里有什么倡议), the paragraphs that name it are the answer: another country's
  // initiative is not, however much it shares the question's other words.
  const naming = boosted.filter((b) => namesAllOf(b.hit));
  const countries = focus.entities.some((e) => e.present && e.kind === 'country');
  const kept = countries && naming.length > 0 && naming[0] === boosted[0] ? naming : boosted;
  return kept.map((b) => b.hit).slice(0, QUESTION_DEFAULTS.maxResults);
}

/**
 * Whether a hit matched the question only by its names, in a paragraph that mentions none of them:
 * the name's characters stand inside another name there (俄罗斯 in 白俄罗斯, Belarus), which the
 * gazetteer tells apart and the search does not.
 */
function onlyInsideOtherNames(hit: Hit, focus: Focus, entityParagraphs: readonly ReadonlySet<number>[]): boolean {
  // Countries and places, whose names stand inside others' (俄罗斯 in 白俄罗斯, 印度 in 印度尼西亚); not a summit or a
  // document, which a paragraph may speak of in other words (the next meeting of the Council for 上合峰会).
  const surfaces = focus.entities.filter((e) => e.present && PLACE_KINDS.has(e.kind)).map((e) => e.surface.toLowerCase());
  if (surfaces.length === 0 || hit.matchedWords.length === 0) return false;
  const ofNames = hit.matchedWords.every((w) => w.role !== 'content' || surfaces.some((s) => s.includes(w.word.toLowerCase())));
  return ofNames && hit.matchedWords.some((w) => w.role === 'content') && !entityParagraphs.some((s) => namesOrContinues(s, hit));
}

/**
 * Whether a hit's paragraph names an entity, or goes on about it from the paragraph before on
 * the same topic (§29 names Gaza, §30 calls for the ceasefire there), as the engine counts it.
 */
function namesOrContinues(paragraphs: ReadonlySet<number>, hit: Hit): boolean {
  const n = hit.paragraph.number;
  if (paragraphs.has(n)) return true;
  const before = hit.document.paragraphs[n - 2];
  return paragraphs.has(n - 1) && before !== undefined && before.topicId !== undefined && before.topicId === hit.paragraph.topicId;
}

/** The best passages of a refused question, as related reading: those scoring a fair share of the best. */
export function relatedHits(result: SearchResult): Hit[] {
  const top = result.hits[0]?.score ?? 0;
  return result.hits.filter((h) => h.score > 0 && h.score >= top * QUESTION_DEFAULTS.minShareOfBest).slice(0, QUESTION_DEFAULTS.related);
}

/**
 * 'Who takes over after Kazakhstan': among the best passages, the one the declaration
 * tells right after (or before) the best one goes first.
 */
export function inSequence(hits: Hit[], focus: Focus): Hit[] {
  const best = hits[0];
  if (focus.order !== undefined || best === undefined) return hits;
  if (focus.sequence === undefined) return focus.past ? beforeWhatComesNext(hits) : hits;
  const wanted = best.paragraph.number + (focus.sequence === 'after' ? 1 : -1);
  const top = hits.slice(0, QUESTION_DEFAULTS.related);
  // What the declaration says comes next it says in words of its own (下一次会议将于…), or right after.
  const follower =
    top.find((h) => focus.sequence === 'after' && h !== best && NEXT_IN_TEXT.test(h.paragraph.text) && !NEXT_IN_TEXT.test(best.paragraph.text)) ??
    top.find((h) => h.paragraph.number === wanted);
  return follower === undefined ? hits : [follower, ...hits.filter((h) => h !== follower)];
}

const NEXT_IN_TEXT = /下一次|下一届|下届|将于|接任/u;

/**
 * A question about what happened ('where was the summit held') is not answered by what the text says
 * comes next (下一次会议将于2025年在中国举行) when a passage found as well, matching as much, is not about that.
 */
function beforeWhatComesNext(hits: Hit[]): Hit[] {
  const best = hits[0];
  if (best === undefined || !NEXT_IN_TEXT.test(best.paragraph.text)) return hits;
  const top = hits.slice(0, QUESTION_DEFAULTS.related);
  const current = top.find((h) => h !== best && !NEXT_IN_TEXT.test(h.paragraph.text) && h.coverage >= best.coverage);
  return current === undefined ? hits : [current, ...hits.filter((h) => h !== current)];
}

/** 'The paragraph after the one on X': the neighbour of the paragraph about X. */
export function neighbour(hits: Hit[], focus: Focus, count: number): Hit[] {
  const anchor = hits[0];
  if (focus.order === undefined || anchor === undefined) return hits;
  const n = anchor.paragraph.number + (focus.order === 'next' ? 1 : -1);
  if (n < 1 || n > count) return hits;
  const paragraph = anchor.document.paragraphs[n - 1];
  if (paragraph === undefined) return hits;
  return [{ ...anchor, paragraph, matched: new Set(), missing: [], score: anchor.score }, ...hits.filter((h) => h.paragraph.number !== n)];
}
