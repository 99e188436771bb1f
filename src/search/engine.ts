import MiniSearch from 'minisearch';
import type { LoadedDocument, Paragraph } from '../documents/types.js';
import { normalize } from '../text/normalize.js';
import { analyze } from './analyzer.js';
import { SEARCH_DEFAULTS, type SearchSettings } from './settings.js';
import { prepareQuery, type PreparedQuery, type QueryWord, type Vocabulary } from './query.js';
import { listedSpecificity, medianSpecificity, specificity } from './specificity.js';
import { WordMatcher } from './word-matcher.js';
import { type PrebuiltSearch, searchFingerprint, usablePrebuilt } from './prebuilt.js';
import { type MiniSearchJson, Postings } from './postings.js';

export { SEARCH_DEFAULTS, type SearchSettings } from './settings.js';

/** The fields indexed, Chinese first: MiniSearch adds up a term's scores in this order. */
const FIELDS = ['zh', 'en'] as const;

const YEAR = /^(?:1[89]|20)\d{2}$/u;
/** jieba's tags for nouns, names, abbreviations and set phrases; not verbal nouns (减灾, 管制), which are said in many ways. */
const CHINESE_NOUN = /^(?:n|nz|nt|ns|nr|j|l)$/u;
const ENGLISH_NOUNS = new Set(['NOUN', 'PROPN']);

export interface Hit {
  document: LoadedDocument;
  paragraph: Paragraph;
  score: number;
  coverage: number;
  /** Query terms found in this paragraph. */
  matched: Set<string>;
  /** The question's own words this paragraph does not match. */
  missing: string[];
  /** The question's own words this paragraph matches. */
  matchedWords: QueryWord[];
}

export interface SearchResult {
  query: PreparedQuery;
  hits: Hit[];
  covered: boolean;
  /** The coverage a paragraph needs to answer this question (it depends on the question's language). */
  minCoverage: number;
  /**
   * Names in the question that the documents never use (叙利亚, Ukraine) and the best
   * paragraph does not match either: the question may be about something else.
   */
  unknownNames: string[];
  /**
   * Other specific words of the question the documents never use, in no form the
   * vocabulary knows (芯片, 半导体, semiconductor, malaria): nouns, rarer than
   * `unknownTermSpecificity` in general Chinese. The declaration does not mention them.
   */
  unknownTerms: string[];
}

interface IndexedParagraph {
  id: number;
  zh: string;
  en: string;
}

export class SearchEngine {
  /** MiniSearch's index as it serialises it: what `npm run search-index` writes, and what the postings read. */
  private readonly miniJson: MiniSearchJson;
  private readonly postings: Postings;
  private readonly entries: { document: LoadedDocument; paragraph: Paragraph }[] = [];
  private readonly documentFrequency = new Map<string, number>();
  /** All normalised Chinese text, to tell a name the documents never use (叙利亚) from one they do. */
  private readonly corpusText: string;
  private corpusPairs: Set<string> | undefined;
  /** Each entry's predecessor in its document when both are on the same topic, else -1. */
  private readonly continues: Int32Array;
  /** During a search, each entry's place among the results (-1: none). */
  private readonly resultOf: Int32Array;
  private readonly corpusHolds = new Map<string, boolean>();

  constructor(
    documents: readonly LoadedDocument[],
    private readonly vocabulary: Vocabulary,
    readonly settings: SearchSettings = SEARCH_DEFAULTS,
    /** index/search-index.json as read: used when it fits these documents and this analysis. */
    prebuilt?: unknown,
  ) {
    for (const document of documents) for (const paragraph of document.paragraphs) this.entries.push({ document, paragraph });
    this.resultOf = new Int32Array(this.entries.length).fill(-1);
    this.continues = Int32Array.from(this.entries, (e, i) => {
      const before = this.entries[i - 1];
      return before?.document === e.document && e.paragraph.topicId !== undefined && before.paragraph.topicId === e.paragraph.topicId ? i - 1 : -1;
    });
    // Each text is analysed once, for the document frequencies, and handed to MiniSearch from here.
    const analysed = new Map<string, string[]>();
    const tokenize = (text: string): string[] => {
      let terms = analysed.get(text);
      if (terms === undefined) {
        terms = analyze(text, settings.analysis).map((t) => t.term);
        analysed.set(text, terms);
      }
      return terms;
    };
    const ready = usablePrebuilt(prebuilt, searchFingerprint(documents, settings.analysis));
    if (ready !== undefined) {
      this.miniJson = ready.mini;
      for (const [term, n] of ready.documentFrequency) this.documentFrequency.set(term, n);
      this.corpusText = ready.corpusText;
    } else {
      const mini = new MiniSearch<IndexedParagraph>({ fields: [...FIELDS], tokenize, processTerm: (term: string) => term });
      const rows: IndexedParagraph[] = this.entries.map(({ paragraph }, id) => ({ id, zh: normalize(paragraph.text), en: normalize(paragraph.english ?? '') }));
      for (const row of rows) {
        for (const term of new Set([...tokenize(row.zh), ...tokenize(row.en)])) {
          this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
        }
      }
      mini.addAll(rows);
      this.miniJson = mini.toJSON();
      this.corpusText = rows.map((r) => r.zh).join('\n');
    }
    this.postings = new Postings(this.miniJson, FIELDS, settings.bm25);
  }

