import { fileURLToPath } from 'node:url';
import type { AskOptions, ContextOptions, Core, LanguageOptions, ParagraphRange, ParagraphsOptions } from './core.js';
import {
  EMPTY_TEXT,
  INTERNAL_TEXT,
  MAX_INPUT_LENGTH,
  MAX_PARAGRAPHS_PER_REQUEST,
  NO_WORDS_TEXT,
  TOO_LONG_TEXT,
  UNSUPPORTED_LANGUAGE_TEXT,
  UNKNOWN_DOCUMENT_TEXT,
  malformedReferenceText,
  outOfRangeText,
  textFor,
  unknownTopicText,
  type CoreErrorCode,
} from './core-messages.js';
import { loadLibrary } from './documents/load.js';
import type { LoadedDocument, Paragraph } from './documents/types.js';
import type { Answer, AnswerOf, Language, ParagraphView, Passage, TopicInfo, TopicSummary } from './model.js';
import { answerQuestion, type QuestionDeps } from './answer-question.js';
import type { Focus } from './focus/focus.js';
import { FocusReader } from './focus/focus.js';
import { gazetteerGlossary, Kinship } from './focus/kinship.js';
import { readIntent } from './query/intent.js';
import type { ReferenceRequest } from './query/references.js';
import { selectEnglish, selectQuote, splitSentences } from './quote.js';
import { SEARCH_DEFAULTS, SearchEngine, type Hit, type SearchSettings } from './search/engine.js';
import { buildVocabulary, detectLanguage } from './search/query.js';
import { hasOwnLanguage } from './present/reader-language.js';
import { hasWords, isUnsupportedLanguage, sanitize } from './text/sanitize.js';
import { normalize } from './text/normalize.js';

export const DEFAULT_INDEX_DIR = fileURLToPath(new URL('../index/', import.meta.url));

export const ASK_DEFAULTS = { contextBefore: 1, contextAfter: 1 } as const;

export interface CoreOptions {
  indexDir?: string;
  search?: Partial<SearchSettings>;
}

