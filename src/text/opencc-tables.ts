// OpenCC's tables for the normalisation (src/text/normalize.ts): traditional to simplified
// characters, which characters mark a text as traditional, and Taiwan wording to mainland
// wording. Each is loaded or built when a text first needs it.
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
export function toSimplified(text: string): string {
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

/** Text written in traditional characters, its Taiwan wording turned into the mainland's (軟體 → 软件). */
export function toMainland(text: string): string {
  toMainlandWording ??= loadTaiwanPhrases();
  return toMainlandWording(text);
}
