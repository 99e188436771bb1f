import type { Language } from '../model.js';
import { normalizeWithMap, isHan, type Normalized } from '../text/normalize.js';
import { chineseTerms, runs, taggedWords, type ChineseAnalysis, type Token } from './analyzer.js';
import { readEnglish, type EnglishWord } from './english.js';
import { englishRun } from './english-words.js';
import { brokenCompounds, type Fragment } from './broken-compounds.js';
import { relateEnglish } from './relate-english.js';
import { analysedExpansion, candidateExpansions, containsTrigger, type Vocabulary } from './vocabulary.js';
import { isShouting } from '../text/shouting.js';

export { buildVocabulary, type Vocabulary } from './vocabulary.js';

export interface QueryTerm {
  term: string;
  /** Multiplies the term's score: 1 for the user's own words, less for expansions. */
  weight: number;
  /** The user's own term this one stands for (itself, or the term an expansion was triggered by). */
  covers: string[];
}

/** One word of the question (stop-words removed) and the index terms that stand for it. */
export interface QueryWord {
  word: string;
  latin: boolean;
  /**
   * A name: in English written all in capitals (NATO), or with a capital after the first
   * word, or first without a common-word ending (Ukraine war); in Chinese tagged a name
   * by jieba (叙利亚, 北约).
   */
  proper: boolean;
  /** jieba's part-of-speech tag of a Chinese word (n noun, v verb, ...); undefined for English. */
  tag?: string;
  /**
   * How much the word says about the subject: a noun or name says most; a verb the
   * declaration may word otherwise (proposed, praised) less; a frame word that only
   * shapes the question (date, body, country) least.
   */
  role: 'content' | 'verb' | 'frame';
  /** wink-nlp's part of speech of an English word (NOUN, PROPN, VERB, ...); undefined for Chinese. */
  pos?: string;
  /** A compound split in two (counterterrorism → counter + terrorism): found only where both parts are. */
  compound?: boolean;
  /** wink-nlp's dictionary form of an English word (pledged → pledge). */
  lemma?: string;
  /**
   * An English word the rendering never uses that stands for its words: an acronym of one of
   * its names (NWFZ), or a WordNet synonym of its words (foundation → basis).
   */
  related?: 'acronym' | 'synonym' | 'spelling' | 'clipped';
  /** The rendering's word a misspelt one stands for (missle → missile): the question is read again with it. */
  respelled?: string;
  terms: string[];
}

/** The terms of one phrase a question's words were expanded to (停战 → 停火), and the own terms it stands for. */
export interface ExpansionGroup {
  terms: string[];
  covers: string[];
}

export interface PreparedQuery {
  normalized: string;
  language: Language;
  /** The user's own content words, before expansion. */
  words: QueryWord[];
  terms: QueryTerm[];
  /** Each expansion phrase's terms: a paragraph finds the words they stand for only by matching half of a phrase. */
  groups: ExpansionGroup[];
  /**
   * Stretches of single characters jieba could not make words of, opening with a noun
   * (碳中和 cut 碳 / 中 / 和, 锂矿 cut 锂 / 矿): a compound its dictionary lacks, which the
   * engine names when the documents never use it.
   */
  fragments: Fragment[];
  /**
   * Chinese phrases worth emphasising where a quote contains them whole: the user's
   * own words and the declaration's words their paraphrases were expanded to.
   */
  phrases: string[];
}

export function detectLanguage(normalized: string): Language {
  const han = /\p{Script=Han}/u.test(normalized);
  const latin = /\p{Script=Latin}{2,}/u.test(normalized);
  if (han && latin) return 'mixed';
  // A question with no Chinese and any Latin letter is English, however short its words (G7?).
  return latin || (!han && /\p{Script=Latin}/u.test(normalized)) ? 'en' : 'zh';
}

