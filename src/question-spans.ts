// Where a question's words stand in it, to name them back as the question wrote them: a Latin word
// as a whole word, in any case; a Chinese one as the search read it (simplified), each place used once.
import { normalize } from './text/normalize.js';

export interface Span {
  start: number;
  end: number;
}

/** Text to find as it is, in a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The text words are looked for in: the question normalised as the search read it (simplified, lower
 * case), when that keeps every character in its place, so that a span can be cut from the question itself.
 */
export function searchable(question: string): string {
  const normal = normalize(question);
  return normal.length === question.length ? normal : question;
}

// A word's pattern, kept: the words named back are the declaration's and the gazetteer's, met again and again.
const patterns = new Map<string, RegExp>();
const PATTERNS_KEPT = 2000;

/** A Latin word as a whole word, in any case; another as the search read it. */
function patternOf(word: string): RegExp {
  let pattern = patterns.get(word);
  if (pattern === undefined) {
    const latin = /^[\p{Script=Latin}\d]/u.test(word);
    pattern = new RegExp(latin ? `(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])` : escapeRegExp(normalize(word)), 'giu');
    if (patterns.size >= PATTERNS_KEPT) patterns.clear();
    patterns.set(word, pattern);
  }
  return pattern;
}

/**
 * Each word's first place in the question that no longer word has taken (洪灾 before 洪), or undefined
 * when one is not there as a word of its own ('ai' is not in 'main').
 */
export function spansOf(question: string, words: readonly string[]): Span[] | undefined {
  const text = searchable(question);
  const taken: Span[] = [];
  const byLength = [...words.keys()].sort((a, b) => (words[b]?.length ?? 0) - (words[a]?.length ?? 0));
  const spans: (Span | undefined)[] = [];
  for (const i of byLength) {
    const word = words[i] ?? '';
    const found = [...text.matchAll(patternOf(word))]
      .map((m) => ({ start: m.index, end: m.index + m[0].length }))
      .find((s) => !taken.some((t) => s.start < t.end && t.start < s.end));
    if (found === undefined) return undefined;
    taken.push(found);
    spans[i] = found;
  }
  return spans.filter((s): s is Span => s !== undefined);
}

/** The question's own words from the first to the last of `parts` (normalised), as it wrote them; undefined unless two are found. */
export function spanAcross(text: string, parts: readonly string[]): string | undefined {
  const normal = normalize(text);
  const found = parts.map((p) => ({ at: normal.indexOf(p), end: normal.indexOf(p) + p.length })).filter((f) => f.at >= 0);
  if (found.length < 2) return undefined;
  const from = Math.min(...found.map((f) => f.at));
  const to = Math.max(...found.map((f) => f.end));
  // normalize keeps lengths (simplified for traditional, lower case), so the span is the question's own.
  return normal.length === text.length ? text.slice(from, to).trim() : normal.slice(from, to).trim();
}

/**
 * The question's own words across `parts` when little else stands between them (Iranian drones for Russia, 2030 in
 * Tashkent, 中国在塔吉克斯坦的军事基地); otherwise, or when they are not found, `fallback`: a span holding half the
 * question (2030, what does the declaration say will be held in Tashkent) names nothing.
 */
export function tidySpan(text: string, parts: readonly string[], fallback: string): string {
  const span = spanAcross(text, parts);
  if (span === undefined) return fallback;
  const between = span.length - parts.reduce((sum, p) => sum + p.length, 0);
  return between <= (/\p{Script=Han}/u.test(span) ? MAX_BETWEEN_HAN : MAX_BETWEEN_LATIN) ? span : fallback;
}
// At most a few words between the parts: ' in ', ' for the ', 在…的.
const MAX_BETWEEN_LATIN = 12;
const MAX_BETWEEN_HAN = 4;
