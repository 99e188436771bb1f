// The words of a question the declaration never uses: which they are, as the question wrote them,
// and whether one of them is what the question is about (then the question is refused, naming it).
import type { UnmentionedObject } from './answer-mention.js';
import type { Conjunct } from './focus/conjuncts.js';
import type { Focus, FocusReader } from './focus/focus.js';
import type { DetailKind } from './model.js';
import type { Hit, SearchEngine, SearchResult } from './search/engine.js';
import { knownToLexicon, topicHead } from './search/english.js';
import type { QueryWord } from './search/query.js';
import { escapeRegExp, spansOf } from './question-spans.js';
import { normalize } from './text/normalize.js';
import { fastIgnoreCase } from './text/fast-ignore-case.js';

/** What the readings below consult: who stands beside a word, and how common a word is. */
interface Readers {
  focus: Pick<FocusReader, 'partners' | 'isOrganisation'>;
  engine: Pick<SearchEngine, 'isGeneric'>;
}

/** A word of the question (found in lower case) as the question wrote it: RATS, Huawei. */
export function asWritten(question: string, word: string): string {
  const at = question.toLowerCase().indexOf(word);
  return at < 0 ? word : question.slice(at, at + word.length);
}

/** Whether the conjunct next to a name is one of these names (its first words on the right, its last on the left). */
export function touchesAny(conjunct: Conjunct, names: readonly string[]): boolean {
  return names.some((n) => {
    const name = normalize(n);
    return name !== '' && (conjunct.side === 'right' ? conjunct.words.startsWith(name) : conjunct.words.endsWith(name));
  });
}

