// A paragraph listing countries, matching only the countries a question names, is no answer to what
// the question asks of them: the question is refused, naming what it asked as it wrote it.
import { beforeAll, describe, expect, it } from 'vitest';
import { askedBesideCountries } from '../../src/answer-countries-only.js';
import type { Core } from '../../src/core.js';
import { createCore } from '../../src/create-core.js';
import type { Focus, FocusEntity } from '../../src/focus/focus.js';
import type { Answer } from '../../src/model.js';
import type { Hit } from '../../src/search/engine.js';
import type { QueryWord } from '../../src/search/query.js';

const word = (w: string, tag: string, proper = false): QueryWord => ({ word: w, latin: false, proper, tag, role: 'content', terms: [w] });
const pakistan: FocusEntity = { id: 'pk', kind: 'country', name: '巴基斯坦', surface: '巴基斯坦', coordinated: false, present: true, paragraphs: [66] };
const focus = { entities: [pakistan] } as unknown as Focus;
const country = word('巴基斯坦', 'ns', true);
const weapons = word('核武器', 'n');
const hitOn = (paragraph: number, matched: QueryWord[]): Hit => ({ paragraph: { number: paragraph }, matchedWords: matched }) as unknown as Hit;
const result = { query: { words: [country, weapons] }, unknownTerms: [], hits: [] } as unknown as Parameters<typeof askedBesideCountries>[3];
const readers = (countries: number) => ({ countriesIn: () => countries, isGeneric: (w: QueryWord) => w.word === '合作' });

describe('askedBesideCountries', () => {
  it('names what is asked of the countries, as the question wrote it, when a list of countries matches only them', () => {
    expect(askedBesideCountries('巴基斯坦核武器有提到吗', focus, [hitOn(66, [country])], result, readers(8))).toEqual({
      label: '巴基斯坦核武器',
      answering: [],
    });
  });

  it('finds the passages that speak of what is asked without the countries, as related reading', () => {
    const list = hitOn(66, [country]);
    const onWeapons = hitOn(49, [weapons]);
    const found = { ...result, hits: [list, onWeapons] };
    const countriesIn = (n: number): number => (n === 66 ? 8 : 0);
    expect(askedBesideCountries('巴基斯坦核武器有提到吗', focus, [list], found, { ...readers(8), countriesIn })).toEqual({
      label: '巴基斯坦核武器',
      answering: [onWeapons],
    });
  });

  it('leaves a paragraph on one or two countries to the search, and one matching more than the countries', () => {
    expect(askedBesideCountries('巴基斯坦核武器有提到吗', focus, [hitOn(48, [country])], result, readers(1))).toBeUndefined();
    expect(askedBesideCountries('巴基斯坦核武器有提到吗', focus, [hitOn(66, [country, weapons])], result, readers(8))).toBeUndefined();
  });

  it('asks nothing besides the countries when the rest is common', () => {
    const common = { ...result, query: { words: [country, word('合作', 'vn')] } } as typeof result;
    expect(askedBesideCountries('巴基斯坦合作', focus, [hitOn(66, [country])], common, readers(8))).toBeUndefined();
  });
});

describe('on the declaration', () => {
  let core: Core;
  beforeAll(() => {
    core = createCore();
  });
  const absent = (answer: Answer): string[] => (answer.kind === 'notCovered' ? answer.absent : []);

  it('refuses what the list of Belt and Road supporters does not say of them', () => {
    expect(absent(core.ask('中国在塔吉克斯坦的军事基地'))).toEqual(['中国在塔吉克斯坦的军事基地']);
    expect(absent(core.ask('Does it mention Iranian drones for Russia?'))).toEqual(['Iranian drones for Russia']);
  });

  it('gives what the text says of the thing asked, without the countries, as related reading', () => {
    const answer = core.ask('中国和俄罗斯的本币结算');
    expect(answer.kind === 'notCovered' ? [answer.absent, answer.related[0]?.paragraph] : []).toEqual([['中国和俄罗斯的本币结算'], 81]);
  });

  it('still answers what the list says of them', () => {
    const answer = core.ask('哪些国家支持一带一路');
    expect(answer.kind === 'passages' ? answer.passages[0]?.paragraph : undefined).toBe(66);
  });
});
