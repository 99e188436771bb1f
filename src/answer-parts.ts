// Compound questions ('who takes over the chair, and where is the 2025 summit?', X？Y？): parted, so
// that a part the declaration answers is answered although another part asks a detail it does not give.
import { type Answer, type AnswerOf, type Language, type Passage, plain } from './model.js';
import { pageWindow } from './question-defaults.js';
import { fastIgnoreCase } from './text/fast-ignore-case.js';

// Where a question goes on with another (X? Y? / X, and where is Y / X；Y): a question mark or
// semicolon before more words, or 'and' before a question word.
const NEXT_PART = fastIgnoreCase(
  /[?？;；]+\s*(?=\S)|,?\s+and\s+(?=(?:who|whom|whose|where|when|what|which|how|why|is|are|was|were|does|do|did|will|has|have)\b)/iu,
);

// A list of questions lettered or numbered in brackets: (a) …, (b) …, and (c) ….
const LETTERED = /(?:^|[\s,;:])\(?([a-eA-E1-5])\)\s/gu;
const LETTER_BREAK = /[,;:]?\s*(?:and\s+)?\(?\b[a-eA-E1-5]\)\s+/u;

/** The parts of a compound question, each a question of its own (one part when it is not compound). */
export function questionParts(text: string): string[] {
  const letters = [...text.matchAll(LETTERED)].map((m) => m[1]?.toLowerCase());
  const lettered = letters.includes('a') ? letters.includes('b') : letters.includes('1') && letters.includes('2');
  return (lettered ? text.split(LETTER_BREAK).slice(1) : [text])
    .flatMap((part) => part.split(NEXT_PART))
    .map((part) => part.trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}

/**
 * A compound question refused for a detail ('who takes over the chair, and where is the 2025
 * summit'): each part is asked on its own, as its own subject decides which clauses give its detail.
 * When any part is answered, so is the question: the parts' passages best first in turn, and for a
 * part the declaration does not answer, its reason as the note and its detail as missing.
 */
export function answerByParts(
  { ask, whole }: { ask: (part: string) => Answer; whole: (passage: Passage) => Passage },
  { text, language }: { text: string; language: Language },
  options: { offset?: number; limit?: number },
  parts: readonly string[] = questionParts(text),
): Answer | undefined {
  if (parts.length < 2) return undefined;
  const answers = parts.map(ask);
  const answered = answers.filter((a): a is AnswerOf<'passages'> => a.kind === 'passages');
  if (answered.length === 0) return undefined;
  const refused = answers.filter((a): a is AnswerOf<'notCovered'> => a.kind === 'notCovered');
  const merged = interleave(
    answered.map((a) => a.passages),
    whole,
  );
  const { start, end } = pageWindow(merged.length, options);
  const notes = [...answered.flatMap((a) => (a.note === undefined ? [] : [a.note])), ...refused.map((a) => a.reason)];
  const missing = refused.find((a) => a.missing !== undefined)?.missing;
  return {
    kind: 'passages',
    query: text,
    language,
    passages: merged.slice(start, end),
    offset: start,
    total: merged.length,
    absent: [...new Set([...answered, ...refused].flatMap((a) => a.absent))],
    note: notes.length === 0 ? undefined : notes.join(' '),
    ...(missing === undefined ? {} : { missing }),
  };
}

/**
 * Lists of passages taken in turn, best first, each paragraph once. A paragraph two parts quote
 * differently (§120's next chair, and its next meeting) is quoted whole, so that it answers both.
 */
function interleave(lists: readonly Passage[][], whole: (passage: Passage) => Passage): Passage[] {
  const out: Passage[] = [];
  const at = new Map<string, number>();
  for (let rank = 0; rank < Math.max(0, ...lists.map((l) => l.length)); rank++) {
    for (const list of lists) {
      const passage = list[rank];
      if (passage === undefined) continue;
      const key = `${passage.document.id}§${passage.paragraph}`;
      const kept = at.get(key);
      if (kept === undefined) {
        at.set(key, out.length);
        out.push(passage);
      } else if (plain((out[kept] as Passage).quote) !== plain(passage.quote)) out[kept] = { ...whole(passage), score: (out[kept] as Passage).score };
    }
  }
  return out;
}

// A part asking whether a name is among what another part asks for: 在不在名单里, 在名单里吗, 包不包括, 'is India on the list'.
const MEMBERSHIP = fastIgnoreCase(
  /在不在|在[^，。？?]{0,6}(?:里|中|之内|之列)吗|是否(?:在|包括|列入)|包(?:不包|括不包)括|有没有[^，。？?]{0,8}在内|\b(?:is|are|was|were)\s+(?:\S+\s+){1,3}(?:in|on|among)\s+(?:the\s+|that\s+|this\s+)?(?:list|them|it)\b|\b(?:included|among them)\b/iu,
);

/** Whether the question is compound and a part of it that holds an absent name asks only whether that name is among the rest's answer. */
export function asksMembership(text: string, surfaces: readonly string[]): boolean {
  const parts = questionParts(text);
  return parts.length > 1 && parts.some((part) => MEMBERSHIP.test(part) && surfaces.some((s) => part.includes(s)));
}
