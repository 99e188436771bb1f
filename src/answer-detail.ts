// Whether the passages found for a question give the detail it asks for (a date, a
// place, who, how many): read in the clauses of the quote that speak of the question's
// subject, and for an English question in the English rendering's clauses as well.

import { namesOtherEditions } from './focus/ordinals.js';
import { givesDetail } from './focus/detail-given.js';
import type { Focus, FocusReader } from './focus/focus.js';
import { plain, type DetailKind, type Passage } from './model.js';
import { analyze } from './search/analyzer.js';
import type { Hit } from './search/engine.js';
import { fastIgnoreCase } from './text/fast-ignore-case.js';

/** What the check needs besides the hits: each hit quoted once, the names reader, and the question's own terms. */
export interface DetailCheck {
  quoter: { passage(hit: Hit): Passage; whole(hit: Hit): Passage; use(hit: Hit, passage: Passage): void };
  reader: Pick<FocusReader, 'namesIn' | 'namesOwn'>;
  /** The question's own Chinese terms (weight 1), not the vocabulary's expansions. */
  ownTerms: ReadonlySet<string>;
  english: boolean;
  /** How many of the best passages may give the detail. */
  related: number;
  /** The year the document was made (in its opening paragraph): what is next is not dated before it. */
  made: number | undefined;
  /** The opening paragraph, which says at which meeting the document was made. */
  opening: number;
}

/**
 * For what comes after X (the next capital after Qingdao): the clauses from the last one naming X on,
 * as the text tells what came before X first. All of them for any other question, or when none names X.
 */
function fromOwnName(clauses: readonly string[], focus: Focus, reader: Pick<FocusReader, 'namesOwn'>): readonly string[] {
  if (focus.sequence !== 'after') return clauses;
  let last = clauses.length - 1;
  while (last >= 0 && !reader.namesOwn(clauses[last] ?? '', focus)) last--;
  return last < 0 ? clauses : clauses.slice(last);
}

/**
 * The first of the best passages that gives the detail asked for, or undefined when
 * none does. A year asked about is such a detail too: the best passage must name it.
 */
export function detailGiven(hits: readonly Hit[], focus: Focus, how: DetailCheck): { kind: DetailKind; hit: Hit | undefined } | undefined {
  const { quoter, reader, english, made } = how;
  // 'When is the next meeting': not a clause dated only before the document (the agreement of 2014).
  const notBefore = focus.sequence === 'after' && !focus.past ? made : undefined;
  const best = hits[0];
  if (best === undefined) return undefined;
  // The paragraph after the one naming 2025 need not name it: the year finds the one before.
  if (focus.order !== undefined) return undefined;
  if (!focus.years.every((y) => y.paragraphs.includes(best.paragraph.number))) return { kind: 'date', hit: undefined };
  if (focus.detail === undefined) return undefined;
  const kind = focus.detail;
  // What came of the meeting the document was made at is the document itself (§1: …举行元首理事会会议，并发表宣言如下).
  if (kind === 'outcome' && best.paragraph.number === how.opening) return { kind, hit: best };
  const givenIn = (clauses: readonly string[]): boolean =>
    fromOwnName(clauses, focus, reader).some(
      (clause) =>
        !namesOtherEditions(clause, focus.ordinals) &&
        givesDetail(kind, clause, reader.namesIn(clause, focus), { actor: focus.actor, precision: focus.precision, known: focus.numbers, notBefore }),
    );
  // An English question matches no Chinese term, so its Chinese quote is taken whole: the English
  // rendering's clauses holding its words must give the detail too. Not a body, a person or a thing by
  // name: the rendering words names otherwise than the gazetteer (a Special Working Group).
  const checkEnglish = english && kind !== 'name' && !(kind === 'person' && (focus.actor === 'body' || focus.actor === 'person'));
  // A year's theme is named in the passage's own words, often a clause after the one saying themes are set (§100).
  const whole = focus.precision.themeYear === true;
  const givenBy = (h: Hit, passage: Passage): boolean => {
    if (!givenIn(whole ? [plain(passage.quote)] : subjectClauses(plain(passage.quote), h, kind))) return false;
    if (!checkEnglish || passage.english === undefined) return true;
    return givenIn(whole ? [plain(passage.english)] : englishSubjectClauses(plain(passage.english), h, kind));
  };
  // The sentence giving the detail may match the question less than the one quoted (who proposed
  // the alliance, after a sentence on health care): then the paragraph is quoted whole.
  const gives = (h: Hit): boolean => {
    const quoted = quoter.passage(h);
    if (givenBy(h, quoted)) return true;
    const whole = quoter.whole(h);
    if (plain(whole.quote) === plain(quoted.quote) || !givenBy(h, whole)) return false;
    quoter.use(h, whole);
    return true;
  };
  return { kind, hit: sameSubject(hits, best, focus, how).find(gives) };
}

