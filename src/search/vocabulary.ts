// What a question's words may stand for: the stop-words, the frame words, and the expansions
// from index/synonyms.json and the glossary (停战 → 停火, Russia → 俄罗斯联邦), indexed by the
// first character or word of their trigger so a question looks only at those it could hold.
import type { GlossaryEntry, StopWords, SynonymEntry } from '../documents/types.js';
import { normalize } from '../text/normalize.js';
import { addWords, analyze, type ChineseAnalysis } from './analyzer.js';
import type { EnglishRelated } from './english-related.js';

export interface Expansion {
  trigger: string;
  latin: boolean;
  means: string[];
  weight: number;
  /** The trigger only relates to what it stands for (洗钱 to 融资): the declaration saying that does not mention it. */
  kindred?: boolean;
}

export interface Vocabulary {
  stopZh: Set<string>;
  stopEn: Set<string>;
  /** English words that frame a question rather than name its subject (date, body, country). */
  frameEn: Set<string>;
  /** Chinese nouns that frame a question (态度, 原文, 总部): never a subject the documents fail to mention. */
  frameZh: Set<string>;
  /** Paraphrase → the declaration's words, normalised. */
  expansions: Expansion[];
  /**
   * The expansions by the first character of a Chinese trigger or the first word of a
   * Latin one, so a question looks only at those its own text could start.
   */
  expansionIndex: Map<string, number[]>;
  /** Acronyms and WordNet synonyms of the rendering's words, loaded on the first English question that asks. */
  englishRelated?: () => EnglishRelated;
  /**
   * The gazetteer's one-word English names the documents mention (gaza, syria), normalised: a name
   * however it is typed, as jieba tags 加沙 a name in Chinese.
   */
  namesEn?: ReadonlySet<string>;
}

export const EXPANSION_WEIGHTS = { synonym: 0.8, glossaryTranslation: 0.6, glossaryAlias: 0.8 } as const;

export function buildVocabulary(stopWords: StopWords, synonyms: SynonymEntry[], glossary: GlossaryEntry[], englishRelated?: () => EnglishRelated): Vocabulary {
  addWords([...stopWords.zh, ...synonyms.flatMap((s) => [...s.terms, ...s.means]), ...glossary.flatMap((g) => [g.zh, ...g.zhAliases])].map(normalize));
  const expansions: Vocabulary['expansions'] = [];
  const stopZh = new Set(stopWords.zh.map(normalize));
  const stopEn = new Set(stopWords.en.map((w) => normalize(w)));
  // A term the synonym list marks kindred (index/kindred.json) is kindred whichever entry has it: the glossary may alias it too.
  const kindredTerms = new Set(synonyms.flatMap((s) => s.kindred ?? []).map(normalize));
  const add = (trigger: string, means: string[], weight: number): void => {
    const t = normalize(trigger);
    const kindred = kindredTerms.has(t);
    // A stop-word (上合, SCO) is dropped from the question, so it cannot stand for anything.
    if (t === '' || stopZh.has(t) || stopEn.has(t)) return;
    expansions.push({ trigger: t, latin: !/\p{Script=Han}/u.test(t), means: means.map(normalize), weight, ...(kindred ? { kindred } : {}) });
  };
  for (const s of synonyms) for (const term of s.terms) add(term, s.means, EXPANSION_WEIGHTS.synonym);
  for (const g of glossary) {
    for (const alias of g.zhAliases) add(alias, [g.zh], EXPANSION_WEIGHTS.glossaryAlias);
    // Chinese → English is not expanded: every paragraph's English is a rendering of
    // its Chinese, so the English terms would only count the same match twice (and cost time).
    for (const en of g.en) add(en, [g.zh], EXPANSION_WEIGHTS.glossaryTranslation);
  }
  const expansionIndex = new Map<string, number[]>();
  expansions.forEach((e, i) => {
    const key = indexKey(e.trigger, e.latin);
    expansionIndex.set(key, [...(expansionIndex.get(key) ?? []), i]);
  });
  return {
    stopZh,
    stopEn,
    frameEn: new Set((stopWords.frameEn ?? []).map((w) => normalize(w))),
    frameZh: new Set((stopWords.frameZh ?? []).map((w) => normalize(w))),
    expansions,
    expansionIndex,
    ...(englishRelated === undefined ? {} : { englishRelated }),
  };
}

const indexKey = (trigger: string, latin: boolean): string => (latin ? (/^[\p{Script=Latin}\p{N}]+/u.exec(trigger)?.[0] ?? trigger) : (trigger[0] ?? ''));

// An expansion's trigger and phrases cut into terms once per analysis, not once per question.
const analysedExpansions = new WeakMap<Expansion, Map<ChineseAnalysis, { trigger: string[]; means: string[][] }>>();

export function analysedExpansion(e: Expansion, analysis: ChineseAnalysis): { trigger: string[]; means: string[][] } {
  let byAnalysis = analysedExpansions.get(e);
  if (byAnalysis === undefined) {
    byAnalysis = new Map();
    analysedExpansions.set(e, byAnalysis);
  }
  let analysed = byAnalysis.get(analysis);
  if (analysed === undefined) {
    const terms = (text: string): string[] => [...new Set(analyze(text, analysis).map((t) => t.term))];
    analysed = { trigger: analyze(e.trigger, analysis).map((t) => t.term), means: e.means.map(terms) };
    byAnalysis.set(analysis, analysed);
  }
  return analysed;
}

/** The expansions whose trigger could start somewhere in the text, in the vocabulary's order. */
export function candidateExpansions(normalized: string, vocab: Vocabulary): Expansion[] {
  const found = new Set<number>();
  for (const ch of new Set(normalized)) for (const i of vocab.expansionIndex.get(ch) ?? []) found.add(i);
  for (const [w] of normalized.matchAll(/[\p{Script=Latin}\p{N}]+/gu)) for (const i of vocab.expansionIndex.get(w) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b).flatMap((i) => vocab.expansions[i] ?? []);
}

// A Latin letter or digit: what a Latin trigger must not touch ('un' inside 'until'),
// while Chinese characters around it do not count ('上合对ai的态度' holds 'ai').
const LATIN_WORD_CHAR = /[\p{Script=Latin}\p{N}]/u;

export function containsTrigger(normalized: string, trigger: string, latin: boolean): boolean {
  if (!latin) return normalized.includes(trigger);
  // indexOf with a boundary check, not one RegExp per trigger: compiling hundreds
  // of Unicode-aware patterns costs a third of a second on the first question.
  for (let at = normalized.indexOf(trigger); at >= 0; at = normalized.indexOf(trigger, at + 1)) {
    const before = normalized[at - 1] ?? '';
    const after = normalized[at + trigger.length] ?? '';
    if (!LATIN_WORD_CHAR.test(before) && !LATIN_WORD_CHAR.test(after)) return true;
  }
  return false;
}

/** The terms of a question's English words that are the gazetteer's names of what the documents mention (israel, palestine). */
export function nameTerms(vocab: Pick<Vocabulary, 'namesEn'>, words: readonly { word: string; latin: boolean; terms: string[] }[]): Set<string> {
  const names = vocab.namesEn;
  if (names === undefined) return new Set();
  return new Set(words.filter((w) => w.latin && names.has(normalize(w.word))).flatMap((w) => w.terms));
}
