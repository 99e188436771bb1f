// Names a question offers as the possible answer rather than as its subject: 'Which UN agencies did
// the Secretariat sign documents with — UNEP, FAO?', 'which bodies, e.g. the CIS or the CSTO?',
// 哪些国家，比如印度？, 是不是中国提的. A passage naming them answers the 'which' or 'who'; a name that is
// the subject (Kazakhstan's fund proposal - who backed it?) does not.
import { normalize } from '../text/normalize.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

// Words that put forward an example or a guess, with nothing that ends the sentence after them.
const EXAMPLE = fastIgnoreCase(
  /(?:\be\.?\s?g\.?|\bfor (?:example|instance)|\bsuch as|\blike|\bincluding|\bsay,|比如|例如|譬如|诸如|像是|是不是|是否是|会不会是)[^?？。!！]*$/iu,
);
// A dash, a colon or a comma that opens a list at the end of the question (where was it held, New Delhi?).
const LIST_OPENER = /\s[-–—]+\s|[—–:：,，]/gu;
// What may stand between the offered names: separators, or/and, etc., a question mark.
const BETWEEN = fastIgnoreCase(
  /^(?:[\s,，、/&.…?？!！()（）]|\bor\b|\band\b|\bthe\b|\bin\b|\betc\b|\bmaybe\b|\bperhaps\b|\bprobably\b|\b(?:was|is|were|are) (?:it|they)\b|\bnot\b|或者|或|和|还是|等等|等|之类|是|吗|呢|吧|在)*$/iu,
);

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where the normalised question names `surface` (a Latin name as a whole word), or -1. */
function at(text: string, surface: string): number {
  const name = normalize(surface);
  if (name === '') return -1;
  const latin = /^[\p{Script=Latin}\d]/u.test(name);
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (!latin || (!WORD_CHAR.test(text[i - 1] ?? '') && !WORD_CHAR.test(text[i + name.length] ?? ''))) return i;
  }
  return -1;
}

/** The surfaces the question offers as its possible answers (see above). */
export function offeredNames(question: string, surfaces: readonly string[]): Set<string> {
  const offered = new Set<string>();
  if (surfaces.length === 0) return offered;
  const text = normalize(question);
  for (const s of surfaces) {
    const i = at(text, s);
    if (i > 0 && EXAMPLE.test(text.slice(0, i))) offered.add(s);
  }
  // A list after a dash, a colon or a comma that holds only names to the end: every one of them is offered
  // (the first such opener, so that '— UNEP, FAO?' offers both).
  for (const opener of text.matchAll(LIST_OPENER)) {
    const tail = text.slice(opener.index + opener[0].length);
    const inTail = surfaces.filter((s) => at(tail, s) >= 0);
    if (inTail.length === 0) continue;
    const rest = [...inTail].sort((a, b) => b.length - a.length).reduce((t, s) => t.split(normalize(s)).join(' '), tail);
    if (!BETWEEN.test(rest)) continue;
    for (const s of inTail) offered.add(s);
    break;
  }
  return offered;
}
