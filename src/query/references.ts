import { CHINESE_NUMERAL_CHARACTERS, parseChineseNumeral } from './chinese-numerals.js';
import { parseEnglishOrdinal } from './english-ordinals.js';
import { saidReference } from './said-references.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

/** A request for paragraphs by number, as the user typed it. */
export interface ReferenceRequest {
  /** Ranges in the order asked, inclusive. */
  ranges: { from: number; to: number }[];
  /** 'The last paragraph' (1), '倒数第二段' (2): counted from the end, which the document knows. */
  fromEnd?: number;
  /** 'The last three paragraphs' (3), '最后三段': the last few, which the document knows. */
  lastCount?: number;
}

export type ReferenceParse = { kind: 'references'; request: ReferenceRequest } | { kind: 'malformed'; text: string } | { kind: 'none' };

// Any length of digits: '§1000000' is a number out of range, not an unreadable one.
const NUMBER = String.raw`(\d+|[${CHINESE_NUMERAL_CHARACTERS}]{1,12})`;
const RANGE_SEPARATOR = String.raw`\s*(?:-|–|—|~|～|至|到|to|through|thru)\s*`;
// '§42', '¶42', 'p42', 'para 42', 'paragraph 42', 'paragraphs 12 to 14', '第42段', '第12至14段', '42'; and as the
// paragraphs of other documents are called: 'article 42', 'point 42', 'section 42', 'clause 42', 'item 42', '第42点', '第42项'.
const PREFIX = String.raw`(?:§{1,2}|¶|paragraphs?|paras?\.?|pp?\.?|articles?|arts?\.|points?|sections?|secs?\.|clauses?|items?|第)?`;
const SUFFIX = '(?:段|條|条|款|点|點|项|項)?';
const ONE = fastIgnoreCase(new RegExp(String.raw`^${PREFIX}\s*${NUMBER}(?:${RANGE_SEPARATOR}${PREFIX}\s*${NUMBER})?\s*${SUFFIX}$`, 'iu'));
// A reference-looking input whose number is not a number: '§abc', '第X段', 'para -3'.
// Not 'paragraph after the one about Gaza': words after it make it a question.
const LOOKS_LIKE_REFERENCE = /^(?:§|¶|第.{0,8}段$|paragraphs?\s*(?:[^\p{L}\s]|\S+$)|paras?\.?\s*(?:[^\p{L}\s]|\S+$)|p\s*\d)/iu;

function toNumber(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  return parseChineseNumeral(text);
}

