// A question about an edition (the 18th SCO Forum, 第三届上合医学论坛) is answered only by a passage naming that
// edition: the 19th is not the 18th, and the text's only first meeting, of another body, is no answer. One about the
// previous (上一届峰会, the previous summit) only by a passage telling of it.
import { absentText, NOT_COVERED_TEXT, textFor } from './core-messages.js';
import { type EditionAsked, editionName, editionsAsked, namesEditions, previousAsked } from './focus/ordinals.js';
import type { Language } from './model.js';
import type { Hit } from './search/engine.js';
import type { QueryWord } from './search/query.js';
import { normalize } from './text/normalize.js';

/** The organisation's own names, which every edition of its meetings bears. */
const ORGANISATION = /上海合作组织|上合组织|上合|\bsco\b|\bshanghai cooperation organi[sz]ation\b/gu;

/** How much less of the question a passage naming the edition asked may match than the best passage. */
const EDITION_COVERAGE_SLACK = 0.05;

export interface ByEdition {
  /** The passages that may answer: `found` when no edition is asked, else those naming it. */
  hits: Hit[];
  /** When an edition is asked and none answers: the refusal's reason, the names it says absent, the passages found. */
  unanswered: ((says: Language) => { reason: string; names: string[]; related: Hit[] }) | undefined;
}

// How the declaration would tell of an edition before another. (Not what comes next: it tells that in many ways, 将于,
// 接任, a date after the summit's, so a passage on a forum may well answer 'the next forum'.)
const TELLS_PREVIOUS = /上一次|上一届|上届|上次|前一次|前一届/u;

export function byEdition(text: string, found: Hit[], words: readonly QueryWord[]): ByEdition {
  const previous = previousAsked(text);
  if (previous !== undefined) {
    // What the phrase names besides the order word must be there too: the previous summit is not the previous energy forum.
    const own = words.filter((w) => w.role === 'content' && normalize(previous).includes(normalize(w.word)));
    const telling = found.filter((h) => TELLS_PREVIOUS.test(h.paragraph.text) && own.every((w) => h.matchedWords.includes(w)));
    if (telling.length > 0) return { hits: telling, unanswered: undefined };
    const names = [previous];
    return { hits: [], unanswered: (says) => ({ reason: absentText(names, says), names, related: found }) };
  }
  const editions = editionsAsked(text);
  if (editions.length === 0) return { hits: found, unanswered: undefined };
  // And the event's own name (the first SCO startup forum: startup; 首届上合能源论坛: 能源): the first medical forum is no answer.
  const names = editions.map((e) => normalize(editionName(e)).replace(ORGANISATION, ' ').trim()).filter((n) => n !== '');
  const own = words.filter((w) => w.role === 'content' && w.latin && names.some((n) => n.includes(normalize(w.word))));
  const namesIt = (h: Hit): boolean =>
    own.every((w) => h.matchedWords.includes(w)) && names.every((n) => /[a-z]/u.test(n) || normalize(h.paragraph.text).includes(n));
  const naming = found.filter((h) => namesEditions(h.paragraph.text, editions) && namesIt(h));
  // The first of them must match the question as well as the best passage does.
  if ((naming[0]?.coverage ?? 0) >= (found[0]?.coverage ?? 0) - EDITION_COVERAGE_SLACK) return { hits: naming, unanswered: undefined };
  return { hits: [], unanswered: (says) => ({ ...editionRefusal(editions, naming.length > 0, says), related: found }) };
}

/** Said absent only when no passage names that edition at all (of something else, one may). */
function editionRefusal(editions: readonly EditionAsked[], namedElsewhere: boolean, says: Language): { reason: string; names: string[] } {
  if (namedElsewhere) return { reason: textFor(NOT_COVERED_TEXT, says), names: [] };
  const phrases = editions.map((e) => e.phrase);
  return { reason: absentText(phrases, says), names: phrases };
}
