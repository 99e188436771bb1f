import { insideHolder } from './focus/name-holders.js';
import { ELLIPSIS, type Segment } from './model.js';
import { analyze, type ChineseAnalysis, type Token } from './search/analyzer.js';
import { isHan, normalizeWithMap } from './text/normalize.js';
import { splitSentences } from './documents/split.js';
import type { Paragraph } from './documents/types.js';

// The splitter lives with the document loader, which aligns the English rendering by it.
export { splitSentences } from './documents/split.js';

interface Analyzed {
  norm: string;
  map: number[];
  tokens: Token[];
  terms: Set<string>;
}

// Quotes come from the documents only, so this cache is bounded by their sentences.
const analyzedCache = new Map<string, Analyzed>();

function analyzed(text: string, analysis: ChineseAnalysis): Analyzed {
  const key = `${analysis}\u0000${text}`;
  let hit = analyzedCache.get(key);
  if (hit === undefined) {
    const { text: norm, map } = normalizeWithMap(text);
    const tokens = analyze(norm, analysis);
    hit = { norm, map, tokens, terms: new Set(tokens.map((t) => t.term)) };
    analyzedCache.set(key, hit);
  }
  return hit;
}

/** What a quote emphasises: whole Chinese phrases of the question, and English words by their stems. */
export interface Emphasis {
  /** Normalised Chinese phrases (the question's words and what its paraphrases stand for). */
  phrases: readonly string[];
  /** Index terms found in the paragraph; English words are emphasised by these. */
  terms: ReadonlySet<string>;
  /** The longer names of other places that hold a phrase (白俄罗斯 holds 俄罗斯): not emphasised inside them. */
  holders?: (phrase: string) => readonly string[];
}

const sourceEnd = (text: string, index: number): number => index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);

/**
 * The text split into segments with the question's words emphasised. Chinese is
 * emphasised only where a whole phrase occurs: single matching bigrams would
 * bold pieces of other words (哈萨克【斯坦共和国】).
 */
export function emphasize(text: string, { phrases, terms, holders }: Emphasis, analysis: ChineseAnalysis): Segment[] {
  if (phrases.length === 0 && terms.size === 0) return [{ text, emphasis: false }];
  const { norm, map, tokens } = analyzed(text, analysis);
  const marks: [number, number][] = [];
  const mark = (start: number, end: number): void => {
    const from = map[start];
    const last = map[end - 1];
    if (from !== undefined && last !== undefined) marks.push([from, sourceEnd(text, last)]);
  };
  for (const phrase of phrases) {
    if (phrase === '') continue;
    const around = holders?.(phrase) ?? [];
    for (let at = norm.indexOf(phrase); at >= 0; at = norm.indexOf(phrase, at + phrase.length)) {
      if (!insideHolder(norm, at, phrase, around)) mark(at, at + phrase.length);
    }
  }
  for (const token of tokens) {
    if (!isHan(norm[token.start] ?? '') && terms.has(token.term)) mark(token.start, token.end);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of marks) {
    const last = merged.at(-1);
    // Words next to each other ('unilateral sanctions') read as one emphasis.
    if (last !== undefined && (s <= last[1] || /^\s+$/u.test(text.slice(last[1], s)))) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) segments.push({ text: text.slice(at, s), emphasis: false });
    segments.push({ text: text.slice(s, e), emphasis: true });
    at = e;
  }
  if (at < text.length) segments.push({ text: text.slice(at), emphasis: false });
  return segments;
}

export interface QuoteOptions {
  analysis: ChineseAnalysis;
  /** How much a matched term counts (its IDF). */
  weight: (term: string) => number;
  maxSentences?: number;
  /** Sentences scoring at least this share of the best one are quoted too. */
  keepRatio?: number;
}

/**
 * Which sentences of a paragraph a quote keeps, as indexes in paragraph order:
 * those that best match the question, or every sentence when none matches (a
 * quote is never an arbitrary cut).
 */
export function quotedSentences(text: string, emphasis: Emphasis, { analysis, weight, maxSentences = 2, keepRatio = 0.5 }: QuoteOptions): number[] {
  const sentences = splitSentences(text);
  const scores = sentences.map((s) => {
    const { terms } = analyzed(s.text, analysis);
    let sum = 0;
    for (const t of terms) if (emphasis.terms.has(t)) sum += weight(t);
    return sum;
  });
  const best = Math.max(0, ...scores);
  if (best === 0 || sentences.length <= 1) return sentences.map((_, index) => index);
  return scores
    .map((score, index) => ({ score, index }))
    .filter((s) => s.score >= best * keepRatio)
    .sort((a, b) => b.score - a.score)
    .slice(0, maxSentences)
    .map((s) => s.index)
    .sort((a, b) => a - b);
}

/**
 * The kept sentences, emphasised, with an ELLIPSIS segment wherever sentences
 * are left out; `gap` goes between pieces (a space in English, nothing in
 * Chinese). Every sentence kept gives the whole text, emphasised as one.
 */
function elide(sentences: readonly string[], kept: readonly number[], emphasis: Emphasis, analysis: ChineseAnalysis, gap: string): Segment[] {
  if (kept.length === sentences.length) return emphasize(sentences.join(gap), emphasis, analysis);
  const pieces: Segment[][] = [];
  let previous = -1;
  for (const index of kept) {
    if (index !== previous + 1) pieces.push([{ text: ELLIPSIS, emphasis: false }]);
    pieces.push(emphasize(sentences[index] ?? '', emphasis, analysis));
    previous = index;
  }
  if (previous !== sentences.length - 1) pieces.push([{ text: ELLIPSIS, emphasis: false }]);
  return gap === '' ? pieces.flat() : pieces.flatMap((piece, i) => (i === 0 ? piece : [{ text: gap, emphasis: false }, ...piece]));
}

/** The sentences of a paragraph that best match the question, verbatim, with an ellipsis wherever text is left out. */
export function selectQuote(text: string, emphasis: Emphasis, options: QuoteOptions): Segment[] {
  const sentences = splitSentences(text);
  const kept = quotedSentences(text, emphasis, options);
  // The whole paragraph verbatim, not its sentences rejoined: the splitter drops blank pieces.
  if (kept.length === sentences.length) return emphasize(text, emphasis, options.analysis);
  return elide(
    sentences.map((s) => s.text),
    kept,
    emphasis,
    options.analysis,
    '',
  );
}

/**
 * The English rendering of the sentences the Chinese quote keeps (the same
 * `quotedSentences`), with ELLIPSIS segments in the same places, so the English
 * under an elided quote renders what is quoted, not the whole paragraph.
 * Undefined when the paragraph has no rendering.
 */
export function selectEnglish(paragraph: Pick<Paragraph, 'text' | 'englishSentences'>, emphasis: Emphasis, options: QuoteOptions): Segment[] | undefined {
  const english = paragraph.englishSentences;
  if (english === undefined) return undefined;
  // The loader refuses misaligned data; should a paragraph be built otherwise, the whole rendering is never wrong.
  const aligned = english.length === splitSentences(paragraph.text).length;
  const kept = aligned ? quotedSentences(paragraph.text, emphasis, options) : english.map((_, index) => index);
  return elide(english, kept, emphasis, options.analysis, ' ');
}
