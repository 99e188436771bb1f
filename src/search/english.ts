import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { ItemToken, Model, WinkMethods } from 'wink-nlp';

// Required when first needed, not imported: the model alone is some 25 MB and a tenth of a second to load.
const require = createRequire(import.meta.url);

/** What the English NLP model says of one word of a question. */
export interface EnglishWord {
  /** The dictionary form (proposed → propose, organisations → organization). */
  lemma: string;
  /** Universal part-of-speech tag: NOUN, PROPN, VERB, ADJ, ... */
  pos: string;
  /**
   * A capitalised word that is a name: one the model's lexicon knows as a name
   * (Mars, Ukraine), or one it knows in no form (Huawei, Gazprom). 'Name' or
   * 'Explain' opening a question are words the lexicon knows in lower case.
   */
  name: boolean;
}

// Loading the model takes a few hundred milliseconds: only the first English question pays it
// (or `warmEnglish` at start-up), never a Chinese-only console session.
let nlp: WinkMethods | undefined;
/** Token ids below this are the lexicon's; the model numbers words it has never seen from here on. */
let lexiconSize = 0;

export function warmEnglish(): WinkMethods {
  if (nlp === undefined) {
    const create = require('wink-nlp') as typeof winkNLP;
    nlp = create(require('wink-eng-lite-web-model') as Model, ['pos']);
    lexiconSize = Number(nlp.readDoc('qzqxjqzv').tokens().itemAt(0).out(nlp.its.uniqueId));
  }
  return nlp;
}

// Whether the lexicon knows a word in lower case; questions repeat their words, so answers are kept (bounded).
const lowerCaseKnown = new Map<string, boolean>();
const LOWER_CASE_KEPT = 5000;

function knownInLowerCase(engine: WinkMethods, word: string): boolean {
  let known = lowerCaseKnown.get(word);
  if (known === undefined) {
    known = Number(engine.readDoc(word).tokens().itemAt(0).out(engine.its.uniqueId)) < lexiconSize;
    if (lowerCaseKnown.size >= LOWER_CASE_KEPT) lowerCaseKnown.clear();
    lowerCaseKnown.set(word, known);
  }
  return known;
}

interface Token {
  value: string;
  known: boolean;
}

function tokens(engine: WinkMethods, text: string): (Token & { token: ItemToken })[] {
  const out: (Token & { token: ItemToken })[] = [];
  engine
    .readDoc(text)
    .tokens()
    .each((token: ItemToken) => {
      out.push({ token, value: String(token.out(engine.its.value)), known: Number(token.out(engine.its.uniqueId)) < lexiconSize });
    });
  return out;
}

/**
 * Lemma, part of speech and whether it is a name, for each English word of a
 * question, keyed by the word in lower case ('kazakhstan' for "Kazakhstan's").
 * A word met twice keeps its first reading.
 */
export function readEnglish(text: string): Map<string, EnglishWord> {
  const engine = warmEnglish();
  const its = engine.its;
  // wink's typings declare its.lemma with the model's add-ons as a parameter that out() does not name.
  const lemma = its.lemma as unknown as Parameters<ItemToken['out']>[0];
  const original = tokens(engine, text);
  const out = new Map<string, EnglishWord>();
  original.forEach(({ token, value, known }) => {
    const key = value.toLowerCase();
    if (!/\p{L}/u.test(value) || out.has(key)) return;
    const pos = String(token.out(its.pos));
    const capitalised = /^\p{Lu}/u.test(value);
    const name = capitalised && (known ? pos === 'PROPN' : !knownInLowerCase(engine, key));
    out.set(key, { lemma: String(token.out(lemma)).toLowerCase(), pos, name });
  });
  return out;
}
