// From a question to an answer or an honest refusal. The question's focus (its
// names, years and the detail it asks for) is read before ranking: a key term the
// declaration never mentions is named back to the asker, and a passage about the
// right subject that lacks the detail asked for is related reading, not an answer.

import { normalize } from './text/normalize.js';
import { wholeNames } from './absent-names.js';
import { namedBeside, readAbsence, without } from './answer-absence.js';
import { type DetailCheck, detailGiven } from './answer-detail.js';
import { detailRefusal } from './answer-detail-refusal.js';
import { byEdition } from './answer-editions.js';
import { unmentionedObject } from './answer-mention.js';
import { inSequence, namesItsSubject, neighbour, relatedHits, relevantHits } from './answer-order.js';
import { answerByParts, asksMembership } from './answer-parts.js';
import { subjectOf } from './answer-subject.js';
import { type ApartReaders, askedApart } from './answer-apart.js';
import { proposersFirst } from './answer-proposer.js';
import { subjectNeverUsed, unmentionedPart, unusedWords } from './answer-unused.js';
import { refusedFor } from './answer-phrases.js';
import { answerExcluding, excludedPart } from './answer-excluding.js';
import { absentText, NOT_COVERED_TEXT, partlyAbsentText, textFor } from './core-messages.js';
import { asksPersonsByName } from './focus/actor.js';
import type { Focus, FocusReader } from './focus/focus.js';
import { withoutOrderWords } from './focus/order-words.js';
import { asksOfTheDocumentItself } from './focus/own-document.js';
import type { Answer, DetailKind, Language, Passage, TopicSummary } from './model.js';
import { readerOfText } from './present/reader-language.js';
import { pageWindow, QUESTION_DEFAULTS } from './question-defaults.js';
import { Quoter } from './quoter.js';
import type { Hit, SearchEngine, SearchResult } from './search/engine.js';
import { topicWords } from './search/english.js';
import { speaksOfEvery, topicParts } from './topic-parts.js';

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
  /** A paragraph of the primary document as a hit, quoted whole (undefined past its last). */
  paragraph(number: number): Hit | undefined;
  /** The year the document was made, as its opening paragraph says: what is next is not dated before it. */
  made: number | undefined;
  /** The passage's paragraph quoted whole, with its whole English rendering. */
  whole(passage: Passage): Passage;
}

export interface QuestionOptions {
  offset?: number;
  limit?: number;
}

// An abbreviation in brackets after a name (人工智能（AI）, 一带一路（BRI）, the Belt and Road Initiative (BRI))
// glosses it: it says the name again, and is not a second thing the text must name.
const GLOSS = /(?<=[\p{L}\p{N}])\s*[（(]\s*(?=[\p{Lu}\d.&-]*\p{Lu})[\p{Lu}\d][\p{L}\d.&-]{1,10}\s*[)）]/gu;

export function answerQuestion(deps: QuestionDeps, typed: string, language: Language, options: QuestionOptions = {}): Answer {
  const text = typed.replace(GLOSS, '');
  const excluding = excludedPart(text);
  if (excluding === undefined) return answerWhole(deps, text, language, options);
  const ask = (part: string, limit: number): Answer => answerQuestion(deps, part, language, { limit });
  return answerExcluding(excluding, { text, ...options }, ask, () => answerWhole(deps, text, language, options));
}

/** The answer to a question read whole, nothing of it set aside. */
function answerWhole(deps: QuestionDeps, text: string, language: Language, options: QuestionOptions): Answer {
  // What the bot writes (names, reasons, notes) is in one language: a mixed question's by its share of Han.
  const says: Language = language === 'mixed' ? readerOfText(text) : language;
  const focus = deps.focus.read(text, says);
  // Asked for the paragraph next to another, the search is for the other.
  const first = deps.engine.search(focus.order === undefined ? text : withoutOrderWords(text));
  const own = focus.order === undefined && focus.sequence === undefined && asksOfTheDocumentItself(text, first.query.words) ? [deps.opening()] : undefined;
  const hits = own ?? onlyNames(text, focus, first, deps);
  if (hits !== undefined) {
    const quoter = new Quoter((hit, whole) => deps.passage(hit, first.query.phrases, whole), QUESTION_DEFAULTS.related);
    // The opening says the member states' leaders made it, naming none: asked which ones by name, that detail is not there
    // (a plain 'who signed it' is answered by the leaders of the member states).
    const opening = own?.[0];
    if (opening !== undefined && focus.detail === 'person' && asksPersonsByName(text)) {
      const subject = subjectOf(opening, first, says, text);
      return detailRefusal(
        refuser(deps, { text, language, focus, first }, []),
        { kind: 'person', subject, unused: [], absent: [], says, focus },
        quoter.related([opening]),
      );
    }
    return passagesAnswer(text, language, hits, quoter, options, undefined);
  }
  return answerSearched(deps, { text, language, says, focus, first }, options);
}

