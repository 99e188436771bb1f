import * as OpenCC from 'opencc-js';

// Traditional → simplified, so 恐怖主義融資 finds 恐怖主义融资. The TW preset
// also folds Taiwan-specific variants; it converts one character for one.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const HAN = /\p{Script=Han}/u;
export const isHan = (ch: string): boolean => HAN.test(ch);

/** Normalised text plus, for each of its code units, the index of the source code unit it came from. */
export interface Normalized {
  text: string;
  map: number[];
}

/**
 * The one normalisation applied to documents and queries alike: NFKC (full-width
 * forms to half-width), lower case, traditional to simplified, and white space
 * removed wherever it touches a Chinese character ('2035 年' and '2035年' match).
 * The offset map lets emphasis found in normalised text be put back on the original.
 */
export function normalizeWithMap(source: string): Normalized {
  const chars: string[] = [];
  const origins: number[] = [];
  let i = 0;
  for (const cp of source) {
    const folded = cp.normalize('NFKC').toLowerCase();
    for (const ch of folded) {
      chars.push(ch);
      origins.push(i);
    }
    i += cp.length;
  }
  const converted = [...toSimplified(chars.join(''))];
  const simplified = converted.length === chars.length ? converted : chars.map((c) => toSimplified(c));

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

function nextNonSpace(chars: readonly string[], from: number): string {
  for (let k = from; k < chars.length; k++) {
    const c = chars[k] ?? '';
    if (!/\s/u.test(c)) return c;
  }
  return '';
}

export function normalize(source: string): string {
  return normalizeWithMap(source).text;
}
