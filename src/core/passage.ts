import type { Passage } from '../model.js';
import { selectEnglish, selectQuote } from '../quote.js';
import type { Hit, SearchEngine } from '../search/engine.js';
import { topicOf } from './topics.js';

/** A search hit as the answer shows it: the paragraph, the sentences quoted from it and their English. */
/** `whole`: every sentence of the paragraph, not only those that best match (the one giving a detail asked for may match less). */
export function passageOf(engine: SearchEngine, hit: Hit, phrases: readonly string[], whole = false, holders?: (phrase: string) => readonly string[]): Passage {
  const weight = (t: string): number => engine.idf(t);
  const emphasis = { phrases, terms: hit.matched, ...(holders === undefined ? {} : { holders }) };
  const options = { analysis: engine.settings.analysis, weight, ...(whole ? { keepRatio: 0, maxSentences: Number.POSITIVE_INFINITY } : {}) };
  return {
    document: hit.document.info,
    paragraph: hit.paragraph.number,
    topic: topicOf(hit.document, hit.paragraph),
    text: hit.paragraph.text,
    quote: selectQuote(hit.paragraph.text, emphasis, options),
    english: selectEnglish(hit.paragraph, emphasis, options),
    score: Math.round(hit.score * 1000) / 1000,
  };
}
