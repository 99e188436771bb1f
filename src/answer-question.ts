// From a question to an answer or an honest refusal. The question's focus (its
// names, years and the detail it asks for) is read before ranking: a key term the
// declaration never mentions is named back to the asker, and a passage about the
// right subject that lacks the detail asked for is related reading, not an answer.
import { absentText, missingText, NOT_COVERED_TEXT, partlyAbsentText, textFor } from './core-messages.js';
import { givesDetail } from './focus/detail.js';
import { isCoordinated, type Focus, type FocusReader } from './focus/focus.js';
import { plain, type Answer, type AnswerOf, type Language, type Passage, type TopicSummary } from './model.js';
import type { Hit, SearchEngine, SearchResult } from './search/engine.js';

export const QUESTION_DEFAULTS = {
  /** Passages shown at once by default, and at most. */
  limit: 3,
  maxLimit: 5,
  /** Passages kept for 'more results'. */
  maxResults: 10,
  /** A later passage must score at least this share of the best one. */
  minShareOfBest: 0.1,
  /** Passages about the subject shown as related reading beside a refusal. */
  related: 3,
  /** How much a paragraph naming the question's (present) entities is preferred. */
  entityBoost: 1.5,
} as const;

export interface QuestionDeps {
  engine: SearchEngine;
  focus: FocusReader;
  passage(hit: Hit, phrases: readonly string[]): Passage;
  suggestions(question: string, hits: readonly Hit[], focus: Focus): TopicSummary[];
  paragraphCount: number;
}

export interface QuestionOptions {
  offset?: number;
  limit?: number;
}

/** The question's own words a hit matched, to name the subject back ('the development bank'). */
function subjectOf(hit: Hit, result: SearchResult, language: Language): string {
  const found = result.query.words
    .filter((w) => !hit.missing.includes(w.word) && w.role === 'content' && w.word.length > 1 && !/^\d+$/u.test(w.word))
    .map((w) => w.word);
  return found.join(language === 'zh' ? '' : ' ') || (language === 'zh' ? '这一主题' : 'this subject');
}

/** Paragraphs that answer the question well enough to be shown, best first, with the question's years and names preferred. */
function relevantHits(result: SearchResult, focus: Focus): Hit[] {
  const top = result.hits[0]?.score ?? 0;
  const entityParagraphs = focus.entities.filter((e) => e.present).map((e) => new Set(e.paragraphs));
  const years = focus.years.filter((y) => y.present).map((y) => new Set(y.paragraphs));
  const boosted = result.hits
    .filter((h) => h.coverage >= result.minCoverage && h.score >= top * QUESTION_DEFAULTS.minShareOfBest)
    .map((h) => {
      const namesAll = entityParagraphs.length > 0 && entityParagraphs.every((s) => s.has(h.paragraph.number));
      return { hit: h, years: years.every((s) => s.has(h.paragraph.number)), score: h.score * (namesAll ? QUESTION_DEFAULTS.entityBoost : 1) };
    });
  // A year asked about must match: a paragraph naming it goes before any that does not.
  boosted.sort((a, b) => Number(b.years) - Number(a.years) || b.score - a.score);
  return boosted.map((b) => b.hit).slice(0, QUESTION_DEFAULTS.maxResults);
}

/** 'The paragraph after the one on X': the neighbour of the paragraph about X. */
function neighbour(hits: Hit[], focus: Focus, count: number): Hit[] {
  const anchor = hits[0];
  if (focus.order === undefined || anchor === undefined) return hits;
  const n = anchor.paragraph.number + (focus.order === 'next' ? 1 : -1);
  if (n < 1 || n > count) return hits;
  const paragraph = anchor.document.paragraphs[n - 1];
  if (paragraph === undefined) return hits;
  return [{ ...anchor, paragraph, matched: new Set(), missing: [], score: anchor.score }, ...hits.filter((h) => h.paragraph.number !== n)];
}

/**
 * Two countries the declaration names, but never together (以色列和伊朗): the pair,
 * and whatever passes between them, is something it does not address.
 */
