// Questions that ask whether the declaration mentions something: the phrase asked about is read
// out of the question, and it is mentioned only where the declaration uses its words.
import { beforeAll, describe, expect, it } from 'vitest';
import { mentionObject } from '../../src/answer-mention.js';
import type { Core } from '../../src/core.js';
import { createCore } from '../../src/create-core.js';
import type { SearchEngine } from '../../src/search/engine.js';
import type { Answer } from '../../src/model.js';

let core: Core & { engine: SearchEngine };
beforeAll(() => {
  core = createCore();
});

const answered = (answer: Answer): number[] => (answer.kind === 'passages' ? answer.passages.map((p) => p.paragraph) : []);
const absent = (answer: Answer): string[] | undefined => (answer.kind === 'notCovered' ? answer.absent : undefined);

describe('mentionObject', () => {
  it('reads the phrase after a verb of mentioning, the document and the part pointed to left out', () => {
    expect(mentionObject('禁毒那段提没提大麻')).toBe('大麻');
    expect(mentionObject('这份宣言里有没有提到页岩气？')).toBe('页岩气');
    expect(mentionObject('宣言提到洪灾了吗')).toBe('洪灾');
    // The verb's own endings are not the object: 提到了吗, 提到没, 提及了吗, 提到过.
    expect(mentionObject('传统医学提到了吗')).toBe('传统医学');
    expect(mentionObject('传统医学提到没')).toBe('传统医学');
    expect(mentionObject('传统医学提及了吗')).toBe('传统医学');
    expect(mentionObject('上合组织是否提到过阿富汗')).toBe('阿富汗');
    expect(mentionObject('有提到吗')).toBeUndefined();
  });

  it('reads the phrase before the verb', () => {
    expect(mentionObject('卫生合作那块 传统医学提了吗')).toBe('传统医学');
    expect(mentionObject('劳务移民的权益保障 宣言涉及没')).toBe('劳务移民的权益保障');
  });

  it('reads English frames', () => {
    expect(mentionObject('AI paragraph: any mention of deepfakes?')).toBe('deepfakes');
    expect(mentionObject('Does the declaration mention blockchain?')).toBe('blockchain');
    expect(mentionObject('digital economy part - blockchain mentioned?')).toBe('blockchain');
    expect(mentionObject('quantum computing - covered?')).toBe('quantum computing');
    expect(mentionObject('did they float anything on quantum computing')).toBe('quantum computing');
  });

  it('reads whether something was set up, or whether there is any, as whether it is mentioned', () => {
    expect(mentionObject('上合组织大学有没有设专门的助学金')).toBe('专门的助学金');
    expect(mentionObject('打击人口贩卖 有相关合作吗')).toBe('打击人口贩卖');
    expect(mentionObject('反恐合作有吗')).toBe('反恐合作');
    expect(mentionObject('上合对阿富汗有什么看法')).toBeUndefined();
  });

  it('leaves questions that ask for content, or only contain a word beginning with 提', () => {
    expect(mentionObject('成员国提出了什么倡议')).toBeUndefined();
    expect(mentionObject('这个中心是谁提的主意')).toBeUndefined();
    expect(mentionObject('宣言提到了哪些国家')).toBeUndefined();
    expect(mentionObject('Which countries does the declaration mention?')).toBeUndefined();
    // An object with a clause of its own asks what the text says of it.
    expect(mentionObject('did they say anything about states that shelter terrorists?')).toBeUndefined();
    expect(mentionObject('上合对阿富汗问题怎么看')).toBeUndefined();
    expect(mentionObject('有没有提质增效')).toBeUndefined();
  });
});

describe('the declaration as the judge of a mention', () => {
  it('finds a Chinese abbreviation by its characters in order, not a word met through a kindred one', () => {
    expect(core.engine.written.holdsInOrder('上合大学')).toBe(true);
    expect(core.engine.written.holdsInOrder('洗钱')).toBe(false);
    expect(core.engine.written.holdsTogether(['多极化'])).toBe(true);
    expect(core.engine.written.holdsTogether(['传统', '医学'])).toBe(false);
  });

  it('takes an English word that begins a word of the rendering as clipped', () => {
    expect(core.engine.written.beginsAWord('agri')).toBe(true);
    expect(core.engine.written.beginsAWord('blockchai')).toBe(false);
  });
});