/** The user's own terms: Chinese words that are not stop-words, bigrammed; English words stemmed. */
function ownTerms(
  source: string,
  { text: normalized, map }: Normalized,
  vocab: Vocabulary,
  analysis: ChineseAnalysis,
  known: (term: string) => boolean,
): { terms: Token[]; words: QueryWord[] } {
  const out: Token[] = [];
  const wordsOut: QueryWord[] = [];
  const hasHan = /\p{Script=Han}/u.test(normalized);
  const english = /\p{Script=Latin}{2}/u.test(normalized) ? readEnglish(source) : new Map<string, EnglishWord>();
  const shouting = isShouting(source);
  let previous: Token | undefined;
  for (const run of runs(normalized)) {
    const afterNumber = previous !== undefined && /^\d+$/u.test(previous.term) && normalized.slice(previous.end, run.start).trim() === '';
    previous = run;
    if (!isHan(run.term[0] ?? '')) {
      const read = englishRun(run, { source, map, vocab, known, english, shouting }, wordsOut.length === 0 && !hasHan);
      if (read !== undefined) {
        out.push(...read.tokens);
        wordsOut.push(read.word);
      }
      continue;
    }
    // Drop whole stop-words only (的 in 目的 stays), then analyse what is left in pieces.
    let piece: Token | undefined;
    const flush = (): void => {
      if (piece !== undefined) out.push(...chineseTerms(piece, analysis));
      piece = undefined;
    };
    const tagged = taggedWords(run);
    tagged.forEach((w, i) => {
      // 稳不稳, 好不好: the A-not-A question asks about A, said once already.
      const notA = (w.term === '不' || w.term === '没') && tagged[i - 1]?.term === tagged[i + 1]?.term;
      const repeat = (tagged[i - 1]?.term === '不' || tagged[i - 1]?.term === '没') && tagged[i - 2]?.term === w.term;
      // The 年 of 2025年 and of 什么年 is the number's or the question word's unit, not a word of
      // the subject: the text writes 2025 年宣布 (no 年 of its own), so matching it would be chance.
      const unit = w.term.length === 1 && UNIT_TAGS.has(w.tag) && (i === 0 ? afterNumber : ASKING_END.test(tagged[i - 1]?.term ?? ''));
      // 在哪国办 is cut 哪 / 国办, an abbreviation (of 国务院办公厅) that the question never meant: 哪国, then 办.
      const miscut = w.tag === 'j' && w.term.length === 2 && /^[哪几]$/u.test(tagged[i - 1]?.term ?? '');
      if (notA || repeat || unit || miscut || vocab.stopZh.has(w.term) || isQuestionWord(w.term)) {
        flush();
        return;
      }
      const proper = NAME_TAGS.has(w.tag) && w.term.length > 1;
      wordsOut.push({ word: w.term, latin: false, proper, tag: w.tag, role: 'content', terms: chineseTerms(w, analysis).map((t) => t.term) });
      piece = piece === undefined ? { term: w.term, start: w.start, end: w.end } : { term: piece.term + w.term, start: piece.start, end: w.end };
    });
    flush();
  }
  return { terms: out, words: wordsOut };
}

// jieba's tags for names; x is a word its dictionary lacks (胡塞, 东扩), mostly foreign names and new coinages.
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nt', 'nz', 'j', 'x']);

// jieba's tags for numerals, measure words and times (年, 个, 届 after a number).
const UNIT_TAGS = new Set(['m', 'q', 't']);
// A word ending in a question word, as jieba may cut 定为什么年 (定 / 为什么 / 年).
const ASKING_END = /(?:什么|[哪几啥何]|多少)$/u;

// Words that ask rather than say: 哪年, 哪座, 几号, 几届, 多少年, 啥时候, 什么时候.
// The stop-word list cannot hold every interrogative + measure word jieba may cut.
const QUESTION_WORD = /^(?:[哪啥何]\p{Script=Han}{0,2}|几(?!乎|内)\p{Script=Han}{0,2}|多少\p{Script=Han}?|什么\p{Script=Han}{0,2})$/u;

export function isQuestionWord(word: string): boolean {
  return QUESTION_WORD.test(word);
}

/** Where expansions go: a term with its weight and the own terms it stands for, a group, a phrase to emphasise. */
interface ExpansionSink {
  put: (term: string, weight: number, covers: string[]) => void;
  groups: ExpansionGroup[];
  phrases: Set<string>;
}

