// How precisely a question asks its detail (a day, not a month; a city, not a country; the span a
// title gives; the members, not the proposer; names of one class), and the numbers it already holds,
// which a passage repeating them does not give as news. What kind of detail it asks is src/focus/detail.ts.
import { ASKS_NAME, NAMED_HEAD_ZH, NAMED_THEN_WHICH, NAMED_THING_EN, wordsAfterWhich } from './detail.js';
import { ASKS_THEME_YEAR } from './theme-year.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

// 'Which day', '几号', 'exact date', '具体啥时候': a month alone does not answer either.
const ASKS_DAY_OF_MONTH = fastIgnoreCase(
  /哪一?天|哪一?日|几号|具体(?:日期|哪天|哪一天|(?:啥|什么)时候|时间)|确切(?:日期|时间)|\b(?:which|what|exact|precise|specific) (?:day|date)\b|\bon what date\b|\bexactly when\b|\bwhen exactly\b/iu,
);
// 'Which day', '几月几号', 'what month', 'exact date': a year alone does not answer.
const ASKS_DAY = fastIgnoreCase(
  /哪一?天|哪一?日|几号|几月|哪个月|哪月|具体(?:日期|时间|哪)|\b(?:which|what|exact|precise|specific) (?:day|date|month)\b|\bon what date\b|\bday in\b|\bwhat month\b|\bin what month\b/iu,
);
// 'Which city', '哪座城市', 哪个州 or 靶场 (a place within a country): a country or a region does not answer.
const ASKS_CITY = fastIgnoreCase(
  /哪个城市|哪座城市|哪座|什么城市|哪个市|哪一城市|哪个(?:州|省|县|靶场|基地|港口)|\b(?:which|what) (?:\w+ )?(?:city|town|training ground|firing range|range|base|port)\b|\bin which (?:\w+ )?city\b/iu,
);

// 'Which years does it cover', '到哪一年', 'how long is it', 'when does it end': the span a programme's own title gives
// (《2024—2029年禁毒战略》), or the years a clause runs from and to.
const ASKS_SPAN = fastIgnoreCase(
  /哪几年|几年|覆盖|涵盖|期限|有效期|到哪一?年|至哪一?年|截至|多久|多长时间|持续多|(?:什么时候|何时)(?:结束|到期|截止)|到什么时候|\b(?:which|what) years\b|\bwhat period\b|\bcover(?:s|ed|ing)?\b|\bspan\b|\buntil (?:when|what year)\b|\bthrough (?:which|what) year\b|\bruns? (?:until|to|through)\b|\bhow long\b|\bduration\b|\b(?:end|expiry|expiration) date\b/iu,
);
// 'When does it end / run / expire': a wh-word, then one of these verbs last in the question.
const WHEN_ASKED = fastIgnoreCase(/\bwhen (?:does|did|will|do)\b/iu);
const SPAN_VERB_LAST = fastIgnoreCase(/\b(?:end|expire|run|finish|last)[\s?？.!]*$/iu);

/** How precise the asked detail must be: a day or month, not a year; a city, not a country; or the span a title gives. */
export interface Precision {
  day: boolean;
  city: boolean;
  /** The years a programme runs: they are in its title. Otherwise a year in a title (至2030年) dates nothing. */
  span?: boolean;
  /** What a thing is called (叫什么名字): a title the text gives it (《…》, “…”) answers too. */
  called?: boolean;
  /** The day of the month (几号, 'exact date'): a month alone does not answer. */
  dayOfMonth?: boolean;
  /** A theme, motto or slogan (主题是什么): only words the text quotes give one, not a name beside it. */
  theme?: boolean;
  /** The theme a year was given (2026年是上合什么年): only a year named for a theme gives it (src/focus/theme-year.ts). */
  themeYear?: boolean;
  /** Which countries a thing covers or includes (涵盖哪些国家): the one that proposed it is not one of them. */
  members?: boolean;
  /**
   * The class of things asked for by name (which universities, 哪些港口), when it is one a name shows:
   * only a name of that class answers (an alliance is not a university).
   */
  named?: NamedClass;
}

export function askedPrecision(question: string): Precision {
  return {
    day: ASKS_DAY.test(question) || ASKS_DAY_OF_MONTH.test(question),
    city: ASKS_CITY.test(question),
    ...(ASKS_SPAN.test(question) || (WHEN_ASKED.test(question) && SPAN_VERB_LAST.test(question)) ? { span: true } : {}),
    ...(ASKS_NAME.test(question) ? { called: true } : {}),
    ...(ASKS_DAY_OF_MONTH.test(question) ? { dayOfMonth: true } : {}),
    ...(ASKS_THEME.test(question) ? { theme: true } : {}),
    ...(ASKS_THEME_YEAR.test(question) ? { themeYear: true } : {}),
    ...(ASKS_MEMBERS.test(question) ? { members: true } : {}),
    ...namedClassOf(question),
  };
}

