// Normalising text for search and for comparison: case, NFKC, simplified characters and mainland
// wording (OpenCC's tables in opencc-tables.ts), and the spaces that touch Chinese; with caches,
// since one question is read by several readers and the data's short strings at every start.
import { mayConvert, toMainland, toSimplified } from './opencc-tables.js';

export { mayConvert, taiwanWordingLoaded } from './opencc-tables.js';

const HAN = /\p{Script=Han}/u;
export const isHan = (ch: string): boolean => HAN.test(ch);

/** Normalised text plus, for each of its code units, the index of the source code unit it came from. */
export interface Normalized {
  text: string;
  map: number[];
}

/**
 * The one normalisation applied to documents and queries alike: NFKC (full-width
 * forms to half-width), lower case, traditional to simplified (and Taiwan wording
 * to mainland wording in text written in traditional characters), and white space
 * removed wherever it touches a Chinese character ('2035 年' and '2035年' match).
 * The offset map lets emphasis found in normalised text be put back on the original.
 */
export function normalizeWithMap(source: string): Normalized {
  const chars: string[] = [];
  const origins: number[] = [];
  // Plain ASCII (most English) needs neither NFKC nor OpenCC: only case and spaces.
  if (/^[\x00-\x7f]*$/u.test(source))
    return collapseSpaces(
      [...source.toLowerCase()],
      [...source].map((_, k) => k),
    );
  const lower = source.toLowerCase();
  if (lower.length === source.length && source.normalize('NFKC') === source) {
    // Already in normal form (the usual case): no per-character folding.
    let i = 0;
    for (const cp of lower) {
      chars.push(cp);
      origins.push(i);
      i += cp.length;
    }
  } else {
    let i = 0;
    for (const cp of source) {
      const folded = cp.normalize('NFKC').toLowerCase();
      for (const ch of folded) {
        chars.push(ch);
        origins.push(i);
      }
      i += cp.length;
    }
  }
  const joined = chars.join('');
  const converted = mayConvert(joined) ? [...toSimplified(joined)] : chars;
  const simplified = converted.length === chars.length ? converted : chars.map((c) => toSimplified(c));
  taiwanToMainland(chars, simplified);
  return collapseSpaces(simplified, origins);
}

function collapseSpaces(simplified: readonly string[], origins: readonly number[]): Normalized {
  let text = '';
  const map: number[] = [];
  for (let k = 0; k < simplified.length; k++) {
    const ch = simplified[k] ?? '';
    const origin = origins[k] ?? 0;
    if (/\s/u.test(ch)) {
      const prev = text.at(-1) ?? '';
      const next = nextNonSpace(simplified, k + 1);
      // Drop the space when it touches Chinese or repeats; keep one between Latin words.
      if (prev === '' || prev === ' ' || isHan(prev) || next === '' || isHan(next)) continue;
      text += ' ';
      map.push(origin);
      continue;
    }
    for (let u = 0; u < ch.length; u++) map.push(origin);
    text += ch;
  }
  return { text, map };
}

/** Rewrites, in place, the Chinese runs that were written with traditional characters. */
function taiwanToMainland(original: readonly string[], simplified: string[]): void {
  for (let start = 0; start < simplified.length; ) {
    if (!isHan(simplified[start] ?? '')) {
      start++;
      continue;
    }
    let end = start;
    let traditional = false;
    while (end < simplified.length && isHan(simplified[end] ?? '')) {
      if (simplified[end] !== original[end]) traditional = true;
      end++;
    }
    // The table's entries are phrases, apart from a dozen chemical elements (矽 → 硅): a
    // lone character between non-Chinese text (the stop word 么, which OpenCC's TW preset
    // turns into 幺) is not worth building it for; 矽谷 or 單晶矽 still are converted.
    if (traditional && end - start >= 2) {
      const rewritten = [...toMainland(simplified.slice(start, end).join(''))];
      if (rewritten.length === end - start) {
        rewritten.forEach((ch, k) => {
          simplified[start + k] = ch;
        });
      }
    }
    start = end;
  }
}

function nextNonSpace(chars: readonly string[], from: number): string {
  for (let k = from; k < chars.length; k++) {
    const c = chars[k] ?? '';
    if (!/\s/u.test(c)) return c;
  }
  return '';
}

// One question is normalised by several readers (the search, the focus, the absent names);
// the last few results are kept so it is converted once.
const recent = new Map<string, string>();
const RECENT_SIZE = 64;

const ASCII = /^[\x00-\x7f]*$/u;
// Plain ASCII, as normalizeWithMap folds it but without its offset map: lower case, runs of
// white space as one space, none at either end (no Chinese character for a space to touch).
const asciiText = (source: string): string => source.toLowerCase().replace(/\s+/gu, ' ').trim();

// Already normal: lower case, NFKC, no white space and nothing OpenCC converts (most names and words of the data).
const isNormal = (source: string): boolean =>
  !/\s/u.test(source) && source.toLowerCase() === source && source.normalize('NFKC') === source && !mayConvert(source);

// The data's own short strings (gazetteer names, stop words, synonyms) as normalised when
// index/search-index.json was built: thousands of them are normalised at every start,
// at a few tens of microseconds each. Seeded from that file; a pure function's results.
const known = new Map<string, string>();
/** While the search index is built: every string normalised (see recordNormalized). */
let recording: Set<string> | undefined;

/**
 * Strings that are not plain ASCII (normalised fast anyway): the ones worth keeping, the paragraphs and the
 * whole text too. They hold characters some OpenCC entry changes, so normalising them at start built
 * OpenCC's converter and ran the text through it (about 90 ms in the gazetteer's glossary).
 */
const worthKeeping = (source: string): boolean => !ASCII.test(source);

/** What a build keeps: the strings normalisation changes, with their normal form, and those it leaves as they are. */
export interface RecordedNormalization {
  pairs: [string, string][];
  unchanged: string[];
}

/** Starts noting what is normalised; the function returned stops and gives what is worth keeping, sorted. */
export function recordNormalized(): () => RecordedNormalization {
  const seen = new Set<string>();
  recording = seen;
  return () => {
    recording = undefined;
    const kept = [...seen].filter(worthKeeping).sort();
    // Telling that a name is already normal reads OpenCC's tables: kept, a start need not.
    const unchanged = kept.filter(isNormal);
    const pairs = kept.filter((source) => !isNormal(source)).map((source): [string, string] => [source, normalizeWithMap(source).text]);
    return { pairs, unchanged };
  };
}

/** Results computed before (by `npm run search-index`), used instead of computing them again. */
export function seedNormalized(pairs: readonly (readonly [string, string])[], unchanged: readonly string[] = []): void {
  for (const [source, text] of pairs) known.set(source, text);
  for (const source of unchanged) known.set(source, source);
}

export function normalize(source: string): string {
  recording?.add(source);
  let text = known.get(source) ?? recent.get(source);
  if (text === undefined) {
    // Plain ASCII first: it never needs OpenCC's tables, which isNormal would read.
    text = ASCII.test(source) ? asciiText(source) : isNormal(source) ? source : normalizeWithMap(source).text;
    if (recent.size >= RECENT_SIZE) recent.delete(recent.keys().next().value ?? '');
    recent.set(source, text);
  }
  return text;
}
