// Which edition of a recurring thing a text names: 第四届, 第二十四次, 首届, the 4th, the second SCO
// medical forum. A question about the 5th SCO Startup Forum is not answered by the clause on the
// 4th: years, numbers and ordinals are terms that must match.
import { parseChineseNumeral } from '../query/chinese-numerals.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

// 第四届 / 第 24 次 / 第三轮 / 第二期 / 首届, and 4th / 21st (not the 20th anniversary, which counts years).
// English words (first, second) are left out here: 'first adopted', 'a second time' order nothing.
const ORDINAL = fastIgnoreCase(/第\s*(\d+|[〇零一二两三四五六七八九十百]+)\s*(?:届|次|轮|期)|\b(\d+)(?:st|nd|rd|th)\b(?!\s+anniversary)|(首届)/giu);

/** The number of an ordinal written in digits or in Chinese numerals (24, 二十四). */
function ordinalNumber(digits: string): number | undefined {
  return /^\d+$/u.test(digits) ? Number(digits) : parseChineseNumeral(digits);
}

/** The editions a text names, as numbers in digits ('第四届 … the 5th' → ['4', '5']; 首届 → '1'). */
export function ordinalsIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.normalize('NFKC').matchAll(ORDINAL)) {
    if (m[3] !== undefined) {
      out.add('1');
      continue;
    }
    const n = ordinalNumber(m[2] ?? m[1] ?? '');
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

/** An edition a question asks about: its number, the kind of event, and the question's words for it (第18届上合论坛). */
export interface EditionAsked {
  number: string;
  kind: EventKind;
  phrase: string;
}

// What recurs in editions, by kind, so that the third drill is not the third forum. Only an
// ordinal before one of these asks for an edition (第一次提到 and 'the 21st century' do not).
const EVENT_KINDS = {
  // A forum is a conference to those who ask (the first SCO medical conference is §109's 首届…医学论坛).
  meeting: {
    zh: '论坛|峰会|会议|会晤|大会|年会|对话会',
    en: 'forums?|summits?|meetings?|sessions?|conferences?|congress(?:es)?|dialogues?',
  },
  fair: { zh: '博览会|展览会|展会', en: 'exhibitions?|expos?|fairs?' },
  festival: { zh: '电影节|艺术节|文化节|美食节|旅游节', en: 'festivals?' },
  drill: { zh: '演习|军演', en: 'drills?|exercises?' },
  games: { zh: '运动会', en: 'games' },
  week: { zh: '伙伴周|活动周|文化周', en: 'weeks?' },
} as const;
type EventKind = keyof typeof EVENT_KINDS;
const KINDS = Object.keys(EVENT_KINDS) as EventKind[];

const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const eventGroups = (language: 'zh' | 'en'): string => KINDS.map((k) => `(${EVENT_KINDS[k][language]})`).join('|');
// In a question the event follows within a few words; in the text it may follow a long name in quotes and brackets
// (第三届“水促进可持续发展”国际行动十年（2018—2028）高级别会议), but within the clause.
const EDITION_ZH = (reach: string) =>
  new RegExp(`(?:第\\s*(\\d+|[〇零一二两三四五六七八九十百]+)\\s*(?:届|次|轮|期)|(首届|首次))${reach}?(?:${eventGroups('zh')})`, 'gu');
const EDITION_ZH_QUESTION = EDITION_ZH('[^，,。？?！!\\s]{0,10}');
const EDITION_ZH_TEXT = EDITION_ZH('[^，,。；;？?！!]{0,60}');
const EDITION_EN = fastIgnoreCase(
  new RegExp(`\\b(?:(\\d+)(?:st|nd|rd|th)|(${ORDINAL_WORDS.join('|')}))\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${eventGroups('en')})\\b`, 'giu'),
);

/** Which kind of event the match's groups from `first` on name. */
function kindOf(m: RegExpMatchArray, first: number): EventKind | undefined {
  const at = KINDS.findIndex((_, i) => m[first + i] !== undefined);
  return KINDS[at];
}

function chineseEditions(text: string, pattern: RegExp): EditionAsked[] {
  const out: EditionAsked[] = [];
  for (const m of text.matchAll(pattern)) {
    const n = m[2] !== undefined ? 1 : ordinalNumber(m[1] ?? '');
    const kind = kindOf(m, 3);
    if (n !== undefined && kind !== undefined) out.push({ number: String(n), kind, phrase: m[0] });
  }
  return out;
}

/** The editions of meetings, forums and the like that a question asks about, as it words them. */
export function editionsAsked(question: string): EditionAsked[] {
  const text = question.normalize('NFKC');
  const out = chineseEditions(text, EDITION_ZH_QUESTION);
  for (const m of text.matchAll(EDITION_EN)) {
    const word = m[2]?.toLowerCase();
    const n = word === undefined ? Number(m[1]) : ORDINAL_WORDS.indexOf(word) + 1;
    const kind = kindOf(m, 3);
    if (kind !== undefined) out.push({ number: String(n), kind, phrase: m[0] });
  }
  return out;
}

const ORDINAL_START = fastIgnoreCase(
  new RegExp(`^(?:第\\s*(?:\\d+|[〇零一二两三四五六七八九十百]+)\\s*(?:届|次|轮|期)|首届|首次|(?:\\d+(?:st|nd|rd|th)|${ORDINAL_WORDS.join('|')})\\s+)`, 'iu'),
);
const KIND_END = fastIgnoreCase(new RegExp(`(?:${eventGroups('zh')}|${eventGroups('en')})$`, 'iu'));

/** What an edition asked names besides its ordinal and its kind of event: 上合 of 第19届上合论坛, 'SCO startup' of the first SCO startup forum. */
export function editionName(edition: EditionAsked): string {
  return edition.phrase.replace(ORDINAL_START, '').replace(KIND_END, '').trim();
}

/**
 * Whether a paragraph names every edition asked, as an edition of the same kind of event (第19届上合组织论坛 for
 * the 19th SCO Forum, 首次会议 for the first meeting): only then can it answer. The third conference of a water
 * decade is not the third medical forum.
 */
export function namesEditions(paragraph: string, editions: readonly EditionAsked[]): boolean {
  const named = chineseEditions(paragraph.normalize('NFKC'), EDITION_ZH_TEXT);
  return editions.every((e) => named.some((n) => n.number === e.number && n.kind === e.kind));
}

const PREVIOUS_ZH = '上一届|上届|上一次|上次';
const PREVIOUS_ASKED_ZH = new RegExp(
  `(?:${PREVIOUS_ZH})[^，,。？?！!\\s]{0,10}?(?:${eventGroups('zh')})|[^，,。？?！!\\s]{0,6}(?:${eventGroups('zh')})[^，,。？?！!\\s]{0,3}?(?:${PREVIOUS_ZH})`,
  'u',
);
const PREVIOUS_ASKED_EN = fastIgnoreCase(new RegExp(`\\b(?:previous|prior|preceding)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${eventGroups('en')})\\b`, 'iu'));

/**
 * The previous edition of a meeting, forum or the like that a question asks about, as it words it (上一届峰会, 上合论坛上届,
 * the previous SCO summit); undefined when it asks none ('the previous paragraph' is an order of the text).
 */
export function previousAsked(question: string): string | undefined {
  const text = question.normalize('NFKC');
  return (PREVIOUS_ASKED_ZH.exec(text) ?? PREVIOUS_ASKED_EN.exec(text))?.[0];
}
