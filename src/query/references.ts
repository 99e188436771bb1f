import { CHINESE_NUMERAL_CHARACTERS, parseChineseNumeral } from './chinese-numerals.js';

/** A request for paragraphs by number, as the user typed it. */
export interface ReferenceRequest {
  /** Ranges in the order asked, inclusive. */
  ranges: { from: number; to: number }[];
}

export type ReferenceParse =
  | { kind: 'references'; request: ReferenceRequest }
  | { kind: 'malformed'; text: string }
  | { kind: 'none' };

// Any length of digits: '§1000000' is a number out of range, not an unreadable one.
const NUMBER = String.raw`(\d+|[${CHINESE_NUMERAL_CHARACTERS}]{1,12})`;
const RANGE_SEPARATOR = String.raw`\s*(?:-|–|—|~|～|至|到|to|through|thru)\s*`;
// '§42', '¶42', 'p42', 'para 42', 'paragraph 42', 'paragraphs 12 to 14', '第42段', '第12至14段', '42'.
const PREFIX = String.raw`(?:§{1,2}|¶|paragraphs?|paras?|pp?\.?|第)?`;
const SUFFIX = String.raw`(?:段|條|条|款)?`;
const ONE = new RegExp(String.raw`^${PREFIX}\s*${NUMBER}(?:${RANGE_SEPARATOR}${PREFIX}\s*${NUMBER})?\s*${SUFFIX}$`, 'iu');
// A reference-looking input whose number is not a number: '§abc', '第X段', 'para -3'.
const LOOKS_LIKE_REFERENCE = /^(?:§|¶|第.{0,8}段$|paragraphs?\b|paras?\b|p\s*\d)/iu;

function toNumber(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  return parseChineseNumeral(text);
}

/**
 * Reads input made only of paragraph references ('§3, §7', '第12至14段'); text
 * with other words in it is a question. Input should be NFKC-normalised already
 * so full-width digits read as digits.
 */
export function parseReferences(input: string): ReferenceParse {
  const text = input.trim();
  if (text === '') return { kind: 'none' };
  const parts = text.split(/\s*(?:[,，、;；]|\band\b|和|及)\s*/iu).filter((p) => p !== '');
  const ranges: ReferenceRequest['ranges'] = [];
  for (const part of parts) {
    const m = ONE.exec(part);
    if (m === null) {
      return LOOKS_LIKE_REFERENCE.test(text) && parts.length <= 6 ? { kind: 'malformed', text } : { kind: 'none' };
    }
    const from = toNumber(m[1] ?? '');
    const to = m[2] === undefined ? from : toNumber(m[2]);
    if (from === undefined || to === undefined) return { kind: 'malformed', text };
    ranges.push({ from: Math.min(from, to), to: Math.max(from, to) });
  }
  return ranges.length === 0 ? { kind: 'none' } : { kind: 'references', request: { ranges } };
}
