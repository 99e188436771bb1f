// Things known by their number: 'resolution 2720', 'UNSC Res. 2712', 'decision No. 15', 第2720号决议. A
// number the declaration never writes names something it does not mention, however much of the
// rest of the question it shares (§48 cites resolution 2231 of the Security Council; a question
// about resolution 2720 on Gaza is not answered by it).

import { isCoordinated } from './conjuncts.js';
import type { FocusEntity } from './focus.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

/** A numbered name as the question writes it, and its number. */
export interface NumberedName {
  surface: string;
  digits: string;
}

const ENGLISH = fastIgnoreCase(
  /\b(?:(?:UNSC|UNGA|UN|Security Council|General Assembly)\s+)?(?:resolutions?|res\.|decisions?|decrees?|directives?)\s*(?:no\.?\s*|number\s*|#\s*)?(\d{2,5})(?!\d)/giu,
);
const CHINESE = /第?\s*(\d{2,5})\s*号\s*(?:决议|决定|令|文件)/gu;

export function numberedNames(question: string): NumberedName[] {
  const text = question.normalize('NFKC');
  const out: NumberedName[] = [];
  for (const m of [...text.matchAll(ENGLISH), ...text.matchAll(CHINESE)]) out.push({ surface: m[0].trim(), digits: m[1] ?? '' });
  return out.filter((n, i) => out.findIndex((o) => o.digits === n.digits) === i);
}

/** What the question names by a number no paragraph writes (resolution 2720): absent, as a title the text never names is. */
export function unwrittenNumbers(question: string, writesNumber: (digits: string) => boolean): FocusEntity[] {
  return numberedNames(question)
    .filter((n) => !writesNumber(n.digits))
    .map((n) => ({
      id: `number:${n.digits}`,
      kind: 'document' as const,
      name: n.surface,
      surface: n.surface,
      coordinated: isCoordinated(question, n.surface),
      present: false,
      paragraphs: [],
    }));
}
