import MiniSearch from 'minisearch';
import type { LoadedDocument, Paragraph } from '../documents/types.js';
import { escapeRegExp } from '../question-spans.js';
import { normalize } from '../text/normalize.js';
import { analyze } from './analyzer.js';
import { SEARCH_DEFAULTS, type SearchSettings } from './settings.js';
import { prepareQuery, type PreparedQuery, type QueryWord, type Vocabulary } from './query.js';
import { nameTerms } from './vocabulary.js';
import { unknownFragment } from './broken-compounds.js';
import { WrittenText } from './written-text.js';
import { joinedAsWritten } from './english-words.js';
import { WordWeights } from './word-weights.js';
import { WordMatcher } from './word-matcher.js';
import { type PrebuiltSearch, searchFingerprint, usablePrebuilt } from './prebuilt.js';
import { type MiniSearchJson, Postings, type RawHit } from './postings.js';

export { SEARCH_DEFAULTS, type SearchSettings } from './settings.js';

/** The fields indexed, Chinese first: MiniSearch adds up a term's scores in this order. */
const FIELDS = ['zh', 'en'] as const;

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
  /** What the documents write word for word: whether a question's phrase is theirs (src/answer-mention.ts). */
  readonly written: WrittenText;
  /** What each word of a question weighs, and whether the documents never use it. */
  private readonly weights: WordWeights;

  constructor(
    documents: readonly LoadedDocument[],
    private readonly vocabulary: Vocabulary,
    readonly settings: SearchSettings = SEARCH_DEFAULTS,
    /** index/search-index.json as read: used when it fits these documents and this analysis. */
    prebuilt?: unknown,
  ) {
    for (const document of documents) for (const paragraph of document.paragraphs) this.entries.push({ document, paragraph });
    this.written = new WrittenText(
      this.entries.map((e) => e.paragraph),
      vocabulary,
    );
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
    this.weights = new WordWeights(
      { documentFrequency: this.documentFrequency, size: this.entries.length, holds: (text) => this.inCorpus(text) },
      settings,
      vocabulary.frameZh,
    );
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
    return this.weights.idf(term);
  }

  /** The question's Chinese words the documents never use in any form, of any part of speech (see WordWeights.isNeverUsed). */
  neverUsed(result: SearchResult): string[] {
    return result.query.words.filter((w) => this.weights.isNeverUsed(w, result.query)).map((w) => w.word);
  }

  /** Whether a question word is common enough to say little on its own (see WordWeights.isGeneric). */
  isGeneric(word: QueryWord): boolean {
    return this.weights.isGeneric(word);
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
    const known = (t: string): boolean => this.documentFrequency.has(t);
    const query = this.prepare(input, known);
    if (query.terms.length === 0) return { query, hits: [], covered: false, minCoverage: this.settings.minCoverage, unknownNames: [], unknownTerms: [] };
    // Long English terms find other forms (sanctions) if the text uses them or they are names (Israeli), not other words (secretari-at).
    const names = nameTerms(this.vocabulary, query.words);
    const forms = (t: string): boolean => /^[a-z]{6,}$/u.test(t) && (known(t) || names.has(t));
    const raw = this.postings.search(query.terms.map((t) => ({ term: t.term, boost: t.weight, prefix: forms(t.term) })));
    const wordWeights = query.words.map((w) => this.weights.weight(w, query));
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
    const hits = order.slice(0, this.settings.maxHits).flatMap((n) => this.hitOf(raw[n], scores[n] ?? 0, coverages[n] ?? 0, matcher, query));
    const best = hits[0];
    const minCoverage = query.language === 'en' ? this.settings.minCoverageEnglish : this.settings.minCoverage;
    const covered = best !== undefined && best.coverage >= minCoverage && best.score >= this.settings.minScore;
    const unknownNames =
      this.settings.unknownNameSpecificity <= 0
        ? []
        : query.words.filter((w) => (best === undefined || best.missing.includes(w.word)) && this.weights.isUnknownName(w, query)).map((w) => w.word);
    const unknownTerms = [
      ...query.words.filter((w) => !unknownNames.includes(w.word) && (this.unknownTerm(w, query) || this.onlyKindred(w))).map((w) => w.word),
      ...query.fragments.filter((f) => unknownFragment(f, (t) => this.inCorpus(t))).map((f) => f.text),
    ];
    return { query, hits, covered, minCoverage, unknownNames, unknownTerms };
  }

  /**
   * A result as a hit, its entry's fields named, not spread ({ ...entry }): with the spread, about 14 KB of each question
   * outlived it into V8's old generation (sampling heap profiler), so scavenges copied megabytes and paused 7–14 ms.
   */
  private hitOf(r: RawHit | undefined, score: number, coverage: number, matcher: WordMatcher, query: PreparedQuery): Hit[] {
    const entry = r === undefined ? undefined : this.entries[r.id as number];
    if (r === undefined || entry === undefined) return [];
    const found = matcher.match(r.queryTerms);
    const missing = query.words.filter((_, i) => found[i] !== true).map((w) => w.word);
    const matchedWords = query.words.filter((_, i) => found[i] === true);
    return [{ document: entry.document, paragraph: entry.paragraph, score, coverage, matched: new Set(r.queryTerms), missing, matchedWords }];
  }

  /**
   * The question prepared for the search; read again with its slips mended (missle defense → missile defense)
   * when it has any, so that the mended words find their phrases too (missile defense → 反导系统).
   */
  private prepare(input: string, known: (term: string) => boolean): PreparedQuery {
    const query = prepareQuery(joinedAsWritten(input, known), this.vocabulary, this.settings.analysis, known);
    const slips = query.words.filter((w) => w.respelled !== undefined);
    if (slips.length === 0) return query;
    let mended = input;
    // The question's own apostrophe, straight or curly, where the word has the one normalisation gave it (Afganistan’s).
    for (const w of slips) mended = mended.replace(new RegExp(`\\b${escapeRegExp(w.word).replace(/['’]/gu, "['’]")}\\b`, 'giu'), w.respelled ?? w.word);
    return prepareQuery(joinedAsWritten(mended, known), this.vocabulary, this.settings.analysis, known);
  }

  /**
   * A noun the documents never use and no expansion stands for (src/search/word-weights.ts), nor one the synonym
   * list says otherwise where the question has that other word too (垃圾 beside 废弃物 adds no expansion).
   */
  private unknownTerm(word: QueryWord, query: PreparedQuery): boolean {
    return this.weights.isUnknownTerm(word, query) && (word.latin || this.written.saidOtherwise(normalize(word.word)).length === 0);
  }

  /**
   * A word of the question the documents never use and the synonym list only relates to what they say
   * (石油 to 常规能源, 塔利班 to 阿富汗, cannabis to 麻醉药品: index/kindred.json): the search finds the
   * related passages through it, but the declaration does not mention it.
   */
  private onlyKindred(word: QueryWord): boolean {
    return word.role === 'content' && !this.inCorpus(normalize(word.word)) && this.written.isKindred(normalize(word.word));
  }
}
