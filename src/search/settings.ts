// The search engine's settings, each with its default and why it is what it is (as
// MiniSearch documents its options). Every one is a knob measured on the evaluation sets.
import { type ChineseAnalysis, DEFAULT_CHINESE_ANALYSIS } from './analyzer.js';

export interface SearchSettings {
  analysis: ChineseAnalysis;
  /** Below this share of the question's (IDF-weighted) words found in the best paragraph, the answer is 'not covered'. */
  minCoverage: number;
  /**
   * The same for questions in English: their words are weighed by the documents' own
   * IDF, not by a general-language table, so the shares are on another scale.
   */
  minCoverageEnglish: number;
  /** How many of the best paragraphs a search returns. */
  maxHits: number;
  /**
   * A question that names a place, person or organisation the documents never
   * mention (叙利亚, Ukraine), and whose best paragraph does not match it either, is
   * not covered. For Chinese the name must be rarer than this in general language
   * (jieba's IDF), since jieba also tags everyday words (城市, 美国) as names. 0 = off.
   */
  unknownNameSpecificity: number;
  /**
   * The same for a Chinese noun that is not a name (芯片, 稀土, 棉花): only the most everyday nouns
   * (东西, 人们) are below it. The nouns that frame a question (总部, 名字, 态度) are listed in
   * index/stopwords.json (`frameZh`) instead: they are common and rare alike.
   */
  unknownTermSpecificity: number;
  /**
   * For a question refused anyway, a Chinese word of any part of speech the documents never use, at least this
   * specific in general Chinese, is named in the refusal (免签 13.2); question verbs are below (表态 7.2, 点名 9.3).
   */
  neverUsedSpecificity: number;
  /** Below this specificity in general Chinese a word is common (产业 5.5, 合作 5.5): see `isGeneric`. */
  genericSpecificity: number;
  /** An English word in at least this share of the paragraphs is common (cooperation, industry). */
  genericShare: number;
  /** Below this score the best paragraph is too weak a match to quote. */
  minScore: number;
  /** How much a paragraph that matches only part of the question is held back: score × coverage^power. */
  coveragePower: number;
  bm25: { k: number; b: number; d: number };
  /**
   * Coverage weight of question words the documents lack, relative to a known word:
   * a name (Ukraine, 叙利亚) counts more, an unknown common English word and a
   * lone Chinese character (提, 开) less.
   */
  unknownWeights: { name: number; word: number; singleCharacter: number };
  /** Coverage weight of a Chinese word that is not a noun, name or idiom (verbs, adverbs, adjectives). */
  nonNounWeight: number;
  /**
   * Coverage weight of an English verb (proposed, praised, hosted) and of an English
   * frame word (date, body, country), relative to a noun: analysts' verbs are seldom
   * the declaration's, and frame words say what is asked, not what about.
   */
  englishRoleWeights: { verb: number; frame: number };
  /**
   * Coverage share of a name (加沙, Gaza) a paragraph does not repeat but the one before it on the
   * same topic says: the text names a place once and goes on about it (§29 names Gaza, §30 calls
   * for the ceasefire there).
   */
  continuedNameShare: number;
  /**
   * Coverage weight of an English word the rendering never uses but stands for its words
   * (src/search/relate-english.ts), relative to the words it stands for. Measured over the
   * eval sets, a synonym at 0.75 answered no more and refused one near miss fewer than at 1.
   */
  relatedWeights: { acronym: number; synonym: number; spelling: number; clipped: number };
}

export const SEARCH_DEFAULTS: SearchSettings = {
  analysis: DEFAULT_CHINESE_ANALYSIS,
  minCoverage: 0.33,
  minCoverageEnglish: 0.5,
  maxHits: 20,
  unknownNameSpecificity: 7,
  unknownTermSpecificity: 5,
  neverUsedSpecificity: 10,
  genericSpecificity: 7.5,
  genericShare: 0.05,
  minScore: 0,
  coveragePower: 2,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  unknownWeights: { name: 1.5, word: 0.75, singleCharacter: 0.3 },
  nonNounWeight: 0.7,
  englishRoleWeights: { verb: 0.5, frame: 0.25 },
  continuedNameShare: 0.5,
  relatedWeights: { acronym: 1, synonym: 1, spelling: 1, clipped: 1 },
};
