import { describe, expect, it } from 'vitest';
import { commitmentId, loadCatalog, quoteSentences } from '../../src/highlights/catalog.js';
import { checkAgainstText, KindsDataError, kindsFilePath, parseKindsFile, readKindsFile } from '../../src/highlights/kinds.js';
import { DEFAULT_INDEX_DIR } from '../../src/create-core.js';
import { ELLIPSIS, plain } from '../../src/model.js';
import { core } from './helpers/harness.js';

const DOC = 'astana-declaration-2024';
const catalog = loadCatalog(core(), DEFAULT_INDEX_DIR);
const paragraphText = (n: number): string => {
  const a = core().context(DOC, n, { before: 0, after: 0 });
  if (a.kind !== 'paragraphs') throw new Error(`no §${n}`);
  return a.paragraphs[0]?.text ?? '';
};

describe('the catalog of commitments', () => {
  it('holds every paragraph the kinds data marks as committing, in document order', () => {
    const kinds = readKindsFile(kindsFilePath(DEFAULT_INDEX_DIR, DOC));
    expect(catalog.commitments.map((c) => c.paragraph)).toEqual(kinds.paragraphs.filter((p) => p.kinds.includes('commitment')).map((p) => p.paragraph));
  });

  it('quotes only verbatim text of its paragraph, with ellipses for what is left out', () => {
    for (const c of catalog.commitments) {
      const text = paragraphText(c.paragraph);
      const pieces = c.quote.filter((s) => s.text !== ELLIPSIS).map((s) => s.text);
      expect(pieces.length).toBeGreaterThan(0);
      for (const piece of pieces) expect(text).toContain(piece);
    }
  });

  it('quotes a whole one-sentence commitment without ellipsis (§19)', () => {
    expect(catalog.get(commitmentId(DOC, 19))?.quote).toEqual([{ text: paragraphText(19), emphasis: false }]);
  });

  it('quotes §20’s committing first sentence and marks the rest as left out', () => {
    const quote = catalog.get(commitmentId(DOC, 20))?.quote ?? [];
    expect(quote.at(-1)?.text).toBe(ELLIPSIS);
    expect(plain(quote)).toBe(`成员国重申将继续坚决打击恐怖主义、分裂主义和极端主义，强调不允许利用恐怖、分裂和极端组织牟取私利。${ELLIPSIS}`);
  });

  it('quotes §102’s committing second sentence, not its first line', () => {
    const quote = catalog.get(commitmentId(DOC, 102))?.quote ?? [];
    expect(quote[0]?.text).toBe(ELLIPSIS);
    expect(plain(quote)).toMatch(/^……为此，成员国欢迎签署《上海合作组织成员国政府间环保合作协定》/u);
  });

  it('carries the topic and the unofficial English of the paragraph', () => {
    const c = catalog.get(commitmentId(DOC, 24));
    expect(c?.topic?.id).toBe('counter-terrorism');
    expect(c?.english).toMatch(/^The Member States will/u);
  });

  it('has no position-only or acknowledgement-only paragraph', () => {
    expect(catalog.get(commitmentId(DOC, 6))).toBeUndefined();
    expect(catalog.get(commitmentId(DOC, 42))).toBeUndefined();
  });
});

describe('quoteSentences', () => {
  it('joins adjacent chosen sentences and puts one ellipsis per gap', () => {
    expect(plain(quoteSentences(['甲。', '乙。', '丙。', '丁。', '戊。'], [1, 2, 4]))).toBe(`${ELLIPSIS}乙。丙。${ELLIPSIS}戊。`);
  });
});

describe('the kinds data guard', () => {
  it('refuses a file whose paragraphs no longer match the text, naming the paragraph', () => {
    const kinds = readKindsFile(kindsFilePath(DEFAULT_INDEX_DIR, DOC));
    const texts = new Map(kinds.paragraphs.map((p) => [p.paragraph, p.sentences.map((s) => s.text).join('')]));
    texts.set(7, `${texts.get(7) ?? ''}（修订）`);
    expect(() => checkAgainstText('x.kinds.json', kinds, texts)).toThrow(/§7 no longer matches the text/u);
  });

  it('refuses an unknown kind, naming the value', () => {
    const bad = { document: DOC, generatedBy: 'x', kinds: ['promise'], rules: [], paragraphs: [] };
    expect(() => parseKindsFile('x.kinds.json', bad)).toThrow(KindsDataError);
    expect(() => parseKindsFile('x.kinds.json', bad)).toThrow(/"promise"/u);
  });

  it('refuses a commitment that lists no committing sentence', () => {
    const bad = {
      document: DOC,
      generatedBy: 'x',
      kinds: [],
      rules: [],
      paragraphs: [{ paragraph: 1, kinds: ['commitment'], committing: [], sentences: [{ text: '甲。', kinds: [], cues: [] }] }],
    };
    expect(() => parseKindsFile('x.kinds.json', bad)).toThrow(/§1 is a commitment but lists 0 committing sentences/u);
  });
});
