import type { Focus, FocusEntity } from '../focus/focus.js';
import type { Answer } from '../model.js';
import { asWritten, NAMEABLE } from '../answer-unused.js';
import type { SearchEngine } from '../search/engine.js';
import type { QueryWord } from '../search/query.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

// What a question asks of the paragraphs it names ('§29 about Ukraine', '§29 about ceasefire'), said
// beside them so that they are not taken for an answer they do not give: names the declaration never
// mentions, names and topics it speaks of only elsewhere. A topic is said to be elsewhere only where the
// search finds it in other paragraphs: a word found nowhere may be a word read amiss (a typo, 'deal' for
// the JCPOA), and is not said to be absent.

/** The words that name the paragraphs asked for, not what is asked of them. */
const REFERENCE_WORD = fastIgnoreCase(/^(?:paragraphs?|paras?|sections?|articles?|points?|clauses?|items?|段|段落|条|款|项|点)$/iu);
/** How many other paragraphs are pointed to for a topic. */
const WHERE_AT_MOST = 3;

/** The names a question asks of its paragraphs: those never mentioned are `absent`, those mentioned only in others `elsewhere`. */
export function withNamesAsked(answer: Answer, focus: Focus): Answer {
  if (answer.kind !== 'paragraphs') return answer;
  const shown = new Set(answer.paragraphs.map((p) => p.paragraph));
  // Offered names too: '§29, Ukraine?' offers Ukraine as what §29 may name, and asks it all the same.
  const named = focus.entities;
  const absent = [...new Set(named.filter((e) => !e.present).map((e) => e.name))];
  // Never said of a paragraph that writes the name (§68's 东盟国家, 'ASEAN countries'), whatever the gazetteer counts.
  const writes = (e: FocusEntity): boolean =>
    answer.paragraphs.some((p) => [e.name, e.surface].some((n) => p.text.includes(n) || (p.english ?? '').toLowerCase().includes(n.toLowerCase())));
  const elsewhere = named
    .filter((e) => e.present && !e.paragraphs.some((n) => shown.has(n)) && !writes(e))
    .map((e) => ({ name: e.name, paragraphs: e.paragraphs }))
    .filter((e, i, all) => all.findIndex((o) => o.name === e.name) === i);
  return { ...answer, ...(absent.length > 0 ? { absent } : {}), ...(elsewhere.length > 0 ? { elsewhere } : {}) };
}

/** A noun or name, or in Chinese a word of two characters or more that jieba tags a verb (停火, ceasefire). */
const isTopic = (w: QueryWord): boolean => NAMEABLE(w) || (!w.latin && /^v/u.test(w.tag ?? '') && [...w.word].length >= 2);

/** An English modifier named with the noun after it: 'chemical weapons', not 'chemical'. */
function withHead(question: string, word: string): string {
  const next = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[ -]([a-z]+s?)\\b`, 'iu').exec(question)?.[1];
  return next === undefined || /^(?:and|or|in|of|on|for|to|at|by|with)$/iu.test(next) ? word : `${word} ${next}`;
}

/** The topics a question asks of its paragraphs that only other paragraphs speak of, added to `elsewhere`. */
export function withTopicsAsked(answer: Answer, engine: Pick<SearchEngine, 'search'>, question: string, focus: Focus): Answer {
  if (answer.kind !== 'paragraphs') return answer;
  const result = engine.search(question);
  const shown = new Set(answer.paragraphs.map((p) => p.paragraph));
  const names = focus.entities.map((e) => e.surface.toLowerCase());
  const topics = result.query.words.filter(
    (w) => w.role === 'content' && isTopic(w) && !REFERENCE_WORD.test(w.word) && !names.some((n) => n.includes(w.word.toLowerCase())),
  );
  const elsewhere = [...(answer.elsewhere ?? [])];
  for (const word of topics) {
    const holding = result.hits.filter((h) => h.matchedWords.includes(word));
    if (holding.length === 0 || holding.some((h) => shown.has(h.paragraph.number))) continue;
    const where = holding.slice(0, WHERE_AT_MOST).map((h) => h.paragraph.number);
    elsewhere.push({ name: withHead(question, asWritten(question, word.word)), paragraphs: where });
  }
  return elsewhere.length === 0 ? answer : { ...answer, elsewhere };
}
