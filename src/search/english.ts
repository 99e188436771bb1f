import winkNLP, { type ItemToken, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** What the English NLP model says of one word of a question. */
export interface EnglishWord {
  /** The dictionary form (proposed → propose, organisations → organization). */
  lemma: string;
  /** Universal part-of-speech tag: NOUN, PROPN, VERB, ADJ, ... */
  pos: string;
}

// Loading the model takes a few hundred milliseconds: only the first English question pays it
// (or `warmEnglish` at start-up), never a Chinese-only console session.
let nlp: WinkMethods | undefined;

export function warmEnglish(): void {
  nlp ??= winkNLP(model, ['pos']);
}

/**
 * Lemma and part of speech of each English word of a question, keyed by the
 * word in lower case without a possessive ('kazakhstan' for "Kazakhstan's").
 * A word met twice keeps its first reading.
 */
export function readEnglish(text: string): Map<string, EnglishWord> {
  warmEnglish();
  const engine = nlp as WinkMethods;
  const its = engine.its;
  // wink's typings declare its.lemma with the model's add-ons as a parameter that out() does not name.
  const lemma = its.lemma as unknown as Parameters<ItemToken['out']>[0];
  const out = new Map<string, EnglishWord>();
  engine
    .readDoc(text)
    .tokens()
    .each((token: ItemToken) => {
      const value = String(token.out(its.value)).toLowerCase();
      if (!/\p{L}/u.test(value) || out.has(value)) return;
      out.set(value, { lemma: String(token.out(lemma)).toLowerCase(), pos: String(token.out(its.pos)) });
    });
  return out;
}
