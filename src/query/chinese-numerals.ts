const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 四十二 → 42, 一百二十 → 120, 十 → 10; undefined when it is not a numeral below 1000. */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '' || !/^[零〇一二两三四五六七八九十百]+$/u.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit ?? 1) * 100;
      digit = undefined;
    } else if (ch === '十') {
      total += (digit ?? 1) * 10;
      digit = undefined;
    } else {
      const d = DIGITS[ch];
      if (d === undefined) return undefined;
      if (digit !== undefined && digit !== 0 && d !== 0) return undefined;
      digit = d;
    }
  }
  return total + (digit ?? 0);
}
