// What an English question refused for no unknown word asks about: a phrase of words the declaration uses,
// but never together (net zero, central bank digital currencies). Named, the refusal says what it lacks.
import { asWritten } from './answer-unused.js';
import type { DetailKind } from './model.js';
import type { SearchEngine, SearchResult } from './search/engine.js';
import type { QueryWord } from './search/query.js';

/** A word of the question as typed: letters, digits, inner hyphens and apostrophes. */
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Between two words of one phrase: spaces or a hyphen, nothing that parts phrases (a comma, 'and'). */
const WITHIN_PHRASE = /^[\s-]*$/u;

/**
 * The question's phrases of two or more content words side by side that no paragraph says all of
 * (`covers` tells, by the search, expansions included), as the question writes them.
 */
export function phrasesNeverTogether(text: string, words: readonly QueryWord[], covers: (phrase: string) => boolean): string[] {
  const latin = words.filter((w) => w.latin && w.role === 'content');
  const content = new Set(latin.map((w) => w.word.toLowerCase()));
  // A phrase with a name (Gaza ceasefire deal) is that name's, which the text mentions: it is named for nothing.
  const names = new Set(latin.filter((w) => w.proper || w.pos === 'PROPN').map((w) => w.word.toLowerCase()));
  const nouns = new Set(latin.filter((w) => w.pos === 'NOUN' && !names.has(w.word.toLowerCase())).map((w) => w.word.toLowerCase()));
  if (content.size < 2) return [];
  const runs: string[][] = [];
  let run: string[] = [];
  let end = 0;
  for (const m of text.matchAll(TOKEN)) {
    const isContent = content.has(m[0].toLowerCase());
    const joined = run.length > 0 && WITHIN_PHRASE.test(text.slice(end, m.index));
    if (!isContent || !joined) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
    if (isContent) run.push(m[0]);
    end = m.index + m[0].length;
  }
  if (run.length > 1) runs.push(run);
  // A thing named by two nouns or more (central bank digital currencies), ending in one: not a noun a word qualifies (global response).
  const named = (r: readonly string[]): boolean =>
    nouns.has(r.at(-1)?.toLowerCase() ?? '') && r.filter((t) => nouns.has(t.toLowerCase())).length >= 2 && !r.some((t) => names.has(t.toLowerCase()));
  return runs
    .filter(named)
    .map((r) => r.join(' '))
    .filter((phrase) => !covers(phrase));
}

/**
 * What a question nothing answers is named for: its words the declaration never uses, or when there are none, its
 * Chinese words of any part of speech it never uses in any form (免签, 公投), which say what the question was about;
 * for an English question, its phrases of words the text uses, never together.
 */
export function refusedFor(
  engine: Pick<SearchEngine, 'neverUsed' | 'search'>,
  { text, first, asked }: { text: string; first: SearchResult; asked: DetailKind | undefined },
  unknown: string[],
): string[] {
  if (unknown.length > 0) return unknown;
  const never = engine.neverUsed(first).map((w) => asWritten(text, w));
  if (never.length > 0 || first.query.language !== 'en' || asked !== undefined) return never;
  // Not where a detail is asked: what is missing is the detail, said as such.
  return phrasesNeverTogether(text, first.query.words, (phrase) => (engine.search(phrase).hits[0]?.coverage ?? 0) >= 1);
}
