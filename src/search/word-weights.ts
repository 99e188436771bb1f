// How much each word of a question weighs towards a paragraph's coverage, and whether it is a
// name or a noun the documents never use: by its specificity in general language (Chinese), by
// the documents' IDF (English), by its role (a verb or a frame word weighs less).
import type { QueryWord, PreparedQuery } from './query.js';
import type { SearchSettings } from './settings.js';
import { listedSpecificity, medianSpecificity, specificity } from './specificity.js';

const YEAR = /^(?:1[89]|20)\d{2}$/u;
/** jieba's tags for nouns, names, abbreviations and set phrases; not verbal nouns (减灾, 管制), which are said in many ways. */
const CHINESE_NOUN = /^(?:n|nz|nt|ns|nr|j|l)$/u;
const ENGLISH_NOUNS = new Set(['NOUN', 'PROPN']);

/** What the weights read of the documents. */
export interface Corpus {
  /** In how many paragraphs each index term occurs. */
  documentFrequency: ReadonlyMap<string, number>;
  /** How many paragraphs there are. */
  size: number;
  /** Whether the documents' Chinese text holds this string. */
  holds(text: string): boolean;
}

export class WordWeights {
  /** `frames`: Chinese nouns that frame a question (态度, 原文, 总部), never unknown terms. */
  constructor(
    private readonly corpus: Corpus,
    private readonly settings: SearchSettings,
    private readonly frames: ReadonlySet<string> = new Set(),
  ) {}