/**
 * The paragraphs that name what a question names when it has no other word to search: 'does it mention
 * Astana', 'Shanghai?' (names of the document's own city and of the organisation are stop words, as every
 * paragraph would match them). The organisation alone (SCO, what does SCO stand for) is the opening paragraph.
 */
function onlyNames(text: string, focus: Focus, first: SearchResult, deps: Pick<QuestionDeps, 'paragraph' | 'focus'>): Hit[] | undefined {
  // Not a question that asks a detail, what comes next or a year: those are read as usual.
  const asksMore = focus.detail !== undefined || focus.order !== undefined || focus.sequence !== undefined || focus.years.length > 0;
  // A verb the declaration uses (admit, oppose, propose) is what the question asks about the organisation;
  // one it never uses ('what does SCO stand for') leaves the organisation alone.
  const searchable = first.query.words.some((w) => w.role === 'content' || (w.role === 'verb' && first.covered));
  if (asksMore || searchable || focus.entities.some((e) => !e.present)) return undefined;
  const numbers = [...new Set(focus.entities.flatMap((e) => e.paragraphs))].sort((a, b) => a - b);
  if (numbers.length === 0 && deps.focus.namesTheOrganisation(text)) numbers.push(1);
  const hits = numbers.flatMap((n) => deps.paragraph(n) ?? []);
  return hits.length > 0 ? hits : undefined;
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
  const { hits, unanswered } = byEdition(text, refused ? relatedHits(first) : ranked({ text, result, focus, topic }, deps), result.query.words);
  const quoter = new Quoter((hit, whole) => deps.passage(hit, result.query.phrases, whole), QUESTION_DEFAULTS.related);
  const asked = focus.order === undefined ? focus.detail : undefined;
  const refuse = refuser(deps, { text, language, focus, first }, [...absent, ...unused]);
  const topics = topicParts(text);
  const { byParts, orByParts } = partsAsker(deps, { text, language }, options, topics);

  const best = hits[0];
  const edition = absent.length === 0 ? unanswered?.(says) : undefined;
  if (edition !== undefined) return refuse(edition.reason, asked, quoter.related(edition.related), edition.names);
  if (absent.length > 0 && (!absence.besides || !result.covered || best === undefined)) {
    const refusal = refuse(absentText(wholeNames(text, [...absent, ...unused]), says), asked, quoter.related(hits));
    // 哪些国家支持一带一路？印度在不在名单里: the list is answered, and the name it lacks said absent; so is each topic
    // of a list (Russia, Ukraine). Not each part of a compound question: its second part often goes on about the
    // absent name (乌克兰危机上合怎么说的？呼吁停火了吗), and answering that part alone would answer about something else.
    return !absence.between && (asksMembership(text, absence.surfaces) || topics.length > 1) ? orByParts(refusal) : refusal;
  }
  // A mention question (传统医学提了吗) is read once: refused when nothing it names is mentioned, else named beside the answer.
  const mention = unmentionedObject(text, first.query.words, focus, deps.engine, unused);
  const unusedSubject = subjectNeverUsed({ text, mention, result, unused, asked, best, focus }, deps);
  if (unusedSubject !== undefined)
    return orByParts(refuse(absentText(wholeNames(text, unusedSubject.said), says), asked, quoter.related(hits), unusedSubject.names));
  // What the question asks together that the best passage does not say together (Tashkent in 2030, 巴基斯坦核武器 in a list of countries).
  const apart = askedApart(text, focus, hits, result, apartReaders(deps));
  // What the text says of the thing asked, apart from the names asked with it (§81 on settling in national currencies), is related reading.
  if (apart !== undefined) return orByParts(refuse(absentText([apart.label], says), asked, quoter.related([...apart.answering, ...hits]), [apart.label]));
  if (best === undefined || !answersIt(result, best, focus, topic)) {
    // A question nothing answers is told so in the usual words; the words the declaration never uses are in `absent`.
    const names = refusedFor(deps.engine, { text, first, asked }, [...absent, ...unused]);
    return orByParts(refuse(textFor(NOT_COVERED_TEXT, says), asked, quoter.related(relatedHits(result)), names));
  }
  const detail = detailGiven(hits, focus, detailCheck(deps, quoter, result));
  if (detail !== undefined && detail.hit === undefined) {
    const subject = subjectOf(best, result, says, text);
    return orByParts(detailRefusal(refuse, { kind: detail.kind, subject, unused, absent, says, focus }, quoter.related(hits)));
  }
  const answering = detail?.hit;
  const ordered = answering === undefined ? hits : [answering, ...hits.filter((h) => h !== answering)];
  const partly = namedBeside(text, { absent, unused, unmentioned: unmentionedPart(mention, unused) }, besideReaders(deps, text));
  // Topics listed (Gaza and Afghanistan) of which the best passage speaks of only some: each is answered.
  const known = (h: Hit): boolean => speaksOfEvery(h, topics, result.query.words, [...absent, ...unused]);
  const listed = topics.length > 1 && ordered[0] !== undefined && !known(ordered[0]) ? byParts(topics) : undefined;
  return (
    listed ?? passagesAnswer(text, language, ordered, quoter, options, partly.length > 0 ? { names: partly, note: partlyAbsentText(partly, says) } : undefined)
  );
}