/** The synonym list's and the glossary's expansions whose trigger the question holds, standing for its own terms inside the trigger. */
function addExpansions(
  { normalized, vocab, analysis, own }: { normalized: string; vocab: Vocabulary; analysis: ChineseAnalysis; own: ReadonlySet<string> },
  { put, groups, phrases }: ExpansionSink,
): void {
  for (const e of candidateExpansions(normalized, vocab)) {
    if (!containsTrigger(normalized, e.trigger, e.latin)) continue;
    const analysed = analysedExpansion(e, analysis);
    const covers = analysed.trigger.filter((t) => own.has(t));
    if (covers.length === 0) continue;
    e.means.forEach((phrase, i) => {
      const added = (analysed.means[i] ?? []).filter((t) => !own.has(t));
      for (const t of added) put(t, e.weight, covers);
      // Said twice (AI … 人工智能): the question's own term stands for the trigger as well.
      if (added.length === 0) for (const t of analysed.means[i] ?? []) put(t, 1, covers);
      if (added.length > 0) groups.push({ terms: added, covers });
      if (/\p{Script=Han}/u.test(phrase)) phrases.add(phrase);
    });
  }
}

/**
 * The question's own words and the index terms to search for. `known` tells an
 * English term the documents use, to split compounds they write apart.
 */
export function prepareQuery(input: string, vocab: Vocabulary, analysis: ChineseAnalysis, known: (term: string) => boolean = () => true): PreparedQuery {
  const norm = normalizeWithMap(input);
  const normalized = norm.text;
  const { terms: own, words: ownWords } = ownTerms(input, norm, vocab, analysis, known);
  const terms = new Map<string, QueryTerm>();
  const put = (term: string, weight: number, covers: string[]): void => {
    const known = terms.get(term);
    if (known === undefined) terms.set(term, { term, weight, covers: [...covers] });
    else {
      known.weight = Math.max(known.weight, weight);
      for (const c of covers) if (!known.covers.includes(c)) known.covers.push(c);
    }
  };
  for (const t of own) put(t.term, 1, [t.term]);
  // Porter turns economy into economi but economic into econom: the stem without its
  // final i also stands for the word (the engine searches long Latin terms as prefixes).
  const groups: ExpansionGroup[] = [];
  for (const t of own) {
    if (!/^[a-z]{6,}i$/u.test(t.term)) continue;
    put(t.term.slice(0, -1), 1, [t.term]);
    groups.push({ terms: [t.term.slice(0, -1)], covers: [t.term] });
  }
  const ownSet = new Set(own.map((t) => t.term));
  const phrases = new Set(ownWords.filter((w) => !w.latin && w.word.length > 1).map((w) => w.word));
  addExpansions({ normalized, vocab, analysis, own: ownSet }, { put, groups, phrases });
  const language = detectLanguage(normalized);
  // The own terms an expansion already stands for (the synonym list's, the glossary's).
  const covered = new Set([...terms.values()].filter((t) => t.weight < 1).flatMap((t) => t.covers));
  if (language === 'en' && vocab.englishRelated !== undefined) {
    // A group per phrase: a paragraph finds the word where it matches more than half of it.
    relateEnglish(ownWords, vocab, known, covered, (phrase, weight, covers) => {
      const added = phrase.filter((t) => !ownSet.has(t));
      for (const t of added) put(t, weight, covers);
      if (added.length > 0) groups.push({ terms: added, covers });
    });
  }
  // After relateEnglish: a word it relates (antitrust → antimonopoly) is marked so and keeps its weight.
  if (language === 'en') weakenUnusedAdjectives(ownWords, known, covered);
  return {
    normalized,
    language,
    words: ownWords,
    terms: [...terms.values()],
    groups,
    phrases: [...phrases],
    fragments: brokenCompounds(normalized),
  };
}

/**
 * An adjective the rendering never uses, and nothing stands for (viable, concrete), says how the asker
 * sees the subject, not what it is: it weighs as a verb. One the rendering words otherwise (antitrust
 * through antimonopoly) keeps its weight.
 */
function weakenUnusedAdjectives(words: QueryWord[], known: (term: string) => boolean, covered: ReadonlySet<string>): void {
  for (const word of words) {
    if (!word.latin || word.pos !== 'ADJ' || word.role !== 'content' || word.proper || word.related !== undefined) continue;
    if (word.terms.some((t) => known(t) || covered.has(t))) continue;
    word.role = 'verb';
  }
}
