import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as OpenCCModule from 'opencc-js';
import { cachedFromSources, type IndexParts } from '../search/index-cache.js';
import { specificity } from '../search/specificity.js';

// opencc-js is loaded when first needed (a text in traditional characters, or a cache
// of its characters to build): its tables take about 3 MB and 30 ms to load, which a
// start whose data and questions are all simplified Chinese does not need.
let openCCModule: typeof OpenCCModule | undefined;
function openCC(): typeof OpenCCModule {
  openCCModule ??= createRequire(import.meta.url)('opencc-js') as typeof OpenCCModule;
  return openCCModule;
}

// Traditional → simplified, so 恐怖主義融資 finds 恐怖主义融资. The TW preset
// also folds Taiwan-specific variants; it converts one character for one.
// Built when a text first needs it: building its tables takes a tenth of a second.
let simplifier: ((text: string) => string) | undefined;
function toSimplified(text: string): string {
  const convert = simplifier ?? openCC().Converter({ from: 'tw', to: 'cn' });
  simplifier = convert;
  return convert(text);
}

// The characters that mark text as written in traditional (or Taiwan-variant) characters: those an
// entry of those tables (or of the compatibility-ideograph table OpenCC applies first: 豈 → 豈)
// changes — of its key where its value differs, or all of a key whose value is of another length —
// and that no entry gives as simplified text (麼 → 么 gives 么, 峰會 → 峰会 gives 峰). Text holding none
// of them is taken as written in simplified characters and skips the conversion: most of the data
// and of the questions. A simplified 么, 核, 峰 or 秘 no longer sends a question through OpenCC, whose
// Taiwan preset would turn a lone 么 into 幺 (一个么 → 一个幺) — a reading no simplified text means.
let changing: Set<number> | undefined;

export function mayConvert(text: string): boolean {
  changing ??= traditionalCharacters();
  for (const ch of text) if (changing.has(ch.codePointAt(0) ?? 0)) return true;
  return false;
}

/**
 * The characters, read from OpenCC's tables once per release of opencc-js and then kept in
 * the index cache (src/search/index-cache.ts): reading every entry costs tens of
 * milliseconds before the first answer, reading the kept list a fraction of one.
 */
function traditionalCharacters(): Set<number> {
  const build = (): IndexParts => {
    const { Locale } = openCC();
    return {
      slots: Int32Array.from(traditionalOnly([...normalizationTables(), ...Locale.from.tw, ...Locale.to.cn], Locale.to.cn)),
      extra: new Uint8Array(0),
      meta: '',
    };
  };
  let source: string;
  try {
    source = createRequire(import.meta.url).resolve('opencc-js');
  } catch {
    return new Set(build().slots);
  }
  const kept = cachedFromSources('opencc-traditional', [source], build).slots;
  // An empty list is a damaged cache (OpenCC changes thousands of characters): read the tables.
  return new Set(kept.length > 0 ? kept : build().slots);
}

/** The tables of every preset's normalisation chain (which opencc-js's types do not declare). */
function normalizationTables(): OpenCCModule.DictGroup[] {
  const out: OpenCCModule.DictGroup[] = [];
  for (const config of Object.values(openCC().Locale.configs as Record<string, unknown>)) {
    const chain: unknown = typeof config === 'object' && config !== null ? (config as { normalizationChain?: unknown }).normalizationChain : undefined;
    if (Array.isArray(chain)) out.push(...(chain as OpenCCModule.DictGroup[]));
  }
  return out;
}

/**
 * The characters some entry of `groups` changes, less those the last stage, traditional → simplified
 * (`simplifying`), gives as its result: those are simplified characters (the earlier stages give
 * traditional ones: Taiwan variants → OpenCC's traditional standard).
 */
function traditionalOnly(groups: readonly (readonly OpenCCModule.DictLike[])[], simplifying: readonly (readonly OpenCCModule.DictLike[])[]): Set<number> {
  const changed = new Set<number>();
  eachEntry(groups, (source, target) => {
    const from = [...source];
    const to = [...target];
    from.forEach((ch, i) => {
      if (from.length !== to.length || ch !== to[i]) changed.add(ch.codePointAt(0) ?? 0);
    });
  });
  const given = new Set<number>();
  eachEntry(simplifying, (_source, target) => {
    for (const ch of target) given.add(ch.codePointAt(0) ?? 0);
  });
  return new Set([...changed].filter((c) => !given.has(c)));
}

function eachEntry(groups: readonly (readonly OpenCCModule.DictLike[])[], visit: (source: string, target: string) => void): void {
  for (const group of groups) {
    for (const dict of group) {
      if (typeof dict !== 'string') for (const [source, target] of dict) visit(source, target);
      else
        for (const entry of dict.split('|')) {
          const [source = '', target = ''] = entry.split(' ');
          visit(source, target);
        }
    }
  }
}

/**
 * Taiwan wording → mainland wording (數位 → 数字, 網路 → 网络, 人工智慧 → 人工智能),
 * from OpenCC's own TWPhrasesRev table, applied (after simplification) to text
 * that was written in traditional characters. Kept: pairs of equal length, so
 * offsets stay one for one; no pair where one side holds the other (塔吉克 →
 * 塔吉克斯坦 would turn 塔吉克斯坦 into 塔吉克斯坦斯坦); and only pairs whose
 * Taiwan side is the rarer word in general Chinese, since the table is made for
 * software (建立 → 创建, 执行 → 运行 would move words away from the declaration's).
 */
function loadTaiwanPhrases(): (text: string) => string {
  let table: string;
  try {
    const source = readFileSync(createRequire(import.meta.url).resolve('opencc-js/dict/TWPhrasesRev'), 'utf8');
    const literal = source.slice(source.indexOf('"'), source.lastIndexOf('"') + 1);
    const parsed: unknown = JSON.parse(literal);
    if (typeof parsed !== 'string') return (text) => text;
    table = parsed;
  } catch {
    // An OpenCC release without the table: traditional characters still convert.
    return (text) => text;
  }
  const pairs: [string, string][] = [];
  for (const entry of table.split('|')) {
    const [from, to] = entry.split(' ').map((w) => toSimplified(w));
    if (from === undefined || to === undefined || from === to) continue;
    if (from.length !== to.length || from.includes(to) || to.includes(from)) continue;
    if (!/^\p{Script=Han}+$/u.test(from) || specificity(from) <= specificity(to)) continue;
    pairs.push([from, to]);
  }
  return openCC().CustomConverter(pairs);
}

// Built on the first text written in traditional characters: the declaration and most questions never need it.
let toMainlandWording: ((text: string) => string) | undefined;

/** Whether the Taiwan wording table was built (a quarter of a second at start when it is). */
export const taiwanWordingLoaded = (): boolean => toMainlandWording !== undefined;

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
      toMainlandWording ??= loadTaiwanPhrases();
      const rewritten = [...toMainlandWording(simplified.slice(start, end).join(''))];
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