/** Whether a word stands beside others in the question, and whether the text is only kindred to it (src/answer-absence.ts). */
const besideReaders = (deps: QuestionDeps, text: string): Parameters<typeof namedBeside>[2] => ({
  partners: (w) => deps.focus.partners(text, w).length > 0,
  kindred: (w) => deps.engine.written.isKindred(normalize(w)),
});

/**
 * A compound question refused as a whole may have parts the declaration answers: they are asked one by one
 * (`byParts`), as its question parts or its listed topics, before a refusal stands (`orByParts`).
 */
function partsAsker(deps: QuestionDeps, question: { text: string; language: Language }, options: QuestionOptions, topics: readonly string[]) {
  const ask = (part: string): Answer => answerQuestion(deps, part, question.language, { limit: QUESTION_DEFAULTS.maxLimit });
  const byParts = (parts?: readonly string[]): Answer | undefined => answerByParts({ ask, whole: deps.whole }, question, options, parts);
  return { byParts, orByParts: (refusal: Answer): Answer => byParts() ?? byParts(topics) ?? refusal };
}

/** Where the document was made, how many countries a paragraph names, whether a word is common (src/answer-apart.ts). */
const apartReaders = (deps: QuestionDeps): ApartReaders => ({
  opening: deps.opening().paragraph.number,
  countriesIn: (n) => deps.focus.countriesIn(n),
  isGeneric: (w) => deps.engine.isGeneric(w),
});

/**
 * Whether the best passage answers the question: it covers it (or names its subject), and matches more than the
 * question's verbs or frame words (signed, date), which say nothing of its subject.
 */
function answersIt(result: SearchResult, best: Hit, focus: Focus, topic: readonly string[]): boolean {
  // A question of frame words only (does it give a number?) names no subject: a passage that has the word is no answer.
  const { words } = result.query;
  const aboutSubject =
    best.matchedWords.some((w) => w.role === 'content') || (!words.some((w) => w.role === 'content') && words.some((w) => w.role === 'verb'));
  return aboutSubject && (coveredBy(result, best) || namesItsSubject(focus, best, topic));
}

/**
 * Whether the question is covered: by the best scoring passage, or by the best passage kept when it matches all the
 * best scoring one does and more (§29 names Israel and Palestine, §31 scores more for Palestine alone).
 */
function coveredBy(result: SearchResult, best: Hit | undefined): boolean {
  const top = result.hits[0];
  if (result.covered || best === undefined || best.coverage < result.minCoverage) return result.covered;
  return top === undefined || top.matchedWords.every((w) => best.matchedWords.includes(w));
}

/** The passages that answer well enough, ordered by what the question asks for (what comes next, the paragraph after X). */
function ranked({ text, result, focus, topic }: { text: string; result: SearchResult; focus: Focus; topic: readonly string[] }, deps: QuestionDeps): Hit[] {
  return proposersFirst(inSequence(neighbour(relevantHits(result, focus, topic), focus, deps.paragraphCount), focus), focus, text, deps.focus.finder);
}

export type Refuse = (reason: string, missing: DetailKind | undefined, related: Passage[], names?: string[], subject?: string) => Answer;

/** A refusal of the question, naming `unknown` in `absent` unless told other names, with topics near it suggested. */
function refuser(deps: QuestionDeps, { text, language, focus, first }: Omit<Searched, 'says'>, unknown: string[]): Refuse {
  return (reason, missing, related, names = unknown, subject) => ({
    kind: 'notCovered',
    query: text,
    language,
    reason,
    // Named as the question writes them: South China Sea, not South or Sea.
    absent: wholeNames(text, names),
    missing,
    ...(subject === undefined ? {} : { subject }),
    related,
    suggestions: deps.suggestions(text, first.hits, focus, names),
  });
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
    opening: deps.opening().paragraph.number,
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
  const { start, end } = pageWindow(ordered.length, options);
  return {
    kind: 'passages',
    query,
    language,
    passages: ordered.slice(start, end).map((h) => quoter.passage(h)),
    offset: start,
    total: ordered.length,
    absent: partly?.names ?? [],
    note: partly?.note,
  };
}
