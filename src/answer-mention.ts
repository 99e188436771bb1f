// Questions that ask whether the declaration mentions something: 传统医学提了吗, 有没有提洗钱,
// 'any mention of deepfakes?', 'blockchain mentioned?'. What they ask about is that phrase, as
// worded: the declaration mentions it only where it writes the phrase's words, or words the vocabulary
// says are the same. A word the search finds through a kindred one (洗钱 through 融资, 签证便利 through
// 旅游: index/kindred.json) is not the declaration mentioning it.
import type { Focus } from './focus/focus.js';
import { escapeRegExp, type Span, searchable, spansOf } from './question-spans.js';
import type { SearchEngine } from './search/engine.js';
import type { WrittenText } from './search/written-text.js';
import type { QueryWord } from './search/query.js';
import { NAMEABLE } from './answer-unused.js';
import { isHan, normalize } from './text/normalize.js';
import { fastIgnoreCase } from './text/fast-ignore-case.js';

/** What a question asks the declaration to mention, when the declaration does not. */
export interface UnmentionedObject {
  /** What is not mentioned, as the question has it: each run of its words the declaration does not use. */
  names: string[];
  /** Nothing the object names is mentioned (else one of several things is, and the rest is answered). */
  whole: boolean;
}

// Verbs of mentioning; a bare 提 not when it begins another word (提出, 提供, 提升, 提高, 提议, 提质…).
const ZH_VERB =
  '(?:提没提|说没说|讲没讲|谈没谈|提到|提及|提起|提过|提(?![出供升高议交名醒倡前质案速炼拔纲示携问取款请])|说到|讲到|谈到|谈及|写到|写进去|写进|写入|涉及|点到)';
const ZH_END = '(?:了|过)?(?:吗|没有|没|嘛|么|呢|不)?(?:啊|呀|吧|哈|哦|呢)?[？?。！!\\s]*$';
const ZH_TAIL = '(?:的?(?:内容|事情?|问题|情况|字眼|表述))?';
// Not a particle, nor the rest of the verb (提到了吗 is not 提 + 到了).
const ZH_OBJECT = '(?<object>(?![了过吗没呢嘛么不到及起的])[^，,。？?！!；;、\\s]{2,16}?)';
/** 有没有提洗钱, 提没提签证便利化, 宣言提到洪灾了吗: the verb, then what is asked about, then the end. */
const ZH_VERB_FIRST = new RegExp(`(?:有没有|有无|是否|有|没)?${ZH_VERB}(?:到|及)?(?:了|过)?${ZH_OBJECT}${ZH_TAIL}${ZH_END}`, 'u');
/** 传统医学提了吗, 劳务移民的权益保障 涉及没: what is asked about, then the verb, then the end. */
const ZH_OBJECT_FIRST = new RegExp(`(?:^|[，,。？?！!；;\\s])${ZH_OBJECT}${ZH_TAIL}\\s*(?:有没有|有无|是否|有|被)?${ZH_VERB}${ZH_END}`, 'u');
/**
 * 有没有设专门的奖学金, 是否成立了联合基金: whether something was made or set up is whether the declaration
 * speaks of it, asked with the question's own particle before the verb (设 alone is no question).
 */
const ZH_MADE_FIRST = new RegExp(
  `(?:有没有|有无|是否)(?:设立|设|建立|建|成立|出台|推出|制定|提出|定|搞|打算搞|计划搞)(?:了|过)?${ZH_OBJECT}${ZH_TAIL}${ZH_END}`,
  'u',
);
/** 打击人口贩卖 有相关合作吗, 芯片合作宣言里有吗: what is asked about, then whether there is any. */
const ZH_THERE_IS = new RegExp(
  `(?:^|[，,。？?！!；;\\s])${ZH_OBJECT}${ZH_TAIL}\\s*(?:有没有|有(?:相关|专门|具体)?的?(?:合作|内容|表述|说法|提法|安排|规定)?)(?:吗|没有|没|嘛|么|不)[？?。！!\\s]*$`,
  'u',
);
/**
 * The document itself, named in the question (这份宣言里, 文件中), and the part of it the question points to
 * (卫生合作那块): where to look, never what it is asked to mention.
 */
const ZH_WHERE = /(?:这份|本|该)?(?:宣言|文件|文本)(?:里面|里|中|上)?|那一段|那段|那部分|那块|这部分|这段|这块|板块|章节|部分里|里面/gu;
/** A question about what the text says of something (提到了哪些国家) asks for content, not whether it is mentioned. */
const ZH_ASKS_CONTENT = /什么|哪|啥|谁|多少|几|怎么|如何|咋/u;

