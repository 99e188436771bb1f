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

/** Below a hundred: 'first', 'twentieth', 'twenty-first' (`last` is the ordinal word). */
function belowHundred(words: readonly string[]): number | undefined {
  const [a, b] = words;
  if (a === undefined) return undefined;
  if (b === undefined) return UNITS[a] ?? tens(a, true);
  const ten = tens(a, false);
  const unit = UNITS[b];
  return words.length === 2 && ten !== undefined && unit !== undefined && unit < 10 ? ten + unit : undefined;
}

/** The number an English ordinal stands for (1 for 'first', 42 for '42nd' or 'forty-second'), or undefined. */
export function parseEnglishOrdinal(text: string): number | undefined {
  const written = text.trim().toLowerCase();
  const digits = /^(\d+)(st|nd|rd|th)$/u.exec(written);
  if (digits !== null) return Number(digits[1]);
  // 'the hundredth', 'a hundred and fifth': a hundred is one hundred.
  const words = written
    .split(/[- ]+/u)
    .filter((w) => w !== 'and')
    .map((w, i, all) => (i === 0 && w === 'a' && all[1]?.startsWith('hundred') === true ? 'one' : w));
  if (words.length === 1 && words[0] === 'hundredth') return 100;
  if (words[1] === 'hundred' || words[1] === 'hundredth') {
    const hundreds = CARDINAL_UNITS[words[0] ?? ''];
    if (hundreds === undefined) return undefined;
    if (words.length === 2) return words[1] === 'hundredth' ? hundreds * 100 : undefined;
    const rest = belowHundred(words.slice(2));
    return words[1] === 'hundred' && rest !== undefined ? hundreds * 100 + rest : undefined;
  }
  return belowHundred(words);
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

/** Below a hundred, written out: 'five', 'twelve', 'forty', 'forty-two'. */
function cardinalBelowHundred(words: readonly string[]): number | undefined {
  const [a, b] = words;
  if (a === undefined || words.length > 2) return undefined;
  if (b === undefined) return CARDINAL_TEENS[a] ?? tens(a, false);
  const ten = tens(a, false);
  const unit = CARDINAL_UNITS[b];
  return ten !== undefined && unit !== undefined ? ten + unit : undefined;
}

/** The number an English cardinal written out stands for ('forty-two' → 42, 'one hundred and five' → 105), or undefined. */
export function parseEnglishCardinal(text: string): number | undefined {
  const words = text
    .trim()
    .toLowerCase()
    .split(/[- ]+/u)
    .filter((w) => w !== 'and')
    .map((w, i, all) => (i === 0 && w === 'a' && all[1] === 'hundred' ? 'one' : w));
  if (words[1] !== 'hundred') return cardinalBelowHundred(words);
  const hundreds = CARDINAL_UNITS[words[0] ?? ''];
  if (hundreds === undefined) return undefined;
  if (words.length === 2) return hundreds * 100;
  const rest = cardinalBelowHundred(words.slice(2));
  return rest === undefined ? undefined : hundreds * 100 + rest;
}
