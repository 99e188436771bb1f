// The words of a name the declaration never uses are found one by one (South and Sea of the South
// China Sea, 克罗 / 库斯 / 音乐厅 of 克罗库斯音乐厅): named back one by one they say nothing ('does not
// mention South or Sea'). Here they are named as the question wrote the name: Chinese pieces that
// touch are one name, and an English word in capitals is named with the capitalised words around it
// (South China Sea, West Asia, Elon Musk), though the declaration uses some of those. English words
// in lower case stay apart: what joins them into one thing is not written.

import { taggedWords } from './search/analyzer.js';

interface Span {
  from: number;
  to: number;
}

/** A word in capitals: a name, or the first word of a sentence (which the stop words below tell apart). */
const CAPITALISED = /^\p{Lu}[\p{L}\p{N}'’.]*$/u;
/** Chinese pieces that touch are one name when the first is a name (克罗 of 克罗库斯, 北溪 of 北溪管道); 芯片半导体 are two things. */
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;

/** A name's possessive ends it: Hamas's October 7 attack, the EU's carbon tax. */
const POSSESSIVE = /\p{Lu}[\p{L}\p{N}.]*['’]s?$/u;
/** Capitalised words that open questions and never belong to a name. */
const OPENERS = new Set([
  'does',
  'do',
  'did',
  'is',
  'are',
  'was',
  'were',
  'what',
  'which',
  'who',
  'where',
  'when',
  'how',
  'why',
  'any',
  'has',
  'have',
  'can',
  'the',
  'and',
  'or',
  'i',
]);

/** The words of a text with their spans; a hyphen parts words (ChatGPT-style). */
function wordSpans(text: string): (Span & { word: string })[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.]*/gu)].map((m) => ({ from: m.index, to: m.index + m[0].length, word: m[0] }));
}

/** The capitalised words on either side of a capitalised span, up to a word that is not one (or opens a question). */
function titleRun(span: Span, words: readonly (Span & { word: string })[], text: string): Span {
  const at = words.findIndex((w) => w.from === span.from);
  // Only a name that is whole words: Syria found in Syrian is named Syria.
  if (at < 0 || !CAPITALISED.test(words[at]?.word ?? '') || !words.some((w) => w.to === span.to)) return span;
  const joins = (left: Span, right: Span): boolean => /^[ -]$/u.test(text.slice(left.to, right.from));
  const inName = (w: { word: string } | undefined): boolean => w !== undefined && CAPITALISED.test(w.word) && !OPENERS.has(w.word.toLowerCase());
  let first = at;
  let last = at;
  const ends = (w: { word: string } | undefined): boolean => w !== undefined && POSSESSIVE.test(w.word);
  while (first > 0 && inName(words[first - 1]) && !ends(words[first - 1]) && joins(words[first - 1] as Span, words[first] as Span)) first--;
  while (last < words.length - 1 && !ends(words[last]) && inName(words[last + 1]) && joins(words[last] as Span, words[last + 1] as Span)) last++;
  return { from: Math.min(span.from, words[first]?.from ?? span.from), to: Math.max(span.to, words[last]?.to ?? span.to) };
}

/** Whether a Chinese piece is a name, or part of one: jieba tags it a person, place, body or other name, or does not know it. */
function isNamePiece(piece: string): boolean {
  const words = taggedWords({ term: piece, start: 0, end: piece.length });
  return words.length !== 1 || /^(?:nr|ns|nt|nz|x)/u.test(words[0]?.tag ?? '');
}

/** Whether a Chinese name piece runs on into the next piece. */
function joinsHan(left: string, right: string): boolean {
  return HAN_END.test(left) && HAN_START.test(right) && isNamePiece(left);
}

/**
 * The names as the question writes them: each name's span (widened to its capitalised run in
 * English), and Chinese spans with nothing between them joined. A name not found in the text as
 * written is kept as it is.
 */
export function wholeNames(text: string, names: readonly string[]): string[] {
  const words = wordSpans(text);
  const spans: Span[] = [];
  const apart: string[] = [];
  for (const name of names) {
    const from = text.indexOf(name);
    if (from < 0) apart.push(name);
    else spans.push(titleRun({ from, to: from + name.length }, words, text));
  }
  spans.sort((a, b) => a.from - b.from);
  const joined: Span[] = [];
  for (const span of spans) {
    const last = joined.at(-1);
    if (last !== undefined && span.from < last.to) last.to = Math.max(last.to, span.to);
    else if (last !== undefined && last.to === span.from && joinsHan(text.slice(last.from, last.to), text.slice(span.from))) last.to = span.to;
    else joined.push({ ...span });
  }
  // The name, not its possessive: Hamas, not Hamas's.
  return [...new Set([...joined.map((s) => withoutPossessive(text.slice(s.from, s.to))), ...apart])];
}

/** A name's possessive dropped (Hamas's → Hamas); a common word's kept (driver's seat). */
function withoutPossessive(name: string): string {
  return POSSESSIVE.test(name) ? name.replace(/['’]s?$/u, '') : name;
}
