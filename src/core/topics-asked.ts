import type { Focus } from '../focus/focus.js';
import type { Answer } from '../model.js';
import { asWritten, NAMEABLE } from '../answer-unused.js';
import type { SearchEngine } from '../search/engine.js';
import type { QueryWord } from '../search/query.js';

// What a question asks of the paragraphs it names, besides names (withNamesAsked, ask.ts): a topic they
// do not speak of that others do ('§29 about ceasefire': the ceasefire is §30's). Only said where the
// search finds the topic in other paragraphs: a word found nowhere may be a word read amiss (a typo,
// 'deal' for the JCPOA), and is not said to be absent.

/** The words that name the paragraphs asked for, not what is asked of them. */
const REFERENCE_WORD = /^(?:paragraphs?|paras?|sections?|articles?|points?|clauses?|items?|段|段落|条|款|项|点)$/iu;
/** How many other paragraphs are pointed to for a topic. */
const WHERE_AT_MOST = 3;

/** A noun or name, or in Chinese a word of two characters or more that jieba tags a verb (停火, ceasefire). */
const isTopic = (w: QueryWord): boolean => NAMEABLE(w) || (!w.latin && /^v/u.test(w.tag ?? '') && [...w.word].length >= 2);

/** An English modifier named with the noun after it: 'chemical weapons', not 'chemical'. */
function withHead(question: string, word: string): string {
  const next = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[ -]([a-z]+s?)\\b`, 'iu').exec(question)?.[1];
  return next === undefined || /^(?:and|or|in|of|on|for|to|at|by|with)$/iu.test(next) ? word : `${word} ${next}`;
}

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
