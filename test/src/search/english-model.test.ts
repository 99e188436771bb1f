import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import winkNLP, { type ItemToken, type Model, type WinkMethods } from 'wink-nlp';
import { afterAll, describe, expect, it } from 'vitest';
import { leanEnglishModel } from '../../../src/search/english-model.js';

// The lean loader must read every text as the package's own model does, both when
// it parses the model (a first start) and when it reads the compact lexicon back
// from the cache: the English analysis depends on the tokens, their tags, lemmas
// and lexicon ids.

const stock = winkNLP(createRequire(import.meta.url)('wink-eng-lite-web-model') as Model, ['pos']);
const cacheDir = mkdtempSync(join(tmpdir(), 'english-model-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const parsed = winkNLP(leanEnglishModel(undefined, cacheDir), ['pos']);
const cacheFiles = readdirSync(cacheDir);
const cached = winkNLP(leanEnglishModel(undefined, cacheDir), ['pos']);

/** Every question of every evaluation set, and every string of the English rendering. */
function texts(): string[] {
  const evalDir = new URL('../../../eval/', import.meta.url);
  const questions = readdirSync(evalDir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(new URL(f, evalDir), 'utf8').split('\n'))
    .flatMap((line) => (line.trim() === '' ? [] : [String((JSON.parse(line) as { question: unknown }).question)]));
  const rendering: string[] = [];
  JSON.parse(readFileSync(new URL('../../../index/astana-declaration-2024.en.json', import.meta.url), 'utf8'), (_key, value: unknown) => {
    if (typeof value === 'string') rendering.push(value);
    return value;
  });
  return [...questions, ...rendering];
}

function reading(nlp: WinkMethods, text: string): string[] {
  const its = nlp.its;
  const lemma = its.lemma as unknown as Parameters<ItemToken['out']>[0];
  const out: string[] = [];
  nlp
    .readDoc(text)
    .tokens()
    .each((t: ItemToken) => {
      out.push([t.out(its.value), t.out(its.pos), t.out(lemma), t.out(its.uniqueId)].join('\t'));
    });
  return out;
}

describe('leanEnglishModel', () => {
  const all = texts();

  it('has thousands of texts to compare', () => {
    expect(all.length).toBeGreaterThan(5000);
  });

  it('keeps what it parsed in one cache file', () => {
    expect(cacheFiles).toHaveLength(1);
  });

  it.each([
    ['parsed from the model', parsed],
    ['read from the cache', cached],
  ])('reads every text as the package’s own model does, %s', (_how, lean) => {
    const differing = all.filter((text) => reading(lean, text).join('\n') !== reading(stock, text).join('\n'));
    expect(differing).toEqual([]);
  });

  it.each([
    ['parsed from the model', parsed],
    ['read from the cache', cached],
  ])('numbers words outside the lexicon as the package does, %s', (_how, lean) => {
    const text = 'qzqxjqzv Huawei de-dollarization qzqxjqzv Gazprom Huawei';
    expect(reading(lean, text)).toEqual(reading(stock, text));
  });
});
