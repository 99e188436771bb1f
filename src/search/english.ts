import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { ItemToken, WinkMethods } from 'wink-nlp';
import { type EnglishModelParts, leanEnglishModel } from './english-model.js';

// Required when first needed, not imported: the model alone is some 10 MB and a fifth of a second to load.
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

/** wink-nlp and the model's parts, when brought by the caller rather than required from node_modules. */
export interface EnglishLibrary {
  winkNLP: typeof winkNLP;
  parts: EnglishModelParts;
}

let library: EnglishLibrary | undefined;

/**
 * Has the English analysis use this wink-nlp and these model parts rather than require them
 * when first needed: a startup snapshot (adapters/prepared-core/) holds no module loaded by require.
 */
export function useEnglishLibrary(bundled: EnglishLibrary): void {
  library = bundled;
}

export function warmEnglish(): WinkMethods {
  if (nlp === undefined) {
    const create = library?.winkNLP ?? (require('wink-nlp') as typeof winkNLP);
    nlp = create(leanEnglishModel(library?.parts), ['pos']);
    lexiconSize = Number(nlp.readDoc('qzqxjqzv').tokens().itemAt(0).out(nlp.its.uniqueId));
  }
  return nlp;
}

// Whether the lexicon knows a word in lower case; questions repeat their words, so answers are kept (bounded).
const lowerCaseKnown = new Map<string, boolean>();
const LOWER_CASE_KEPT = 5000;

/** Whether the English model's lexicon knows a word (in lower case): a word it does not may be a slip. */
export function knownToLexicon(word: string): boolean {
  return knownInLowerCase(warmEnglish(), word.toLowerCase());
}

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

/** One token of a question as the model reads it, in order. */
interface Reading {
  value: string;
  known: boolean;
  pos: string;
  lemma: string;
}

// A question is read for its words and again for what it asks (questionFrame): the last reading is kept.
let lastReading: { text: string; readings: Reading[] } | undefined;

function readTokens(text: string): Reading[] {
  if (lastReading?.text === text) return lastReading.readings;
  const engine = warmEnglish();
  const its = engine.its;
  // wink's typings declare its.lemma with the model's add-ons as a parameter that out() does not name.
  const lemma = its.lemma as unknown as Parameters<ItemToken['out']>[0];
  const readings = tokens(engine, text).map(({ token, value, known }) => ({
    value,
    known,
    pos: String(token.out(its.pos)),
    lemma: String(token.out(lemma)).toLowerCase(),
  }));
  markVerbsAfterSubjects(readings);
  lastReading = { text, readings };
  return readings;
}

// Auxiliaries after which a question's main verb comes in its bare form: 'did leaders flag', 'do they back'.
const BARE_VERB_AUXILIARIES = new Set(['do', 'does', 'did', 'will', 'would', 'should', 'shall', 'can', 'could', 'may', 'might', 'must']);
const SUBJECT_WORD = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
// After the verb: its object's determiner, a preposition, 'to', or a pronoun ('call for a ceasefire', 'back a convention').
const AFTER_VERB = new Set(['ADP', 'DET', 'PART', 'PRON']);

/**
 * The model reads the main verb of an inverted question as a noun when it follows a noun
 * ('Did SCO leaders call for', 'which kinds did leaders flag for'): after an auxiliary and
 * its subject (a pronoun, or up to four nouns and modifiers), the last word, in its bare
 * form and followed by what follows a verb, is read as the verb. A plural (states) is not.
 */
function markVerbsAfterSubjects(readings: Reading[]): void {
  readings.forEach((r, i) => {
    if (!BARE_VERB_AUXILIARIES.has(r.value.toLowerCase())) return;
    let end = i + 1;
    if (readings[end]?.pos === 'PRON') end++;
    else while (end < i + 5 && SUBJECT_WORD.has(readings[end]?.pos ?? '') && AFTER_VERB.has(readings[end + 1]?.pos ?? '') === false) end++;
    const verb = readings[end];
    const after = readings[end + 1];
    if (verb === undefined || end === i + 1 || after === undefined || !AFTER_VERB.has(after.pos)) return;
    if (/^(?:NOUN|ADJ|ADV)$/u.test(verb.pos) && verb.value.toLowerCase() === verb.lemma) verb.pos = 'VERB';
  });
}