  /** Inverse document frequency; a term the documents never use weighs most. */
  idf(term: string): number {
    const n = this.corpus.size;
    const df = this.corpus.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Whether a question word is common enough to say little on its own (产业, 合作, 支持,
   * industry): a Chinese word less specific than `genericSpecificity` in general language (a
   * compound the table lacks, 能源合作, by its most specific listed pair of characters), an
   * English one used in at least `genericShare` of the paragraphs.
   */
  isGeneric(word: QueryWord): boolean {
    if (word.latin) return (this.corpus.documentFrequency.get(word.terms[0] ?? '') ?? 0) >= this.corpus.size * this.settings.genericShare;
    const own = listedSpecificity(word.word);
    if (own !== undefined) return own < this.settings.genericSpecificity;
    const pairs: number[] = [];
    for (let i = 0; i + 2 <= word.word.length; i++) pairs.push(listedSpecificity(word.word.slice(i, i + 2)) ?? 0);
    return pairs.length > 0 && Math.max(...pairs) > 0 && Math.max(...pairs) < this.settings.genericSpecificity;
  }

  /** How much a question word counts towards coverage: its specificity in general language. */
  weight(word: QueryWord, query: PreparedQuery): number {
    // In a question mixing scripts, English words (weighed by the documents' IDF) are put
    // on the scale of Chinese ones (general-language IDF): an unknown word weighs the median.
    // A year is a key term, weighed as a name: it would otherwise weigh by the documents' IDF,
    // on a smaller scale than the Chinese words beside it and like any rare English word.
    if (YEAR.test(word.word)) return (query.language === 'en' ? this.idf('') : medianSpecificity()) * this.settings.unknownWeights.name;
    if (word.latin && query.language === 'mixed') return this.latinWeight(word, query) * this.roleWeight(word) * (medianSpecificity() / this.idf(''));
    if (word.latin) return this.latinWeight(word, query) * this.roleWeight(word);
    return this.chineseWeight(word);
  }

  private roleWeight(word: QueryWord): number {
    return word.role === 'content' ? 1 : this.settings.englishRoleWeights[word.role];
  }

  /** The documents' terms a Latin word stands for: itself, or what the vocabulary maps it to (AI → 人工智能). */
  private latinKnownTerms(word: QueryWord, query: PreparedQuery): string[] {
    const own = word.terms.filter((t) => this.corpus.documentFrequency.has(t));
    if (own.length > 0) return own;
    return query.terms
      .filter((t) => !word.terms.includes(t.term) && word.terms.some((w) => t.covers.includes(w)) && this.corpus.documentFrequency.has(t.term))
      .map((t) => t.term);
  }

  private knownLatin(word: QueryWord, query: PreparedQuery): boolean {
    return this.latinKnownTerms(word, query).length > 0;
  }

  private latinWeight(word: QueryWord, query: PreparedQuery): number {
    const term = word.terms[0] ?? '';
    if (this.corpus.documentFrequency.has(term)) return this.idf(term);
    // A word the vocabulary maps onto the documents (Russia → 俄罗斯联邦) is as specific as what it maps to.
    const mapped = this.latinKnownTerms(word, query);
    if (mapped.length > 0) return Math.max(...mapped.map((t) => this.idf(t))) * (word.related === undefined ? 1 : this.settings.relatedWeights[word.related]);
    // English has no general-language table: an unknown name (Ukraine, NATO)
    // weighs most, an unknown common word (happening, drills) less.
    return this.idf('') * (word.proper ? this.settings.unknownWeights.name : this.settings.unknownWeights.word);
  }

  private chineseWeight(word: QueryWord): number {
    // A question's subject is in its nouns (and names, idioms, numbers); its verbs and
    // adverbs (空袭, 互相) are more often said another way than the topic itself.
    // A number in digits (2024, 19) is a key term; one in words with its measure word (两场, 一篇) counts what the
    // question asks about, which the text may list without counting (昆明马拉松、伊塞克湖马拉松).
    const topical = word.tag === undefined || /^(?:n|vn|j|x|l|i|eng)/u.test(word.tag) || (word.tag.startsWith('m') && /\d/u.test(word.word));
    return this.generalWeight(word) * (topical ? 1 : this.settings.nonNounWeight);
  }

  private generalWeight(word: QueryWord): number {
    // A single character (提, 开, 看) says little on its own; a name the documents
    // never use (叙利亚, 北约) says the question is about something else.
    if (word.word.length === 1) return specificity(word.word) * this.settings.unknownWeights.singleCharacter;
    if (word.proper && !this.corpus.holds(word.word)) return specificity(word.word) * this.settings.unknownWeights.name;
    return specificity(word.word);
  }

  isUnknownName(word: QueryWord, query: PreparedQuery): boolean {
    if (!word.proper) return false;
    if (word.latin) return !this.knownLatin(word, query);
    return !this.corpus.holds(word.word) && specificity(word.word) >= this.settings.unknownNameSpecificity;
  }

  /**
   * A Chinese word of any part of speech the documents never use, in no form, that no expansion stands for and that
   * is rare in general language (免签, 公投): named when a question is refused anyway, since it says what the question
   * was about. Not a frame word, nor one below `neverUsedSpecificity` (表态, 提及 are how questions ask).
   */
  isNeverUsed(word: QueryWord, query: PreparedQuery): boolean {
    if (word.proper || word.role === 'frame' || this.frames.has(word.word)) return false;
    // English words of other parts of speech than nouns (apart, intra, worth) are too often how a question is put.
    if (word.latin || !/^\p{Script=Han}+$/u.test(word.word)) return false;
    return this.unusedInAnyForm(word, query) && specificity(word.word) >= this.settings.neverUsedSpecificity;
  }

  /** A Chinese word of two characters or more none of whose two characters the documents use, and no expansion stands for. */
  private unusedInAnyForm(word: QueryWord, query: PreparedQuery): boolean {
    if (word.word.length < 2) return false;
    // Nor any two characters of it: 谋私利 is the text's 谋取私利 said shorter, 重要性 its 重要.
    for (let i = 0; i + 2 <= word.word.length; i++) if (this.corpus.holds(word.word.slice(i, i + 2))) return false;
    return !query.terms.some((t) => t.weight < 1 && t.covers.some((c) => word.terms.includes(c)));
  }

  /**
   * A noun of the question the documents never use and no expansion stands for: a
   * Chinese one specific in general language, an English one the model reads as a noun.
   */
  isUnknownTerm(word: QueryWord, query: PreparedQuery): boolean {
    if (word.proper || word.role !== 'content') return false;
    if (word.latin) return word.word.length > 2 && /\p{L}/u.test(word.word) && ENGLISH_NOUNS.has(word.pos ?? '') && !this.knownLatin(word, query);
    if (!CHINESE_NOUN.test(word.tag ?? '') || this.frames.has(word.word)) return false;
    return this.unusedInAnyForm(word, query) && specificity(word.word) >= this.settings.unknownTermSpecificity;
  }
}