const EN_PATTERNS = [
  fastIgnoreCase(/\b(?:any|a|no)\s+mentions?\s+of\s+(?<object>[^?.!,;:]+)/iu),
  fastIgnoreCase(/\b(?:does|did|do)\s+(?:it|they|the\s+(?:text|declaration|document))\s+(?:ever\s+|even\s+|actually\s+)?mention\s+(?<object>[^?.!,;:]+)/iu),
  // The spaces after the opening are taken at once ((?=(\s*))\1 cannot give any back): no backtracking through a long run of them.
  fastIgnoreCase(
    /(?:^|[-–—:,;.?!])(?=(\s*))\1(?:(?:is|are|was|were)\s+)?(?<object>[^\s?.!,;:–—-][^?.!,;:–—-]{0,120}?)\s+(?:even\s+|ever\s+|actually\s+|at\s+all\s+)?(?:mentioned|referenced)\b/iu,
  ),
  // 'semiconductor supply chains - covered?', 'CPEC — anything?': the topic first, then the question whether it is there.
  fastIgnoreCase(
    /^(?<object>[^?.!,;:–—-]+?)(?=(\s*))\2[-–—:]\s*(?:is it |are they |was it |were they )?(?:covered|addressed|in there|anything|any mention)\b/iu,
  ),
  // 'did they float anything on …', 'any language on …', 'anything about …'.
  fastIgnoreCase(/\b(?:anything|any (?:language|wording|reference|line|commitment)s?)\s+(?:on|about|regarding|concerning)\s+(?<object>[^?.!;:]+)/iu),
];
// An object that asks for content (what, which…) or holds a clause of its own ('acts on their own soil that violate
// others' sovereignty') is a question about what the text says of something, not whether it names it.
const EN_ASKS_CONTENT = fastIgnoreCase(/\b(?:what|which|who|whom|whose|how|where|when|that|whether)\b/iu);

/** The part of the question it asks the declaration to mention, or undefined when it asks no such thing. */
export function mentionObject(question: string): string | undefined {
  if (/\p{Script=Han}/u.test(question)) {
    const text = normalize(question).replace(ZH_WHERE, ' ');
    const found = ZH_VERB_FIRST.exec(text) ?? ZH_OBJECT_FIRST.exec(text) ?? ZH_MADE_FIRST.exec(text) ?? ZH_THERE_IS.exec(text);
    const object = found?.groups?.object;
    // 是谁提的主意 asks who, not whether: a question word in the clause of the verb asks for content.
    const clause =
      text
        .slice(0, found?.index ?? 0)
        .split(/[，,。？?！!；;]/u)
        .at(-1) ?? '';
    return object === undefined || object.startsWith('的') || ZH_ASKS_CONTENT.test(object + clause) ? undefined : object;
  }
  for (const pattern of EN_PATTERNS) {
    const object = pattern.exec(question)?.groups?.object?.trim();
    if (object !== undefined && object !== '' && !EN_ASKS_CONTENT.test(object)) return object;
  }
  return undefined;
}

