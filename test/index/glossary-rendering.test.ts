import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX_DIR } from '../../src/create-core.js';
import { loadLibrary } from '../../src/documents/load.js';

const library = loadLibrary(DEFAULT_INDEX_DIR);
const declaration = library.documents.find((d) => d.info.id === 'astana-declaration-2024');

// The PDF's text puts spaces around numbers (2025 年至 2027 年), the glossary not always.
const squeeze = (s: string): string => s.replace(/\s+/gu, '');

/**
 * Every paragraph whose Chinese holds a glossary term, but whose English rendering
 * holds none of that term's English forms: either the glossary lacks the rendering's
 * wording (so an English question in that wording misses the term) or the rendering
 * drops the term.
 */
function missingRenderings(): string[] {
  return (declaration?.paragraphs ?? []).flatMap((p) => {
    const zh = squeeze(p.text);
    const en = (p.english ?? '').toLowerCase();
    return library.glossary
      .filter((g) => zh.includes(squeeze(g.zh)) && !g.en.some((form) => en.includes(form.toLowerCase())))
      .map((g) => `§${p.number} ${g.zh}`);
  });
}

describe('glossary against the English rendering', () => {
  it('checks a declaration that has paragraphs and glossary terms in them', () => {
    // Guards the check below against passing vacuously on an empty or renamed document.
    const pairs = (declaration?.paragraphs ?? []).flatMap((p) => library.glossary.filter((g) => squeeze(p.text).includes(squeeze(g.zh))));
    expect(pairs.length).toBeGreaterThan(100);
  });

  it("names every glossary term found in a Chinese paragraph in that paragraph's English with one of its English forms", () => {
    expect(missingRenderings()).toEqual([]);
  });
});
