import { describe, expect, it } from 'vitest';
import type { GazetteerEntry, Paragraph } from '../../../src/documents/types.js';
import { computeMentions, NameFinder } from '../../../src/focus/gazetteer.js';

const entry = (id: string, zh: string[], en: string[], extra: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  id,
  kind: 'country',
  region: undefined,
  zh,
  en,
  members: [],
  namedAfter: [],
  ...extra,
});

const india = entry('india', ['印度'], ['India', 'Indian']);
const indonesia = entry('indonesia', ['印度尼西亚', '印尼'], ['Indonesia']);
const usa = entry('usa', ['美国'], ['United States', 'US', 'USA', 'American']);
const who = entry('who', ['世界卫生组织', '世卫组织'], ['WHO', 'World Health Organization'], { kind: 'organisation' });
const israel = entry('israel', ['以色列'], ['Israel', 'Israeli']);
const palestine = entry('palestine', ['巴勒斯坦'], ['Palestine', 'Palestinian']);
const pair = entry('israel-palestine', ['巴以'], ['Israeli-Palestinian'], { kind: 'pair', members: ['palestine', 'israel'] });
const finder = new NameFinder([india, indonesia, usa, who, israel, palestine, pair]);
const ids = (text: string): string[] => finder.find(text).map((m) => m.entry.id);
const paragraph = (number: number, text: string): Paragraph => ({ number, text, english: undefined, englishSentences: undefined, topicId: undefined });

describe('NameFinder', () => {
  it('takes the longest name, not a name inside it', () => {
    expect(ids('印度尼西亚和印度')).toEqual(['indonesia', 'india']);
  });

  it('matches capital abbreviations only in capitals: who and us are words', () => {
    expect(ids('who told us about the WHO and the US?')).toEqual(['who', 'usa']);
  });

  it('matches English names case-insensitively, with a possessive and across hyphens', () => {
    expect(ids("india's stance on the israeli palestinian conflict")).toEqual(['india', 'israel-palestine']);
  });

  it('does not match a name inside a longer word', () => {
    expect(ids('Indiana and Indianapolis')).toEqual([]);
  });

  it('finds names in traditional characters', () => {
    expect(ids('以色列與巴勒斯坦')).toEqual(['israel', 'palestine']);
  });
});

describe('computeMentions', () => {
  const mentions = computeMentions(finder, [paragraph(1, '成员国关注巴以冲突。'), paragraph(2, '印度尼西亚代表出席。'), paragraph(3, '印度支持。')]);

  it('counts a pair as a mention of each member', () => {
    expect([mentions.get('israel'), mentions.get('palestine'), mentions.get('israel-palestine')]).toEqual([[1], [1], [1]]);
  });

  it('does not count a name inside a longer one', () => {
    expect([mentions.get('india'), mentions.get('indonesia')]).toEqual([[3], [2]]);
  });

  it('lists every entry, with no paragraphs when the text never names it', () => {
    expect([mentions.get('usa'), mentions.get('who')]).toEqual([[], []]);
  });
});

describe('computeMentions, names inside names', () => {
  const iran = entry('iran', ['伊朗'], ['Iran']);
  const issue = entry('iran-nuclear-issue', ['伊朗核问题'], ['Iranian nuclear issue'], { kind: 'conflict' });
  const deal = entry('jcpoa', ['伊朗核问题全面协议'], ['JCPOA'], { kind: 'document' });
  const names = new NameFinder([iran, issue, deal, india, indonesia]);
  const found = computeMentions(names, [paragraph(1, '继续执行伊朗核问题全面协议至关重要。'), paragraph(2, '印度尼西亚代表出席。')]);

  it('counts the country a deal or an issue is named after, however deep the names nest', () => {
    expect([found.get('jcpoa'), found.get('iran-nuclear-issue'), found.get('iran')]).toEqual([[1], [1], [1]]);
  });

  it('does not count a country a place name begins with', () => {
    expect(found.get('india')).toEqual([]);
  });

  it('does not count a place a name only bears (namedAfter), however deep: 上海 in 上海合作组织 and in names holding it', () => {
    const shanghai = entry('shanghai', ['上海'], ['Shanghai'], { kind: 'place' });
    const sco = entry('sco', ['上海合作组织'], ['SCO'], { kind: 'organisation', namedAfter: ['shanghai'] });
    const charter = entry('sco-charter', ['上海合作组织宪章'], ['SCO Charter'], { kind: 'document' });
    const bearing = computeMentions(new NameFinder([shanghai, sco, charter]), [paragraph(1, '遵循上海合作组织宪章。'), paragraph(2, '在上海举行。')]);
    expect([bearing.get('sco-charter'), bearing.get('sco'), bearing.get('shanghai')]).toEqual([[1], [1], [2]]);
  });
});

describe('NameFinder, spellings', () => {
  const issue = entry('iran-nuclear-issue', ['伊朗核问题'], ['Iran nuclear programme'], { kind: 'conflict' });
  const osce = entry('osce', ['欧安组织'], ['Organization for Security and Co-operation in Europe'], { kind: 'organisation' });
  const names = new NameFinder([issue, osce]);
  const found = (text: string): string[] => names.find(text).map((m) => m.entry.id);

  it('matches a name in either spelling, and with its first word possessive', () => {
    expect(found('the Iran nuclear program')).toEqual(['iran-nuclear-issue']);
    expect(found("Iran's nuclear programme")).toEqual(['iran-nuclear-issue']);
    expect(found('the Organisation for Security and Co-operation in Europe')).toEqual(['osce']);
  });
});

describe('NameFinder, case and articles', () => {
  const let_ = entry('let', [], ['LeT', 'Lashkar-e-Taiba'], { kind: 'organisation' });
  const cis = entry('cis', ['独立国家联合体'], ['Commonwealth of Independent States', 'CIS'], { kind: 'organisation' });
  const commonwealth = entry('commonwealth', ['英联邦'], ['the Commonwealth', 'Commonwealth of Nations'], { kind: 'organisation' });
  const names = new NameFinder([let_, cis, commonwealth, who]);
  const found = (text: string): string[] => names.find(text).map((m) => m.entry.id);

  it('matches an abbreviation with inner capitals only as written', () => {
    expect([found('Let me see'), found('LeT attacks')]).toEqual([[], ['let']]);
  });

  it('lets "the" before a name not decide which name it is', () => {
    expect(found('the Commonwealth of Independent States')).toEqual(['cis']);
  });

  it('reads capitals in a shouted question as words', () => {
    expect(found('WHO WILL CHAIR THE MEETING NEXT YEAR?')).toEqual([]);
  });
});