describe('answers to mention questions', () => {
  it('names the phrase the declaration does not use, even where the part pointed to is found', () => {
    expect(absent(core.ask('禁毒那段提没提大麻'))).toEqual(['大麻']);
    expect(absent(core.ask('能源那块提到页岩气了吗'))).toEqual(['页岩气']);
    expect(absent(core.ask('Does the declaration mention blockchain?'))).toEqual(['blockchain']);
    expect(absent(core.ask('上合组织大学有没有设专门的助学金'))).toEqual(['助学金']);
    expect(answered(core.ask('反恐合作有吗'))).toContain(32);
  });

  it('answers what the declaration does mention, in its own words or an abbreviation of them', () => {
    expect(answered(core.ask('宣言有没有提到气候变化'))).toContain(102);
    expect(answered(core.ask('上合大学提了吗'))[0]).toBe(96);
    expect(answered(core.ask('is agri tech mentioned?'))[0]).toBe(75);
  });

  it('answers when one of the things named side by side is mentioned', () => {
    expect(answered(core.ask('any mention of gun running or arms smuggling?'))).toContain(17);
    expect(answered(core.ask('anything on consumer rights, online disputes and blockchain?'))).toContain(74);
    expect(absent(core.ask('quantum computing - covered?'))).toEqual(['quantum computing']);
  });

  it('takes what the vocabulary says otherwise for written, when it is the same term (武器走私), not a kindred one (融资 for 洗钱)', () => {
    expect(core.engine.written.saidOtherwise('军火走私')).toContain('武器走私');
    expect(core.engine.written.saidOtherwise('网络安全')).toContain('信息安全');
    expect(core.engine.written.saidOtherwise('洗钱')).not.toContain('融资');
    expect(answered(core.ask('军火走私有没有提到'))).toContain(17);
    expect(answered(core.ask('有没有提到网络安全'))[0]).toBeDefined();
    expect(answered(core.ask('有没有提到毒品合法化'))).toContain(45);
  });

  it('takes a term the vocabulary only relates to what it stands for (index/kindred.json) as not mentioned', () => {
    expect(core.engine.written.isKindred('洗钱')).toBe(true);
    expect(core.engine.written.isKindred('太空')).toBe(false);
    expect(absent(core.ask('犯罪那块有提洗钱吗'))).toEqual(['洗钱']);
    expect(absent(core.ask('有没有提到大麻'))).toEqual(['大麻']);
    // An English word the list marks so too (cannabis, satellite internet: only narcotic drugs and outer space are written).
    expect(absent(core.ask('Does it mention cannabis?'))).toEqual(['cannabis']);
    expect(absent(core.ask('do they mention Starlink or satellite internet'))).toContain('Starlink');
    // Asked beside what the text says, it is answered, and named beside the answer as not mentioned.
    const partly = core.ask('Does the SCO explicitly oppose cannabis legalisation?');
    expect([answered(partly), partly.kind === 'passages' ? partly.absent : undefined]).toEqual([[45], ['cannabis']]);
    // The same term said otherwise is mentioned: 太空 as the text's 外空, 哈国 as 哈萨克斯坦.
    expect(answered(core.ask('有没有提到太空'))).toContain(51);
    expect(answered(core.ask('有没有提到哈国'))).not.toEqual([]);
  });

  it('names a kindred term the declaration never uses whatever the question asks, not only when it asks for a mention', () => {
    // Asked about Kazakhstan's oil, the passages that name Kazakhstan do not answer; the energy passage is related reading.
    expect(absent(core.ask('哈萨克斯坦石油出口'))).toEqual(['石油']);
    expect(absent(core.ask('上合对塔利班什么态度'))).toEqual(['塔利班']);
    // A short English question is English: G7 is named as asked, not as 七国集团.
    expect(absent(core.ask('G7?'))).toEqual(['G7']);
    // 有点名 is 有 + 点名 (name-checks), not 有点 (a little).
    expect(absent(core.ask('塔利班宣言有点名吗'))).toEqual(['塔利班']);
    const oil = core.ask('伊朗石油制裁');
    expect(oil.kind === 'notCovered' && oil.related.length > 0).toBe(true);
  });

  it('answers a list whose one item is a name or word the declaration has, naming the other beside it', () => {
    expect(answered(core.ask('区块链和AI提到了吗'))).toContain(98);
    const belt = core.ask('any mention of chips and the Belt and Road?');
    expect(answered(belt)).toContain(66);
    expect(belt.kind === 'passages' && belt.absent).toEqual(['chips']);
    const partly = core.ask('有没有提到网络安全和奖学金');
    expect(partly.kind === 'passages' && partly.absent).toEqual(['奖学金']);
  });

  it('does not take a common word for the specific one a common head needs (关键矿产)', () => {
    expect(absent(core.ask('有没有提到关键矿产'))).toEqual(['矿产']);
  });

  it('names each Chinese word that is not mentioned on its own', () => {
    expect(absent(core.ask('芯片半导体合作 宣言里有吗'))).toEqual(['芯片', '半导体']);
  });

  it('does not refuse a common head noun after a specific word the declaration uses (多极化趋势)', () => {
    expect(answered(core.ask('有提多极化趋势吗'))).toContain(2);
  });
});
