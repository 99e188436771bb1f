import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX_DIR } from '../../src/create-core.js';
import { loadLibrary } from '../../src/documents/load.js';
import { splitSentences } from '../../src/documents/split.js';
import { normalize } from '../../src/text/normalize.js';

const library = loadLibrary(DEFAULT_INDEX_DIR);
const declaration = library.documents.find((d) => d.info.id === 'astana-declaration-2024');
const text = normalize(declaration?.paragraphs.map((p) => p.text).join('\n') ?? '');

describe('index data', () => {
  it('has the declaration', () => {
    expect(declaration?.paragraphs).toHaveLength(120);
  });

  it('gives every paragraph exactly one English rendering', () => {
    expect(declaration?.paragraphs.filter((p) => (p.english ?? '').trim().length < 20).map((p) => p.number)).toEqual([]);
  });

  // An elided quote shows the English of the quoted sentences only, found by position.
  it('gives every Chinese sentence of every paragraph exactly one non-empty English sentence', () => {
    const misaligned = (declaration?.paragraphs ?? []).flatMap((p) => {
      const chinese = splitSentences(p.text).length;
      const english = p.englishSentences ?? [];
      const empty = english.filter((s) => s.trim() === '').length;
      return english.length === chinese && empty === 0 ? [] : [`§${p.number}: ${chinese} Chinese, ${english.length} English (${empty} empty)`];
    });
    expect(misaligned).toEqual([]);
  });

  it('checks paragraphs of more than one sentence too', () => {
    // Guards the alignment check above against passing on one sentence per paragraph only.
    expect((declaration?.paragraphs ?? []).filter((p) => splitSentences(p.text).length > 1).length).toBeGreaterThan(20);
  });

  it('gives every paragraph a topic', () => {
    expect(declaration?.paragraphs.filter((p) => p.topicId === undefined).map((p) => p.number)).toEqual([]);
  });

  it('has only glossary terms that occur in the Chinese text', () => {
    expect(library.glossary.map((g) => g.zh).filter((zh) => !text.includes(normalize(zh)))).toEqual([]);
  });

  it('maps synonyms only onto words the text uses', () => {
    expect(library.synonyms.flatMap((s) => s.means).filter((m) => !text.includes(normalize(m)))).toEqual([]);
  });

  // Years and other long numbers stay digits; a month (7 月) becomes its name (July).
  it('keeps every year, month and day of the Chinese in the English rendering', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const lost = (declaration?.paragraphs ?? []).flatMap((p) => {
      const en = p.english ?? '';
      const numbers = (p.text.match(/\d{3,}/gu) ?? []).filter((n) => !en.includes(n));
      const monthNames = [...p.text.matchAll(/(\d{1,2})\s*月/gu)].map((m) => months[Number(m[1]) - 1] ?? '?').filter((m) => !en.includes(m));
      const days = [...p.text.matchAll(/(\d{1,2})\s*日/gu)].map((m) => m[1] ?? '').filter((d) => !new RegExp(`(^|\\D)${d}(\\D|$)`, 'u').test(en));
      const missing = [...numbers, ...monthNames, ...days];
      return missing.length === 0 ? [] : [`§${p.number}: ${missing.join(', ')}`];
    });
    expect(lost).toEqual([]);
  });

  it('keeps names, dates and numbers of the Chinese in the English rendering (spot check)', () => {
    const en = (n: number) => declaration?.paragraphs[n - 1]?.english ?? '';
    expect(en(1)).toContain('4 July 2024');
    expect(en(1)).toContain('Astana');
    expect(en(41)).toContain('Afghanistan');
    expect(en(120)).toContain('2025');
  });
});
