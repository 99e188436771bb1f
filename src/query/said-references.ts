// Paragraph requests said in words rather than by a number alone: by position ('the second paragraph',
// 首段), next to a number ('the paragraph after 48', '第48段的下一段', 'the paragraphs either side of 50'),
// counted from the end ('the third paragraph from the end', 'the last three paragraphs'), the first few
// ('the first five paragraphs', 前五段), and a number written out or marked otherwise ('paragraph
// forty-two', 'paragraph no. 48', 'paragraph #48', 段落88). Each reads to the ranges a number would, or
// to a count from the end, for the caller to check.
import { CHINESE_NUMERAL_CHARACTERS, parseChineseNumeral } from './chinese-numerals.js';
import { ENGLISH_ORDINAL, parseEnglishCardinal, parseEnglishOrdinal } from './english-ordinals.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

/** As references.ts's ReferenceRequest: ranges, a paragraph counted from the end, or the last few. */
export type SaidReference = { ranges: { from: number; to: number }[] } | { ranges: []; fromEnd: number } | { ranges: []; lastCount: number };

const DIGITS = String.raw`(\d+|[${CHINESE_NUMERAL_CHARACTERS}]{1,12})`;
const PARAGRAPH = String.raw`(?:paragraph|para|§)`;
const WORD_NUMBER = String.raw`([a-z]+(?:[- ][a-z]+){0,4})`;

function numberOf(text: string): number | undefined {
  return /^\d+$/u.test(text) ? Number(text) : (parseChineseNumeral(text) ?? parseEnglishCardinal(text));
}

const one = (n: number): SaidReference => ({ ranges: [{ from: n, to: n }] });

// 'the (next) paragraph (right) after 48', 'the para before §100', 'paragraph following 12'.
const NEXT_TO = fastIgnoreCase(
  new RegExp(
    String.raw`^(?:the\s+)?(?:next\s+|previous\s+)?(?:(?:${PARAGRAPH}|one)\s+|(?:what\s+)?comes\s+)?(?:right\s+|just\s+|immediately\s+)?(after|following|before|preceding)\s+(?:${PARAGRAPH}\s*)?(\d+)$`,
    'iu',
  ),
);
// '第48段的下一段', '第48段后面那段', '48段的上一段'.
const NEXT_TO_ZH = new RegExp(String.raw`^第?\s*${DIGITS}\s*段(?:的|之)?(下一段|后一段|后面(?:那|一)段|下段|上一段|前一段|前面(?:那|一)段|上段)$`, 'u');
// 'the paragraphs either side of 50', 'paragraphs on either side of §50'.
const EITHER_SIDE = fastIgnoreCase(
  new RegExp(String.raw`^(?:the\s+)?(?:paragraphs|paras|ones)\s+(?:on\s+)?(?:either|each|both)\s+sides?\s+of\s+(?:${PARAGRAPH}\s*)?(\d+)$`, 'iu'),
);
// 'the third paragraph from the end', 'the fifth-from-last paragraph', 'third from last paragraph'.
const FROM_THE_END = fastIgnoreCase(
  new RegExp(
    String.raw`^(?:the\s+)?(${ENGLISH_ORDINAL})(?:\s+(?:paragraph|para))?[- ]from[- ](?:the[- ])?(?:end|last|bottom)(?:\s+(?:paragraph|para))?$`,
    'iu',
  ),
);
// 'the last three paragraphs', 'final 2 paras', '最后三段'.
const LAST_FEW = fastIgnoreCase(new RegExp(String.raw`^(?:the\s+)?(?:last|final)\s+(\d+|[a-z]+)\s+(?:paragraphs|paras)$|^(?:最后|末)\s*${DIGITS}\s*段$`, 'iu'));
// 'the first five paragraphs', 'first 3 paras', '前五段'.
const FIRST_FEW = fastIgnoreCase(new RegExp(String.raw`^(?:the\s+)?first\s+(\d+|[a-z]+)\s+(?:paragraphs|paras)$|^前\s*${DIGITS}\s*段$`, 'iu'));
// 'paragraph no. 48', 'paragraph number 48', 'paragraph #48', 'no. 48', '段落88', '第88段落'.
const MARKED = fastIgnoreCase(
  new RegExp(String.raw`^(?:${PARAGRAPH}\s*(?:no\.?|number|#)\s*|no\.\s*|#)(\d+)$|^(?:段落\s*${DIGITS}|第\s*${DIGITS}\s*段落)$`, 'iu'),
);
// 'paragraph forty-two', 'para twelve'.
const WRITTEN_OUT = fastIgnoreCase(new RegExp(String.raw`^${PARAGRAPH}\s+${WORD_NUMBER}$`, 'iu'));

