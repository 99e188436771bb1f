// Whether a quoted passage gives the detail a question asks for (src/focus/detail.ts reads
// what it asks): a figure, a date, a name of the right class, a role, a reason or an outcome.
import type { Actor } from './actor.js';
import type { DetailKind } from './detail.js';
import type { Precision } from './precision.js';
import { GIVES_THEME_YEAR } from './theme-year.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

// An outcome is given where the text says what was adopted, signed, agreed or decided, not where it
// only welcomes a meeting's results (欢迎…成果, welcome the outcomes of). A reason is given by a
// cause, a purpose or a judgement (因为, 为了, 旨在, 认为, 违反, 有利于).
const GIVES: Record<Exclude<DetailKind, 'place' | 'person' | 'name'>, RegExp> = {
  outcome: /(?:通过|签署|批准|发表|启动|成立|建立)(?:了)?《|达成(?:了)?[^，。；]{0,12}(?:共识|协议)|商定|决定/u,
  reason:
    /因为|由于|鉴于|为了|旨在|以便|以期|从而|以确保|以维护|以促进|目的|原因|理由|出于|考虑到|基于|认为|不符合|违反|损害|危害|有损|破坏|不可接受|有助于|有利于|作出(?:重要)?贡献/u,
  amount: /\d[\d,.]*\s*(?:亿|万|千|百万|美元|元|卢布|坚戈|%|％|percent)|[一二三四五六七八九十百千两]+(?:亿|万)(?:美元|元)?/u,
  // Not a lone 一 (一个机制, 下一次会议: an article or 'next', not a count).
  count: /\d+\s*(?:个|项|国|家|次|届|名|份|条|部)|(?:[二三四五六七八九十两百千万]|[一二三四五六七八九十]{2,})(?:个|项|国|家|次|届|名|份|条|部)/u,
  date: /\d{4}\s*年|\d{1,3}\s*周年|[一二三四五六七八九十]+周年|\d{1,3}\s*年(?:内|来|间|期)|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月|[〇零一二三四五六七八九]{4}年|明年|今年/u,
};

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

// The same in the English rendering, for English questions: 16 September 2022, 2025, the 20th anniversary, USD 5 billion, 3 meetings.
const GIVES_ENGLISH: Record<Exclude<DetailKind, 'place' | 'person' | 'name'>, RegExp> = {
  // The rendering is in the present tense, as the text is: what they decide or agree to do is an outcome
  // (decide to adopt, agree to establish); a verb alone is not (the initiative of Kazakhstan to establish, call on states to adopt).
  outcome: fastIgnoreCase(
    /\b(?:adopted|adoption|sign(?:ed|ing)|approv(?:ed|al)|agreed|decided|decision to|established|establishment|launched|reached)\b|\b(?:decide|decides|agree|agrees) (?:to|that)\b/iu,
  ),
  reason: fastIgnoreCase(
    /\bbecause\b|\bsince\b|\bgiven (?:that|the)\b|\bin order to\b|\bso as to\b|\bso that\b|\baim(?:ed|ing|s)? (?:at|to)\b|\bwith a view to\b|\bto ensure\b|\bto (?:promote|maintain|strengthen|safeguard)\b|\bbelieve\b|\bconsider\b|\bcontrary to\b|\bviolat\w*|\bundermin\w*|\bdetrimental\b|\bharm\w*|\bunacceptable\b|\bcontribut\w*|\bconducive\b/iu,
  ),
  amount: fastIgnoreCase(/\d[\d,.]*\s*(?:billion|million|thousand|per ?cent|%)|(?:\$|USD|US\$)\s*\d|\d\s*(?:dollars|yuan|roubles|rubles|tenge)\b/iu),
  count: fastIgnoreCase(
    new RegExp(`\\b(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\\s+(?!${MONTH}\\b)\\p{L}+`, 'iu'),
  ),
  date: new RegExp(
    `\\b(?:1[89]|20)\\d{2}\\b|\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH}\\b|\\b${MONTH}\\b|\\b\\d{1,3}(?:st|nd|rd|th)\\s+anniversary\\b|\\b(?:next|this) year\\b`,
    'u',
  ),
};
const DAY_ENGLISH = new RegExp(`\\b${MONTH}\\b`, 'u');
const YEAR_NUMBER = String.raw`(?:1[89]|20)\d{2}`;
const SPAN = new RegExp(
  String.raw`${YEAR_NUMBER}\s*年?\s*(?:[-–—~]|至|到)\s*(?:${YEAR_NUMBER}|\d{2})(?!\d)|(?:至|到|截至)\s*${YEAR_NUMBER}|${YEAR_NUMBER}\s*年?前|\b(?:until|till|through|up to)\s+${YEAR_NUMBER}`,
  'u',
);

/** How many specific names of each class a quoted text holds (not the question's own, nor the organisation itself). */
export interface NamesFound {
  /** Places, countries and regions named where something is or happens (在阿斯塔纳市, （2024年6月5日，塔什干）). */
  place: number;
  /** Of those, cities and other places smaller than a country. */
  city: number;
  country: number;
  /** Of the countries, those not named as the one that proposed something (塔吉克斯坦…的倡议, the initiative of Kazakhstan): members of it, perhaps. */
  member: number;
  body: number;
  person: number;
  /** Names of any kind but a document's, a country's or a region's (a port, a project, an event, a body): what 'which specific ones' asks for. */
  named: number;
}

