// From a question to an answer or an honest refusal. The question's focus (its
// names, years and the detail it asks for) is read before ranking: a key term the
// declaration never mentions is named back to the asker, and a passage about the
// right subject that lacks the detail asked for is related reading, not an answer.
import { Quoter } from './quoter.js';
import { absentText, missingText, NOT_COVERED_TEXT, partlyAbsentText, textFor } from './core-messages.js';
import { asksOfTheDocumentItself } from './focus/own-document.js';
import { subjectOf } from './answer-subject.js';
import { escapeRegExp } from './question-spans.js';
import { type Focus, type FocusReader, withoutOrderWords } from './focus/focus.js';
import type { Answer, DetailKind, Language, Passage, TopicSummary } from './model.js';
import { type DetailCheck, detailGiven } from './answer-detail.js';
import type { Hit, SearchEngine, SearchResult } from './search/engine.js';
import { topicWords } from './search/english.js';
import { readerOfText } from './present/reader-language.js';
import { normalize, normalizeWithMap } from './text/normalize.js';
import { QUESTION_DEFAULTS } from './question-defaults.js';
import { inSequence, namesItsSubject, neighbour, relatedHits, relevantHits } from './answer-order.js';
import { answerByParts, asksMembership } from './answer-parts.js';
import { type UnmentionedObject, unmentionedObject } from './answer-mention.js';
import type { Conjunct } from './focus/conjuncts.js';
import { asWritten, touchesAny, unusedIsTheSubject, unusedPhrase, unusedWords } from './answer-unused.js';

export interface QuestionDeps {
  engine: SearchEngine;
  focus: FocusReader;
  /** `whole`: the paragraph's every sentence quoted, not only the best matching. */
  passage(hit: Hit, phrases: readonly string[], whole?: boolean): Passage;
  /** `unknown`: what the refusal names as never mentioned, whose characters may still point to a topic. */
  suggestions(question: string, hits: readonly Hit[], focus: Focus, unknown: readonly string[]): TopicSummary[];
  paragraphCount: number;
  /** The paragraph in which the document says when, where and by whom it was made (see src/focus/own-document.ts). */
  opening(): Hit;
  /** The year the document was made, as its opening paragraph says: what is next is not dated before it. */
  made: number | undefined;
  /** The passage's paragraph quoted whole, with its whole English rendering. */
  whole(passage: Passage): Passage;
}