/**
 * Lemma, part of speech and whether it is a name, for each English word of a
 * question, keyed by the word in lower case ('kazakhstan' for "Kazakhstan's").
 * A word met twice keeps its first reading.
 */
export function readEnglish(text: string): Map<string, EnglishWord> {
  const engine = warmEnglish();
  const out = new Map<string, EnglishWord>();
  for (const { value, known, pos, lemma } of readTokens(text)) {
    const key = value.toLowerCase();
    if (!/\p{L}/u.test(value) || out.has(key)) continue;
    const capitalised = /^\p{Lu}/u.test(value);
    const name = capitalised && (known ? pos === 'PROPN' : !knownInLowerCase(engine, key));
    out.set(key, { lemma, pos, name });
    // A hyphenated word the model keeps whole (de-dollarization) is searched as its parts: the last is the head.
    const parts = key.split('-');
    parts.forEach((part, i) => {
      if (parts.length > 1 && part !== '' && !out.has(part)) out.set(part, { lemma: part, pos: i === parts.length - 1 ? pos : 'ADJ', name: false });
    });
  }
  return out;
}

// What may stand between 'which', 'what' or 'how many' and the noun it asks about.
const MODIFIER = new Set(['ADJ', 'PROPN', 'NUM']);

/** Whether a token modifies the noun after it: an adjective, a name, a number, or a part of a hyphenated compound. */
function modifies(readings: readonly Reading[], at: number): boolean {
  const r = readings[at];
  if (r === undefined) return false;
  if (MODIFIER.has(r.pos) || r.value === '-') return true;
  return r.pos === 'NOUN' && (readings[at - 1]?.value === '-' || readings[at + 1]?.value === '-');
}

/**
 * What an English question asks for, said one way: each word in its dictionary form, and
 * the modifiers between 'which', 'what' or 'how many' and its noun dropped ('On what
 * dates' → 'on what date', 'Which Chinese leader' → 'which leader', 'What
 * emissions-reduction figures' → 'what figure'), so the patterns for the detail asked need
 * not list every plural and modifier. A noun before the noun makes a compound of another
 * kind ('what theme year' asks a theme, not a year), and a capitalised noun ends a name
 * ('What Sustainable Development Year'): both are left as they are.
 */
export function questionFrame(text: string): string {
  const readings = readTokens(text);
  const out: string[] = [];
  for (let i = 0; i < readings.length; i++) {
    out.push(readings[i]?.lemma ?? '');
    if (!/^(?:which|what|many|much)$/u.test(readings[i]?.lemma ?? '')) continue;
    let end = i + 1;
    while (modifies(readings, end)) end++;
    const head = readings[end];
    if (end > i + 1 && head !== undefined && head.pos === 'NOUN' && !/^\p{Lu}/u.test(head.value)) {
      out.push(head.lemma);
      i = end;
    }
  }
  return out.join(' ');
}

const IN_NOUN_PHRASE = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const TOPIC_BREAK = /^(?:-|–|—|:)$/u;

/**
 * The topic an English question sets before a dash or a colon, when it is a noun phrase:
 * its last noun, in lower case ('semiconductors - any cooperation on …' → semiconductors).
 * (The noun after 'what' or 'which' is not one: it is mostly a frame, period or edition, that the
 * text gives without the word.)
 */
export function topicHead(text: string): string | undefined {
  return topicPhrase(text)?.at(-1)?.value.toLowerCase();
}

/** The words, in lower case, of the noun phrase an English question sets first as its topic (see topicHead). */
export function topicWords(text: string): string[] | undefined {
  // A hyphenated word is searched as its parts (readEnglish): so is it here.
  return topicPhrase(text)?.flatMap((r) =>
    r.value
      .toLowerCase()
      .split('-')
      .filter((part) => part !== ''),
  );
}

function topicPhrase(text: string): Reading[] | undefined {
  const readings = readTokens(text);
  let end = 0;
  while (IN_NOUN_PHRASE.has(readings[end]?.pos ?? '') || (readings[end]?.value === '-' && IN_NOUN_PHRASE.has(readings[end + 1]?.pos ?? ''))) end++;
  const head = readings[end - 1];
  return end > 0 && head?.pos === 'NOUN' && TOPIC_BREAK.test(readings[end]?.value ?? '') ? readings.slice(0, end) : undefined;
}
