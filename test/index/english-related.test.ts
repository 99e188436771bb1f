import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACRONYMS_PATH, acronymsRecord } from '../../scripts/english-acronyms.js';
import { SYNONYMS_PATH, synonymsRecord } from '../../scripts/english-synonyms.js';
import { createCore, DEFAULT_INDEX_DIR } from '../../src/create-core.js';
import { loadLibrary } from '../../src/documents/load.js';

const library = loadLibrary(DEFAULT_INDEX_DIR);
const related = library.englishRelated?.();
const acronyms = acronymsRecord();

describe('English acronyms and synonyms of the rendering (index/english-*.json)', () => {
  it('keeps english-acronyms.json equal to what the rendering spells out (run npm run english-acronyms)', () => {
    expect(JSON.parse(readFileSync(ACRONYMS_PATH, 'utf8'))).toEqual(acronyms);
  });

  it('keeps english-synonyms.json equal to what WordNet and the rendering give (run npm run english-synonyms)', () => {
    expect(JSON.parse(readFileSync(SYNONYMS_PATH, 'utf8'))).toEqual(synonymsRecord());
  }, 60_000);

  it('spells out an initialism of hyphenated parts, and shadows no gazetteer name or stop-word', () => {
    expect(related?.acronyms.get('NWFZ')).toEqual(['nuclear-weapon-free zone']);
    const taken = [...library.gazetteer.flatMap((e) => e.en), ...library.stopWords.en].map((n) => n.toUpperCase());
    expect(Object.keys(acronyms.acronyms).filter((a) => taken.includes(a))).toEqual([]);
  });

  it('relates words the rendering never uses to words it does, and not the names of what it never mentions', () => {
    expect(related?.synonyms.n.get('foundation')).toEqual(['basis']);
    expect(related?.synonyms.n.get('progress')).toEqual(['advancement']);
    // A cartel is a trust only in a sense the rendering's trust (confidence) seldom has.
    for (const word of ['vaccine', 'cryptocurrency', 'pipeline', 'semiconductor', 'cartel']) expect(related?.synonyms.n.get(word)).toBeUndefined();
    expect(related?.synonyms.n.get('cooperation')).toBeUndefined();
  });
});

describe('English questions through the related words', () => {
  const core = createCore();
  const first = (q: string): number | undefined => {
    const a = core.ask(q, { limit: 3 });
    return a.kind === 'passages' ? a.passages[0]?.paragraph : undefined;
  };

  it('answers an analyst’s synonym and an acronym as the words the rendering uses', () => {
    expect(first('Any progress on setting up an SCO development bank?')).toBe(83);
    expect(first('What does the declaration say about the Central Asian NWFZ?')).toBe(49);
  });

  it('still refuses what the declaration never mentions, naming it', () => {
    const a = core.ask('Does the SCO mention the Nord Stream pipeline?', { limit: 3 });
    expect(a.kind).toBe('notCovered');
    expect(a.kind === 'notCovered' ? a.absent : []).toContain('pipeline');
  });
});
