import { fastIgnoreCase } from '../text/fast-ignore-case.js';
// The words of a question that ask for order: what comes next or before (下届, the next summit, the
// predecessor), the paragraph next to another ('the paragraph after the one on X', X那段的下一段), and
// the tense that tells what happened from what is to come.

// Not 以后/以前 (in future, formerly) nor 'following'/'last' (the following areas, at last): they order nothing.
export const AFTER_WORDS = fastIgnoreCase(/之后|下一|下届|下任|下次|接任|接替|继任|\b(?:after|next|succeed(?:s|ed)?|successor|take[sn]? over|upcoming)\b/iu);
// An English question in the past tense asks what happened ('where was the summit held'), not what is to come.
export const PAST = fastIgnoreCase(/\b(?:was|were|did|had)\b/iu);
export const FUTURE = fastIgnoreCase(/\b(?:will|shall|going to|planned|plans?|to be held)\b/iu);
export const BEFORE_WORDS = fastIgnoreCase(/之前|上一|上届|前任|\b(?:before|previous|preceding|prior to|predecessor)\b/iu);
// 'The paragraph (right) after the one on X', 'what comes after the paragraph on X', 'X 那段后面':
// an adverb (right, immediately) may stand before the order word.
const CLOSE_BY = String.raw`(?:(?:right|immediately|directly|just)\s+)?`;
export const NEXT = fastIgnoreCase(
  new RegExp(
    String.raw`下一段|后一段|后面一段|接下来一段|[那这该此]段(?:的)?(?:后面|之后|以后|后边|下面)|\b(?:next|following|subsequent) (?:paragraph|para|section)\b|\b(?:paragraph|para|section) ${CLOSE_BY}(?:after|following)\b|\b${CLOSE_BY}(?:after|following) the (?:paragraph|para|section) (?:on|about|that|which)\b|\b(?:one|comes?|is) ${CLOSE_BY}(?:after|following) the\b`,
    'iu',
  ),
);
export const PREVIOUS = fastIgnoreCase(
  new RegExp(
    String.raw`上一段|前一段|前面一段|[那这该此]段(?:的)?(?:前面|之前|以前|前边|上面)|\b(?:previous|preceding|prior) (?:paragraph|para|section)\b|\b(?:paragraph|para|section) ${CLOSE_BY}(?:before|preceding)\b|\b${CLOSE_BY}(?:before|preceding) the (?:paragraph|para|section) (?:on|about|that|which)\b|\b(?:one|comes?|is) ${CLOSE_BY}(?:before|preceding) the\b`,
    'iu',
  ),
);

// The words that only place what is asked beside what the question names ('the paragraph right
// after the one on X', X那段之后紧跟着的一段): searched for, they would dilute X.
const ORDER_WORDS = fastIgnoreCase(
  new RegExp(
    String.raw`${NEXT.source}|${PREVIOUS.source}|紧跟着|紧接着|紧挨着|紧随其后|[那这该此一]段(?:落)?|段落|\b(?:paragraph|para|section)s?\b|\b(?:right|immediately|directly|just) (?=after|before|following|preceding)|\bthe one\b|\bone(?=\s*[?？.!]*$)`,
    'giu',
  ),
);

/** A question asking for the paragraph next to another, without the words that say so: what is left names the other. */
export function withoutOrderWords(question: string): string {
  return question.replace(ORDER_WORDS, ' ');
}
