import { describe, expect, it } from 'vitest';
import { askedActor, askedDetail, givesDetail } from '../../../src/focus/detail.js';

const none = { place: 0, country: 0, body: 0, person: 0 };

describe('askedDetail', () => {
  it.each([
    ['上合开发银行注册资本多少钱', 'amount'],
    ['How much capital will the development bank have?', 'amount'],
    ['成员国一共有几个', 'count'],
    ['How many observer states are there?', 'count'],
    ['峰会什么时候开的', 'date'],
    ['When was the strategy adopted?', 'date'],
    ['下届峰会在哪开', 'place'],
    ['Which city hosts the next summit?', 'place'],
    ['警察机构是谁提议的', 'person'],
    ['Which country proposed the police body?', 'person'],
  ])('%s asks for %s', (question, kind) => {
    expect(askedDetail(question)).toEqual(kind);
  });

  it.each(['宣言对禁毒怎么说', 'stance on unilateral sanctions', '不干涉内政原则在宣言哪里写了', 'Where does the declaration stand on AI?'])(
    '%s asks for no detail',
    (question) => {
      expect(askedDetail(question)).toBeUndefined();
    },
  );
});

describe('givesDetail', () => {
  it('finds dates, amounts and counts in Chinese text', () => {
    expect(givesDetail('date', '于2024年7月4日举行', none)).toBe(true);
    expect(givesDetail('date', '成员国支持禁毒合作', none)).toBe(false);
    expect(givesDetail('amount', '出资100亿美元', none)).toBe(true);
    expect(givesDetail('amount', '加快成立上合组织开发银行', none)).toBe(false);
    expect(givesDetail('count', '举行了3次会议', none)).toBe(true);
  });

  it('takes places and persons from the names found in the text', () => {
    const kazakhstan = { place: 1, country: 1, body: 0, person: 0 };
    const secretariat = { place: 0, country: 0, body: 1, person: 0 };
    expect(givesDetail('place', '成员国支持', kazakhstan)).toBe(true);
    expect(givesDetail('person', '哈萨克斯坦提出的倡议', kazakhstan, askedActor('哪国提出的'))).toBe(true);
    expect(givesDetail('person', '秘书处负责', secretariat, askedActor('Which country proposed it?'))).toBe(false);
    expect(givesDetail('person', '秘书处负责', secretariat, askedActor('Which body is responsible?'))).toBe(true);
    expect(givesDetail('person', '秘书处负责', secretariat, askedActor('Who leads it?'))).toBe(false);
  });
});

describe('askedDetail, generic forms', () => {
  it.each([
    ['两国贸易额是多少', 'amount'],
    ['占比多少', 'amount'],
    ['What percentage of trade is settled in local currencies?', 'amount'],
    ['多少个国家签了', 'count'],
    ['这个战略要实施多少年', 'date'],
  ])('%s asks for %s', (question, kind) => {
    expect(askedDetail(question)).toEqual(kind);
  });
});

describe('askedDetail, wh-words inside a sentence', () => {
  it.each([
    'What did the leaders say about stability when discussing Afghanistan?',
    'What does the SCO say to countries who impose unilateral sanctions?',
    '谁都关心的粮食安全问题，宣言怎么说？',
    '上合组织在阿富汗问题上发挥多大作用？',
  ])('%s asks for no detail', (question) => {
    expect(askedDetail(question)).toBeUndefined();
  });
});
