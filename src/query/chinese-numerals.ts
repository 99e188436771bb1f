// Chinese numerals as people write paragraph numbers: 四十二, 一百零五, 一千零一,
// 一万. Only well-formed numerals are read: a malformed one ('十十', '一百零零')
// must not quietly become some other paragraph, so it reads as undefined and
// the caller calls the reference malformed. Numbers far past the last paragraph
// are still read, so that the caller can say "out of range" rather than
// "could not read that number".
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CHARACTERS = '零〇一二两三四五六七八九十百千万';

/**
 * 四十二 → 42, 一百二十 → 120, 十 → 10, 一百五 → 150, 一千零一 → 1001, 三万 → 30000;
 * undefined for anything that is not a well-formed numeral below 100,000,000.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '零' || text === '〇') return 0;
  const parts = text.split('万');
  if (parts.length > 2) return undefined;
  const [high, low] = parts as [string, string | undefined];
  if (low === undefined) return parseSection(high, true);
  const myriads = parseSection(high, true);
  if (myriads === undefined || myriads === 0) return undefined;
  if (low === '') return myriads * 10_000;
  // 一万零五 (10,005): after 零 the rest is below a thousand.
  if (low.startsWith('零') || low.startsWith('〇')) {
    const rest = parseSection(low.slice(1), false);
    return rest === undefined || rest >= 1000 || rest === 0 ? undefined : myriads * 10_000 + rest;
  }
  // 一万五 is 15,000, as 一百五 is 150.
  const digit = DIGITS[low];
  if (digit !== undefined && low !== '两') return digit === 0 ? undefined : myriads * 10_000 + digit * 1000;
  const rest = parseSection(low, false);
  return rest === undefined || rest < 1000 ? undefined : myriads * 10_000 + rest;
}

/** A numeral below 10,000; a bare leading 十 (十二) only at the very start of the whole numeral. */
function parseSection(text: string, atStart: boolean): number | undefined {
  if (text === '') return undefined;
  let total = 0;
  let digit: number | undefined;
  let digitIsLiang = false;
  let lastUnit = 10_000;
  // A 零 not yet followed by its digit, and whether the pending digit came after one.
  let zeroPending = false;
  let afterZero = false;
  let first = true;
  for (const ch of text) {
    const unit = UNITS[ch];
    if (unit !== undefined) {
      // Units fall in order, each at most once: 十十 and 百千 are not numerals.
      if (unit >= lastUnit || zeroPending) return undefined;
      if (digit === undefined) {
        if (!(unit === 10 && first && atStart)) return undefined;
        digit = 1;
      }
      if (digitIsLiang && unit === 10) return undefined;
      // 零 stands for at least one skipped place: 一千零五十, not 一百零五十.
      if (afterZero && unit * 10 >= lastUnit) return undefined;
      total += digit * unit;
      lastUnit = unit;
      digit = undefined;
      digitIsLiang = false;
      afterZero = false;
    } else {
      const d = DIGITS[ch];
      // Digits run together (四二) are not a numeral.
      if (d === undefined || digit !== undefined) return undefined;
      if (d === 0) {
        // 零 only between places, once: not leading, not doubled (一百零零), not after 十.
        if (zeroPending || lastUnit === 10_000 || lastUnit === 10) return undefined;
        zeroPending = true;
      } else {
        digit = d;
        digitIsLiang = ch === '两';
        afterZero = zeroPending;
        zeroPending = false;
      }
    }
    first = false;
  }
  if (zeroPending) return undefined;
  if (digit === undefined) return total;
  // 两 counts things before a unit (两百); it is never a last digit.
  if (digitIsLiang) return undefined;
  // A last digit right after 百 or 千 without 零 is the next place down: 一百五 is 150.
  const place = !afterZero && lastUnit > 10 && lastUnit < 10_000 ? lastUnit / 10 : 1;
  return total + digit * place;
}