/** The question's words the declaration never uses, as the question wrote them, besides the names already found absent. */
export function unusedWords(text: string, focus: Focus, result: SearchResult, absent: readonly string[]): string[] {
  const bare = (w: string): string => w.toLowerCase().replace(/['’]s$/u, '');
  return result.unknownTerms
    .filter((w) => !focus.entities.some((e) => e.surface.toLowerCase().includes(bare(w))))
    .map((w) => asWritten(text, w))
    .filter((w) => !absent.some((a) => a.toLowerCase().includes(bare(w))));
}

/**
 * Whether a word the declaration never uses is what the question is about: the topic an English
 * question sets first (semiconductors - any cooperation on …), or, when no detail is asked, a word
 * that `unusedIsSubject`.
 */
export function unusedIsTheSubject(
  text: string,
  unused: readonly string[],
  asked: DetailKind | undefined,
  best: Hit | undefined,
  deps: Readers,
  query: SearchResult['query'],
  names: readonly string[] = [],
): boolean {
  if (query.language === 'en' && unused.some((w) => w.toLowerCase() === topicHead(text))) return true;
  if (onlyWhereToLook(text, unused, best)) return true;
  return asked === undefined && unusedIsSubject(text, unused, best, deps, { words: query.words, names });
}

// The part of the text a question points to ('the digital finance part', 'in the energy section', AI那段,
// 新型支付系统那块): it says where to look, not what is asked.
const PART_EN = fastIgnoreCase(
  /\b(?:in|within|under|from|of|on|the)\s+(?:the\s+)?((?:[\w-]+\s+){1,3})(?:section|part|bit|para|paragraph|chapter|passage|portion)s?\b/giu,
);
const PART_ZH = /([\p{Script=Han}A-Za-z\d]{1,12}?)(?:那一段|那段|那部分|那块|这部分|这段|这块|板块|章节)/gu;

/**
 * Whether what the best passage matched is only the part of the text the question points to, and the
 * words the declaration never uses stand outside it: 'Did the digital finance part address
 * cryptocurrencies?' asks about cryptocurrencies, which that part does not mention.
 */
function onlyWhereToLook(text: string, unused: readonly string[], best: Hit | undefined): boolean {
  if (best === undefined || unused.length === 0) return false;
  const normal = normalize(text);
  const parts = [...normal.matchAll(PART_EN), ...normal.matchAll(PART_ZH)].map((m) => m[1] ?? '').filter((p) => p.trim() !== '');
  if (parts.length === 0) return false;
  const inPart = (word: string): boolean => parts.some((p) => p.includes(normalize(word)));
  const content = best.matchedWords.filter((w) => w.role === 'content');
  return content.length > 0 && content.every((w) => inPart(w.word)) && unused.every((u) => !inPart(u));
}

/**
 * Whether a word the declaration never uses is the subject: not beside a topic the best passage
 * covers, and only common words found with it. What it stands beside must be found there, every
 * noun of it: 稀土、关键矿产合作 stands beside 关键矿产, of which the text has only 关键 (关键领域).
 * `names`: the question's words for the places and bodies the gazetteer knows (Iranian, 伊朗).
 */
function unusedIsSubject(
  text: string,
  unused: readonly string[],
  best: Hit | undefined,
  deps: Readers,
  { words, names }: { words: readonly QueryWord[]; names: readonly string[] },
): boolean {
  // Nothing found at all: the words the declaration never uses are what the question asks about (宣言提到洪灾了吗),
  // when they are one noun phrase of it; 'weather in Astana tomorrow' or a verb (紧跟着) is not named.
  if (best === undefined) return unusedPhrase(text, unused, words) !== undefined;
  // The characters of an unknown compound (碳 of 碳中和) are not a subject of their own.
  const content = best.matchedWords.filter((w) => w.role === 'content' && !unused.some((u) => u !== w.word && u.includes(w.word)));
  const lone = unused.filter((w) => !deps.focus.partners(text, w).some((c) => besideFound(c, best, words, unused, deps)));
  // A name just before such a word (哈萨克斯坦洪灾, Kazakhstan's floods) says whose or where: the word is what is asked.
  // So does a demonym the gazetteer knows, which the English model reads as an adjective (Iranian drones).
  const isName = (w: QueryWord): boolean => w.proper || names.some((n) => normalize(n) === normalize(w.word));
  const modifiers = content.filter((w) => isName(w) && lone.some((u) => modifies(text, w.word, u)));
  // Words found only as the head of a phrase an unused noun opens (migration policy, semiconductor supply chains,
  // 芯片供应链) say what kind of thing the noun is: the noun is what is asked. Not after an adjective (an
  // intergovernmental agreement is an agreement): in English a noun the model knows (one it does not is tagged
  // a noun by guess), in Chinese one jieba tags a noun.
  const nounsUnused = lone.filter((u) => words.some((w) => w.word.toLowerCase() === u.toLowerCase() && unusedNoun(w)));
  const heads = content.filter((w) => !w.proper && nounsUnused.some((u) => headsAfter(text, u, w.word, content)));
  // And a word found only before such a noun, its head (traditional medicine): it says which kind of the noun is asked.
  const kinds = content.filter((w) => w.latin && !w.proper && nounsUnused.some((u) => isLastWord(text, u) && modifies(text, w.word, u)));
  return lone.length > 0 && content.every((w) => modifiers.includes(w) || heads.includes(w) || kinds.includes(w) || deps.engine.isGeneric(w));
}

/**
 * A noun the declaration never uses: in English one the model knows as a noun (not a guess), or a name (an Olympic
 * truce is a truce the text never names); in Chinese one jieba tags a noun.
 */
function unusedNoun(w: QueryWord): boolean {
  return w.latin ? (w.pos === 'NOUN' && knownToLexicon(w.word)) || w.pos === 'PROPN' : /^n(?!v)\w*$/u.test(w.tag ?? '');
}

/**
 * Whether a found word is the head of a phrase the unused noun opens, with only other found words between
 * (semiconductor supply chains, 芯片供应链): the phrase names a kind of the found thing the declaration never names.
 */
function headsAfter(text: string, unused: string, word: string, found: readonly QueryWord[]): boolean {
  // A name between is no part of a compound: 'rate Kazakhstan's chairmanship' is a verb and its object.
  const between =
    found
      .filter((w) => !w.proper)
      .map((w) => escapeRegExp(normalize(w.word)))
      .join('|') || '(?!)';
  const phrase = `${escapeRegExp(normalize(unused))}(?:[\\s-]*(?:${between}))*?[\\s-]*${escapeRegExp(normalize(word))}`;
  return new RegExp(phrase, 'u').test(normalize(text));
}

/** Whether a word ends the question's words (traditional medicine?): the head of the phrase it closes. */
function isLastWord(text: string, word: string): boolean {
  return new RegExp(`${escapeRegExp(normalize(word))}[\\s?？!！.。]*$`, 'u').test(normalize(text));
}

/**
 * Whether a name stands right before a word as its modifier: 哈萨克斯坦洪灾, 哈萨克斯坦的洪灾, 阿富汗被冻结资产, Kazakhstan('s)
 * floods; or, in English, after it saying where: hostages in Gaza, refugees from Syria.
 */
function modifies(text: string, name: string, word: string): boolean {
  const [n, w] = [escapeRegExp(normalize(name)), escapeRegExp(normalize(word))];
  return new RegExp(`${n}(?:的|被|遭|['’]s)?\\s*${w}|\\b${w} (?:in|from|inside) (?:the )?${n}\\b`, 'u').test(normalize(text));
}

// A noun that can be named as what the declaration does not mention: not jieba's locutions (紧跟着 is tagged l).
export const NAMEABLE = (w: QueryWord): boolean => (w.latin ? w.pos === 'NOUN' || w.pos === 'PROPN' : /^(?:n(?!v)\w*|j)$/u.test(w.tag ?? ''));

/**
 * The words the declaration never uses as the one phrase of the question they make ('death toll',
 * 'labour migration'), when every one is a noun and nothing but spaces or hyphens stands between them.
 */
export function unusedPhrase(text: string, unused: readonly string[], words: readonly QueryWord[]): string | undefined {
  const isNoun = (u: string): boolean => words.some((w) => w.word.toLowerCase() === u.toLowerCase() && NAMEABLE(w));
  if (unused.length === 0 || !unused.every(isNoun)) return undefined;
  const spans = spansOf(text, unused)?.sort((x, y) => x.start - y.start);
  const first = spans?.[0];
  const last = spans?.at(-1);
  if (spans === undefined || first === undefined || last === undefined) return undefined;
  const apart = spans.slice(1).some((span, i) => !/^[\s-]*$/u.test(text.slice(spans[i]?.end ?? span.start, span.start)));
  return apart ? undefined : text.slice(first.start, last.end);
}

// A noun of the question: jieba's nouns and names (not verbal nouns, 合作), the English model's.
const NOUN = (w: QueryWord): boolean => (w.latin ? w.pos === 'NOUN' || w.pos === 'PROPN' : /^(?:n(?!v)\w*|j|l)$/u.test(w.tag ?? ''));

/** Whether a conjunct beside an unused word is found in the best passage: it has nouns, and the passage matches every one. */
function besideFound(conjunct: Conjunct, best: Hit, words: readonly QueryWord[], unused: readonly string[], deps: Readers): boolean {
  if (deps.focus.isOrganisation(conjunct) || touchesAny(conjunct, unused)) return false;
  const nouns = words.filter((w) => w.role === 'content' && NOUN(w) && !unused.includes(w.word) && conjunct.words.includes(normalize(w.word)));
  return nouns.length > 0 && nouns.every((w) => best.matchedWords.includes(w));
}

/**
 * What the question is about when the declaration never uses it: what a mention question asks about
 * (传统医学提了吗) when the declaration does not use its words, or a specific word the declaration never
 * uses with only common words of the question found beside it (电动汽车 with 产业 and 支持): the common
 * words alone do not make an answer. (A question asking for a detail is told elsewhere what the
 * declaration says of its subject, and that the detail is not there.) `said` is named in the reason,
 * `names` (default: every absent and unused word) in `absent`.
 */
export function subjectNeverUsed(
  {
    text,
    mention,
    result,
    unused,
    asked,
    best,
    focus,
  }: {
    text: string;
    mention: UnmentionedObject | undefined;
    result: SearchResult;
    unused: string[];
    asked: DetailKind | undefined;
    best: Hit | undefined;
    focus: Focus;
  },
  deps: Readers,
): { said: string[]; names?: string[] } | undefined {
  if (mention?.whole === true) return { said: mention.names, names: mention.names };
  const names = focus.entities.filter((e) => e.present).map((e) => e.surface);
  if (!unusedIsTheSubject(text, unused, asked, best, deps, result.query, names)) return undefined;
  const phrase = unusedPhrase(text, unused, result.query.words);
  return { said: phrase === undefined ? unused : [phrase] };
}

/** What a mention question names beside others that the declaration does not mention (奖学金 in 网络安全和奖学金): named beside the answer. */
export function unmentionedPart(mention: UnmentionedObject | undefined, unused: readonly string[]): string[] {
  return mention === undefined || mention.whole ? [] : mention.names.filter((n) => !unused.some((u) => n.includes(u) || u.includes(n)));
}