/** The question's words inside the object: its content words, not the names the focus has already read. */
function objectWords(object: string, words: readonly QueryWord[], focus: Focus): QueryWord[] {
  const inObject = normalize(object);
  const named = (w: QueryWord): boolean => focus.entities.some((e) => normalize(e.surface).includes(normalize(w.word)));
  return words.filter((w) => {
    if (w.role !== 'content' || named(w)) return false;
    const word = normalize(w.word);
    // A Latin word stands apart from Latin letters and digits; Chinese characters beside it do not join it (区块链和ai).
    return w.latin
      ? new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${escapeRegExp(word)}(?![\\p{Script=Latin}\\p{N}])`, 'u').test(inObject)
      : inObject.includes(word);
  });
}

/** What the checks consult: the documents' text, and how common a word is. */
type Texts = Pick<SearchEngine, 'written' | 'isGeneric'>;

/**
 * Whether the documents write a Chinese word: as it is; as the abbreviation it may be, its characters in
 * order close together (上合大学 in 上合组织大学); with one character more than a word they write (数字化 for
 * 数字); or as two words they write in one paragraph; and so as the vocabulary says it otherwise (军火走私 as
 * 武器走私, 网络安全 as 信息安全: WrittenText.saidOtherwise). Not through a kindred word (洗钱 is not 融资).
 */
function writes(word: string, text: WrittenText): boolean {
  return [word, ...text.saidOtherwise(word)].some((w) => writtenAsIs(w, text));
}

function writtenAsIs(word: string, text: WrittenText): boolean {
  const literal = (w: string): boolean => text.holdsTogether([w]);
  if (literal(word) || text.holdsInOrder(word)) return true;
  const chars = [...word];
  if (chars.length >= 3 && chars.some((_, i) => i > 0 && literal(chars.filter((__, j) => j !== i).join('')))) return true;
  for (let cut = 2; cut <= chars.length - 2; cut++) {
    const parts = [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
    if (parts.every(literal) && text.holdsTogether(parts)) return true;
  }
  return false;
}

/** An English word the documents never use that begins one they do (agri, demo, sci): a clipped word, not another subject. */
const clipped = (word: string, text: WrittenText): boolean => /^[a-z]{3,}$/u.test(word) && text.beginsAWord(word);

// The things an object names one beside another (传统医学和中医, gun running / arms smuggling): asked
// whether any is mentioned, the declaration mentions the object when it mentions one of them.
const ALTERNATIVES = fastIgnoreCase(/\s*(?:\/|\bor\b|\band\b|&|,|\s[-–—]\s|或者|或是|或|还是|以及|和|与|及|、)\s*/iu);

/**
 * The words that keep a thing an object names from being mentioned: a word of it the documents never
 * use (`unused`, not a clipped word), or a Chinese noun they never write. A common noun last, after a
 * specific word they write (多极化趋势), is the head of a phrase whose specific word is found: not what is
 * asked about (关键矿产 is: 关键 is no specific word).
 */
function unmentionedWords(words: readonly QueryWord[], engine: Texts, unused: readonly string[]): QueryWord[] {
  const isUnused = (w: QueryWord): boolean => unused.some((u) => u.toLowerCase() === w.word.toLowerCase()) && !clipped(w.word.toLowerCase(), engine.written);
  const isWritten = (w: QueryWord): boolean => w.latin || ([...w.word].length >= 2 && writes(normalize(w.word), engine.written));
  return words.filter((w, i) => {
    if (isUnused(w)) return true;
    // A noun, or a word the vocabulary marks as only kindred to what it stands for (洗钱, which jieba tags a verb).
    if (w.latin || !(NAMEABLE(w) || engine.written.isKindred(normalize(w.word))) || [...w.word].length < 2 || isWritten(w)) return false;
    const commonHead = i === words.length - 1 && i > 0 && engine.isGeneric(w) && words.slice(0, i).some((m) => isWritten(m) && !engine.isGeneric(m));
    return !commonHead;
  });
}

/**
 * What the question asks the declaration to mention, when the declaration does not: every thing the
 * object names has words the declaration never uses or writes (unmentionedWords), named as the question
 * has them. Undefined when the question asks no such thing, or the declaration mentions it.
 */
export function unmentionedObject(
  question: string,
  words: readonly QueryWord[],
  focus: Focus,
  engine: Texts,
  unused: readonly string[],
): UnmentionedObject | undefined {
  const object = mentionObject(question);
  if (object === undefined) return undefined;
  const inObject = objectWords(object, words, focus);
  // A thing named by a name the declaration mentions (the Belt and Road in 'chips and the Belt and Road') is
  // mentioned: the name is kept whole while the object is parted, and its part has nothing unmentioned.
  const NAME = '\u0000';
  const marked = focus.entities.filter((e) => e.present).reduce((text, e) => text.split(normalize(e.surface)).join(` ${NAME} `), normalize(object));
  const parts = marked
    .split(ALTERNATIVES)
    .map((part) => ({ named: part.includes(NAME), found: objectWords(part, inObject, focus) }))
    .filter(({ named, found }) => named || found.length > 0)
    .map(({ named, found }) => (named ? [] : unmentionedWords(found, engine, unused)));
  const unmentioned = parts.flat();
  if (unmentioned.length === 0) return undefined;
  const names = phrasesOf(question, object, unmentioned);
  return names === undefined ? undefined : { names, whole: parts.every((part) => part.length > 0) };
}

/**
 * Each run of these words in the question, as it has them (Chinese as the search read it: simplified):
 * English words with only spaces or hyphens between are one run ('Golden Crescent'); Chinese words are
 * named one by one (芯片, 半导体), each with a last character the cut left on its own (页岩 + 气).
 */
function phrasesOf(question: string, object: string, words: readonly QueryWord[]): string[] | undefined {
  const spans: Span[] | undefined = spansOf(
    question,
    words.map((w) => w.word),
  )?.sort((a, b) => a.start - b.start);
  if (spans === undefined || spans.length === 0) return undefined;
  const text = searchable(question);
  const runs: Span[] = [];
  for (const span of spans) {
    const last = runs.at(-1);
    const latin = !isHan(text[span.start] ?? '');
    if (last !== undefined && latin && /^[\s-]*$/u.test(text.slice(last.end, span.start))) last.end = span.end;
    else runs.push({ ...span });
  }
  return runs.map(({ start, end }) => {
    const to = isHan(text[end] ?? '') && normalize(object).endsWith(text.slice(start, end + 1)) ? end + 1 : end;
    return (isHan(text[start] ?? '') ? text : question).slice(start, to);
  });
}
