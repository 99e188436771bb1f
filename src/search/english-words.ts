// The English words of a question: their index terms (stem, lemma, the parts of a
// compound the documents write apart), how much they say (noun, verb, frame word),
// and whether they are names.
import type { EnglishWord } from './english.js';
import { englishTerm } from './analyzer.js';

/**
 * The index terms of one English word: its stem, the stem of its lemma where that
 * differs, and for a compound the documents write apart (counterterrorism) the
 * stems of its two parts.
 */
export function englishTerms(word: string, lemma: string, known: (term: string) => boolean): string[] {
  const terms = [...new Set([englishTerm(word), englishTerm(lemma)])];
  if (terms.some(known) || word.length < 8 || !/^\p{L}+$/u.test(word)) return terms;
  for (let cut = word.length - 4; cut >= 4; cut--) {
    const left = englishTerm(word.slice(0, cut));
    const right = englishTerm(word.slice(cut));
    if (known(left) && known(right)) return [left, right];
  }
  return terms;
}

/** Verbs say less than nouns about a question's subject; auxiliaries were stop-words already. */
export const VERB_TAGS = new Set(['VERB', 'AUX']);

/**
 * Whether an English word of a question is a name: an acronym (NATO), or a capitalised word
 * the English model takes for a name (see EnglishWord.name). Without the model's reading,
 * a capital marks a name unless it may just start a sentence with a common word.
 */
export function isName(original: string, bare: string, reading: EnglishWord | undefined, shouting: boolean, first: boolean): boolean {
  if (shouting) return false;
  // NATO, and codes of capitals and digits (5G, G20, COVID-19, H5N1): names, however the model reads them.
  if (/^\p{Lu}{2,}$/u.test(original) || /^(?=.*\d)(?=.*\p{Lu})[\p{Lu}\d-]{2,}$/u.test(original)) return true;
  if (reading !== undefined) return reading.name;
  return /^\p{Lu}/u.test(original) && (!first || !COMMON_ENDING.test(bare));
}

// Endings of English common words (inflation, closing, recreational, drills); a capitalised
// first word without one is taken for a name (Ukraine war, Trump tariffs, Mars base).
const COMMON_ENDING = /(?:tion|sion|ment|ness|ity|ing|ed|al|ive|ous|ism|ist|ance|ence|able|ible|ize|ise|ful|less|ship|ers?|ors?|ies|ly|ics?|ary|ory|ate|s)$/u;
