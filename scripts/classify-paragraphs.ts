// Run by hand after a change to the text or to the rules:
//   npx tsx scripts/classify-paragraphs.ts [indexDir]
// Writes index/<id>.kinds.json for every document: what the member states do
// in each paragraph, sentence by sentence, with the cue and rule that decided it.
// Review the diff by eye before committing it.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibrary } from '../src/documents/load.js';
import { classifyParagraph, KINDS, RULES } from '../src/highlights/classify.js';
import type { KindsFile } from '../src/highlights/kinds.js';

const indexDir = process.argv[2] ?? 'index';
const library = loadLibrary(indexDir);

for (const doc of library.documents) {
  const file: KindsFile = {
    document: doc.info.id,
    generatedBy: 'scripts/classify-paragraphs.ts',
    kinds: [...KINDS],
    rules: RULES.map((r) => ({ id: r.id, kind: r.kind, cue: r.cue.source, description: r.description })),
    paragraphs: doc.paragraphs.map((p) => {
      const c = classifyParagraph(p.text);
      return {
        paragraph: p.number,
        kinds: c.kinds,
        committing: c.committing,
        sentences: c.sentences.map((s) => ({ text: s.text, kinds: s.kinds, cues: s.cues })),
      };
    }),
  };
  const out = join(indexDir, `${doc.info.id}.kinds.json`);
  writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
  const count = (k: string): number => file.paragraphs.filter((p) => p.kinds.includes(k as (typeof KINDS)[number])).length;
  console.log(`${out}: ${KINDS.map((k) => `${count(k)} ${k}`).join(', ')}, ${file.paragraphs.filter((p) => p.kinds.length === 0).length} with none`);
}
