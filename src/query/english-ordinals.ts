// English ordinals as numbers, for paragraph requests by position: 'the second paragraph',
// 'the twenty-first paragraph', 'the 42nd para', 'the one hundred and twentieth paragraph'.
// Written out up to the hundreds, which is as far as a declaration's paragraphs go.

const UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
};
const TENS: Record<string, number> = { twent: 20, thirt: 30, fort: 40, fift: 50, sixt: 60, sevent: 70, eight: 80, ninet: 90 };
const CARDINAL_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

/** The words an ordinal can be made of, for a pattern to find one: letters, hyphens and spaces. */
export const ENGLISH_ORDINAL = String.raw`(?:\d+(?:st|nd|rd|th)|[a-z]+(?:[- ](?:and[- ])?[a-z]+){0,4})`;

/** '21' of 'twenty-first', 'twenty' of 'twentieth': a tens word, as a cardinal or (with `ordinal`) an ordinal. */
function tens(word: string, ordinal: boolean): number | undefined {
  const m = /^([a-z]+?)(y|ieth)$/u.exec(word);
  if (m === null || (m[2] === 'ieth') !== ordinal) return undefined;
  return TENS[m[1] ?? ''];
}

/** A number's words, lower case, 'and' left out, 'a hundred' read as 'one hundred'. */
function wordsOf(text: string): string[] {
  return text
    .trim()
    .toLowerCase()
    .split(/[- ]+/u)
    .filter((w) => w !== 'and')
    .map((w, i, all) => (i === 0 && w === 'a' && all[1]?.startsWith('hundred') === true ? 'one' : w));
}

const CARDINAL_TEENS: Record<string, number> = {
  ...CARDINAL_UNITS,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** Below a hundred: 'first' / 'five', 'twentieth' / 'twenty', 'twenty-first' / 'forty-two'; the last word says which. */
function belowHundred(words: readonly string[], ordinal: boolean): number | undefined {
  const [a, b] = words;
  if (a === undefined || words.length > 2) return undefined;
  if (b === undefined) return (ordinal ? UNITS[a] : CARDINAL_TEENS[a]) ?? tens(a, ordinal);
  const ten = tens(a, false);
  const unit = ordinal ? UNITS[b] : CARDINAL_UNITS[b];
  return ten !== undefined && unit !== undefined && unit < 10 ? ten + unit : undefined;
}

/** A number written out, up to the hundreds: the ordinal ('one hundred and fifth') or the cardinal ('one hundred and five'). */
function writtenNumber(text: string, ordinal: boolean): number | undefined {
  const words = wordsOf(text);
  const hundred = ordinal ? 'hundredth' : 'hundred';
  if (words.length === 1 && words[0] === hundred) return ordinal ? 100 : undefined;
  if (words[1] !== 'hundred' && words[1] !== 'hundredth') return belowHundred(words, ordinal);
  const hundreds = CARDINAL_UNITS[words[0] ?? ''];
  if (hundreds === undefined) return undefined;
  // 'one hundredth' or 'one hundred' alone; else 'hundred' and the rest below it.
  if (words.length === 2) return words[1] === hundred ? hundreds * 100 : undefined;
  const rest = words[1] === 'hundred' ? belowHundred(words.slice(2), ordinal) : undefined;
  return rest === undefined ? undefined : hundreds * 100 + rest;
}

/** The number an English ordinal stands for (1 for 'first', 42 for '42nd' or 'forty-second'), or undefined. */
export function parseEnglishOrdinal(text: string): number | undefined {
  const digits = /^(\d+)(st|nd|rd|th)$/u.exec(text.trim().toLowerCase());
  return digits !== null ? Number(digits[1]) : writtenNumber(text, true);
}

/** The number an English cardinal written out stands for ('forty-two' → 42, 'one hundred and five' → 105), or undefined. */
export function parseEnglishCardinal(text: string): number | undefined {
  return writtenNumber(text, false);
}
