// What a name stands beside in a question: X and Y, X、Y, X等Y, such as X, including X. A name
// beside things the declaration covers leaves the rest to be answered (src/answer-question.ts).
import { runs, taggedWords } from '../search/analyzer.js';
import { normalize } from '../text/normalize.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

// Words that put a name beside others: X and Y, X、Y, X等Y, such as X, including X.
// Not a comma: '乌克兰，反恐合作怎么样' asks about Ukraine first and counter-terrorism after.
const BEFORE = fastIgnoreCase(/(?:和|与|及|以及|或|、|\band|\bor|such as|including|like|e\.g\.)\s*$/iu);
const AFTER = fastIgnoreCase(/^\s*(?:和|与|及|以及|或者|或|等|之类|、|and\b|or\b|etc\b)/iu);

/**
 * Whether Chinese words before 和, 与 or 及 end with a verb or an adverb (宣言里说和金砖国家怎么合作,
 * 上合打算与X合作): then 和 is a preposition ('cooperate with X'), and what precedes is no thing beside X.
 */
function endsWithVerb(words: string): boolean {
  const run = runs(words).at(-1);
  if (run === undefined || run.end !== words.length || !/\p{Script=Han}$/u.test(run.term)) return false;
  const tag = taggedWords(run).at(-1)?.tag ?? '';
  return /^(?:v(?!n)|d|p|r|u|c)/u.test(tag);
}

/** The words on one side of a conjunction next to a name, normalised. */
export interface Conjunct {
  side: 'left' | 'right';
  words: string;
}

/** Whether a name stands beside other things in the question rather than as its one subject. */
export function isCoordinated(question: string, surface: string): boolean {
  // Names were found in normalised text (simplified, lower case): look for them there.
  const text = normalize(question);
  const at = text.indexOf(normalize(surface));
  if (at < 0) return false;
  return BEFORE.test(text.slice(0, at)) || AFTER.test(text.slice(at + normalize(surface).length));
}

/**
 * What a name stands beside in the question, normalised: the words before it when a
 * conjunction joins them (`left`), the words after it when one does (`right`).
 */
export function conjunctsOf(question: string, surface: string): Conjunct[] {
  const text = normalize(question);
  const name = normalize(surface);
  const at = text.indexOf(name);
  if (at < 0 || name === '') return [];
  const out: Conjunct[] = [];
  const before = BEFORE.exec(text.slice(0, at));
  const left = before === null ? '' : text.slice(0, before.index).trim();
  if (before !== null && !endsWithVerb(left)) out.push({ side: 'left', words: left });
  const after = AFTER.exec(text.slice(at + name.length));
  if (after !== null) out.push({ side: 'right', words: text.slice(at + name.length + after[0].length).trim() });
  return out.filter((c) => /[\p{L}\p{N}]/u.test(c.words));
}