/** The passages that may give the detail: the best one, and those about the same subject (below); only the best for what comes next. */
function sameSubject(hits: readonly Hit[], best: Hit, focus: Focus, how: Pick<DetailCheck, 'ownTerms' | 'related' | 'opening'>): Hit[] {
  // Another passage may give the detail only if it is about the same subject: it matches every word
  // the best one does, every Chinese term of the question's own it does (环保合作协定's 环保 as well as
  // its 协定), and names every year the question names.
  const subject = contentFound(best);
  const terms = [...best.matched].filter((t) => how.ownTerms.has(t) && /^\p{Script=Han}{2,}$/u.test(t));
  // …and mentions every document, body, programme or event of the question the best one mentions (the gazetteer's
  // mentions, computed from the text): the NPT is §50's treaty, and §49's place of signing is another treaty's; §96's
  // alliance is not the Digital Forum. Not the meeting the opening paragraph says the declaration was made at: the
  // summit recurs, and the next one is written otherwise (§120's 元首理事会下一次会议).
  const kinds = best.paragraph.number === how.opening ? NAMED_INSTRUMENTS : NAMED_THINGS;
  const named = focus.entities.filter((e) => e.present && kinds.has(e.kind) && e.paragraphs.includes(best.paragraph.number));
  // What comes next (the next summit) is the one passage inSequence chose: the summit before it is no answer.
  return hits
    .slice(0, focus.sequence === undefined ? how.related : 1)
    .filter(
      (h) =>
        [...subject].every((w) => contentFound(h).has(w)) &&
        terms.every((t) => h.matched.has(t)) &&
        focus.years.every((y) => y.paragraphs.includes(h.paragraph.number)) &&
        named.every((e) => e.paragraphs.includes(h.paragraph.number)),
    );
}

/** Kinds of named things mentioned by one name each, whose detail is theirs alone: treaties, bodies, programmes. */
export const NAMED_INSTRUMENTS: ReadonlySet<string> = new Set(['document', 'organisation', 'programme']);
/** …and events (a forum, an exercise), each named for itself. */
export const NAMED_THINGS: ReadonlySet<string> = new Set([...NAMED_INSTRUMENTS, 'event']);

/** The question's content words a hit matches (not its verbs or frame words). */
function contentFound(hit: Hit): Set<string> {
  return new Set(hit.matchedWords.filter((w) => w.role === 'content').map((w) => w.word));
}

/**
 * The clauses of an English rendering that hold most of the question's English terms (at
 * least half as many as the clause holding most): '(16 September 2022, Samarkand)' after
 * ', and express their readiness to continue' does not say where the agreement was signed.
 * English parts clauses at a semicolon or a comma before a conjunction; its other commas
 * set off phrases of the same clause ('the initiative of Kazakhstan to establish, within
 * the UN, an agency').
 */