  /** The index as `npm run search-index` writes it, to be loaded instead of built. */
  prebuilt(documents: readonly LoadedDocument[]): Omit<PrebuiltSearch, 'normalized' | 'alreadyNormal'> {
    return {
      note: 'Generated by `npm run search-index` from the documents and the vocabulary; never edit by hand.',
      fingerprint: searchFingerprint(documents, this.settings.analysis),
      corpusText: this.corpusText,
      documentFrequency: [...this.documentFrequency],
      mini: this.miniJson,
    };
  }

  /**
   * Whether the documents' Chinese text holds this string. Scanning the whole text takes a few
   * microseconds, and a question asks it of every word and pair of characters: a pair is
   * looked up among the text's pairs, collected once, and a longer string's answer is kept.
   */
  private inCorpus(text: string): boolean {
    if (text.length === 2) {
      this.corpusPairs ??= new Set(Array.from({ length: Math.max(0, this.corpusText.length - 1) }, (_, i) => this.corpusText.slice(i, i + 2)));
      return this.corpusPairs.has(text);
    }
    let known = this.corpusHolds.get(text);
    if (known === undefined) {
      known = this.corpusText.includes(text);
      if (this.corpusHolds.size >= 5000) this.corpusHolds.clear();
      this.corpusHolds.set(text, known);
    }
    return known;
  }

