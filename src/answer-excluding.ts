// What a question sets aside ('anything on nuclear issues besides the Iran deal?', 'Which Tajik initiatives
// appear, excluding the Dushanbe Process?', 阿富汗除了包容性政府还说了啥): the rest of the question is
// answered without the passage about what it sets aside, which the asker already knows.
import type { Answer, Passage } from './model.js';
import { pageWindow, QUESTION_DEFAULTS } from './question-defaults.js';
import { fastIgnoreCase } from './text/fast-ignore-case.js';

/** The question without what it sets aside, and what it sets aside. */
export interface Excluding {
  rest: string;
  excluded: string;
}

// 'besides X', 'other than X', 'not counting X' up to a comma or the end; at the start, up to the comma after it.
const SET_ASIDE_EN = fastIgnoreCase(
  /(?:^|[\s,;(—–-]+)(?:besides|apart from|aside from|other than|except(?: for)?|excluding|not counting|leaving aside)\s+((?:the\s+)?[^,?;.!()—–]+?)\s*(?=[,?;.!()—–]|$)/iu,
);
// 除了X(以外/之外)，还/也/另外/其他…: what follows asks for more.
const SET_ASIDE_ZH = /除了\s*([^，,。？?！!]+?)\s*(?:以外|之外|外)?\s*[，,]?\s*(?=还|也|另外|其他|其它|别的)/u;

// A question about the rest of one passage (NPT那段除了防扩散还讲了啥, the rest of the paragraph) sets nothing aside.
const ONE_PASSAGE = fastIgnoreCase(/那段|这段|那一段|这一段|那部分|这部分|那条|这条|\b(?:paragraph|para|section|passage|clause|list)\b/iu);

/** What the question sets aside, if it sets aside anything and asks something else beside it. */
export function excludedPart(text: string): Excluding | undefined {
  if (ONE_PASSAGE.test(text)) return undefined;
  const match = SET_ASIDE_ZH.exec(text) ?? SET_ASIDE_EN.exec(text);
  const excluded = match?.[1]?.replace(/^the\s+/iu, '').trim();
  if (match === undefined || match === null || excluded === undefined || excluded === '') return undefined;
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
    .replace(/\s+/gu, ' ')
    .replace(/^[\s,;，；、]+/u, '')
    .trim();
  return /[\p{L}\p{N}]/u.test(rest) ? { rest, excluded } : undefined;
}

/** The question as asked, and which of its passages are shown. */
interface Asked {
  text: string;
  offset?: number;
  limit?: number;
}

/**
 * The answer to the rest of the question without the paragraph the set-aside part is answered by, when that
 * paragraph is what the rest finds, or what the whole question finds first, or the whole question is refused
 * (its set-aside words the text does not say so). Otherwise the whole question's answer (`whole`): the rest
 * alone finds nothing else (除了政策沟通还有哪些: the other connectivities are §12's too), or nothing set aside.
 */
export function answerExcluding(excluding: Excluding, question: Asked, ask: (text: string, limit: number) => Answer, whole: () => Answer): Answer {
  const known = ask(excluding.excluded, 1);
  const setAside = known.kind === 'passages' ? known.passages.slice(0, 1) : [];
  const rest = setAside.length === 0 ? undefined : ask(excluding.rest, QUESTION_DEFAULTS.maxLimit);
  if (rest?.kind !== 'passages') return whole();
  const isSetAside = (p: Passage): boolean => setAside.some((s) => s.paragraph === p.paragraph && s.document.id === p.document.id);
  const others = rest.passages.filter((p) => !isSetAside(p));
  if (others.length === 0) return whole();
  if (others.length === rest.passages.length) {
    const first = whole();
    if (first.kind === 'passages' && (first.passages[0] === undefined || !isSetAside(first.passages[0]))) return first;
  }
  const { start, end } = pageWindow(others.length, question);
  return { ...rest, query: question.text, passages: others.slice(start, end), offset: start, total: others.length };
}
