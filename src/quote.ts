import { ELLIPSIS, type Segment } from './model.js';
import { analyze, type ChineseAnalysis, type Token } from './search/analyzer.js';
import { normalizeWithMap } from './text/normalize.js';

export interface Sentence {
  text: string;
  start: number;
}

// Clause-level ends too (；): the declaration's sentences run long.
const SENTENCE = /[^。！？；!?;]+(?:[。！？；!?;]+["”’」』）)]*|$)/gu;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    if (m[0].trim() === '') continue;
    out.push({ text: m[0], start: m.index ?? 0 });
  }
  return out;
}

interface Analyzed {
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
    hit = { map, tokens, terms: new Set(tokens.map((t) => t.term)) };
    analyzedCache.set(key, hit);
  }
  return hit;
}

/** The text split into segments, the words whose index terms are in `terms` emphasised. */
export function emphasize(text: string, terms: ReadonlySet<string>, analysis: ChineseAnalysis): Segment[] {
  if (terms.size === 0) return [{ text, emphasis: false }];
  const { map, tokens } = analyzed(text, analysis);
  const marks: [number, number][] = [];
  for (const token of tokens) {
    if (!terms.has(token.term)) continue;
    const start = map[token.start];
    const lastSource = map[token.end - 1];
    if (start === undefined || lastSource === undefined) continue;
    const end = lastSource + ((text.codePointAt(lastSource) ?? 0) > 0xffff ? 2 : 1);
    marks.push([start, end]);
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
 * The sentences of a paragraph that best match the question, verbatim, with
 * an ellipsis wherever text is left out. With no matched sentence the whole
 * paragraph is quoted: never an arbitrary cut.
 */
export function selectQuote(text: string, matched: ReadonlySet<string>, { analysis, weight, maxSentences = 2, keepRatio = 0.5 }: QuoteOptions): Segment[] {
  const sentences = splitSentences(text);
  const scores = sentences.map((s) => {
    const { terms } = analyzed(s.text, analysis);
    let sum = 0;
    for (const t of terms) if (matched.has(t)) sum += weight(t);
    return sum;
  });
  const best = Math.max(0, ...scores);
  if (best === 0 || sentences.length <= 1) return emphasize(text, matched, analysis);
  const chosen = scores
    .map((score, index) => ({ score, index }))
    .filter((s) => s.score >= best * keepRatio)
    .sort((a, b) => b.score - a.score)
    .slice(0, maxSentences)
    .map((s) => s.index)
    .sort((a, b) => a - b);
  const segments: Segment[] = [];
  let previous = -1;
  for (const index of chosen) {
    if (index !== previous + 1) segments.push({ text: ELLIPSIS, emphasis: false });
    segments.push(...emphasize(sentences[index]?.text ?? '', matched, analysis));
    previous = index;
  }
  if (previous !== sentences.length - 1) segments.push({ text: ELLIPSIS, emphasis: false });
  return segments;
}
