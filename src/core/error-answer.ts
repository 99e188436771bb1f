import { textFor, type CoreErrorCode } from '../core-messages.js';
import type { AnswerOf, Language } from '../model.js';

/** An error answer in the asker's language. */
export function errorAnswer(code: CoreErrorCode, texts: { zh: string; en: string }, language: Language): AnswerOf<'error'> {
  return { kind: 'error', language, code, message: textFor(texts, language) };
}
