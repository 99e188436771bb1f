import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX_DIR } from '../../src/create-core.js';
import { loadLibrary } from '../../src/documents/load.js';
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
