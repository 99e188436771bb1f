// `npx tsx bench/eval-failures.ts eval/heldout-3.jsonl ...`: the bot's figures by set and language,
// and each question it got wrong (for development sets only), one line each.
import { createCore, DEFAULT_INDEX_DIR } from '../src/create-core.js';
import { loadLibrary } from '../src/documents/load.js';
import { NameFinder } from '../src/focus/gazetteer.js';
import { loadEvalSet, type EvalQuestion } from './eval-set.js';
import { rankingOf, score, type Ranking } from './metrics.js';

const core = createCore();
const finder = new NameFinder(loadLibrary(DEFAULT_INDEX_DIR).gazetteer);
const entriesOf = (name: string): Set<string> => new Set(finder.find(name).map((m) => m.entry.id));
/** The same words, or a name of the same gazetteer entry (Ukraine for 乌克兰), as \`npm run eval\` counts it. */
function sameName(reported: string, expected: string): boolean {
  const a = reported.toLowerCase();
  const b = expected.toLowerCase();
  if (a.includes(b) || b.includes(a)) return true;
  const ids = entriesOf(expected);
  return [...entriesOf(reported)].some((id) => ids.has(id));
}

const rank = (q: string): Ranking => rankingOf(core.ask(q, { limit: 5 }));

function wrong(q: EvalQuestion, r: Ranking): string | undefined {
  const got = r.refused
    ? `refused absent=${JSON.stringify(r.absent)} missing=${r.missing ?? '-'}`
    : `answered ${r.ranked.join(',')} absent=${JSON.stringify(r.absent)}`;
  const want = q.expected.length > 0 ? `want ${q.expected.join(',')}` : `want refuse absent=${JSON.stringify(q.absent ?? [])} missing=${q.missing ?? '-'}`;
  if (q.expected.length > 0) return r.refused || r.ranked[0] === undefined || !q.expected.includes(r.ranked[0]) ? `${want} | ${got}` : undefined;
  const absentOk = (q.absent ?? []).every((e) => (r.absent ?? []).some((a) => sameName(a, e)));
  const missingOk = q.missing === undefined || r.missing === q.missing;
  return r.refused && absentOk && missingOk ? undefined : `${want} | ${got}`;
}

const verbose = process.argv.includes('-v');
for (const path of process.argv.slice(2).filter((a) => a !== '-v')) {
  const questions = loadEvalSet(path);
  const rankings = questions.map((q) => rank(q.question));
  for (const lang of ['zh', 'en', 'mixed'] as const) {
    const idx = questions.flatMap((q, i) => (q.lang === lang ? [i] : []));
    if (idx.length === 0) continue;
    const s = score(
      idx.map((i) => questions[i] as EvalQuestion),
      idx.map((i) => rankings[i] as Ranking),
      sameName,
    );
    const f = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
    console.log(
      `${path} ${lang} ${s.answerable}/${s.unanswerable} R@1 ${f(s.recallAt1)} R@3 ${f(s.recallAt3)} refU ${f(s.refusedUnanswerable)} refA ${f(s.refusedAnswerable)} absent ${f(s.absentNamed)} (${s.absentLabelled}) missing ${f(s.missingNamed)} (${s.missingLabelled})`,
    );
  }
  if (verbose)
    questions.forEach((q, i) => {
      const w = wrong(q, rankings[i] as Ranking);
      if (w !== undefined) console.log(`  ${q.id} ${q.question} :: ${w}`);
    });
}
