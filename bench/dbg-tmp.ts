import { createCore } from '../src/create-core.js';
const core = createCore();
for (const q of process.argv.slice(2)) {
  const r = core.engine.search(q);
  const a = core.ask(q, { limit: 3 });
  console.log('Q', q, '| covered', r.covered, 'min', r.minCoverage, 'unknown', r.unknownTerms, 'names', r.unknownNames);
  console.log('  words', r.query.words.map((w) => `${w.word}/${w.role}/${w.pos ?? w.tag}${w.related ? '~' + w.related : ''}`).join(' '));
  for (const h of r.hits.slice(0, 3)) console.log('  §' + h.paragraph.number, h.score.toFixed(2), h.coverage.toFixed(2), [...h.matched].join(','));
  console.log(
    '  =>',
    a.kind,
    JSON.stringify((a as { absent?: unknown }).absent),
    (a as { missing?: unknown }).missing ?? '',
    a.kind === 'passages' ? a.passages.map((p) => p.paragraph).join(',') : '',
  );
}