function englishSubjectClauses(rendering: string, hit: Hit, kind?: DetailKind): string[] {
  const terms = [...hit.matched].filter((t) => /^[a-z]{3,}$/u.test(t));
  const parts = partsOf(rendering, ENGLISH_CLAUSE_END, /[.!?]/u);
  const clauses = parts.map((p) => p.clause);
  // The engine finds long English terms as prefixes (sanction → sanctions): so do the clauses.
  const holds = (stems: readonly string[], t: string): boolean => stems.some((s) => s === t || (t.length >= 6 && s.startsWith(t)));
  const scores = clauses.map((c) => terms.filter((t) => holds(clauseStems(c), t)).length);
  const top = Math.max(0, ...scores);
  if (top === 0) return [rendering];
  const kept = clauses.map((_, i) => (scores[i] ?? 0) * 2 >= top);
  // As in Chinese (这一进程): 'recognize the central coordinating role of the UN in this process' speaks of what a clause before it named.
  for (let i = 1; i < clauses.length; i++) if (!kept[i] && kept.slice(0, i).some(Boolean) && POINTS_BACK_ENGLISH.test(clauses[i] ?? '')) kept[i] = true;
  // 'as well as its plans to hold a conference' is the plan of whoever the clause before it names.
  for (let i = clauses.length - 1; i > 0; i--) if (kept[i] && !kept[i - 1] && OWNER_BEFORE_ENGLISH.test(clauses[i] ?? '')) kept[i - 1] = true;
  // …and it goes on with what the clause before it speaks of: the Dushanbe Process, 'as well as its plan to hold … a
  // conference in Kuwait City in November 2024', as the Chinese 以及将…的计划 goes on with the clause before it.
  for (let i = 1; i < clauses.length; i++) if (!kept[i] && kept[i - 1] && OWNER_BEFORE_ENGLISH.test(clauses[i] ?? '')) kept[i] = true;
  if (kind === 'person') keepSentenceOpeners(kept, parts);
  return clauses.filter((_, i) => kept[i]);
}

/** Where the rendering parts clauses: a semicolon, a sentence's end, a comma before a conjunction. */
const ENGLISH_CLAUSE_END = /[;!?]|\.(?=\s|$)|,\s+(?=(?:and|but|while|whereas|as well as)\s)/gu;

/** A clause of a quote, and whether it opens its sentence (whose subject its later clauses share). */
interface Part {
  clause: string;
  opens: boolean;
}

/** The text parted where `ends` matches (outside nothing: English has no brackets to keep whole here); `sentenceEnd` tells which parts end a sentence. */
function partsOf(text: string, ends: RegExp, sentenceEnd: RegExp): Part[] {
  const out: Part[] = [];
  let from = 0;
  let opens = true;
  for (const m of text.matchAll(ends)) {
    const clause = text.slice(from, m.index);
    if (clause.trim() !== '') out.push({ clause, opens });
    if (clause.trim() !== '' || sentenceEnd.test(m[0])) opens = sentenceEnd.test(m[0]);
    from = m.index + m[0].length;
  }
  const last = text.slice(from);
  if (last.trim() !== '') out.push({ clause: last, opens });
  return out;
}

/** A sentence whose subject is the member states together (成员国, the parties): it names no one in particular. */
const COLLECTIVE_SUBJECT = fastIgnoreCase(/^[\s…]*(?:上合组织)?(?:各)?(?:成员国|各方|双方)|^[\s…]*(?:the\s+)?(?:sco\s+)?(?:member\s+states|parties|sides)\b/iu);

/**
 * Keeps the clause that opens the sentence of each clause kept, where it names who does what they say
 * (白俄罗斯…乌兹别克斯坦共和国重申支持…倡议): not where the member states together do it.
 */
function keepSentenceOpeners(kept: boolean[], parts: readonly Part[]): void {
  let opener = 0;
  const openerOf = parts.map((p, i) => {
    if (p.opens) opener = i;
    return opener;
  });
  kept.forEach((k, i) => {
    const o = openerOf[i] ?? i;
    if (k && !COLLECTIVE_SUBJECT.test(parts[o]?.clause ?? '')) kept[o] = true;
  });
}

/** A clause going on with what belongs to the one before it names: 'as well as its plans', 'and their readiness'. */
const OWNER_BEFORE_ENGLISH = fastIgnoreCase(/^\s*(?:and|as well as|while)\s+(?:its|their|his|her)\b/iu);

/** Words inside an English clause that point back to what an earlier clause named: in this process, to this end, in this regard. */
const POINTS_BACK_ENGLISH = fastIgnoreCase(
  /\b(?:this|that|these|such)\s+(?:process|processes|regard|respect|area|areas|field|fields|end|effort|efforts|work|mechanism|context|matter|issue)\b/iu,
);