/** Loads index/ and builds the search index; throws naming the bad file when the data is malformed. */
export function createCore({ indexDir = DEFAULT_INDEX_DIR, search = {} }: CoreOptions = {}): Core & { readonly engine: SearchEngine } {
  const library = loadLibrary(indexDir);
  const settings = { ...SEARCH_DEFAULTS, ...search };
  const primary = library.documents[0] as LoadedDocument;
  const focus = new FocusReader(library.gazetteer, primary.paragraphs, library.documents.length === 1 ? library.gazetteerMentions : undefined);
  const kin = new Kinship(library.gazetteer, focus.mentions);
  const vocabulary = buildVocabulary(library.stopWords, library.synonyms, [
    ...library.glossary,
    ...gazetteerGlossary(library.gazetteer, focus.mentions, primary.paragraphs),
  ]);
  const engine = new SearchEngine(library.documents, vocabulary, settings);

  const topicOf = (document: LoadedDocument, paragraph: Paragraph): TopicInfo | undefined => {
    const t = document.topics.find((x) => x.id === paragraph.topicId);
    return t === undefined ? undefined : { id: t.id, en: t.en, zh: t.zh };
  };
  const summaries = (document: LoadedDocument): TopicSummary[] =>
    document.topics.map((t) => ({
      id: t.id,
      en: t.en,
      zh: t.zh,
      paragraphs: document.paragraphs.filter((p) => p.topicId === t.id).map((p) => p.number),
    }));
  const view = (document: LoadedDocument, paragraph: Paragraph): ParagraphView => ({
    document: document.info,
    paragraph: paragraph.number,
    topic: topicOf(document, paragraph),
    text: paragraph.text,
    english: paragraph.english,
  });
  const error = (code: CoreErrorCode, texts: { zh: string; en: string }, language: Language): AnswerOf<'error'> => ({
    kind: 'error',
    language,
    code,
    message: textFor(texts, language),
  });

  function paragraphs(document: LoadedDocument, request: ReferenceRequest, language: Language): Answer {
    const count = document.paragraphs.length;
    const wanted: number[] = [];
    for (const { from, to } of request.ranges) {
      if (from < 1 || to > count) return error('outOfRange', outOfRangeText(count), language);
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

  function passage(hit: Hit, phrases: readonly string[]): Passage {
    const weight = (t: string): number => engine.idf(t);
    const emphasis = { phrases, terms: hit.matched };
    return {
      document: hit.document.info,
      paragraph: hit.paragraph.number,
      topic: topicOf(hit.document, hit.paragraph),
      text: hit.paragraph.text,
      quote: selectQuote(hit.paragraph.text, emphasis, { analysis: settings.analysis, weight }),
      english: selectEnglish(hit.paragraph, emphasis, { analysis: settings.analysis, weight }),
      score: Math.round(hit.score * 1000) / 1000,
    };
  }

  // Fixed for the life of the core: built once, not per refusal.
  const topicSummaries = summaries(primary);
  const topicKeywords = primary.topics.map((t) => ({ id: t.id, keywords: [...t.keywords.zh, ...t.keywords.en].map(normalize) }));

  /** Topics near the question: by its words, by the paragraphs it nearly matched, by the absent names' kind and region. */
  function suggestions(question: string, hits: readonly Hit[], focus: Focus): TopicSummary[] {
    const all = topicSummaries;
    const q = normalize(question);
    const byKeyword = topicKeywords.filter((t) => t.keywords.some((k) => q.includes(k))).map((t) => t.id);
    const byHits = hits.slice(0, 5).map((h) => h.paragraph.topicId);
    const near = focus.entities.filter((e) => !e.present).flatMap((e) => kin.near(e.id));
    const byKin = near.map((n) => primary.paragraphs[n - 1]?.topicId);
    const ids = [...new Set([...byKeyword, ...byHits, ...byKin])].filter((id) => id !== undefined);
    const picked = ids.map((id) => all.find((t) => t.id === id)).filter((t): t is TopicSummary => t !== undefined);
    const fallback = [...all].sort((a, b) => b.paragraphs.length - a.paragraphs.length);
    return [...new Set([...picked, ...fallback])].slice(0, 3);
  }

  const questionDeps: QuestionDeps = { engine, focus, passage, suggestions, paragraphCount: primary.paragraphs.length };

  function topic(name: string, language: Language): Answer {
    const key = normalize(name);
    const found = primary.topics.find(
      (t) => [t.id, t.en, t.zh, ...t.keywords.zh, ...t.keywords.en].some((k) => normalize(k) === key) || normalize(t.en).startsWith(key),
    );
    return topicAnswer(found?.id, language);
  }

  function topicAnswer(id: string | undefined, language: Language): Answer {
    const summary = topicSummaries.find((t) => t.id === id);
    if (summary === undefined) return error('unknownTopic', unknownTopicText(primary.topics.map((t) => t.id).join(', ')), language);
    return {
      kind: 'topic',
      language,
      topic: summary,
      entries: summary.paragraphs.map((n) => ({
        paragraph: n,
        firstSentence: splitSentences(primary.paragraphs[n - 1]?.text ?? '')[0]?.text ?? '',
      })),
    };
  }

  function ask(input: string, options: AskOptions = {}): Answer {
    const text = sanitize(typeof input === 'string' ? input : '');
    // '§42' has no language of its own: the caller's default decides, English when none is given.
    const language: Language = /\p{Script=Han}/u.test(text) ? 'zh' : hasOwnLanguage(text) ? 'en' : (options.language ?? 'en');
    try {
      if (text === '') return error('empty', EMPTY_TEXT, language);
      if (text.length > MAX_INPUT_LENGTH) return error('tooLong', TOO_LONG_TEXT, language);
      if (!hasWords(text)) return error('noWords', NO_WORDS_TEXT, language);
      if (isUnsupportedLanguage(text)) return error('unsupportedLanguage', UNSUPPORTED_LANGUAGE_TEXT, language);
      const intent = readIntent(text.normalize('NFKC'));
      switch (intent.kind) {
        case 'help':
          return { kind: 'help', language };
        case 'topics':
          return { kind: 'topics', language, topics: topicSummaries };
        case 'topic':
          return topic(intent.name, language);
        case 'references':
          return paragraphs(primary, intent.request, language);
        case 'malformedReference':
          return error('malformedReference', malformedReferenceText(primary.paragraphs.length), language);
        case 'question':
          return answerQuestion(questionDeps, text, detectLanguage(normalize(text)), options);
      }
    } catch {
      return error('internal', INTERNAL_TEXT, language);
    }
  }

  function context(documentId: string, paragraph: number, options: ContextOptions = {}): Answer {
    const { before = ASK_DEFAULTS.contextBefore, after = ASK_DEFAULTS.contextAfter, language = 'en' } = options;
    const document = library.documents.find((d) => d.info.id === documentId);
    if (document === undefined) return error('unknownDocument', UNKNOWN_DOCUMENT_TEXT, language);
    const count = document.paragraphs.length;
    if (!Number.isInteger(paragraph) || paragraph < 1 || paragraph > count) return error('outOfRange', outOfRangeText(count), language);
    const from = Math.max(1, paragraph - Math.max(0, Math.floor(before)));
    const to = Math.min(count, paragraph + Math.max(0, Math.floor(after)), from + MAX_PARAGRAPHS_PER_REQUEST - 1);
    const answer = paragraphs(document, { ranges: [{ from, to }] }, language);
    return answer.kind === 'paragraphs' ? { ...answer, window: { ...answer.window, center: paragraph } } : answer;
  }

  /** The typed form of '§12-14': ranges as numbers, checked here because no parser saw them. */
  function paragraphsByNumber(ranges: readonly ParagraphRange[], { documentId = primary.info.id, language = 'en' }: ParagraphsOptions = {}): Answer {
    const document = library.documents.find((d) => d.info.id === documentId);
    if (document === undefined) return error('unknownDocument', UNKNOWN_DOCUMENT_TEXT, language);
    const wellFormed = ranges.length > 0 && ranges.every(({ from, to }) => Number.isInteger(from) && Number.isInteger(to) && from <= to);
    if (!wellFormed) return error('malformedReference', malformedReferenceText(document.paragraphs.length), language);
    return paragraphs(document, { ranges: ranges.map(({ from, to }) => ({ from, to })) }, language);
  }

  return {
    documents: library.documents.map((d) => d.info),
    ask,
    paragraphs: paragraphsByNumber,
    topics: ({ language = 'en' }: LanguageOptions = {}) => ({ kind: 'topics', language, topics: topicSummaries }),
    topic: (id: string, { language = 'en' }: LanguageOptions = {}) => topicAnswer(id, language),
    context,
    about: () => library.documents.map((d) => ({ ...d.info, paragraphs: d.paragraphs.length, ...d.source })),
    engine,
  };
}
