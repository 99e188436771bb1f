import type { AskOptions } from '../core.js';
import {
  EMPTY_TEXT,
  INTERNAL_TEXT,
  MAX_INPUT_LENGTH,
  malformedReferenceText,
  NO_WORDS_TEXT,
  TOO_LONG_TEXT,
  UNSUPPORTED_LANGUAGE_TEXT,
} from '../core-messages.js';
import { answerQuestion, type QuestionDeps } from '../answer-question.js';
import type { Answer, Language } from '../model.js';
import { hasOwnLanguage } from '../present/reader-language.js';
import { readIntent } from '../query/intent.js';
import { inAnotherLatinLanguage } from '../query/other-language.js';
import { withoutSmallTalk } from '../query/small-talk.js';
import { knownToLexicon } from '../search/english.js';
import { detectLanguage } from '../search/query.js';
import { normalize } from '../text/normalize.js';
import { hasWords, isUnsupportedLanguage, sanitize } from '../text/sanitize.js';
import { errorAnswer } from './error-answer.js';
import { withNamesAsked, withTopicsAsked } from './asked-of-paragraphs.js';
import { paragraphsAnswer } from './paragraphs.js';
import { topicByName, type TopicIndex } from './topics.js';

/** What `ask` needs: the primary document's topics and what answering a question needs. */
export interface AskParts {
  topics: TopicIndex;
  question: QuestionDeps;
}

/** Anything a user typed: bad input, help, topics, a paragraph reference or a question. */
export function askCore({ topics, question }: AskParts, input: string, options: AskOptions = {}): Answer {
  const primary = topics.document;
  const text = withoutSmallTalk(sanitize(typeof input === 'string' ? input : ''));
  // '§42' has no language of its own: the caller's default decides, English when none is given.
  const language: Language = /\p{Script=Han}/u.test(text) ? 'zh' : hasOwnLanguage(text) ? 'en' : (options.language ?? 'en');
  try {
    if (text === '') return errorAnswer('empty', EMPTY_TEXT, language);
    if (text.length > MAX_INPUT_LENGTH) return errorAnswer('tooLong', TOO_LONG_TEXT, language);
    if (!hasWords(text)) return errorAnswer('noWords', NO_WORDS_TEXT, language);
    if (isUnsupportedLanguage(text)) return errorAnswer('unsupportedLanguage', UNSUPPORTED_LANGUAGE_TEXT, language);
    const intent = readIntent(text.normalize('NFKC'));
    switch (intent.kind) {
      case 'help':
        return { kind: 'help', language };
      case 'topics':
        return { kind: 'topics', language, topics: topics.summaries };
      case 'topic':
        return topicByName(topics, intent.name, language);
      case 'references': {
        if (numberTheTextWrites(text, primary.paragraphs)) return answerQuestion(question, text, detectLanguage(normalize(text)), options);
        const answer = paragraphsAnswer(primary, intent.request, language);
        if (intent.question === undefined) return answer;
        const focus = question.focus.read(intent.question, language);
        return withTopicsAsked(withNamesAsked(answer, focus), question.engine, intent.question, focus);
      }
      case 'malformedReference':
        return errorAnswer('malformedReference', malformedReferenceText(primary.paragraphs.length), language);
      case 'question':
        // Read only here: the English lexicon it consults is not loaded for a paragraph request or help.
        if (inAnotherLatinLanguage(text, knownToLexicon)) return errorAnswer('unsupportedLanguage', UNSUPPORTED_LANGUAGE_TEXT, language);
        return answerQuestion(question, text, detectLanguage(normalize(text)), options);
    }
  } catch {
    return errorAnswer('internal', INTERNAL_TEXT, language);
  }
}

/**
 * A bare number past the last paragraph that the text itself writes (2231, a resolution; 2035, a
 * year): what the asker wants is where the text says it, not 'ask for §1 to §120'.
 */
function numberTheTextWrites(text: string, paragraphs: readonly { text: string }[]): boolean {
  const bare = /^\s*(\d+)\s*[?？]?\s*$/u.exec(text.normalize('NFKC'));
  const digits = bare?.[1];
  if (digits === undefined || Number(digits) <= paragraphs.length) return false;
  return paragraphs.some((p) => new RegExp(`(?<!\\d)${digits}(?!\\d)`, 'u').test(p.text));
}
