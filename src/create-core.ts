import { nameHolders } from './focus/name-holders.js';
import type { Core, LanguageOptions } from './core.js';
import { askCore, type AskParts } from './core/ask.js';
import { contextAnswer, paragraphsByNumber } from './core/paragraphs.js';
import { passageOf } from './core/passage.js';
import { buildSearch } from './core/search-parts.js';
import { suggestTopics } from './core/suggestions.js';
import { indexTopics, topicAnswer } from './core/topics.js';
import { warmUpQuestions } from './core/warm-up.js';
import { loadLibrary } from './documents/load.js';
import { warmEnglish } from './search/english.js';
import type { LoadedDocument, Paragraph } from './documents/types.js';
import { type Hit, SEARCH_DEFAULTS, type SearchEngine, type SearchSettings } from './search/engine.js';

import { DEFAULT_INDEX_DIR } from './index-dir.js';

export { DEFAULT_INDEX_DIR } from './index-dir.js';

export interface CoreOptions {
  indexDir?: string;
  search?: Partial<SearchSettings>;
}

/** A paragraph as a hit of its own, quoted whole: matched by no question's words. */
function wholeHit(document: LoadedDocument, paragraph: Paragraph): Hit {
  return { document, paragraph, score: 0, coverage: 1, matched: new Set(), missing: [], matchedWords: [] };
}

/** Loads index/ and builds the search index; throws naming the bad file when the data is malformed. */
export function createCore({ indexDir = DEFAULT_INDEX_DIR, search = {} }: CoreOptions = {}): Core & {
  readonly engine: SearchEngine;
  /** Questions made up from the data, for a long-running bot's warm-up (src/core/warm-up.ts). */
  readonly warmUpQuestions: () => string[];
  /** Loads the English model now, not on the first English question: a chat bot's start. */
  readonly prepareEnglish: () => void;
} {
  const library = loadLibrary(indexDir);
  const primary = library.documents[0] as LoadedDocument;
  const { focus, kin, engine } = buildSearch(library, { ...SEARCH_DEFAULTS, ...search });
  const topics = indexTopics(primary);
  const holders = nameHolders(library.gazetteer);
  const parts: AskParts = {
    topics,
    question: {
      engine,
      focus,
      passage: (hit, phrases, whole) => passageOf(engine, hit, phrases, whole, holders),
      suggestions: (question, hits, questionFocus, unknown) => suggestTopics(topics, kin, { question, hits, focus: questionFocus, unknown }),
      paragraphCount: primary.paragraphs.length,
      opening: () => wholeHit(primary, primary.paragraphs[0] as Paragraph),
      paragraph: (number) => {
        const paragraph = primary.paragraphs.find((p) => p.number === number);
        return paragraph === undefined ? undefined : wholeHit(primary, paragraph);
      },
      made: madeYear(primary.paragraphs[0]),
      whole: (passage) => {
        const document = library.documents.find((d) => d.info.id === passage.document.id);
        const paragraph = document?.paragraphs.find((p) => p.number === passage.paragraph);
        return document === undefined || paragraph === undefined ? passage : passageOf(engine, wholeHit(document, paragraph), [], true);
      },
    },
  };
  return {
    documents: library.documents.map((d) => d.info),
    ask: (input, options) => askCore(parts, input, options),
    paragraphs: (ranges, options) => paragraphsByNumber(library.documents, ranges, options),
    topics: ({ language = 'en' }: LanguageOptions = {}) => ({ kind: 'topics', language, topics: topics.summaries }),
    topic: (id: string, { language = 'en' }: LanguageOptions = {}) => topicAnswer(topics, id, language),
    context: (documentId, paragraph, options) => contextAnswer(library.documents, documentId, paragraph, options),
    about: () => library.documents.map((d) => ({ ...d.info, paragraphs: d.paragraphs.length, ...d.source })),
    engine,
    warmUpQuestions: () => warmUpQuestions(primary.topics, library.gazetteer),
    prepareEnglish: () => void warmEnglish(),
  };
}

/** The year in the opening paragraph (于2024年7月4日…发表宣言如下): when the document was made. */
function madeYear(opening: Paragraph | undefined): number | undefined {
  const year = /(?:1[89]|20)\d{2}(?=\s*年)/u.exec(opening?.text ?? '')?.[0];
  return year === undefined ? undefined : Number(year);
}
