// What a question names that the declaration does not: the names, the question's own words for them,
// and whether they stand beside something else it covers (Ukraine and the Gaza ceasefire), so that the
// rest is answered; a pair of countries the text never names together (以色列和伊朗的冲突) as one name.
import { wholeNames } from './absent-names.js';
import type { Conjunct } from './focus/conjuncts.js';
import type { Focus, FocusEntity, FocusReader } from './focus/focus.js';
import type { Language } from './model.js';
import { escapeRegExp } from './question-spans.js';
import type { SearchResult } from './search/engine.js';
import { normalize, normalizeWithMap } from './text/normalize.js';
import { asWritten, touchesAny } from './answer-unused.js';
import { fastIgnoreCase } from './text/fast-ignore-case.js';

/** Who is asked who stands beside a name, and whether that is the organisation itself. */
type Partners = Pick<FocusReader, 'partners' | 'isOrganisation' | 'countriesIn'>;

// Words that ask what passes between two countries: their relations, a conflict, talks, a border.
const BETWEEN_THEM = fastIgnoreCase(
  /\b(?:relations?|relationship|ties|tensions?|conflicts?|wars?|disputes?|rivalry|border|between|bilateral|vs\.?|versus|talks|dialogue|deal|treaty|peace|clash(?:es)?|standoff|normali[sz]ation)\b|关系|冲突|矛盾|争端|之间|双边|边境|边界|对抗|战争|谈判|和谈|交恶|紧张|和解|摩擦|互相|相互|彼此|\b(?:each other|one another|mutual)\b/iu,
);

/** Whether the question asks about what passes between its countries, or writes them as one (Iran-Israel), rather than about each. */
function asksBetween(text: string, countries: readonly FocusEntity[]): boolean {
  if (BETWEEN_THEM.test(text)) return true;
  const [a, b] = countries.map((e) => escapeRegExp(normalize(e.surface)));
  return a !== undefined && b !== undefined && new RegExp(`${a}\\s*[-–—/]\\s*${b}|${b}\\s*[-–—/]\\s*${a}`, 'u').test(normalize(text));
}

/** A paragraph naming more countries than this names them as a list, not as parties to something between them. */
const MAX_COUNTRIES_OF_A_PAIR = 3;

/**
 * Two countries the declaration names, but never together (以色列和伊朗的冲突, Iran-Israel): the pair,
 * and whatever passes between them, is something it does not address. Two countries merely listed
 * (Afghanistan and Iran) are two subjects, each answered.
 */
function unnamedPair(text: string, focus: Focus, language: Language, countriesIn: (paragraph: number) => number): string[] {
  const countries = focus.entities.filter((e) => e.present && e.kind === 'country');
  if (countries.length < 2 || !asksBetween(text, countries)) return [];
  // Named together only in a list of many (§66's supporters of the Belt and Road) is not named as a pair.
  const together = (n: number): boolean => countriesIn(n) <= MAX_COUNTRIES_OF_A_PAIR;
  const shared = countries
    .slice(1)
    .reduce((acc, e) => acc.filter((n) => e.paragraphs.includes(n)), countries[0]?.paragraphs ?? [])
    .filter(together);
  if (shared.length > 0) return [];
  // Each country is mentioned, and a list may name them side by side (§66): what the text lacks is what passes between
  // them ('does not mention Kyrgyz and Tajik', or '… together', would be untrue).
  const names = countries.map((e) => e.name);
  return [language === 'zh' ? `${names.join('和')}之间的关系` : `relations between ${names.join(' and ')}`];
}

/**
 * The question without the names it puts beside others, for answering the rest of it. The names are
 * found as they were found, in normalised text (simplified, lower case), so a name typed in traditional
 * characters goes too; the rest keeps the asker's own characters and capitals, which the English model
 * reads (gaza is not Gaza to it).
 */
export function without(text: string, names: readonly string[]): string {
  const { text: normal, map } = normalizeWithMap(text);
  const cuts: { from: number; to: number }[] = [];
  for (const name of names) {
    const escaped = escapeRegExp(normalize(name));
    // A Latin name goes as a whole word: taking out Niger must leave Nigeria.
    const pattern = /^[\p{Script=Latin}\d]/u.test(escaped) ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped;
    for (const m of normal.matchAll(new RegExp(pattern, 'giu'))) {
      const end = m.index + m[0].length;
      cuts.push({ from: map[m.index] ?? 0, to: end < map.length ? (map[end] ?? text.length) : text.length });
    }
  }
  let rest = '';
  let at = 0;
  for (const cut of cuts.sort((a, b) => a.from - b.from)) {
    if (cut.from < at) continue;
    rest += `${text.slice(at, cut.from)} `;
    at = cut.to;
  }
  return rest + text.slice(at);
}

/** What the question names that the declaration does not, and whether the rest of it can still be answered. */
export interface Absence {
  /** As named back to the asker. */
  names: string[];
  /** The question's own words for the absent names, to search without them. */
  surfaces: string[];
  /** Every absent name stands beside other things (X and Y, 芬太尼等毒品): the rest may be answered. */
  besides: boolean;
  /** What passes between a named country and a party the text never names is asked (中国和日本关系): no part of it is answered. */
  between: boolean;
}