/** A class of named things: the word its names hold (大学, University) or the gazetteer's kind of them. */
export interface NamedClass {
  words: RegExp;
  kind?: string;
}

// Classes whose names say what they are, by the word that ends them (上合组织大学, the Astana International
// Forum) or in English opens them (University of …); an event's is the gazetteer's kind too. Other classes
// (projects, sites) are named every way and not checked.
const NAMED_CLASSES: readonly { head: RegExp; named: NamedClass }[] = [
  {
    head: fastIgnoreCase(/^(?:大学|高校|院校|universit(?:y|ies)'?|colleges?)$/iu),
    named: { words: fastIgnoreCase(/(?:大学|学院)$|\b(?:university|college|academy)$|^(?:university|college|academy) of\b/iu) },
  },
  // Not 香港, which is no port.
  { head: fastIgnoreCase(/^(?:港口|ports?)$/iu), named: { words: fastIgnoreCase(/(?<!香)港$|\bport$|^port of\b/iu) } },
  { head: fastIgnoreCase(/^(?:走廊|corridors?)$/iu), named: { words: fastIgnoreCase(/(?:走廊|通道)$|\bcorridor$/iu) } },
  {
    head: fastIgnoreCase(/^(?:活动|赛事|展会|events?)$/iu),
    named: {
      words: fastIgnoreCase(/(?:论坛|会议|大会|节|赛|展|博览会|周|马拉松)$|\b(?:forum|conference|festival|marathon|games|week|expo|exhibition)$/iu),
      kind: 'event',
    },
  },
  {
    head: fastIgnoreCase(/^(?:企业|公司|compan(?:y|ies)|firms?|enterprises?)$/iu),
    named: { words: fastIgnoreCase(/(?:公司|企业)$|\b(?:company|corporation)$/iu) },
  },
];

/**
 * The class a question asks things of by name, read from the noun that heads what it asks
 * (哪些大学 → 大学; which university projects → projects, no class checked), when names show it.
 */
function namedClassOf(question: string): { named?: NamedClass } {
  const heads = [
    // The longest phrase after 哪 that ends in such a noun: 哪些大学合作项目 asks projects, not universities.
    [...wordsAfterWhich(question)]
      .sort((x, y) => y.length - x.length)
      .map((w) => NAMED_HEAD_ZH.exec(w)?.[1])
      .find((h) => h !== undefined),
    NAMED_THEN_WHICH.exec(question)?.[1],
    NAMED_THING_EN.exec(question)?.[1],
  ].filter((h): h is string => h !== undefined);
  const found = NAMED_CLASSES.find((c) => heads.some((h) => c.head.test(h)));
  return found === undefined ? {} : { named: found.named };
}

// Which countries a thing covers, includes or has taking part: its members, not its proposer.
const ASKS_MEMBERS = fastIgnoreCase(
  /(?:包括|涵盖|覆盖|包含|涉及|囊括)(?:了)?哪(?:些|几个|几)?(?:国家|国|成员国)|哪(?:些|几个|几)?(?:国家|国|成员国)[^，。？?]{0,4}(?:参加|参与|加入|组成|构成)|由哪(?:些|几个|几)?(?:国家|国)(?:组成|构成)|\bwhich (?:countr(?:y|ies)|states?|nations?|members?) (?:does|do|did|would|will) (?:it|they|the [\w-]+(?: [\w-]+){0,4}) (?:include|cover|comprise|involve|span)\b|\bwhich (?:countr(?:y|ies)|states?|nations?) (?:are|is|be|were|would be|will be) (?:part of|covered by|included in|members? of|involved in)\b|\bwhich (?:countr(?:y|ies)|states?|nations?) (?:(?:would|will|could|should|have|has|had) )?(?:make up|makes up|made up|form|forms|formed|constitute|belong(?:s|ed)? to|(?:take|takes|took|taken|taking) part in|participat(?:e|es|ed) in|join(?:s|ed)?)\b/iu,
);

const ASKS_THEME = fastIgnoreCase(/主题|口号|标语|\b(?:theme|motto|slogan|tagline)s?\b/iu);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Each month's name as a word of its own, compiled once: every question is read for them. */
const MONTH_WORDS = MONTHS.map((m) => fastIgnoreCase(new RegExp(`\\b${m}\\b`, 'iu')));

/** The numbers a question holds, a month it names among them (November is 11): a passage repeating them tells nothing new. */
export function questionNumbers(question: string): string[] {
  const text = question.normalize('NFKC');
  const months = MONTHS.flatMap((m, i) => (MONTH_WORDS[i]?.test(text) === true && m !== 'may' ? [String(i + 1)] : []));
  // A span of years written short (2024-27) names its last year in full too: the text writes 2024-2027.
  const ends = [...text.matchAll(/(?<!\d)(1[89]|20)(\d{2})\s*[-–—~至到]\s*(\d{2})(?!\d)/gu)].map((m) => `${m[1] ?? ''}${m[3] ?? ''}`);
  return [...new Set([...(text.match(/\d+/gu) ?? []), ...months, ...ends])];
}
