// `npm run eval`: retrieval quality on the shipped evaluation set, by language,
// beside MiniSearch with its default tokenizer and beside each Chinese analysis.
import MiniSearch from 'minisearch';
import { createCore, DEFAULT_INDEX_DIR } from '../src/create-core.js';
import { loadLibrary } from '../src/documents/load.js';
import type { ChineseAnalysis } from '../src/search/analyzer.js';
import { EVAL_SET_PATH, loadEvalSet, type EvalQuestion } from './eval-set.js';
import { NameFinder } from '../src/focus/gazetteer.js';
import { rankingOf, score, type Ranking, type SameName, type Scores } from './metrics.js';

const LANGUAGES = ['zh', 'en', 'mixed'] as const;

const finder = new NameFinder(loadLibrary(DEFAULT_INDEX_DIR).gazetteer);
const entriesOf = (name: string): Set<string> => new Set(finder.find(name).map((m) => m.entry.id));

/** The same words, or a name of the same gazetteer entry (Ukraine for 乌克兰). */
const sameName: SameName = (reported, expected) => {
  const a = reported.toLowerCase();
  const b = expected.toLowerCase();
  if (a.includes(b) || b.includes(a)) return true;
  const ids = entriesOf(expected);
  return [...entriesOf(reported)].some((id) => ids.has(id));
};

function byLanguage(questions: EvalQuestion[], rankings: Ranking[]): Map<string, Scores> {
  const out = new Map<string, Scores>();
  for (const lang of LANGUAGES) {
    const idx = questions.flatMap((q, i) => (q.lang === lang ? [i] : []));
    out.set(
      lang,
      score(
        idx.map((i) => questions[i] as EvalQuestion),
        idx.map((i) => rankings[i] as Ranking),
        sameName,
      ),
    );
  }
  return out;
}

function core(analysis?: ChineseAnalysis): (q: string) => Ranking {
  const c = createCore(analysis === undefined ? {} : { search: { analysis } });
  return (q) => rankingOf(c.ask(q, { limit: 5 }));
}

/** MiniSearch out of the box over the same Chinese and English text: the baseline. */
function defaultMiniSearch(): (q: string) => Ranking {
  const doc = loadLibrary(DEFAULT_INDEX_DIR).documents[0];
  const mini = new MiniSearch<{ id: number; zh: string; en: string }>({ fields: ['zh', 'en'] });
  mini.addAll((doc?.paragraphs ?? []).map((p) => ({ id: p.number, zh: p.text, en: p.english ?? '' })));
  return (q) => {
    const hits = mini.search(q);
    return { refused: hits.length === 0, ranked: hits.slice(0, 5).map((h) => h.id as number) };
  };
}

const pct = (x: number): string => (Number.isNaN(x) ? '   -  ' : x.toFixed(3).padStart(6));

function main(): void {
  const path = process.argv[2] ?? EVAL_SET_PATH;
  const questions = loadEvalSet(path);
  const systems: [string, (q: string) => Ranking][] = [
    ['bot (default)', core()],
    ['bigram only', core('bigram')],
    ['jieba words only', core('jieba')],
    ['Intl.Segmenter+bigram', core('segmenter+bigram')],
    ['MiniSearch default', defaultMiniSearch()],
  ];
  console.log(`Evaluation set: ${String(path)} (${questions.length} questions)`);
  console.log('system                 lang   n(ans/un)  R@1    R@3    MRR    refused-unans  refused-ans  absent-named(n)  missing-named(n)');
  for (const [name, run] of systems) {
    const rankings = questions.map((q) => run(q.question));
    for (const [lang, s] of byLanguage(questions, rankings)) {
      console.log(
        `${name.padEnd(22)} ${lang.padEnd(6)} ${`${s.answerable}/${s.unanswerable}`.padEnd(10)} ${pct(s.recallAt1)} ${pct(s.recallAt3)} ${pct(s.mrr)} ${pct(s.refusedUnanswerable)}         ${pct(s.refusedAnswerable)}       ${pct(s.absentNamed)} (${s.absentLabelled})      ${pct(s.missingNamed)} (${s.missingLabelled})`,
      );
    }
  }
  console.log('Targets: zh R@3 ≥ 0.97, R@1 ≥ 0.90; en R@3 ≥ 0.92, R@1 ≥ 0.80; mixed R@3 ≥ 0.90; unanswerable refused ≥ 0.90; answerable refused ≤ 0.05.');
}

main();