export function readAbsence(text: string, focus: Focus, result: SearchResult, deps: { focus: Partners }, language: Language): Absence {
  const entities = focus.entities.filter((e) => !e.present);
  const years = focus.years.filter((y) => !y.present).map((y) => (language === 'zh' ? `${y.year}年` : y.year));
  // Hamas's is Hamas: a possessive names nothing the name does not.
  const named = (w: string): boolean => focus.entities.some((e) => e.surface.toLowerCase().includes(w.replace(/['’]s$/u, '')));
  const unknown = result.unknownNames.filter((w) => !named(w)).map((w) => asWritten(text, w));
  const pair = unnamedPair(text, focus, language, (n) => deps.focus.countriesIn(n));
  const yearWords = focus.years.filter((y) => !y.present).map((y) => y.year);
  const surfaces = [...entities.map((e) => e.surface), ...unknown, ...yearWords];
  // What the absent names stand beside must be something the declaration speaks of: not another
  // absent name (Armenia and Azerbaijan) nor the organisation itself (BRICS and the SCO).
  const others = [...surfaces, ...result.unknownTerms.map((w) => asWritten(text, w))];
  // A word of an absent name the documents never use names it again (an Olympic truce beside the Paris Olympics).
  const ofAbsentNames = [...result.unknownTerms, ...result.unknownNames].filter((w) => entities.some((e) => e.surface.toLowerCase().includes(w)));
  const besideKnown = (surface: string): boolean => besideKnownWords(text, surface, deps, others, ofAbsentNames);
  // A name that is the question's subject, a year or a pair leaves nothing else to answer.
  // A name offered as the possible answer to a detail asked (where was it held, Mumbai?) is no subject: the rest is asked, and the name
  // said absent beside it. Asked whether the text names it (反导那段是不是点名北约了), it is the subject.
  const subjects = entities.filter((e) => e.offered !== true || focus.detail === undefined);
  const between = betweenAbsent(text, focus, unknown);
  const besides = years.length === 0 && pair.length === 0 && !between && [...subjects.map((e) => e.surface), ...unknown].every(besideKnown);
  return { names: [...entities.map((e) => e.name), ...years, ...wholeNames(text, unknown), ...pair], surfaces, besides, between };
}

// What passes between two parties as Chinese and English write cooperation between them: 哈萨克斯坦和欧盟的合作, cooperation with the EU.
const COOPERATION_BETWEEN = fastIgnoreCase(/(?:和|与|同|跟)[^，,。？?]{1,12}?(?:的)?(?:合作|往来|交往)|\bcooperation (?:between|with)\b/iu);

/**
 * Whether the question asks what passes between a country the text names and a party it never names (哈萨克斯坦和欧盟的合作,
 * 伊朗和沙特关系, Iran-US talks): that relation is what is asked, and the text does not address it; the named country's
 * paragraphs are no answer.
 */
function betweenAbsent(text: string, focus: Focus, unknownNames: readonly string[]): boolean {
  const country = focus.entities.some((e) => e.present && e.kind === 'country');
  const party = unknownNames.length > 0 || focus.entities.some((e) => !e.present && PARTIES.has(e.kind));
  return country && party && (BETWEEN_THEM.test(text) || COOPERATION_BETWEEN.test(text));
}
const PARTIES: ReadonlySet<FocusEntity['kind']> = new Set(['country', 'organisation', 'pair']);

// What opens with a pronoun standing for the name before it is still that name's (BRICS or its expansion, 金砖国家及其扩员),
// and so is what closes on 'there' for a place named before (the war in Ukraine and civilian casualties there, 当地的难民).
const REFERS_BACK = /^(?:(?:its|their|his|her)\s|其|它的|它们的|他们的|该|当地|那里)|\bthere\s*[?？.!。]*$|(?:当地|那里)[?？。！!]*$/u;

/**
 * Whether a name stands beside something the declaration speaks of: not another absent name, nor the
 * organisation itself, nor a thing named by a word of an absent name (`namingWords`), nor the name's own
 * (`REFERS_BACK`).
 */
function besideKnownWords(text: string, surface: string, deps: { focus: Partners }, absentNames: readonly string[], namingWords: readonly string[]): boolean {
  const namedAgain = (c: Conjunct): boolean =>
    namingWords.some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalize(w))}(?![\\p{L}\\p{N}])`, 'u').test(c.words));
  return deps.focus
    .partners(text, surface)
    .some((c) => !REFERS_BACK.test(c.words) && !deps.focus.isOrganisation(c) && !touchesAny(c, absentNames) && !namedAgain(c));
}

/**
 * What an answer names as not mentioned beside it: the absent names, and the words the declaration never uses
 * that stand beside the rest (芯片和数字经济); one alone may be read amiss, unless the vocabulary says the text
 * only relates to it (大麻, cannabis: §45 names no drug), which is named as written (大麻, not 大麻合法化: the
 * text does speak of legalisation).
 */
export function namedBeside(
  text: string,
  words: { absent: readonly string[]; unused: readonly string[]; unmentioned: readonly string[] },
  is: { partners: (word: string) => boolean; kindred: (word: string) => boolean },
): string[] {
  const kindred = words.unused.filter((w) => !is.partners(w) && is.kindred(w));
  return [...wholeNames(text, [...words.absent, ...words.unused.filter(is.partners), ...words.unmentioned]), ...kindred];
}
