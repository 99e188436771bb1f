// A question that lists topics ('climate and energy', 'Gaza + Afghanistan', 'what does it say about AI
// and about climate change?', '1) AI 2) Gaza'): each topic is a question of its own, when one search
// for all of them finds a passage on only some (src/answer-question.ts asks them one by one).
import type { Hit } from './search/engine.js';
import type { QueryWord } from './search/query.js';
import { normalize } from './text/normalize.js';
import { fastIgnoreCase } from './text/fast-ignore-case.js';

// What asks about the topics as a whole, before them.
const LEAD_IN = fastIgnoreCase(
  /^(?:what(?:'s| is| does)?\s+(?:it|the\s+(?:text|declaration|document)|they)\s+(?:say|said)\s+(?:about|on|re)|what\s+about|anything\s+(?:on|about)|any\s+(?:mention|word)\s+(?:of|on)|does\s+(?:it|the\s+(?:text|declaration))\s+(?:mention|cover|say\s+anything\s+(?:about|on))|tell\s+me\s+about|info\s+on|is\s+there\s+(?:anything|any\s+(?:mention|reference|word|language))\s+(?:on|about|of|to|regarding)|any\s+reference\s+to|do(?:es)?\s+(?:it|they|the\s+(?:text|declaration|leaders))\s+(?:mention|address|talk\s+about|say\s+anything\s+(?:about|on)))\s+/iu,
);
// Between two topics: a comma, and (also), or, plus, vs, &, +, /, as well as; a numbered list's 1) 2).
const JOINER = fastIgnoreCase(
  /\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and\s+also|and\s+about|and\s+on|and|or|plus|vs\.?|versus|as\s+well\s+as)\s+|\s*[&+/]\s*|\s*(?:^|\s)\d[).]\s*/iu,
);
// Chinese lists: 、 between topics, or a numbered list (1）人工智能 2）毒品); not 和, which words hold (和平), nor a comma,
// which parts clauses (气候这块，巴黎协定提到没).
const JOINER_ZH = /\s*、\s*|\s*\d\s*[）)．.、]\s*/u;
// A Chinese part that asks a question of its own is no topic.
const ASKS_ZH = /吗|呢|什么|啥|哪|谁|怎么|如何|是否|有没有|多少|几/u;
/** At most this many characters a Chinese topic. */
const MAX_TOPIC_CHARS = 8;
// A part that asks a question of its own is no topic: compound questions are parted elsewhere (answer-parts.ts).
const ASKS = fastIgnoreCase(/\b(?:who|whom|whose|where|when|what|which|how|why|is|are|was|were|does|do|did|will|has|have|can|should)\b/iu);
const TRAILING = /[\s?？!！.。]+$/u;
// Before a topic: a preposition or an article, which are not part of it (about AI, the dev bank, an Olympic truce).
const LEADING_WORDS = /^(?:about|on|the|an?)\s+/iu;

/** At most this many words a topic: a longer part is a clause, and 'and' joins within it. */
const MAX_TOPIC_WORDS = 4;

// 'and' inside one thing: the MoU between the Secretariat and UNEP; after a dash or a colon, what is asked of a topic (- date and city).
const ONE_THING = fastIgnoreCase(/\bbetween\b|\s[-–—]\s|:/iu);

// The organisation itself, which nearly every paragraph names: beside another topic (SCO and NATO cooperation) it is
// whose, not a topic of its own, and asked alone it would be answered with the opening paragraph.
const THE_ORGANISATION = fastIgnoreCase(/^(?:the\s+)?(?:sco|shanghai\s+cooperation\s+organi[sz]ation)(?:['’]s)?$|^(?:上合组织|上合|上海合作组织)$/iu);

/** The topics a question lists (two to four, each one to four words), or none when it lists none. */
export function topicParts(text: string): string[] {
  const parts = listedParts(text).filter((p) => !THE_ORGANISATION.test(p));
  return parts.length < 2 ? [] : parts;
}

function listedParts(text: string): string[] {
  if (/\p{Script=Han}/u.test(text)) return ONE_THING.test(text) ? [] : chineseTopics(text);
  const embedded = embeddedList(text);
  if (embedded.length > 0) return embedded;
  if (ONE_THING.test(text)) return [];
  const body = text.trim().replace(TRAILING, '').replace(LEAD_IN, '');
  const parts = body
    .split(JOINER)
    .map((p) => p.replace(LEADING_WORDS, '').trim())
    .filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 6) return [];
  const topic = (p: string): boolean => !ASKS.test(p) && p.split(/\s+/u).length <= MAX_TOPIC_WORDS;
  return parts.every(topic) ? parts : [];
}

// Where a sentence sets out a list of its own: after a colon, between dashes or after one to the end, or after 'such as' / 'e.g.' / 'including'.
const LIST_SPAN = fastIgnoreCase(
  /:\s*([^:?!.—–]+)|\s[—–-]\s+([^—–?!.]+?)(?:\s+[—–-]\s|\s*[?!.]*$)|\b(?:such\s+as|e\.g\.,?|including|namely|like)\s+([^:?!.—–]+)/giu,
);
/** At least this many items make a list set out inside a longer question (two may be one thing: date and city). */
const MIN_EMBEDDED_ITEMS = 3;
/** At most this many words an item of such a list (the security belt around Afghanistan). */
const MAX_ITEM_WORDS = 7;

/**
 * The items of a list a longer question sets out inside it ('Tajikistan's initiatives — the Dushanbe Process,
 * the security belt around Afghanistan and the antimonopoly meeting — where are they covered?'): three or
 * more, each a phrase of a few words asking nothing. Each is a topic of its own.
 */
function embeddedList(text: string): string[] {
  for (const m of text.matchAll(LIST_SPAN)) {
    const span = m[1] ?? m[2] ?? m[3] ?? '';
    const items = span
      .split(JOINER)
      .map((p) => p.replace(LEADING_WORDS, '').trim())
      .filter((p) => p !== '');
    // Single words after a question (culinary, medical, eco) are examples of what it asks, not things of their own.
    const item = (p: string): boolean => !ASKS.test(p) && p.split(/\s+/u).length >= 2 && p.split(/\s+/u).length <= MAX_ITEM_WORDS;
    if (items.length >= MIN_EMBEDDED_ITEMS && items.length <= 6 && items.every(item)) return items;
  }
  return [];
}

/**
 * Whether a passage matches a content word of every topic: the question's content words, each taken as
 * the topic's whose words hold it. A topic none of whose words the text uses (`unknown`: WTO, Mars) is
 * said absent already, and no other passage would speak of it.
 */
export function speaksOfEvery(hit: Hit, topics: readonly string[], words: readonly QueryWord[], unknown: readonly string[]): boolean {
  const matched = new Set(hit.matchedWords.map((w) => w.word.toLowerCase()));
  const isUnknown = (w: QueryWord): boolean => unknown.some((u) => u.toLowerCase() === w.word.toLowerCase());
  return topics.every((topic) => {
    const own = words.filter((w) => w.role === 'content' && normalize(topic).includes(w.word.toLowerCase()));
    return own.length === 0 || own.every(isUnknown) || own.some((w) => matched.has(w.word.toLowerCase()));
  });
}

/** The topics of a Chinese list (人工智能、毒品、旅游; 1）人工智能 2）毒品), each short and asking nothing. */
function chineseTopics(text: string): string[] {
  const parts = text
    .trim()
    .replace(/[\s?？!！。]+$/u, '')
    .split(JOINER_ZH)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 6) return [];
  return parts.every((p) => !ASKS_ZH.test(p) && [...p].length <= MAX_TOPIC_CHARS) ? parts : [];
}