// Words the text quotes or titles: what a thing is called, its theme or motto.
const QUOTED = /《[^》]+》|“[^”]+”|"[^"]+"/u;

const GIVES_ROLE = fastIgnoreCase(
  /(?:发挥|起到?)[^，。；]{0,16}作用|牵头|主导|\btake the lead\b|\bplay(?:s|ing)?\s+(?:a|an|the|its|their)\s+[\w\s-]{0,40}\brole\b|\brole\s+of\b/iu,
);

/** Text without what titles hold: 《上合组织至2030年经济发展战略》 names a strategy, it dates nothing. */
function withoutTitles(text: string): string {
  return text.replace(/《[^《》]*(?:《[^《》]*》[^《》]*)*》/gu, '《》');
}

/** What a quoted clause must give besides the kind: who answers a 'who', how precise, and what the question already says. */
export interface Wanted {
  actor?: Actor;
  precision?: Precision;
  /** Numbers the question itself holds (2025, 19): the text repeating them tells the asker nothing new. */
  known?: readonly string[];
  /** For what is next (the next meeting): the year the document was made; a clause dated only before it tells of the past. */
  notBefore?: number;
}

// 第19届, 第四次, the 4th: an ordinal names one of a series; it counts nothing.
const ORDINAL = /第\s*(?:\d+|[一二三四五六七八九十百两]+)\s*(?:届|次|个|轮|期|段|项|条|款|号)?|\b\d+(?:st|nd|rd|th)\b(?!\s+anniversary)/gu;
const DAY = /\d{1,2}\s*月|[一二三四五六七八九十]{1,3}月|\d{1,2}\s*日/u;
// The day of a month: 5日, 4日至5日, 6月5日; '16 September', 'September 16', '5-6 June'.
const DAY_OF_MONTH = /\d{1,2}\s*[日号]|[一二三四五六七八九十]{1,3}[日号]/u;
const DAY_OF_MONTH_ENGLISH = new RegExp(`\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}\\b`, 'u');

const YEARS = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)/gu;

/** Whether every year the clause names is before `year` (the agreement of 2014, asked about the next meeting). */
function onlyBefore(quoted: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const years = [...quoted.matchAll(YEARS)].map((m) => Number(m[0]));
  return years.length > 0 && years.every((y) => y < year);
}

/** The clause without the numbers the question already holds, nor ordinals. */
function newNumbers(quoted: string, known: readonly string[]): string {
  let out = quoted.replace(ORDINAL, ' ');
  for (const n of known) out = out.replace(new RegExp(`(?<!\\d)${n}(?!\\d)`, 'gu'), ' ');
  return out;
}

/**
 * Whether the quoted text gives a detail of this kind. Places and persons are
 * names found by the gazetteer; who answers a 'who' depends on what it asks for.
 */
export function givesDetail(kind: DetailKind, quoted: string, names: NamesFound, wanted: Wanted = {}): boolean {
  const { actor = 'any', precision = { day: false, city: false }, known = [] } = wanted;
  // The English rendering (for an English question) says a city as 'the city of Astana'.
  const english = !/\p{Script=Han}/u.test(quoted);
  const gives = english ? GIVES_ENGLISH : GIVES;
  switch (kind) {
    case 'place':
      if (precision.city) return names.city > 0 || /(?:在|于)\p{Script=Han}{2,8}(?:市|城)|\bcity of \p{Lu}/u.test(quoted);
      return names.place > 0 || /在\p{Script=Han}{2,8}市|\bcity of \p{Lu}/u.test(quoted);
    case 'person':
      // Which countries a thing covers or includes: not the one that proposed it.
      if (actor === 'country') return (precision.members === true ? names.member : names.country) > 0;
      if (actor === 'body') return names.body > 0;
      if (actor === 'person') return names.person > 0;
      if (actor === 'partner') return names.country + names.body + names.person > 0;
      if (actor === 'host') return names.country + names.place + names.body > 0;
      // A role given (发挥作用), or one acknowledged as someone's (承认联合国…的中心协调作用).
      if (actor === 'role') return GIVES_ROLE.test(quoted) || (/作用|\brole\b/u.test(quoted) && names.country + names.body + names.person > 0);
      return names.country + names.person + names.body > 0;
    case 'name':
      if (precision.themeYear === true) return GIVES_THEME_YEAR.test(quoted);
      if (precision.theme === true) return QUOTED.test(quoted);
      return names.named > 0 || (precision.called === true && /《[^》]+》|“[^”]+”|"[^"]+"/u.test(quoted));
    case 'date': {
      if (onlyBefore(quoted, wanted.notBefore)) return false;
      const fresh = newNumbers(precision.span === true ? quoted : withoutTitles(quoted), known);
      if (precision.dayOfMonth === true) return (english ? DAY_OF_MONTH_ENGLISH : DAY_OF_MONTH).test(fresh);
      // Which years a programme covers: a span (2025 年至 2027 年, 2024-2029) or the year it runs to (至2030年, until 2035), not a day it met.
      if (precision.span === true) return SPAN.test(fresh);
      return gives.date.test(fresh) && (!precision.day || (english ? DAY_ENGLISH : DAY).test(fresh));
    }
    case 'count':
      // 哪几个国家，一共几个: the countries named are counted by whoever reads them.
      return gives.count.test(newNumbers(quoted, known)) || (actor === 'country' && names.country >= 2);
    default:
      return gives[kind].test(newNumbers(quoted, known));
  }
}
