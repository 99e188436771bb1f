// Which edition of a recurring thing a text names: 第四届, 第二十四次, the 4th. A question about
// the 5th SCO Startup Forum is not answered by the clause on the 4th: years, numbers and
// ordinals are terms that must match.
import { parseChineseNumeral } from '../query/chinese-numerals.js';

// 第四届 / 第 24 次 / 第三轮 / 第二期, and 4th / 21st (not the 20th anniversary, which counts years).
// English words (first, second) are left out: 'first adopted', 'a second time' order nothing.
const ORDINAL = /第\s*(\d+|[〇零一二两三四五六七八九十百]+)\s*(?:届|次|轮|期)|\b(\d+)(?:st|nd|rd|th)\b(?!\s+anniversary)/giu;

/** The editions a text names, as numbers in digits ('第四届 … the 5th' → ['4', '5']). */
export function ordinalsIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.normalize('NFKC').matchAll(ORDINAL)) {
    const digits = m[2] ?? m[1] ?? '';
    const n = /^\d+$/u.test(digits) ? Number(digits) : parseChineseNumeral(digits);
    if (n !== undefined) out.add(String(n));
  }
  return [...out];
}

/** Whether a clause names editions and none of them is one the question asks about. */
export function namesOtherEditions(clause: string, asked: readonly string[]): boolean {
  if (asked.length === 0) return false;
  const named = ordinalsIn(clause);
  return named.length > 0 && !named.some((n) => asked.includes(n));
}