// The stems of a clause of the English rendering: clauses come from the documents only, so the
// cache is bounded by their sentences; each question asks it of the same few again.
const stemsOfClause = new Map<string, string[]>();

function clauseStems(clause: string): string[] {
  let stems = stemsOfClause.get(clause);
  if (stems === undefined) {
    stems = analyze(clause).map((t) => t.term);
    stemsOfClause.set(clause, stems);
  }
  return stems;
}

/**
 * The clauses of a quote that speak most of the question's subject (hold at least half as many of
 * its matched Chinese terms as the clause holding most): a date or a name elsewhere in the paragraph, or in another clause of the
 * same sentence (the date of another statement named after a comma), belongs to something else.
 * Commas inside brackets and titles do not part clauses: （2024年6月5日至6日，塔什干）.
 */
function subjectClauses(quoted: string, hit: Hit, kind?: DetailKind): string[] {
  const terms = [...hit.matched].filter((t) => /^\p{Script=Han}{2,}$/u.test(t));
  const parts = splitClauses(quoted.replace(/\s+/gu, ''));
  const clauses = parts.map((p) => p.clause);
  const scores = clauses.map((c) => terms.filter((t) => c.includes(t)).length);
  const top = Math.max(0, ...scores);
  if (top === 0) return [quoted];
  const kept = clauses.map((_, i) => (scores[i] ?? 0) * 2 >= top);
  // A clause that opens by pointing back (该机构向安理会报告, 其总部设在…) speaks of the clause before it.
  for (let i = 1; i < clauses.length; i++) if (!kept[i] && kept[i - 1] && ANAPHOR.test(clauses[i] ?? '')) kept[i] = true;
  // A clause naming 'this process' or 'this field' (承认联合国在这一进程中的中心协调作用) speaks of what a clause before it named.
  for (let i = 1; i < clauses.length; i++) if (!kept[i] && kept.slice(0, i).some(Boolean) && POINTS_BACK.test(clauses[i] ?? '')) kept[i] = true;
  // A clause that goes on with the same subject (…于2024年7月4日在阿斯塔纳市举行会议，并发表宣言) is said
  // when and where the clause before it says: that clause speaks of it too.
  for (let i = clauses.length - 1; i > 0; i--) if (kept[i] && !kept[i - 1] && CONTINUES.test(clauses[i] ?? '')) kept[i - 1] = true;
  // Who does what a later clause says is named where its sentence opens (白俄罗斯…乌兹别克斯坦共和国重申支持…，肯定…，包括…对接合作).
  if (kind === 'person') keepSentenceOpeners(kept, parts);
  return clauses.filter((_, i) => kept[i]);
}

/** Words that open a clause going on with the subject and the time of the clause before it: 并, 并且, 同时. */
// 以及 before a verb (以及将同联合国…举行会议的计划) goes on with the subject of the clause before it; before a noun it lists.
const CONTINUES = /^(?:并|并且|同时|随后|进而|以及(?=将|要|拟|愿|同|与|在|向|为))/u;

/** Words inside a clause that point back to what an earlier clause named: 这一进程, 这方面, 上述, 为此 (to this end). */
const POINTS_BACK = /这一?(?:进程|过程|领域|方面|问题|工作|机制|背景)|此(?:方面|领域|进程)|上述|为此|对此|就此/u;

/** Words that open a clause by pointing back to what the clause before it named: 该, 其, 此, 这一, 上述. */
const ANAPHOR = /^(?:该|其|此|这一|这些|这个|上述|并由|由其)/u;

const OPEN = '（(《“「';
const CLOSE = '）)》”」';

/** Clauses parted by 。！？；， outside brackets, titles and quotation marks; those after 。！？ open a sentence. */
function splitClauses(text: string): Part[] {
  const out: Part[] = [];
  let depth = 0;
  let from = 0;
  let opens = true;
  const push = (to: number, end: string): void => {
    const clause = text.slice(from, to);
    if (clause !== '') out.push({ clause, opens });
    if (clause !== '' || /[。！？]/u.test(end)) opens = /[。！？]/u.test(end);
    from = to + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[；。！？;，,]/u.test(ch)) push(i, ch);
  }
  push(text.length, '');
  return out;
}