// A paragraph by its position from the start: the second paragraph, the 42nd para, the opening paragraph, 首段.
const BY_POSITION = fastIgnoreCase(new RegExp(`^(?:the )?(?:very )?(${ENGLISH_ORDINAL}) (?:paragraph|para)$`, 'iu'));
const OPENING_ZH = /^(?:首段|开头(?:那|的)?一?段)$/u;

function byPosition(text: string): SaidReference | undefined {
  if (OPENING_ZH.test(text)) return one(1);
  const m = BY_POSITION.exec(text);
  if (m === null) return undefined;
  const written = (m[1] ?? '').toLowerCase();
  const n = written === 'opening' ? 1 : parseEnglishOrdinal(written);
  return n === undefined ? undefined : one(n);
}

function nextTo(text: string): SaidReference | undefined {
  const en = NEXT_TO.exec(text);
  if (en !== null) {
    const n = Number(en[2]);
    return one(/^(?:after|following)$/iu.test(en[1] ?? '') ? n + 1 : n - 1);
  }
  const zh = NEXT_TO_ZH.exec(text);
  const n = zh === null ? undefined : numberOf(zh[1] ?? '');
  if (zh === null || n === undefined) return undefined;
  return one(/^(?:下|后)/u.test(zh[2] ?? '') ? n + 1 : n - 1);
}

function eitherSide(text: string): SaidReference | undefined {
  const m = EITHER_SIDE.exec(text);
  if (m === null) return undefined;
  const n = Number(m[1]);
  return { ranges: [...(n > 1 ? [{ from: n - 1, to: n - 1 }] : []), { from: n + 1, to: n + 1 }] };
}

function fromTheEnd(text: string): SaidReference | undefined {
  const m = FROM_THE_END.exec(text);
  // The ordinal's words may take in the word paragraph itself (third paragraph | from the end).
  const n = m === null ? undefined : parseEnglishOrdinal((m[1] ?? '').replace(/\s+(?:paragraph|para)$/iu, ''));
  return n === undefined ? undefined : { ranges: [], fromEnd: n };
}

function firstFew(text: string): SaidReference | undefined {
  const m = FIRST_FEW.exec(text);
  if (m === null) return undefined;
  const n = numberOf(m[1] ?? m[2] ?? '');
  return n === undefined || n < 1 ? undefined : { ranges: [{ from: 1, to: n }] };
}

function lastFew(text: string): SaidReference | undefined {
  const m = LAST_FEW.exec(text);
  const n = m === null ? undefined : numberOf(m[1] ?? m[2] ?? '');
  return n === undefined || n < 1 ? undefined : { ranges: [], lastCount: n };
}

function marked(text: string): SaidReference | undefined {
  const m = MARKED.exec(text) ?? WRITTEN_OUT.exec(text);
  if (m === null) return undefined;
  const n = numberOf(m[1] ?? m[2] ?? m[3] ?? '');
  return n === undefined ? undefined : one(n);
}

/** The paragraphs a request said in words asks for, or undefined when the text is no such request. */
export function saidReference(text: string): SaidReference | undefined {
  for (const read of [byPosition, nextTo, eitherSide, fromTheEnd, firstFew, lastFew, marked]) {
    const found = read(text);
    if (found !== undefined) return found;
  }
  return undefined;
}