export interface QuestionOptions {
  offset?: number;
  limit?: number;
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

/**
 * The question without the names it puts beside others, for answering the rest of it. The names are
 * found as they were found, in normalised text (simplified, lower case), so a name typed in traditional
 * characters goes too; the rest keeps the asker's own characters and capitals, which the English model
 * reads (gaza is not Gaza to it).
 */
function without(text: string, names: readonly string[]): string {
  const { text: normal, map } = normalizeWithMap(text);
  const cuts: { from: number; to: number }[] = [];
  for (const name of names) {
    const escaped = escapeRegExp(normalize(name));
    // A Latin name goes as a whole word: taking out Niger must leave Nigeria.
    const pattern = /^[\p{Script=Latin}\d]/u.test(escaped) ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped;
    for (const m of normal.matchAll(new RegExp(pattern, 'giu'))) {
      const end = m.index + m[0].length;
      cuts.push({ from: map[m.index] ?? 0, to: end < map.length ? (map[end] ?? text.length) : text.length });
    }
  }
  let rest = '';
  let at = 0;
  for (const cut of cuts.sort((a, b) => a.from - b.from)) {
    if (cut.from < at) continue;
    rest += `${text.slice(at, cut.from)} `;
    at = cut.to;
  }
  return rest + text.slice(at);
}

/** What the question names that the declaration does not, and whether the rest of it can still be answered. */
interface Absence {
  /** As named back to the asker. */
  names: string[];
  /** The question's own words for the absent names, to search without them. */
  surfaces: string[];
  /** Every absent name stands beside other things (X and Y, 芬太尼等毒品): the rest may be answered. */
  besides: boolean;
}

function readAbsence(text: string, focus: Focus, result: SearchResult, deps: QuestionDeps, language: Language): Absence {
  const entities = focus.entities.filter((e) => !e.present);
  const years = focus.years.filter((y) => !y.present).map((y) => (language === 'zh' ? `${y.year}年` : y.year));
  // Hamas's is Hamas: a possessive names nothing the name does not.
  const named = (w: string): boolean => focus.entities.some((e) => e.surface.toLowerCase().includes(w.replace(/['’]s$/u, '')));
  const unknown = result.unknownNames.filter((w) => !named(w)).map((w) => asWritten(text, w));
  const pair = unnamedPair(focus, language);
  const yearWords = focus.years.filter((y) => !y.present).map((y) => y.year);
  const surfaces = [...entities.map((e) => e.surface), ...unknown, ...yearWords];
  // What the absent names stand beside must be something the declaration speaks of: not another
  // absent name (Armenia and Azerbaijan) nor the organisation itself (BRICS and the SCO).
  const others = [...surfaces, ...result.unknownTerms.map((w) => asWritten(text, w))];
  // A word of an absent name the documents never use names it again (an Olympic truce beside the Paris Olympics).
  const ofAbsentNames = [...result.unknownTerms, ...result.unknownNames].filter((w) => entities.some((e) => e.surface.toLowerCase().includes(w)));
  const besideKnown = (surface: string): boolean => besideKnownWords(text, surface, deps, others, ofAbsentNames);
  // A name that is the question's subject, a year or a pair leaves nothing else to answer.
  const besides = years.length === 0 && pair.length === 0 && [...entities.map((e) => e.surface), ...unknown].every(besideKnown);
  return { names: [...entities.map((e) => e.name), ...years, ...unknown, ...pair], surfaces, besides };
}

/**
 * Whether a name stands beside something the declaration speaks of: not another absent name, nor the
 * organisation itself, nor a thing named by a word of an absent name (`namingWords`).
 */
function besideKnownWords(text: string, surface: string, deps: QuestionDeps, absentNames: readonly string[], namingWords: readonly string[]): boolean {
  const namedAgain = (c: Conjunct): boolean =>
    namingWords.some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalize(w))}(?![\\p{L}\\p{N}])`, 'u').test(c.words));
  return deps.focus.partners(text, surface).some((c) => !deps.focus.isOrganisation(c) && !touchesAny(c, absentNames) && !namedAgain(c));
}

// An abbreviation in brackets after a name (人工智能（AI）, 一带一路（BRI）, the Belt and Road Initiative (BRI))
// glosses it: it says the name again, and is not a second thing the text must name.
const GLOSS = /(?<=[\p{L}\p{N}])\s*[（(]\s*(?=[\p{Lu}\d.&-]*\p{Lu})[\p{Lu}\d][\p{L}\d.&-]{1,10}\s*[)）]/gu;

export function answerQuestion(deps: QuestionDeps, typed: string, language: Language, options: QuestionOptions = {}): Answer {
  const text = typed.replace(GLOSS, '');
  // What the bot writes (names, reasons, notes) is in one language: a mixed question's by its share of Han.
  const says: Language = language === 'mixed' ? readerOfText(text) : language;
  const focus = deps.focus.read(text, says);
  // Asked for the paragraph next to another, the search is for the other.
  const first = deps.engine.search(focus.order === undefined ? text : withoutOrderWords(text));
  if (focus.order === undefined && focus.sequence === undefined && asksOfTheDocumentItself(text, first.query.words)) {
    const quoter = new Quoter((hit, whole) => deps.passage(hit, first.query.phrases, whole), QUESTION_DEFAULTS.related);
    return passagesAnswer(text, language, [deps.opening()], quoter, options, undefined);
  }
  return answerSearched(deps, { text, language, says, focus, first }, options);
}

/** A question as read and searched once: its text, the asker's language, the language the bot writes in. */
interface Searched {
  text: string;
  language: Language;
  says: Language;
  focus: Focus;
  first: SearchResult;
}

/** The answer to a question about the declaration's content: passages, or a refusal that says why. */
function answerSearched(deps: QuestionDeps, { text, language, says, focus, first }: Searched, options: QuestionOptions): Answer {
  const absence = readAbsence(text, focus, first, deps, says);
  const absent = absence.names;
  // Without its absent names, the question finds what the declaration says on the rest of it:
  // the answer when those names stand beside the rest, related reading when they are its subject.
  // When they are its subject, the question is refused whatever the rest finds: the first search's best
  // passages are the related reading, and the question is not searched again.
  const refused = absent.length > 0 && !absence.besides;
  const result = absent.length > 0 && !refused ? deps.engine.search(without(text, absence.surfaces)) : first;
  // A refusal names every word of the question the declaration never uses, and the detail asked for, which it does not give either.
  const unused = unusedWords(text, focus, first, absent);
  const topic = searchedTopic(text, result, [...absent, ...unused]);
  const hits = refused ? relatedHits(first) : inSequence(neighbour(relevantHits(result, focus, topic), focus, deps.paragraphCount), focus);
  const quoter = new Quoter((hit, whole) => deps.passage(hit, result.query.phrases, whole), QUESTION_DEFAULTS.related);
  const asked = focus.order === undefined ? focus.detail : undefined;
  const refuse = (reason: string, missing: DetailKind | undefined, related: Passage[], names = [...absent, ...unused], subject?: string): Answer => ({
    kind: 'notCovered',
    query: text,
    language,
    reason,
    absent: names,
    missing,
    ...(subject === undefined ? {} : { subject }),
    related,
    suggestions: deps.suggestions(text, first.hits, focus, names),
  });
  // A question nothing answers is told so in the usual words; the words the declaration never uses are in `absent`.
  const notCovered = (related: Passage[]): Answer => refuse(textFor(NOT_COVERED_TEXT, says), asked, related);
  // A compound question refused as a whole may have parts the declaration answers: they are asked one by one.
  const ask = (part: string): Answer => answerQuestion(deps, part, language, { limit: QUESTION_DEFAULTS.maxLimit });
  const orByParts = (refusal: Answer): Answer => answerByParts({ ask, whole: deps.whole }, { text, language }, options) ?? refusal;

  const best = hits[0];
  if (absent.length > 0 && (!absence.besides || !result.covered || best === undefined)) {
    const refusal = refuse(absentText([...absent, ...unused], says), asked, quoter.related(hits));
    // 哪些国家支持一带一路？印度在不在名单里: the list is answered, and the name it lacks said absent.
    return asksMembership(text, absence.surfaces) ? orByParts(refusal) : refusal;
  }
  // A mention question (传统医学提了吗) is read once: refused when nothing it names is mentioned, else named beside the answer.
  const mention = unmentionedObject(text, first.query.words, focus, deps.engine, unused);
  const unusedSubject = subjectNeverUsed({ text, mention, result, unused, asked, best }, deps);
  if (unusedSubject !== undefined) return orByParts(refuse(absentText(unusedSubject.said, says), asked, quoter.related(hits), unusedSubject.names));
  // A paragraph that matches only the question's verbs or frame words (signed, date) is not about its subject.
  const aboutSubject = best !== undefined && (best.matchedWords.some((w) => w.role === 'content') || !result.query.words.some((w) => w.role === 'content'));
  if (!(result.covered || namesItsSubject(focus, best, topic)) || best === undefined || !aboutSubject) return orByParts(notCovered([]));
  const detail = detailGiven(hits, focus, detailCheck(deps, quoter, result));
  if (detail !== undefined && detail.hit === undefined) {
    const subject = subjectOf(best, result, says, text);
    return orByParts(detailRefusal(refuse, { kind: detail.kind, subject, unused, says, focus }, quoter.related(hits)));
  }
  const answering = detail?.hit;
  const ordered = answering === undefined ? hits : [answering, ...hits.filter((h) => h !== answering)];
  // The specific words the declaration never uses that stand beside the rest (芯片和数字经济) are named
  // beside the answer to it; one standing alone may be a word read amiss (how does it frame X).
  const partly = [...absent, ...unused.filter((w) => deps.focus.partners(text, w).length > 0), ...unmentionedPart(mention, unused)];
  return passagesAnswer(text, language, ordered, quoter, options, partly.length > 0 ? { names: partly, note: partlyAbsentText(partly, says) } : undefined);
}

/**
 * What the question is about when the declaration never uses it: what a mention question asks about
 * (传统医学提了吗) when the declaration does not use its words, or a specific word the declaration never
 * uses with only common words of the question found beside it (电动汽车 with 产业 and 支持): the common
 * words alone do not make an answer. (A question asking for a detail is told elsewhere what the
 * declaration says of its subject, and that the detail is not there.) `said` is named in the reason,
 * `names` (default: every absent and unused word) in `absent`.
 */
function subjectNeverUsed(
  {
    text,
    mention,
    result,
    unused,
    asked,
    best,
  }: { text: string; mention: UnmentionedObject | undefined; result: SearchResult; unused: string[]; asked: DetailKind | undefined; best: Hit | undefined },
  deps: QuestionDeps,
): { said: string[]; names?: string[] } | undefined {
  if (mention?.whole === true) return { said: mention.names, names: mention.names };
  if (!unusedIsTheSubject(text, unused, asked, best, deps, result.query)) return undefined;
  const phrase = unusedPhrase(text, unused, result.query.words);
  return { said: phrase === undefined ? unused : [phrase] };
}

/** What a mention question names beside others that the declaration does not mention (奖学金 in 网络安全和奖学金): named beside the answer. */
function unmentionedPart(mention: UnmentionedObject | undefined, unused: readonly string[]): string[] {
  return mention === undefined || mention.whole ? [] : mention.names.filter((n) => !unused.some((u) => n.includes(u) || u.includes(n)));
}

type Refuse = (reason: string, missing: DetailKind | undefined, related: Passage[], names?: string[], subject?: string) => Answer;

/** The passages about the subject do not give the detail asked: what the declaration says of it, and that the detail is not there. */
function detailRefusal(
  refuse: Refuse,
  { kind, subject, unused, says, focus }: { kind: DetailKind; subject: string; unused: string[]; says: Language; focus: Focus },
  related: Passage[],
): Answer {
  if (subject === '') return refuse(textFor(NOT_COVERED_TEXT, says), kind, related);
  const called = focus.precision.called === true || focus.precision.theme === true;
  const where = related.map((p) => p.paragraph);
  return refuse(missingText(kind, subject, where, says, called), kind, related, unused, subject);
}

/**
 * The words of the topic an English question sets first that the search looks for (not its stop words).
 * None when the declaration does not know every word of the question (`unknown`): then the topic found is not the whole subject.
 */
function searchedTopic(text: string, result: SearchResult, unknown: readonly string[]): string[] {
  if (result.query.language !== 'en' || unknown.length > 0) return [];
  const words = new Set(result.query.words.map((w) => w.word.toLowerCase()));
  return (topicWords(text) ?? []).filter((t) => words.has(t));
}

/** How the passages are checked for the detail asked: quoted once each, against the question's own terms. */
function detailCheck(deps: QuestionDeps, quoter: Quoter, result: SearchResult): DetailCheck {
  const ownTerms = new Set(result.query.terms.filter((t) => t.weight === 1).map((t) => t.term));
  return {
    quoter,
    reader: deps.focus,
    ownTerms,
    english: result.query.language === 'en',
    related: QUESTION_DEFAULTS.related,
    made: deps.made,
  };
}

/** One page of the passages that answer, with the names it could not answer for beside them. */
function passagesAnswer(
  query: string,
  language: Language,
  ordered: readonly Hit[],
  quoter: Quoter,
  options: QuestionOptions,
  partly: { names: string[]; note: string } | undefined,
): Answer {
  const start = Math.max(0, Math.min(Math.floor(options.offset ?? 0), ordered.length));
  const size = Math.max(1, Math.min(Math.floor(options.limit ?? QUESTION_DEFAULTS.limit), QUESTION_DEFAULTS.maxLimit));
  return {
    kind: 'passages',
    query,
    language,
    passages: ordered.slice(start, start + size).map((h) => quoter.passage(h)),
    offset: start,
    total: ordered.length,
    absent: partly?.names ?? [],
    note: partly?.note,
  };
}