function unnamedPair(focus: Focus, language: Language): string[] {
  const countries = focus.entities.filter((e) => e.present && e.kind === 'country');
  if (countries.length < 2) return [];
  const shared = countries.slice(1).reduce((acc, e) => acc.filter((n) => e.paragraphs.includes(n)), countries[0]?.paragraphs ?? []);
  if (shared.length > 0) return [];
  return [countries.map((e) => e.name).join(language === 'zh' ? '和' : ' and ')];
}

/** The question without the names it puts beside others, for answering the rest of it. */
function without(text: string, names: readonly string[]): string {
  let rest = text.normalize('NFKC');
  for (const name of names) rest = rest.replace(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'giu'), ' ');
  return rest;
}

export function answerQuestion(deps: QuestionDeps, text: string, language: Language, options: QuestionOptions = {}): Answer {
  const focus = deps.focus.read(text, language);
  const first = deps.engine.search(text);
  const absentEntities = focus.entities.filter((e) => !e.present);
  const absentYears = focus.years.filter((y) => !y.present).map((y) => (language === 'zh' ? `${y.year}年` : y.year));
  const unknown = first.unknownNames.filter((w) => !focus.entities.some((e) => e.surface.toLowerCase().includes(w)));
  const unknownCoordinated = unknown.filter((w) => isCoordinated(text, w));
  const absent = [...absentEntities.map((e) => e.name), ...absentYears, ...unknown, ...unnamedPair(focus, language)];
  // A name put beside others (X and Y, 芬太尼等毒品) leaves the rest of the question to answer;
  // a name that is the question's subject, or a year, does not.
  const besides = absentYears.length === 0 && unnamedPair(focus, language).length === 0 && absentEntities.every((e) => e.coordinated) && unknown.length === unknownCoordinated.length;
  const result = absent.length > 0 && besides ? deps.engine.search(without(text, [...absentEntities.map((e) => e.surface), ...unknown])) : first;
  const hits = neighbour(relevantHits(result, focus), focus, deps.paragraphCount);
  const shown = (list: readonly Hit[]): Passage[] => list.slice(0, QUESTION_DEFAULTS.related).map((h) => deps.passage(h, result.query.phrases));
  const refuse = (reason: string, missing: AnswerOf<'notCovered'>['missing'], related: Passage[], names = absent): Answer => ({
    kind: 'notCovered',
    query: text,
    language,
    reason,
    absent: names,
    missing,
    related,
    suggestions: deps.suggestions(text, first.hits, focus),
  });

  const best = hits[0];
  if (absent.length > 0 && (!besides || !result.covered || best === undefined)) return refuse(absentText(absent, language), undefined, shown(hits));
  if (!result.covered || best === undefined) return refuse(textFor(NOT_COVERED_TEXT, language), undefined, []);

  // The year asked about is in the text, but not in any passage about the question's subject.
  const years = focus.years.map((y) => new Set(y.paragraphs));
  if (!years.every((y) => y.has(best.paragraph.number))) {
    const related = shown(hits);
    return refuse(missingText('date', subjectOf(best, result, language), related.map((p) => p.paragraph), language), 'date', related, []);
  }

  let ordered = hits;
  if (focus.detail !== undefined && focus.order === undefined) {
    const detail = focus.detail;
    const gives = (h: Hit): boolean => {
      const quoted = plain(deps.passage(h, result.query.phrases).quote);
      return givesDetail(detail, quoted, deps.focus.namesIn(quoted));
    };
    const answering = hits.slice(0, QUESTION_DEFAULTS.related).find(gives);
    if (answering === undefined) {
      const related = shown(hits);
      const subject = subjectOf(best, result, language);
      return refuse(missingText(detail, subject, related.map((p) => p.paragraph), language), detail, related, []);
    }
    ordered = [answering, ...hits.filter((h) => h !== answering)];
  }

  const start = Math.max(0, Math.min(Math.floor(options.offset ?? 0), ordered.length));
  const size = Math.max(1, Math.min(Math.floor(options.limit ?? QUESTION_DEFAULTS.limit), QUESTION_DEFAULTS.maxLimit));
  return {
    kind: 'passages',
    query: text,
    language,
    passages: ordered.slice(start, start + size).map((h) => deps.passage(h, result.query.phrases)),
    offset: start,
    total: ordered.length,
    absent,
    note: absent.length > 0 ? partlyAbsentText(absent, language) : undefined,
  };
}
