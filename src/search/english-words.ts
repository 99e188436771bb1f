// The English words of a question: their index terms (stem, lemma, the parts of a
// compound the documents write apart), how much they say (noun, verb, frame word),
// and whether they are names.
import type { EnglishWord } from './english.js';
import { englishTerm, type Token } from './analyzer.js';
import type { QueryWord, Vocabulary } from './query.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

// The English model's closed classes: conjunctions, adpositions, determiners, pronouns, particles.
const FUNCTION_TAGS = new Set(['SCONJ', 'CCONJ', 'ADP', 'DET', 'PRON', 'PART', 'INTJ', 'AUX']);

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

/**
 * A hyphenated word as the documents write it joined (anti-monopoly → antimonopoly), when they do and
 * never use its last part alone: the first part alone would find what else is anti (the anti-terror and
 * anti-drug paragraphs). One whose parts the documents use (counter-terrorism, anti-terror) is left to them.
 */
export function joinedAsWritten(text: string, known: (term: string) => boolean): string {
  return text.replace(/(?<![\p{L}\p{N}-])(\p{Script=Latin}{2,})-(\p{Script=Latin}{3,})(?![\p{L}\p{N}-])/gu, (whole, left: string, right: string) =>
    !known(englishTerm(right.toLowerCase())) && known(englishTerm(`${left}${right}`.toLowerCase())) ? `${left}${right}` : whole,
  );
}

/** Verbs say less than nouns about a question's subject; auxiliaries were stop-words already. */
export const VERB_TAGS = new Set(['VERB', 'AUX']);
/** Weighed as verbs: verbs, and adverbs (still, already, currently), which say how, not what about. */
const WEAK_TAGS = new Set([...VERB_TAGS, 'ADV']);

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

// 'Any language on X', 'a reference to X', 'the passage about X': words for a piece of the text,
// which the question asks for, not its subject (the declaration's own 'languages' are one).
const TEXT_NOUNS = new Set(['language', 'passage', 'reference', 'provision', 'statement', 'clause', 'paragraph', 'part', 'bit']);
const ABOUT_NEXT = fastIgnoreCase(/^\s+(?:on|about|regarding|concerning|to|re)\b/iu);

/** Whether a noun stands for a piece of the text, as the words after it show ('language on'). */
function pointsToText(lemma: string, after: string): boolean {
  return TEXT_NOUNS.has(lemma) && ABOUT_NEXT.test(after);
}

/** What reading an English run needs besides the run. */
export interface EnglishRunContext {
  source: string;
  map: readonly number[];
  vocab: Vocabulary;
  known: (term: string) => boolean;
  english: Map<string, EnglishWord>;
  shouting: boolean;
}

/** An English run's terms and word, or undefined for a stop-word or a lone letter. `first`: the question's first word. */
export function englishRun(run: Token, ctx: EnglishRunContext, first: boolean): { tokens: Token[]; word: QueryWord } | undefined {
  const { source, map, vocab, known, english, shouting } = ctx;
  // what's, SCO's, I'm, they've: the stop-word is the word without its 's (or other contraction) or apostrophe.
  const bare = run.term.replace(/['’](?:s|m|re|ve|ll|d)$/u, '').replace(/['’]/gu, '');
  const reading = english.get(bare) ?? english.get(run.term);
  const lemma = reading?.lemma ?? bare;
  // A lone letter (the b of <b>, an initial) carries no topic.
  if (vocab.stopEn.has(run.term) || vocab.stopEn.has(bare) || vocab.stopEn.has(lemma) || /^\p{L}$/u.test(run.term)) return undefined;
  // A word that is itself a synonym's trigger (taskforce) is not cut into two known words (task, force).
  const trigger = (vocab.expansionIndex.get(bare) ?? []).some((i) => vocab.expansions[i]?.trigger === bare);
  const terms = trigger ? [...new Set([englishTerm(bare), englishTerm(lemma)])] : englishTerms(bare, lemma, known);
  const original = source.slice(map[run.start] ?? 0, (map[run.end - 1] ?? 0) + 1);
  const proper = isName(original, bare, reading, shouting, first) || (vocab.namesEn?.has(bare) ?? false);
  // Function words the stop list lacks (since, whether, per) shape the question, as frame words do.
  const frame =
    vocab.frameEn.has(bare) ||
    vocab.frameEn.has(lemma) ||
    (!proper && FUNCTION_TAGS.has(reading?.pos ?? '')) ||
    pointsToText(lemma, source.slice((map[run.end - 1] ?? 0) + 1));
  const role = frame ? 'frame' : !proper && WEAK_TAGS.has(reading?.pos ?? '') ? 'verb' : 'content';
  const compound = terms.length === 2 && !terms.includes(englishTerm(bare)) && !terms.includes(englishTerm(lemma));
  const pos = reading?.pos;
  return {
    tokens: terms.map((term) => ({ ...run, term })),
    word: { word: run.term, latin: true, proper, role, terms, lemma, ...(pos === undefined ? {} : { pos }), ...(compound ? { compound } : {}) },
  };
}
