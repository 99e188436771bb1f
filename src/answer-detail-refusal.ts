// A question about a subject the declaration speaks of, asking a detail it does not give: what it says of
// the subject (the related passages) and that the detail is not there.
import type { Refuse } from './answer-question.js';
import { absentText, missingText, NOT_COVERED_TEXT, textFor } from './core-messages.js';
import { NAMED_THINGS } from './answer-detail.js';
import type { Focus } from './focus/focus.js';
import type { Answer, DetailKind, Language, Passage } from './model.js';

/**
 * The passages about the subject do not give the detail asked: what the declaration says of it, and that the detail is not
 * there; a name it never mentions beside the subject (UNRWA or its funding) is said first.
 */
export function detailRefusal(
  refuse: Refuse,
  { kind, subject, unused, absent, says, focus }: { kind: DetailKind; subject: string; unused: string[]; absent: string[]; says: Language; focus: Focus },
  related: Passage[],
): Answer {
  if (subject === '') return refuse(textFor(NOT_COVERED_TEXT, says), kind, related);
  const called = focus.precision.called === true || focus.precision.theme === true;
  const where = mentioning(
    related.map((p) => p.paragraph),
    focus,
  );
  const missing = missingText(kind, subject, where, says, called);
  const reason = absent.length === 0 ? missing : `${absentText(absent, says)}${says === 'zh' ? '' : ' '}${missing}`;
  return refuse(reason, kind, related, [...absent, ...unused], subject);
}

/**
 * The paragraphs said to mention the subject: when it is a treaty, a body, a programme or an event, only those that name it
 * (the NPT in §50, not §49's other treaty beside it in `related`); all of them when none does.
 */
function mentioning(paragraphs: number[], focus: Focus): number[] {
  const named = focus.entities.filter((e) => e.present && !e.coordinated && NAMED_THINGS.has(e.kind));
  const naming = paragraphs.filter((n) => named.length > 0 && named.every((e) => e.paragraphs.includes(n)));
  return naming.length > 0 ? naming : paragraphs;
}