  /** Inverse document frequency; a term the documents never use weighs most. */
  idf(term: string): number {
    const n = this.entries.length;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Whether a question word is common enough to say little on its own (产业, 合作, 支持,
   * industry): a Chinese word less specific than `genericSpecificity` in general language (a
   * compound the table lacks, 能源合作, by its most specific listed pair of characters), an
   * English one used in at least `genericShare` of the paragraphs.
   */
  isGeneric(word: QueryWord): boolean {
    if (word.latin) return (this.documentFrequency.get(word.terms[0] ?? '') ?? 0) >= this.entries.length * this.settings.genericShare;
    const own = listedSpecificity(word.word);
    if (own !== undefined) return own < this.settings.genericSpecificity;
    const pairs: number[] = [];
    for (let i = 0; i + 2 <= word.word.length; i++) pairs.push(listedSpecificity(word.word.slice(i, i + 2)) ?? 0);
    return pairs.length > 0 && Math.max(...pairs) > 0 && Math.max(...pairs) < this.settings.genericSpecificity;
  }

  /** How much a question word counts towards coverage: its specificity in general language. */
  private wordWeight(word: QueryWord, query: PreparedQuery): number {
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
    const own = word.terms.filter((t) => this.documentFrequency.has(t));
    if (own.length > 0) return own;
    return query.terms
      .filter((t) => !word.terms.includes(t.term) && word.terms.some((w) => t.covers.includes(w)) && this.documentFrequency.has(t.term))
      .map((t) => t.term);
  }

  private knownLatin(word: QueryWord, query: PreparedQuery): boolean {
    return this.latinKnownTerms(word, query).length > 0;
  }

  private latinWeight(word: QueryWord, query: PreparedQuery): number {
    const term = word.terms[0] ?? '';
    if (this.documentFrequency.has(term)) return this.idf(term);
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
    const topical = word.tag === undefined || /^(?:n|vn|j|x|l|i|eng|m)/u.test(word.tag);
    return this.generalWeight(word) * (topical ? 1 : this.settings.nonNounWeight);
  }

  private generalWeight(word: QueryWord): number {
    // A single character (提, 开, 看) says little on its own; a name the documents
    // never use (叙利亚, 北约) says the question is about something else.
    if (word.word.length === 1) return specificity(word.word) * this.settings.unknownWeights.singleCharacter;
    if (word.proper && !this.inCorpus(word.word)) return specificity(word.word) * this.settings.unknownWeights.name;
    return specificity(word.word);
  }

  private isUnknownName(word: QueryWord, query: PreparedQuery): boolean {
    if (!word.proper) return false;
    if (word.latin) return !this.knownLatin(word, query);
    return !this.inCorpus(word.word) && specificity(word.word) >= this.settings.unknownNameSpecificity;
  }

  /**
   * A noun of the question the documents never use and no expansion stands for: a
   * Chinese one specific in general language, an English one the model reads as a noun.
   */
  private isUnknownTerm(word: QueryWord, query: PreparedQuery): boolean {
    if (word.proper || word.role !== 'content') return false;
    if (word.latin) return word.word.length > 2 && /\p{L}/u.test(word.word) && ENGLISH_NOUNS.has(word.pos ?? '') && !this.knownLatin(word, query);
    if (word.word.length < 2 || !CHINESE_NOUN.test(word.tag ?? '')) return false;
    // Nor any two characters of it: 谋私利 is the text's 谋取私利 said shorter, 重要性 its 重要.
    for (let i = 0; i + 2 <= word.word.length; i++) if (this.inCorpus(word.word.slice(i, i + 2))) return false;
    const expanded = query.terms.some((t) => t.weight < 1 && t.covers.some((c) => word.terms.includes(c)));
    return !expanded && specificity(word.word) >= this.settings.unknownTermSpecificity;
  }

  /**
   * For each result, the coverage weight of the question's names it does not say but the
   * paragraph before it on the same topic does, at `continuedNameShare`. A question without
   * names costs nothing here.
   */
  private continuedNames(
    raw: readonly { id: unknown; queryTerms: string[] }[],
    matcher: WordMatcher,
    query: PreparedQuery,
    weights: readonly number[],
  ): Float64Array | undefined {
    // An English name the lexicon also has in lower case (gaza) is a name the model reads, not a `proper` one.
    const named = (w: QueryWord): boolean => w.proper || (w.latin && w.pos === 'PROPN');
    if (this.settings.continuedNameShare <= 0 || !query.words.some(named)) return undefined;
    const out = new Float64Array(raw.length);
    // Which result each entry is, in an array kept between questions (reset below): no map per question.
    raw.forEach((r, n) => {
      this.resultOf[r.id as number] = n;
    });
    const said: number[] = [];
    raw.forEach((r, n) => {
      const before = this.resultOf[this.continues[r.id as number] ?? -1] ?? -1;
      if (before < 0) return;
      // match() reuses its array: what the paragraph before says is read off before this one is matched.
      const found = matcher.match(raw[before]?.queryTerms ?? []);
      said.length = 0;
      query.words.forEach((w, i) => {
        if (named(w) && found[i]) said.push(i);
      });
      if (said.length === 0) return;
      const own = matcher.match(r.queryTerms);
      for (const i of said) if (!own[i]) out[n] = (out[n] ?? 0) + (weights[i] ?? 0) * this.settings.continuedNameShare;
    });
    for (const r of raw) this.resultOf[r.id as number] = -1;
    return out;
  }

  search(input: string): SearchResult {
    const query = prepareQuery(input, this.vocabulary, this.settings.analysis, (t) => this.documentFrequency.has(t));
    if (query.terms.length === 0) return { query, hits: [], covered: false, minCoverage: this.settings.minCoverage, unknownNames: [], unknownTerms: [] };
    const raw = this.postings.search(
      // Long English terms also find their other forms (sanction → sanctions); every Latin
      // term is the user's own, as expansions lead to the declaration's Chinese.
      query.terms.map((t) => ({ term: t.term, boost: t.weight, prefix: /^[a-z]{6,}$/u.test(t.term) })),
    );
    const wordWeights = query.words.map((w) => this.wordWeight(w, query));
    const ownWeight = wordWeights.reduce((a, b) => a + b, 0);
    const matcher = new WordMatcher(query);
    // Scores first, objects only for the best few: a question costs less garbage.
    const coverages = new Float64Array(raw.length);
    const scores = new Float64Array(raw.length);
    const continued = this.continuedNames(raw, matcher, query, wordWeights);
    raw.forEach((r, n) => {
      const found = matcher.match(r.queryTerms);
      let weight = continued?.[n] ?? 0;
      found.forEach((f, i) => {
        if (f) weight += wordWeights[i] ?? 0;
      });
      const coverage = ownWeight === 0 ? 0 : weight / ownWeight;
      // MiniSearch multiplies by the number of query terms matched, which lets a
      // paragraph full of common words win; weigh by the share of the question matched instead.
      const base = r.score / Math.max(1, r.queryTerms.length);
      coverages[n] = coverage;
      scores[n] = base * coverage ** this.settings.coveragePower;
    });
    const order = raw.map((_, n) => n).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
    const hits: Hit[] = [];
    for (const n of order.slice(0, this.settings.maxHits)) {
      const r = raw[n];
      const entry = r === undefined ? undefined : this.entries[r.id as number];
      if (r === undefined || entry === undefined) continue;
      const found = matcher.match(r.queryTerms);
      const missing = query.words.filter((_, i) => found[i] !== true).map((w) => w.word);
      const matchedWords = query.words.filter((_, i) => found[i] === true);
      hits.push({ ...entry, score: scores[n] ?? 0, coverage: coverages[n] ?? 0, matched: new Set(r.queryTerms), missing, matchedWords });
    }
    const best = hits[0];
    const minCoverage = query.language === 'en' ? this.settings.minCoverageEnglish : this.settings.minCoverage;
    const covered = best !== undefined && best.coverage >= minCoverage && best.score >= this.settings.minScore;
    const unknownNames =
      this.settings.unknownNameSpecificity <= 0
        ? []
        : query.words.filter((w) => (best === undefined || best.missing.includes(w.word)) && this.isUnknownName(w, query)).map((w) => w.word);
    const unknownTerms = [
      ...query.words.filter((w) => !unknownNames.includes(w.word) && this.isUnknownTerm(w, query)).map((w) => w.word),
      // A compound cut into characters is unknown when the text has neither it nor its first two characters.
      ...query.fragments.filter((f) => !this.inCorpus(f) && !this.inCorpus(f.slice(0, 2))),
    ];
    return { query, hits, covered, minCoverage, unknownNames, unknownTerms };
  }
}
