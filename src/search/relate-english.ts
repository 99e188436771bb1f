// A question's English words the rendering never uses, read as the rendering's words they
// stand for: an acronym as the phrase it abbreviates (NWFZ → nuclear-weapon-free zone), a
// common word as its WordNet synonyms the rendering uses (foundation → basis). Only for a word
// nothing else stands for, so the gazetteer's and the synonym list's expansions come first.
import { analyze } from './analyzer.js';
import { synonymsOf } from './english-related.js';
import { knownToLexicon } from './english.js';
import { respelled } from './spelling.js';
import { unclippedPhrase } from './clipped.js';
import type { QueryWord, Vocabulary } from './query.js';
import { normalize } from '../text/normalize.js';

/** Query-term weights of what a related word stands for: an acronym is its phrase, a synonym only near it. */
export const RELATED_WEIGHTS = { acronym: 0.8, synonym: 0.6, spelling: 0.9, clipped: 0.8 } as const;

/** Written in capitals (NWFZ, SDGs): letters, not a word to respell. */
const isAcronym = (word: string): boolean => /^[\p{Lu}\d]{2,}s?$/u.test(word);

/** The index terms of a rendering phrase or word, without the stop-words a question would drop. */
function phraseTerms(phrase: string, vocab: Vocabulary): string[] {
  return [...new Set(analyze(normalize(phrase)).map((t) => t.term))].filter((t) => !vocab.stopEn.has(t));
}

/**
 * For each English word that neither the documents nor an expansion (`covered`) know, what it
 * stands for, handed to `add` one phrase at a time; the word is marked `related`.
 */
export function relateEnglish(
  words: QueryWord[],
  vocab: Vocabulary,
  known: (term: string) => boolean,
  covered: ReadonlySet<string>,
  add: (terms: string[], weight: number, covers: string[]) => void,
): void {
  for (const word of words) {
    if (!word.latin || word.terms.some((t) => known(t) || covered.has(t))) continue;
    const related = vocab.englishRelated?.();
    if (related === undefined) return;
    // An acronym is written as a name (NWFZ, SDGs); a name's letters are never a common word's synonym.
    const phrases = word.proper
      ? (related.acronyms.get(word.word.toUpperCase()) ?? related.acronyms.get(word.word.toUpperCase().replace(/S$/u, '')) ?? [])
      : [];
    const synonyms = word.proper ? [] : synonymsOf(related, word.lemma ?? word.word, word.pos);
    // Neither: a word the English model does not know may be a slip for one the rendering uses (protectionsim), a
    // name too (Afghanistn): a name the text does not use is in the gazetteer, and so found before this, as it is written.
    const spelt =
      phrases.length > 0 || synonyms.length > 0 || isAcronym(word.word) || knownToLexicon(word.word)
        ? undefined
        : respelled(word.word.toLowerCase().replace(/['’]s$/u, ''), related.renderingWords);
    // Nor that: written short (narco, agri) or joined to a clipping (bioterrorism), which a word the lexicon knows is not (art, cult).
    const clipped =
      phrases.length > 0 || synonyms.length > 0 || spelt !== undefined || word.proper
        ? undefined
        : unclippedPhrase(word.word, related.renderingWords, {
            known: (w) => known(w) || related.renderingWords.includes(w),
            wholeMayBeClipped: !knownToLexicon(word.word),
          });
    const kind = phrases.length > 0 ? 'acronym' : spelt !== undefined ? 'spelling' : clipped !== undefined ? 'clipped' : 'synonym';
    const stands = phrases.length > 0 ? phrases : spelt !== undefined ? [spelt] : clipped !== undefined ? [clipped] : synonyms;
    let any = false;
    for (const phrase of stands) {
      const terms = phraseTerms(phrase, vocab).filter(known);
      if (terms.length === 0) continue;
      add(terms, RELATED_WEIGHTS[kind], word.terms);
      any = true;
    }
    if (any) word.related = kind;
    // A slip of a word the search passes over (Shanghia for the organisation's Shanghai) is mended as well: the
    // question read again with it mended drops it, as it drops the word spelt right, instead of naming it absent.
    if (spelt !== undefined && (any || phraseTerms(spelt, vocab).length === 0)) word.respelled = spelt;
  }
}