// The words around a paragraph request said naturally: 'what's in paragraph 42?',
// 'show me §42', '第42段说了啥'. Only stripped where a reference marker is present.
const REQUEST_BEFORE = fastIgnoreCase(
  /^(?:(?:can you |could you |please )?(?:show|give|read|quote|open|display|print|fetch|get|translate|paste)(?: me)?(?: the)?(?: text of)?|what(?:'s| is| does)? (?:in |it say in )?|what do(?:es)? |tell me (?:about |what )?|请?(?:给我)?(?:看看|看一下|显示|查看|打开|读一下)|宣言的?)\s*/iu,
);
const REQUEST_AFTER = fastIgnoreCase(
  /\s*(?:(?:of|in) (?:the|this) (?:declaration|text|document)\s*)?(?:say|says|said|say about|contain|contains|about|text|content|please|pls|plz|in full|(?:in|into) (?:english|chinese)|in 中文|(?:的)?英文版?|的?(?:内容|原文|全文)|(?:说|讲|写)(?:了|的)?(?:啥|什么)|是(?:啥|什么)|呢|吗)?\s*[?？!！.。]*$/iu,
);
// A number too (show me 48, what's in 56?): the words are dropped only when a reference alone is left.
const MARKER = fastIgnoreCase(/§|¶|\bparagraphs?\b|\bparas?\b|第.{1,8}段|最后一段|末段|首段|开头.{0,2}段|段落|前.{1,3}段|\bno\.\s*\d|\b\d{1,3}\b/iu);

// The last paragraph and those before it: 最后一段, 倒数第二段, the last paragraph, the second-to-last paragraph.
const FROM_END = fastIgnoreCase(
  new RegExp(
    String.raw`^(?:(?:the )?(?:very )?(?:last|final|closing) (?:paragraph|para)|(?:最后|最末|末)一?段|倒数第\s*${NUMBER}\s*段|(?:the )?(?:(second|third|fourth|fifth)[- ]to[- ]last|penultimate) (?:paragraph|para))$`,
    'iu',
  ),
);

function fromEnd(text: string): number | undefined {
  const m = FROM_END.exec(text);
  if (m === null) return undefined;
  if (m[1] !== undefined) return toNumber(m[1]);
  if (m[2] !== undefined) return parseEnglishOrdinal(m[2]);
  return /penultimate/iu.test(text) ? 2 : 1;
}

/** The reference in a request said naturally, or the text as it was. */
export function stripRequestWords(text: string): string {
  if (!MARKER.test(text)) return text;
  // what’s typed with a curly apostrophe (Slack on macOS and iOS) is what's.
  const stripped = text.replace(/[’‘]/gu, "'").replace(REQUEST_BEFORE, '').replace(REQUEST_AFTER, '').trim();
  return stripped === '' ? text : stripped;
}

/**
 * Reads input made only of paragraph references ('§3, §7', '第12至14段'); text
 * with other words in it is a question. Input should be NFKC-normalised already
 * so full-width digits read as digits.
 */
export function parseReferences(input: string): ReferenceParse {
  const typed = input.trim();
  const stripped = stripRequestWords(typed);
  // 'What does paragraph 42 say about drugs?' is a question: the request words are only dropped when what is left is a reference.
  if (stripped !== typed) {
    const natural = parseExact(stripped);
    if (natural.kind === 'references') return natural;
  }
  return parseExact(typed);
}

/** Words after a paragraph's number: two letters of a word, or one Han character. */
const WORDS_AFTER = /\d\s*(?:段|条|條)?[\s,，:：-]*.*(?:\p{L}{2}|\p{Script=Han})/u;

function parseExact(text: string): ReferenceParse {
  if (text === '') return { kind: 'none' };
  const last = fromEnd(text);
  if (last !== undefined) return { kind: 'references', request: { ranges: [], fromEnd: last } };
  const said = saidReference(text);
  if (said !== undefined) return { kind: 'references', request: said };
  const parts = text.split(/\s*(?:[,，、;；]|\band\b|和|及)\s*/iu).filter((p) => p !== '');
  const ranges: ReferenceRequest['ranges'] = [];
  for (const part of parts) {
    const m = ONE.exec(part);
    if (m === null) {
      // '§29 about Ukraine': a readable paragraph number with words after it is a question about that paragraph.
      if (namedInQuestion(text) !== undefined && WORDS_AFTER.test(text)) return { kind: 'none' };
      return LOOKS_LIKE_REFERENCE.test(text) && parts.length <= 6 ? { kind: 'malformed', text } : { kind: 'none' };
    }
    const from = toNumber(m[1] ?? '');
    const to = m[2] === undefined ? from : toNumber(m[2]);
    if (from === undefined || to === undefined) return { kind: 'malformed', text };
    ranges.push({ from: Math.min(from, to), to: Math.max(from, to) });
  }
  return ranges.length === 0 ? { kind: 'none' } : { kind: 'references', request: { ranges } };
}

// A paragraph named by its number inside a question: 'what does §48 say about Iran', 'is paragraph 48
// about Iran?', '宣言第二段对国际形势怎么判断', '§29-31 about Hamas', '29段 乌克兰'. Not a bare number, which may be a
// year or a resolution.
const TO = String.raw`(?:${RANGE_SEPARATOR}(?:§{1,2}|¶)?\s*${NUMBER})?`;
const NAMED_IN_QUESTION = fastIgnoreCase(
  new RegExp(
    [
      String.raw`(?:§{1,2}|¶)\s*${NUMBER}${TO}`,
      String.raw`\b(paragraphs?|paras?|articles?|points?|clauses?|sections?|items?)\.?\s+(\d+)${TO}\b`,
      String.raw`第\s*${NUMBER}${TO}\s*段`,
      // Digits before 段 without 第 (29段); not a numeral, as in 一段时间.
      String.raw`(?<![\d\p{L}])(\d{1,3})${TO}\s*段`,
    ].join('|'),
    'giu',
  ),
);

// Another document's articles and paragraphs (Article 51 of the UN Charter, NATO Article 5, resolution 2231 para 10):
// not the declaration's, unless written with its own sign (§) or as 第N段.
const OTHER_DOCUMENT = fastIgnoreCase(
  /\b(?:charter|treaty|convention|constitution|protocol|resolution|covenant|statute|agreement|nato|un|unga|unsc)\b|宪章|条约|公约|决议|宪法|议定书|协定|北约/iu,
);

/**
 * The paragraphs a question names by number (at most five, each once), for the asker who wants to read
 * them: the question is about what they say. None when it names none, or a number no paragraph could be.
 */
export function namedInQuestion(input: string): ReferenceRequest | undefined {
  const other = OTHER_DOCUMENT.test(input);
  const ranges: ReferenceRequest['ranges'] = [];
  for (const m of input.matchAll(NAMED_IN_QUESTION)) {
    // The words 'article', 'point', 'para' name another document's when the question names one.
    if (m[3] !== undefined && other) continue;
    const from = toNumber(m[1] ?? m[4] ?? m[6] ?? m[8] ?? '');
    const last = m[2] ?? m[5] ?? m[7] ?? m[9];
    const to = last === undefined ? from : toNumber(last);
    if (from === undefined || to === undefined) return undefined;
    if (!ranges.some((r) => r.from === Math.min(from, to))) ranges.push({ from: Math.min(from, to), to: Math.max(from, to) });
  }
  return ranges.length === 0 || ranges.length > 5 ? undefined : { ranges };
}
