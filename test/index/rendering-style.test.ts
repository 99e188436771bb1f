import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX_DIR } from '../../src/create-core.js';
import { loadLibrary } from '../../src/documents/load.js';

// Consistency of the project's English rendering (index/*.en.json): one name, one tense, one spelling.
const library = loadLibrary(DEFAULT_INDEX_DIR);
const paragraphs = library.documents.find((d) => d.info.id === 'astana-declaration-2024')?.paragraphs ?? [];
const where = (test: (english: string) => boolean): string[] => paragraphs.filter((p) => test(p.english ?? '')).map((p) => `§${p.number}`);

// The declaration reports what the Member States do now ('note', 'welcome'); acts of this meeting may be
// 'have adopted', 'have decided'. Dated past events keep the past ('was adopted on 29 May 2024').
const REPORTING_PAST =
  /(?<!\bhave\s)\b(?:noted|welcomed|stressed|took note|expressed|reaffirmed|agreed|decided|appreciated|assessed|encouraged|emphasized|supported|considered|issued)\b/u;

// Words whose -ise is not the -ize suffix, and proper names that spell themselves with -ise.
const NOT_IZE =
  /\b(?:rise|rises|exercise|exercises|raising|enterprises|promise|otherwise|comprise|comprises|expertise|compromise|revise|advise|precise|concise|Organisation for the Prohibition of Chemical Weapons)\b/gu;
const ISE = /\b\p{L}+is(?:e|es|ed|ing|ation|ations)\b/u;

describe('English rendering style', () => {
  it('checks the whole declaration', () => {
    expect(paragraphs).toHaveLength(120);
  });

  it('calls 元首理事会 the Council of Heads of State, as the SCO Charter does', () => {
    expect(where((en) => en.includes('Heads of State Council'))).toEqual([]);
    expect(paragraphs.filter((p) => p.text.includes('元首理事会') && !(p.english ?? '').includes('Council of Heads of State')).map((p) => p.number)).toEqual(
      [],
    );
    expect(library.glossary.find((g) => g.zh === '元首理事会')?.en[0]).toBe('Council of Heads of State');
  });

  it('reports in the present tense throughout', () => {
    expect(where((en) => REPORTING_PAST.test(en))).toEqual([]);
  });

  it('spells -ize throughout, except proper names', () => {
    expect(where((en) => ISE.test(en.replace(NOT_IZE, '')))).toEqual([]);
  });
});
