// The trust behaviours of issue 9, through the real core and index: what the
// declaration never mentions is named, a missing detail is said, related reading
// is never the answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../../src/answer-json.js';
import { questionParts } from '../../src/answer-parts.js';
import type { Core } from '../../src/core.js';
import { UNSUPPORTED_LANGUAGE_TEXT } from '../../src/core-messages.js';
import { createCore } from '../../src/create-core.js';
import { type Answer, type AnswerOf, plain } from '../../src/model.js';

let core: Core;
beforeAll(() => {
  core = createCore();
});

function refusal(answer: Answer): AnswerOf<'notCovered'> {
  if (answer.kind !== 'notCovered') throw new Error(`expected a refusal, got ${JSON.stringify(answer).slice(0, 300)}`);
  return answer;
}

function passages(answer: Answer): AnswerOf<'passages'> {
  if (answer.kind !== 'passages') throw new Error(`expected passages, got ${JSON.stringify(answer).slice(0, 300)}`);
  return answer;
}

describe('absent names', () => {
  it("names a country the declaration never mentions, in the asker's language", () => {
    expect(refusal(core.ask('上合对乌克兰怎么看')).reason).toEqual('宣言没有提到乌克兰。');
    expect(refusal(core.ask('What is the SCO position on Ukraine?')).reason).toEqual('The declaration does not mention Ukraine.');
  });

  it('names an adjective by the country it comes from', () => {
    expect(refusal(core.ask('Syrian refugees')).absent).toEqual(['Syria', 'refugees']);
  });

  it('names the specific words a refused question uses and the declaration never does', () => {
    expect(refusal(core.ask('芯片半导体合作 宣言里有吗')).absent).toEqual(['芯片', '半导体']);
    expect(refusal(core.ask('What is the SCO stance on cryptocurrency regulation?')).absent).toContain('cryptocurrency');
    // Everyday words the declaration happens not to use are not named: 态度, 怎么.
    expect(refusal(core.ask('上合对芯片出口什么态度')).absent).toEqual(['芯片']);
  });

  it('recognises a pair abbreviation as a name, not two characters', () => {
    expect(refusal(core.ask('中美关系')).absent).toEqual(['中美关系']);
    expect(refusal(core.ask('中俄合作前景')).absent).toEqual(['中俄']);
  });

  it('takes a name the text uses inside a longer one as mentioned (以色列 through 巴以冲突)', () => {
    expect(passages(core.ask('Israel and Palestine')).passages[0]?.paragraph).toBeOneOf([29, 30, 31]);
    expect(passages(core.ask('以色列')).passages[0]?.paragraph).toBe(29);
  });

  it('refuses two countries the text names but never together', () => {
    expect(refusal(core.ask('以色列和伊朗互相空袭')).absent).toEqual(['以色列和伊朗之间的关系']);
  });

  it('names a year the declaration never names, and shows nearby passages as related reading only', () => {
    const answer = refusal(core.ask('SCO summit 2019'));
    expect(answer.absent).toEqual(['2019']);
    expect(answer.related.length).toBeGreaterThan(0);
  });

  it('does not take the city where a concept was adopted for the things asked for by name', () => {
    // §70: the concept adopted in Samarkand (2022) names no corridor.
    expect(refusal(core.ask('Which specific transport corridors are covered by the 2022 connectivity concept?')).missing).toBe('name');
  });

  it('answers when, where and by whom the declaration itself was made from its first paragraph', () => {
    for (const q of [
      'When was the Astana Declaration adopted?',
      'Who signed the declaration?',
      '这份宣言在哪签的',
      '宣言是什么时候通过的',
      '宣言啥时候发的',
      '这份阿斯塔纳宣言是在哪开的会上发的',
      // This meeting is the one that made it.
      '这次上合元首理事会是几号在哪开的？',
      // Asked by the kind of answer: which country, which city.
      '这届峰会是在哪个国家开的',
    ]) {
      expect(passages(core.ask(q)).passages.map((p) => p.paragraph)).toEqual([1]);
    }
    // Which documents the declaration adopts is another question.
    expect(passages(core.ask('宣言通过了哪些文件')).passages[0]?.paragraph).not.toBe(1);
    expect(passages(core.ask('这次元首理事会通过了哪些文件')).passages[0]?.paragraph).not.toBe(1);
    expect(passages(core.ask('which city hosted this summit')).passages[0]?.paragraph).toBe(1);
  });

  it('answers a question about what happened before one about what comes next', () => {
    expect(passages(core.ask('Where was the summit held?')).passages[0]?.paragraph).toBe(1);
    expect(passages(core.ask('Where will the next summit be held?')).passages[0]?.paragraph).toBe(120);
  });

  it('reads a clause going on with 并 with the time and place of the clause before it', () => {
    // §1: 领导人于2024年7月4日在阿斯塔纳市举行元首理事会会议，并发表宣言如下.
    expect(passages(core.ask('阿斯塔纳宣言是什么时候发表的')).passages[0]?.paragraph).toBe(1);
  });

  it('reads who does what a later clause says where the sentence opens, unless the member states together do it', () => {
    // §66: 白俄罗斯共和国、……乌兹别克斯坦共和国重申支持……倡议，肯定……，包括为促进“一带一路”与欧亚经济联盟建设对接合作所做工作.
    const endorsed = passages(core.ask('BRI alignment with the Eurasian Economic Union - which countries endorsed it?'));
    expect(endorsed.passages[0]?.paragraph).toBe(66);
    // §96: 各方支持继续完善上合组织大学工作，……注意到中华人民共和国关于成立“上合组织数字教育联盟”的倡议: the parties name no leader.
    expect(refusal(core.ask('Who will lead the SCO Digital Education Alliance that China proposed?')).missing).toBe('person');
  });

  it('prefers paragraphs naming the year asked about', () => {
    const shown = passages(core.ask('论坛 2024年')).passages.map((p) => p.text.replace(/\s/gu, ''));
    expect(shown.every((t) => t.includes('2024'))).toBe(true);
    const without = passages(core.ask('论坛')).passages.map((p) => p.text.replace(/\s/gu, ''));
    expect(without.every((t) => t.includes('2024'))).toBe(false);
  });

  it('answers the rest of a question that puts an unknown name beside a covered topic, naming it', () => {
    const answer = passages(core.ask('芬太尼等合成毒品'));
    expect(answer.absent).toEqual(['芬太尼']);
    expect(answer.note).toContain('芬太尼');
    expect(answer.passages[0]?.paragraph).toBe(44);
  });

  it('answers the rest as the asker wrote it: a yes-no question keeps its capitals once the unknown name is taken out', () => {
    // The English model reads gaza, lower-cased, as no name: the rest was once searched so, and refused.
    const answer = passages(core.ask('Did they discuss Ukraine and the Gaza ceasefire?'));
    expect(answer.absent).toEqual(['Ukraine']);
    expect(answer.passages.map((p) => p.paragraph)).toContain(30);
    expect(passages(core.ask('烏克蘭和加沙停火提了嗎')).absent).toEqual(['乌克兰']);
  });

  it("reads an English clause that points back ('in this process') as speaking of the subject before it, as 这一进程", () => {
    // §55: '…countering transnational organized crime…, and recognize the central coordinating role of the United Nations in this process'.
    expect(passages(core.ask('who coordinates the global response to transnational organized crime?')).passages[0]?.paragraph).toBe(55);
  });

  it('answers two countries merely listed, each, and refuses only what passes between two the text never names together', () => {
    const listed = passages(core.ask('Afghanistan and Iran'));
    expect(listed.absent).toEqual([]);
    expect(listed.passages.map((p) => p.paragraph)).toEqual(expect.arrayContaining([40, 56]));
    expect(refusal(core.ask('以色列和伊朗的冲突')).absent).toEqual(['以色列和伊朗之间的关系']);
    expect(refusal(core.ask('Iran-Israel')).absent).toEqual(['relations between Iran and Israel']);
    // Named together only in §66's list of the Belt and Road's supporters, two countries are still no pair the text speaks of.
    expect(refusal(core.ask('China-Russia relations')).absent).toEqual(['relations between China and Russia']);
  });

  it('answers each topic a question lists when no one passage speaks of them all', () => {
    expect(passages(core.ask('Gaza and Afghanistan')).passages.map((p) => p.paragraph)).toEqual(expect.arrayContaining([29, 40]));
    expect(passages(core.ask('climate and energy')).passages.map((p) => p.paragraph)).toEqual(expect.arrayContaining([102, 85]));
    expect(passages(core.ask('what does it say about AI and about climate change?')).passages.map((p) => p.paragraph)).toEqual(
      expect.arrayContaining([98, 102]),
    );
    expect(passages(core.ask('人工智能、毒品、旅游')).passages.map((p) => p.paragraph)).toEqual(expect.arrayContaining([98, 94]));
    // A topic the text never names is said absent beside the others' answers.
    const mars = passages(core.ask('what does it say about drugs? and about Mars?'));
    expect([mars.passages[0]?.paragraph, mars.absent]).toEqual([44, ['Mars']]);
    // One passage on both is the answer as it was: not parted.
    expect(passages(core.ask('drug trafficking and arms smuggling')).passages[0]?.paragraph).toBe(17);
  });

  it('reads a name the gazetteer knows as a name however it is typed, and a call for something as how it is asked', () => {
    // §30 (the ceasefire) goes on from §29, which names Gaza: lower case, gaza is still a name it continues.
    expect(passages(core.ask('gaza ceasefire call')).passages[0]?.paragraph).toBe(30);
    expect(passages(core.ask('Gaza ceasefire call')).passages[0]?.paragraph).toBe(30);
  });

  it('names a phrase of words the text uses but never together when nothing else is named', () => {
    expect(refusal(core.ask('what does it say about central bank digital currencies?')).absent).toEqual(['central bank digital currencies']);
  });

  it('weighs a number written in words with its measure word (两场) as it weighs a verb, not as a key term', () => {
    // §111 lists 昆明马拉松 and 伊塞克湖马拉松 without counting them.
    expect(passages(core.ask('宣言里提到的两场马拉松分别是哪两场？')).passages[0]?.paragraph).toBe(111);
    // A number in digits is still a key term a paragraph must name.
    expect(passages(core.ask('论坛 2024年')).passages.every((p) => p.text.replace(/\s/gu, '').includes('2024'))).toBe(true);
  });

  it('answers the part of a list the text covers, naming the other, after the ways analysts open a question', () => {
    const answer = passages(core.ask('Is there anything on de-dollarisation or trading in national currencies?'));
    expect([answer.passages[0]?.paragraph, answer.absent]).toEqual([81, ['dollarisation']]);
  });

  it('takes a name the text never uses before a thing it does for a thing it never names (an Olympic truce)', () => {
    // §30's ceasefire is no Olympic truce.
    expect(refusal(core.ask('an Olympic truce')).absent).toEqual(['Olympic']);
    expect(core.ask('do they mention the Paris Olympics or an Olympic truce?').kind).toBe('notCovered');
  });

  it('answers what a question asks besides what it sets aside, without the passage it set aside', () => {
    const shown = (q: string): number[] => passages(core.ask(q)).passages.map((p) => p.paragraph);
    // §48 is the Iran deal; the other nuclear paragraphs are §49, §50 and §86.
    expect(shown('anything on nuclear issues besides the Iran deal?')).toEqual(expect.arrayContaining([49, 50, 86]));
    expect(shown('anything on nuclear issues besides the Iran deal?')).not.toContain(48);
    expect(shown('Which Tajik initiatives appear, excluding the Dushanbe Process?').slice(0, 2)).toEqual([43, 84]);
    // What is set aside and what else is asked stand in one passage (§12's five connectivities): it is the answer.
    expect(shown('宣言里列的那几个“通”都是啥？除了政策沟通还有哪些')[0]).toBe(12);
  });

  it('reads the date of a plan said after "as well as its" as the date of what the clause before speaks of', () => {
    // §34: the Dushanbe Process, 'as well as its plan to hold … a regular high-level conference in Kuwait City in November 2024'.
    expect(passages(core.ask('where and when is the Dushanbe Process follow-up meeting with the UN?')).passages[0]?.paragraph).toBe(34);
  });

  it('takes the declaration for what came of the meeting it was made at, and asks an outcome in colloquial Chinese', () => {
    expect(passages(core.ask('What were the outcomes of the Astana summit?')).passages[0]?.paragraph).toBe(1);
    // §34 plans the Kuwait conference and says nothing of how it went.
    expect(refusal(core.ask('科威特那个高级别会议结果咋样')).missing).toBe('outcome');
  });

  it('finds no other word by the first letters of one the text never uses (Secretary-General is no Secretariat)', () => {
    expect(refusal(core.ask('who did they appoint as the next SCO Secretary-General?')).absent).toEqual(['SCO Secretary-General']);
    // A word the text uses still finds its other forms.
    expect(passages(core.ask('unilateral sanction')).passages[0]?.paragraph).toBe(62);
  });

  it('does not answer a question of frame words only, which names no subject', () => {
    // §96 has the word number (the number of its member institutions): that is no answer to it.
    expect(core.ask('Does it actually give a number?').kind).toBe('notCovered');
    // Asked after a question, it asks of that question: the count the declaration does not give is what is missing.
    expect(refusal(core.ask('How many member-state leaders were at the Astana meeting? Does it actually give a number?')).missing).toBe('count');
  });

  it('answers each item of a list set out inside a longer question, in the order listed', () => {
    const tajik = core.ask(
      "Tajikistan's initiatives — the Dushanbe Process on terror financing, the security belt around Afghanistan and the antimonopoly heads' meeting — where are they covered?",
    );
    expect(
      passages(tajik)
        .passages.slice(0, 3)
        .map((p) => p.paragraph),
    ).toEqual([34, 43, 84]);
    // Examples of one thing asked (culinary, medical, eco) are not parted: the one passage on them is the answer.
    expect(passages(core.ask('Which types of tourism does the SCO want to develop — culinary, medical, eco?')).passages[0]?.paragraph).toBe(94);
  });

  it('reads an English noun the text never uses before a word it does as what is asked (migration policy)', () => {
    expect(refusal(core.ask('migration policy')).absent).toEqual(['migration']);
    // Nor a word found only before such a noun, which closes the question: traditional medicine is not §9's traditional values.
    expect(refusal(core.ask('traditional medicine')).absent).toEqual(['medicine']);
    // A frame word closing it (definition) asks about what stands before it.
    expect(passages(core.ask('Shanghai Spirit definition')).passages[0]?.paragraph).toBe(9);
    // An adjective the model does not know is no such noun: the agreement is asked about.
    expect(passages(core.ask('Was an intergovernmental agreement on environmental protection signed?')).passages[0]?.paragraph).toBe(102);
  });

  it('answers SCO University with its paragraph alone, not those that are universal', () => {
    expect(passages(core.ask('SCO University')).passages.map((p) => p.paragraph)).toEqual([96]);
  });

  it('reads a question again with its slips mended, so that the mended words find their phrases (missle defense: §10)', () => {
    expect(passages(core.ask('missle defense')).passages[0]?.paragraph).toBe(10);
    expect(passages(core.ask('unilatral sactions')).passages.map((p) => p.paragraph)).toContain(62);
    expect(passages(core.ask('humna rights')).passages.length).toBeGreaterThan(0);
  });

  it('reads colloquial and analyst words through the vocabulary (index/synonyms.json, stopwords.json, gazetteer.json)', () => {
    const first = (q: string): number | undefined => passages(core.ask(q)).passages[0]?.paragraph;
    expect(first('青岛拿了个啥头衔')).toBe(95);
    expect(first('老百姓喝水安全')).toBe(110);
    expect(first('稳链保供')).toBe(60);
    expect(first("the 'five connectivities' idea")).toBe(12);
    expect(first('machine intelligence safety')).toBe(98);
    expect(first('garbage management')).toBe(106);
    // Delhi is New Delhi; an ordinal written out is the rendering's numerals.
    expect(first('fourth startup forum in Delhi')).toBe(80);
    expect(first('the nineteenth SCO Forum')).toBe(88);
  });

  it('answers an edition only with a passage naming that edition of that event (the first startup forum is not the first medical one)', () => {
    expect(refusal(core.ask('Where was the first SCO startup forum?')).absent).toEqual(['first SCO startup forum']);
    expect(refusal(core.ask('首届上合能源论坛在哪开')).absent).toEqual(['首届上合能源论坛']);
    expect(passages(core.ask('首届上合医学论坛在哪')).passages[0]?.paragraph).toBe(109);
    // An ordinal is one term however written: the rendering's Fourth SCO Forum of Heads of Regions is the 4th.
    expect(passages(core.ask("Where and when is the 4th SCO regional leaders' forum?")).passages[0]?.paragraph).toBe(90);
  });

  it('tells that the opening names no leader when asked which heads of state signed the declaration', () => {
    const which = refusal(core.ask('Which heads of state signed the Astana declaration?'));
    expect(which.missing).toBe('person');
    expect(which.related.map((p) => p.paragraph)).toEqual([1]);
    expect(refusal(core.ask('这份宣言是哪几位领导人签署的？')).missing).toBe('person');
    // Who signed it: the leaders of the member states, as the opening says.
    expect(passages(core.ask('Who signed the declaration?')).passages.map((p) => p.paragraph)).toEqual([1]);
  });

  it('refuses what passes between a country the text names and a party it never names, naming that party', () => {
    expect(refusal(core.ask('哈萨克斯坦和欧盟的合作')).absent).toEqual(['欧盟']);
    expect(refusal(core.ask('中国和日本关系')).absent).toEqual(['日本']);
    expect(refusal(core.ask('peace talks between Russia and Ukraine')).absent).toEqual(['Ukraine']);
    // A pair the gazetteer knows (Iran-US) is each of its two: the one the text never names is absent.
    expect(refusal(core.ask('Iran-US talks?')).absent.join(' ')).toContain('US');
    // Merely listed, each is a topic: Russia is answered, Ukraine named beside it.
    const listed = core.ask('Russia, Ukraine');
    expect(listed.kind === 'passages' && listed.absent).toEqual(['Ukraine']);
  });

  it('takes Shanghai for no place the declaration mentions: only the organisation bears its name', () => {
    expect(refusal(core.ask('What happened in Shanghai?')).absent).toEqual(['Shanghai']);
    expect(refusal(core.ask('上合在上海有机构吗')).absent).toEqual(['上海']);
    expect(passages(core.ask('上海精神是什么')).passages[0]?.paragraph).toBe(9);
    expect(passages(core.ask('Did the Shanghai club issue anything on waste management?')).passages[0]?.paragraph).toBe(106);
  });

  it('names no chat word as never mentioned: thanks, the asker, the addressee, their errand', () => {
    expect(passages(core.ask('pls send the para on outer space, cheers')).passages[0]?.paragraph).toBe(51);
    expect(passages(core.ask('FYI boss wants the missile defence para ASAP')).passages[0]?.paragraph).toBe(10);
    expect(passages(core.ask('请问一下大佬，本币结算')).passages[0]?.paragraph).toBe(81);
    expect(passages(core.ask('写内参用，伊核协议那句')).passages[0]?.paragraph).toBe(48);
    expect(passages(core.ask('麻烦问下，禁毒战略那段在哪，感谢')).passages[0]?.paragraph).toBe(46);
    expect(passages(core.ask('hey quick one, disinformation?')).passages[0]?.paragraph).toBe(24);
    expect(refusal(core.ask('hey quick one, cuba embargo?')).absent).toContain('cuba');
  });

  it('reads a detail asked by a noun alone (development bank capital ??, medical forum attendance, 电商交易额) as asked, not named absent', () => {
    const capital = refusal(core.ask('development bank capital ??'));
    expect({ missing: capital.missing, related: capital.related[0]?.paragraph, absent: capital.absent }).toEqual({
      missing: 'amount',
      related: 83,
      absent: [],
    });
    expect(refusal(core.ask('medical forum attendance')).missing).toBe('count');
    expect(refusal(core.ask('is there anything re winner of issyk-kul marathon in the astana text')).missing).toBe('person');
    const trade = refusal(core.ask('电商交易额'));
    expect({ missing: trade.missing, absent: trade.absent }).toEqual({ missing: 'amount', absent: [] });
    expect(passages(core.ask('tourism and cultural capital')).passages[0]?.paragraph).toBe(95);
  });

  it('names a name the text never mentions beside a subject whose detail it does not give (UNRWA or its funding)', () => {
    const unrwa = refusal(core.ask('Does the declaration back UNRWA or its funding?'));
    expect({ absent: unrwa.absent, missing: unrwa.missing, opens: unrwa.reason.startsWith('The declaration does not mention UNRWA.') }).toEqual({
      absent: ['UNRWA'],
      missing: 'amount',
      opens: true,
    });
  });

  it('answers the theme a year was given only with a year named for a theme, not a programme spanning that year', () => {
    expect(passages(core.ask('2025年是上合什么年')).passages[0]?.paragraph).toBe(101);
    expect(refusal(core.ask('2026年是上合什么年')).missing).toBe('name');
    expect(passages(core.ask('上合组织的主题年是什么')).passages[0]?.paragraph).toBe(100);
  });

  it('reads where a name shows up in the text as a question about the text, not about a place', () => {
    expect(
      passages(core.ask('where does iran show up'))
        .passages.map((p) => p.paragraph)
        .sort(),
    ).toEqual([48, 56, 66]);
    expect(passages(core.ask('where do sanctions come up')).passages[0]?.paragraph).toBe(63);
  });

  it('asks for a person when a title is asked who or what it is called (…长是谁, 总统叫什么), and the text names none', () => {
    expect(refusal(core.ask('青岛市长是谁')).missing).toBe('person');
    expect(refusal(core.ask('白俄罗斯总统叫什么')).missing).toBe('person');
    expect(refusal(core.ask('维也纳活动谁出席了')).related.map((p) => p.paragraph)).toContain(44);
  });

  it('reads a name after an unknown noun saying where as its modifier: hostages in Gaza are what is asked', () => {
    const hostages = refusal(core.ask('hostages in Gaza'));
    expect(hostages.absent).toEqual(['hostages']);
    expect(hostages.related.map((p) => p.paragraph)).toContain(29);
    expect(passages(core.ask('humanitarian aid in Gaza')).passages[0]?.paragraph).toBe(30);
  });

  it('reads a noun the text never uses that opens a phrase of found words as what is asked, in either language', () => {
    // §60 speaks of supply chains, not of chips: it is related reading.
    const chips = refusal(core.ask('semiconductor supply chains'));
    expect(chips.absent).toEqual(['semiconductor']);
    expect(chips.related.map((p) => p.paragraph)).toContain(60);
    expect(refusal(core.ask('芯片供应链')).absent).toEqual(['芯片']);
    // A name between is no compound: 'rate' (which the model reads as a noun) and Kazakhstan's chairmanship are a verb and its object.
    expect(passages(core.ask("How did the leaders rate Kazakhstan's chairmanship?")).passages[0]?.paragraph).toBe(119);
    // A word the synonym list says otherwise beside that other word is no unknown noun (垃圾 beside 废弃物).
    expect(passages(core.ask('垃圾废弃物处理')).passages[0]?.paragraph).toBe(106);
  });

  it("answers a question that names only the document's own city or the organisation with the paragraphs naming them", () => {
    // Astana, Shanghai, SCO are stop words of the search (every paragraph would match the organisation).
    expect(passages(core.ask('does it mention Astana')).passages.map((p) => p.paragraph)).toEqual([1, 76, 87]);
    expect(passages(core.ask('what does SCO stand for')).passages.map((p) => p.paragraph)).toEqual([1]);
    expect(passages(core.ask('上合组织')).passages.map((p) => p.paragraph)).toEqual([1]);
    // A verb the declaration uses is what is asked of the organisation: admitting members is §118, opposing is not §1.
    expect(passages(core.ask('Did the SCO admit any new members?')).passages[0]?.paragraph).toBe(118);
    expect(passages(core.ask('what does the SCO oppose')).passages[0]?.paragraph).not.toBe(1);
    // A detail or what comes next is read as before.
    expect(passages(core.ask('Which country will chair the SCO next?')).passages[0]?.paragraph).toBe(120);
    expect(refusal(core.ask('现在上合一共有几个成员国')).missing).toBe('count');
  });

  it('searches a bare number past the last paragraph that the text writes (a resolution, a year), and shows a paragraph a question names', () => {
    expect(passages(core.ask('2231')).passages[0]?.paragraph).toBe(48);
    expect(core.ask('5000').kind).toBe('error');
    const named = core.ask('what does §48 say about Iran');
    expect(named.kind === 'paragraphs' ? named.paragraphs.map((p) => p.paragraph) : []).toEqual([48]);
    // §48 names Iran: nothing to add.
    expect(named.kind === 'paragraphs' ? [named.absent, named.elsewhere] : []).toEqual([undefined, undefined]);
  });

  it('says a resolution or decision the text never numbers is not mentioned, and answers one it does', () => {
    expect(refusal(core.ask('UNSC resolution 2720 on Gaza')).absent).toEqual(['UNSC resolution 2720']);
    expect(refusal(core.ask('联合国安理会第2720号决议')).absent).toEqual(['第2720号决议']);
    expect(passages(core.ask('resolution 2231')).passages[0]?.paragraph).toBe(48);
  });

  it("reads 'with regard to', 'as regards' and 'concerning' as the prepositions they are", () => {
    expect(passages(core.ask('with regard to drugs')).passages[0]?.paragraph).toBe(44);
    expect(passages(core.ask('as regards climate')).passages[0]?.paragraph).toBe(102);
    expect(passages(core.ask('concerning Afghanistan')).passages[0]?.paragraph).toBe(40);
  });

  it("answers a country's part with the paragraphs naming it, not another country's initiative", () => {
    expect(passages(core.ask('中国在宣言里有什么倡议')).passages.map((p) => p.paragraph)).toEqual([66, 96]);
    expect(passages(core.ask('巴基斯坦在宣言里出现了吗')).passages.map((p) => p.paragraph)).toEqual([66]);
  });

  it('does not take a country inside another country’s name for it: §118’s 白俄罗斯 (Belarus) is no mention of Russia', () => {
    for (const question of ['Russia', '俄罗斯的立场']) expect(passages(core.ask(question)).passages.map((p) => p.paragraph)).toEqual([68, 66, 90]);
    expect(passages(core.ask('Belarus')).passages.map((p) => p.paragraph)).toEqual([118, 66]);
  });

  it('names a name the declaration never uses as the question writes it, not word by word', () => {
    expect(refusal(core.ask('South China Sea?')).absent).toEqual(['South China Sea']);
    expect(refusal(core.ask('Does it mention Elon Musk')).absent).toEqual(['Elon Musk']);
    expect(refusal(core.ask('克罗库斯音乐厅恐袭')).absent).toEqual(['克罗库斯音乐厅']);
    expect(refusal(core.ask('South China Sea?')).reason).toBe('The declaration does not mention South China Sea.');
  });

  it('tells a question in another language written in Latin letters which languages it reads, in both', () => {
    for (const question of ['¿Qué dice sobre Afganistán?', 'Que dit la déclaration sur le climat ?']) {
      const answer = core.ask(question);
      expect(answer.kind === 'error' ? [answer.code, answer.message] : answer.kind).toEqual(['unsupportedLanguage', UNSUPPORTED_LANGUAGE_TEXT.en]);
    }
    expect(passages(core.ask('What does it say about Afghanistan?')).passages[0]?.paragraph).toBe(40);
  });

  it('says what a question asks of the paragraphs it names that they do not say: a name never mentioned, or mentioned elsewhere', () => {
    const ukraine = core.ask('§29 about Ukraine');
    expect(ukraine.kind === 'paragraphs' ? [ukraine.paragraphs.map((p) => p.paragraph), ukraine.absent] : []).toEqual([[29], ['Ukraine']]);
    expect(toJson('§29 about Ukraine', ukraine).absent).toEqual(['Ukraine']);
    const iran = core.ask('what does §29 say about Iran');
    expect(iran.kind === 'paragraphs' ? iran.elsewhere : []).toEqual([{ name: 'Iran', paragraphs: expect.arrayContaining([48, 56, 66]) }]);
    // However the name is put after the paragraph.
    for (const question of ['§29, Ukraine?', '§29 – Ukraine', 'section 29 re Ukraine']) {
      const asked = core.ask(question);
      expect(asked.kind === 'paragraphs' ? asked.absent : []).toEqual(['Ukraine']);
    }
    // A topic the paragraph does not speak of, which others do: pointed to there.
    const ceasefire = core.ask('§29 about ceasefire');
    expect(ceasefire.kind === 'paragraphs' ? ceasefire.elsewhere : []).toEqual([{ name: 'ceasefire', paragraphs: [30] }]);
    const chemical = core.ask('§52 about chemical weapons');
    expect(chemical.kind === 'paragraphs' ? chemical.elsewhere?.map((e) => e.name) : []).toEqual(['chemical weapons']);
    const zhTopic = core.ask('第29段有没有提到停火');
    expect(zhTopic.kind === 'paragraphs' ? zhTopic.elsewhere : []).toEqual([{ name: '停火', paragraphs: [30] }]);
    // A topic the paragraph speaks of, or one found nowhere (a word read amiss), adds nothing.
    for (const question of ['§30 ceasefire', 'what does §48 say about the nuclear deal']) {
      const asked = core.ask(question);
      expect(asked.kind === 'paragraphs' ? asked.elsewhere : 'not paragraphs').toBeUndefined();
    }
    // §68 writes 东盟国家 (ASEAN countries): never said not to mention ASEAN.
    const asean = core.ask('§68 about ASEAN');
    expect(asean.kind === 'paragraphs' ? [asean.absent, asean.elsewhere] : []).toEqual([undefined, undefined]);
    const zh = core.ask('第29段提到伊朗了吗');
    expect(zh.kind === 'paragraphs' ? zh.elsewhere?.map((e) => e.name) : []).toEqual(['伊朗']);
    // An unreadable or impossible number stays what it was.
    expect(core.ask('§abc').kind).toBe('error');
    expect(core.ask('§1000000 about Iran').kind === 'error' ? (core.ask('§1000000 about Iran') as AnswerOf<'error'>).code : '').toBe('outOfRange');
  });

  it("reads 'how long' and 'when does it end' as the span a title gives, and the next chair as the country that chairs", () => {
    // §46: 《2024—2029 年上合组织成员国禁毒战略》; a year in a title dates nothing else (when was it adopted).
    expect(passages(core.ask('how long is the drug strategy')).passages[0]?.paragraph).toBe(46);
    expect(passages(core.ask('禁毒战略到什么时候')).passages[0]?.paragraph).toBe(46);
    expect(passages(core.ask('when does the anti-terrorism programme run')).passages[0]?.paragraph).toBe(32);
    expect(passages(core.ask("who's the next chair")).passages[0]?.paragraph).toBe(120);
    expect(refusal(core.ask('who chaired the meeting')).missing).toBe('person');
  });

  it('reads a misspelt name as the name the rendering writes, and still names a misspelt name it does not', () => {
    expect(passages(core.ask('what about Afghanistn?')).passages[0]?.paragraph).toBe(40);
    expect(refusal(core.ask('Ukriane')).absent).toEqual(['Ukriane']);
    // Letters in capitals are an abbreviation, not a word to respell.
    expect(refusal(core.ask('does it mention the AFGHN')).absent).toEqual(['AFGHN']);
  });

  it('reads a misspelt name with its possessive, with either apostrophe, as the name', () => {
    expect(passages(core.ask("What's the vision for Afganistan's future - independent, neutral, drug-free?")).passages[0]?.paragraph).toBe(40);
    expect(passages(core.ask('What is the vision for Afganistan’s future?')).passages[0]?.paragraph).toBe(40);
  });

  it('reads the future or the prospects of a thing as a frame, as 未来 and 前景 are', () => {
    expect(passages(core.ask('What future do members envisage for Afghanistan?')).passages[0]?.paragraph).toBe(40);
  });

  it('reads a slip of a word the search passes over (Shanghia) as that word, not as a name absent', () => {
    expect(passages(core.ask('Shanghia Cooperation Organisation stance on Afghanistan')).passages[0]?.paragraph).toBe(40);
    expect(passages(core.ask('Shanghia spirit definition')).passages[0]?.paragraph).toBe(9);
  });

  it("answers a named issue the text has a paragraph on, however the question spells it (Iran's nuclear program, §48)", () => {
    expect(passages(core.ask("What's the SCO line on Iran's nuclear program?")).passages[0]?.paragraph).toBe(48);
  });

  it('answers a country with every paragraph naming it, however much more others score for its full name', () => {
    // §56 and §66 list the Islamic Republic of Iran; §48 names it once, in the nuclear deal's name.
    expect(passages(core.ask('what does it say about Iran')).passages.map((p) => p.paragraph)).toEqual(expect.arrayContaining([48, 56, 66]));
  });

  it('reads English written short (narco, agri) or joined to a clipping (bioterrorism) as the rendering writes it', () => {
    // §35: 'chemical and biological terrorism'.
    expect(passages(core.ask('does it say anything about bioterrorism')).passages[0]?.paragraph).toBe(35);
    expect(passages(core.ask('agri cooperation')).passages.map((p) => p.paragraph)).toContain(75);
    // A word of its own is not a clipping: a cult is not culture.
    expect(refusal(core.ask('cult groups')).absent).toEqual(['cult']);
  });

  it("reads 'the one after the X paragraph' and 'comes just after the X one' as the paragraph next to X's", () => {
    expect(passages(core.ask('the one after the Gaza paragraph')).passages[0]?.paragraph).toBe(30);
    expect(passages(core.ask('the one before the Belarus paragraph')).passages[0]?.paragraph).toBe(117);
    expect(passages(core.ask('which paragraph comes just after the NPT one')).passages[0]?.paragraph).toBe(51);
    // Words after 'paragraph' make a question, not a number read amiss.
    expect(passages(core.ask('paragraph after the one about Gaza')).passages[0]?.paragraph).toBe(30);
  });

  it('reads a price or a fee asked as an amount, and prices as a topic as no detail', () => {
    expect(refusal(core.ask('ticket price for Issyk-Kul marathon')).missing).toBe('amount');
    expect(refusal(core.ask('马拉松票价')).missing).toBe('amount');
    expect(refusal(core.ask('what did the leaders say about energy prices')).missing).toBeUndefined();
  });

  it('counts the names a question offers as its answer (— the CIS, the CSTO?) when the passage gives them', () => {
    expect(passages(core.ask('Which other regional bodies does the SCO work with - the CIS, the CSTO?')).passages[0]?.paragraph).toBe(114);
    // After a comma too; and a wrong guess the text never names is said absent beside the answer, not refused.
    expect(passages(core.ask('Who proposed the investment fund, Kazakhstan?')).passages[0]?.paragraph).toBe(82);
    const wrong = passages(core.ask('Where was the startup forum held, Mumbai?'));
    expect([wrong.passages[0]?.paragraph, wrong.absent]).toEqual([80, ['Mumbai']]);
    // An offered name the passage does not give answers nothing: §83 names no proposer of the bank.
    expect(refusal(core.ask('Who proposed the SCO development bank - China?')).missing).toBe('person');
  });

  it('refuses a thing named by a word of an absent name (an Olympic truce beside the Paris Olympics)', () => {
    // truce is the rendering's ceasefire (WordNet writes cease-fire), but this truce is the Olympics'.
    expect(refusal(core.ask('do they mention the Paris Olympics or an Olympic truce?')).absent).toEqual(['Paris Olympics']);
    expect(passages(core.ask('is there a truce in Gaza')).passages.map((p) => p.paragraph)).toContain(30);
  });

  it('refuses a name beside what a pronoun makes its own (BRICS or its expansion), and answers a topic beside it', () => {
    expect(refusal(core.ask('Any reference to BRICS or its expansion in the Astana text?')).absent).toEqual(['BRICS']);
    expect(refusal(core.ask('金砖国家及其扩员，宣言提了吗')).absent).toEqual(['金砖国家']);
    // 'There' after a place named before is that place's too.
    expect(refusal(core.ask('What did the declaration say about the war in Ukraine and civilian casualties there?')).absent).toEqual(['war in Ukraine']);
    const beside = passages(core.ask('BRICS and counter-terrorism cooperation'));
    expect([beside.absent, beside.passages.length > 0]).toEqual([['BRICS'], true]);
  });

  it('refuses names that stand beside each other or beside the organisation, not beside a topic it covers', () => {
    expect(refusal(core.ask('亚美尼亚与阿塞拜疆的冲突 上合怎么看')).absent).toEqual(['亚美尼亚', '阿塞拜疆']);
    expect(refusal(core.ask('金砖国家和上合有什么合作')).absent).toEqual(['金砖国家']);
    // 和 after a verb is 'with': what precedes it (宣言里说) is no topic beside the name.
    expect(refusal(core.ask('宣言里说和金砖国家怎么合作')).absent).toEqual(['金砖国家']);
    expect(refusal(core.ask('Is there anything on Ebola or cholera?')).absent).toEqual(expect.arrayContaining(['Ebola']));
  });

  it('refuses when only common words are found beside a specific word the declaration never uses', () => {
    expect(refusal(core.ask('宣言对电动车产业有什么支持')).absent).toEqual(['电动车']);
    // A common word beside a topic the declaration does speak of is answered.
    expect(passages(core.ask('宣言对数字经济产业有什么支持')).passages.length).toBeGreaterThan(0);
  });

  it('refuses an English question whose topic, set first before a dash or a colon, the declaration never uses', () => {
    // Its other words (joint supply chains) are the text's: §60 is related reading, not the answer.
    expect(refusal(core.ask('microchips: any plans for joint supply chains?')).absent).toEqual(['microchips']);
    expect(passages(core.ask('supply chains: any plans for joint ones?')).passages[0]?.paragraph).toBe(60);
  });

  it('answers from the paragraph that names the thing asked about, however the rest of the question is worded', () => {
    // 'still a live proposal': no word of it is the rendering's, but §83 names the SCO Development Bank.
    expect(passages(core.ask('is the SCO development bank still a live proposal?')).passages[0]?.paragraph).toBe(83);
    // Only the best paragraph, and only a named thing of its own: a dust-storm paragraph naming the UN does not answer for its convention.
    expect(refusal(core.ask('Does the part on dust storms cite the UN desertification convention?')).absent).toEqual(['desertification']);
  });

  it('answers from the paragraph that has every word of the topic an English question sets first', () => {
    // 'any explicit language?' is said of the topic: §62 has trade protectionism.
    expect(passages(core.ask('trade protectionism - any explicit language?')).passages[0]?.paragraph).toBe(62);
    // Not when another word of the question is one the declaration never uses.
    expect(refusal(core.ask('Sports cooperation - any support for Asian Games bids?')).absent).toContain('Asian Games');
  });

  it('answers a list and names what it lacks when a second part asks whether an absent name is on it', () => {
    const zh = passages(core.ask('哪些成员国重申支持一带一路倡议？美国在不在里面'));
    expect(zh.passages[0]?.paragraph).toBe(66);
    expect(zh.absent).toEqual(['美国']);
    expect(passages(core.ask('Which members back the Belt and Road? Is India on the list?')).absent).toEqual(['India']);
    // Asked alone, the absent name is the subject, and the question is refused.
    expect(refusal(core.ask('印度支持一带一路吗')).absent).toEqual(['印度']);
  });

  it('reads 哪国办 as which country holds it, not as the abbreviation 国办 jieba cuts from it', () => {
    const answer = passages(core.ask('明年峰会在哪国办'));
    expect(answer.passages[0]?.paragraph).toBe(120);
    expect(answer.absent).toEqual([]);
  });

  it('says where an edition was held only from a clause on that edition', () => {
    expect(passages(core.ask('第四届上合创业论坛在哪办的')).passages[0]?.paragraph).toBe(80);
    const other = refusal(core.ask('第五届上合创业论坛在哪办的'));
    expect(other.missing).toBe('place');
    expect(refusal(core.ask('Where was the 3rd SCO Startup Forum held?')).missing).toBe('place');
  });

  it('does not date what is next by what happened before the declaration', () => {
    expect(refusal(core.ask('道路运输便利化联合委员会下次会议什么时候开？')).missing).toBe('date');
    // What the declaration says comes next is dated (2025), and what happened before is dated too.
    expect(passages(core.ask('下届峰会哪年开')).passages[0]?.paragraph).toBe(120);
    expect(passages(core.ask('when was the road transport facilitation agreement signed?')).passages[0]?.paragraph).toBe(72);
  });

  it('takes a name said twice, as an abbreviation and as the text words it (AI … 人工智能), for one the text knows', () => {
    const answer = passages(core.ask('AI 这块 宣言对人工智能有啥要求'));
    expect(answer.passages[0]?.paragraph).toBe(98);
    expect(answer.absent).toEqual([]);
  });

  it('answers who or where comes after X only from what the text says after X', () => {
    // §95 names Almaty (before) and Qingdao (next): after Almaty, Qingdao; after Qingdao, the text says nothing.
    expect(passages(core.ask('阿拉木图之后，下一个上合旅游和文化之都是哪座城市')).passages[0]?.paragraph).toBe(95);
    expect(refusal(core.ask('青岛之后，下一个上合旅游和文化之都是哪座城市')).missing).toBe('place');
    expect(passages(core.ask('Who takes over the SCO chair after Kazakhstan?')).passages[0]?.paragraph).toBe(120);
    expect(refusal(core.ask('Who chairs the SCO after China?')).missing).toBe('person');
  });

  it('says the declaration gives no theme of a forum it only names', () => {
    const answer = refusal(core.ask('第19届上合论坛的主题是啥'));
    expect(answer.missing).toBe('name');
    expect(answer.reason).toContain('没有给出它的名称、标题或主题');
    expect(refusal(core.ask('What was the theme of the 19th SCO Forum?')).reason).toContain('gives no name, title or theme');
  });

  it('knows the Almaty centre by the name the UN gives it, for the SDGs, which the text itself never names', () => {
    expect(passages(core.ask('where would the UN regional SDG centre be set up?')).passages[0]?.paragraph).toBe(42);
    expect(refusal(core.ask('Which SDGs does the declaration prioritise?')).absent).toEqual(['SDGs']);
  });

  it('reads chat shorthand as the words it stands for, and a para as a paragraph', () => {
    expect(passages(core.ask('the SCO dev bank - is it happening?')).passages[0]?.paragraph).toBe(83);
    expect(passages(core.ask('wht do they say abt xenophobia rn?')).passages.map((p) => p.paragraph)).toContain(26);
    expect(passages(core.ask('drug trafficking para - what do they commit to?')).passages.length).toBeGreaterThan(0);
    // coop, as cooperation, is a stop word: what the cooperation is on is the question.
    expect(passages(core.ask('tourism coop - what kinds of tourism?')).passages.map((p) => p.paragraph)).toContain(94);
    // 'the three evils' are the three evil forces; a conf is a conference; 麻醉品 is the text's 麻醉药品.
    expect(passages(core.ask('what do they say about the three evils?')).passages.length).toBeGreaterThan(0);
    expect(passages(core.ask('麻醉品合法化上合怎么看')).passages[0]?.paragraph).toBe(45);
  });

  it('reads which powers as which countries, and says the text does not name them', () => {
    const answer = refusal(core.ask('which great powers back the Central Asian nuclear-weapon-free zone?'));
    expect(answer.missing).toBe('person');
    expect(answer.related.map((p) => p.paragraph)).toContain(49);
  });

  it('refuses a question whose subject is a disaster the text never names (its emergencies paragraph speaks of none)', () => {
    expect(refusal(core.ask('宣言提到洪灾了吗')).absent).toEqual(['洪灾']);
    expect(refusal(core.ask('哈萨克斯坦洪灾救援宣言提了吗')).absent).toEqual(['洪灾']);
    // The same in English: floods are not the text's disasters either.
    expect(refusal(core.ask('does it mention floods?')).absent).toEqual(['floods']);
  });

  it('refuses a question whose subject is a disease the text never names', () => {
    expect(refusal(core.ask('新冠疫情后的卫生合作')).absent).toEqual(['新冠疫情']);
  });

  it('answers what stands beside an unknown word only when the text has every noun of it', () => {
    // 关键矿产: the text has 关键 (关键领域), never 矿产.
    expect(refusal(core.ask('宣言对钨矿、关键矿产开发怎么说')).absent).toContain('钨矿');
    const partly = passages(core.ask('宣言对芯片和数字经济合作怎么说'));
    expect(partly.passages[0]?.paragraph).toBe(78);
    expect(partly.absent).toEqual(['芯片']);
  });

  it('takes an abbreviation in brackets after a name for the name again, and a code of capitals and digits for a name', () => {
    expect(passages(core.ask('宣言对上合组织开发银行（SCODB）怎么说')).passages[0]?.paragraph).toBe(83);
    expect(refusal(core.ask('Did they discuss H5N1?')).absent).toEqual(['H5N1']);
  });

  it('names a name once, possessive or not', () => {
    expect(refusal(core.ask("What did they say about Hezbollah's rockets?")).absent).toEqual(['Hezbollah', 'rockets']);
  });

  it('names a compound jieba cuts into characters when the text never uses it', () => {
    expect(refusal(core.ask('碳达峰碳中和')).absent).toEqual(['碳中和']);
  });

  it('takes a document named after a place for a thing of its own, not for the place', () => {
    // The text names New Delhi (§80), never the New Delhi Declaration; it is the Astana Declaration itself.
    expect(refusal(core.ask('Is the New Delhi Declaration mentioned?')).absent).toEqual(['New Delhi Declaration']);
    // A title the gazetteer lacks is named whole, not by the place in it.
    expect(refusal(core.ask('Does it cite the Istanbul Convention?')).absent).toEqual(['Istanbul Convention']);
    expect(passages(core.ask('What does the Astana Declaration say about the JCPOA?')).passages[0]?.paragraph).toBe(48);
  });

  it('names the words nothing in the text matches when they make one noun phrase, and only then', () => {
    expect(refusal(core.ask('宣言提到洪灾了吗')).reason).toBe('宣言没有提到洪灾。');
    // Asked for a figure, the question is told in the usual words, with the count as what is missing and the words in `absent`.
    const toll = refusal(core.ask('what death toll in gaza does the declaration cite?'));
    expect(toll.missing).toBe('count');
    expect(toll.absent).toEqual(['death', 'toll']);
    // Two words apart are not one subject, and a locution (紧跟着) is no thing to name: the usual words.
    expect(refusal(core.ask('weather in Astana tomorrow')).reason).toBe('The declaration does not address this, as far as I can find.');
    expect(refusal(core.ask('weather in Astana tomorrow')).absent).toEqual(['weather', 'tomorrow']);
  });

  it('takes de-dollarisation for the dollar the text never names, with local-currency settlement as related reading', () => {
    const answer = refusal(core.ask('扩大本币结算那段 是不是明说要去美元化'));
    expect(answer.absent).toEqual(['美元']);
    expect(answer.related.map((p) => p.paragraph)).toContain(81);
  });

  it('takes an event named after a place for a thing of its own, a summit excepted, and knows the Dushanbe water conference the text names', () => {
    expect(refusal(core.ask('Did they welcome the results of the Astana International Forum?')).absent).toEqual(['Astana International Forum']);
    // A capitalised event name the gazetteer lacks is named whole, as a document's title is.
    expect(refusal(core.ask('Did they mention the Tashkent International Investment Forum?')).absent).toEqual(['Tashkent International Investment Forum']);
    // The text dates documents by the summits that adopted them (16 September 2022, Samarkand).
    expect(passages(core.ask('撒马尔罕峰会通过的路线图')).passages[0]?.paragraph).toBe(81);
    // §105 names it with its years inside: 第三届“水促进可持续发展”国际行动十年（2018—2028）高级别会议.
    expect(passages(core.ask('What about the Dushanbe water conference?')).passages[0]?.paragraph).toBe(105);
  });

  it('searches for the paragraph a neighbour is asked of without the words that place it (紧跟着的一段, right after the one on)', () => {
    expect(passages(core.ask('白俄罗斯入组织那段之后紧跟着的一段说了啥')).passages[0]?.paragraph).toBe(119);
    expect(passages(core.ask("what's the paragraph right after the one on Belarus joining?")).passages[0]?.paragraph).toBe(119);
    expect(passages(core.ask('开发银行那段的前一段')).passages[0]?.paragraph).toBe(82);
  });

  it('reads the part a question points to as where to look, and a word outside it the text never uses as what is asked', () => {
    const answer = refusal(core.ask('Did the digital finance part address cryptocurrencies?'));
    expect(answer.absent).toEqual(['cryptocurrencies']);
    expect(refusal(core.ask('禁毒那段提没提芬太尼')).reason).toBe('宣言没有提到芬太尼。');
    // Asked about the part itself, it answers; words about the text's own words (原文, 措辞) ask nothing more.
    expect(passages(core.ask('What does the energy section say about nuclear power?')).passages.length).toBeGreaterThan(0);
    expect(passages(core.ask('反导系统那段怎么措辞的？')).passages[0]?.paragraph).toBe(10);
  });

  it('reads chat verbs and a new round (干点啥, 新一轮) as no words of the subject, as it reads new in English', () => {
    expect(passages(core.ask('新一轮打击三股势力的合作纲要覆盖哪几年？')).passages[0]?.paragraph).toBe(32);
    expect(passages(core.ask('科技合作方面，成员国打算在上合框架内具体干点啥')).passages.map((p) => p.paragraph)).toContain(97);
    // 入上合 is joining it, as 入组 is: §118, not the paragraph that lists Belarus among others.
    expect(passages(core.ask('白俄罗斯入上合宣言怎么评价的')).passages[0]?.paragraph).toBe(118);
    // A task force is the text's working group (专门工作组), written as one word too: not cut into task and force.
    expect(passages(core.ask('a dedicated climate task force?')).passages[0]?.paragraph).toBe(103);
    expect(passages(core.ask('climate taskforce?')).passages[0]?.paragraph).toBe(103);
  });

  it('reports absent names and related passages in the JSON', () => {
    const json = toJson('q', core.ask('上合对乌克兰危机怎么看'));
    expect(json).toMatchObject({ notCovered: true, absent: ['乌克兰危机'], passages: [] });
  });
});

describe('missing details', () => {
  it('says the development bank is mentioned but no figure is given', () => {
    const answer = refusal(core.ask('上合开发银行的注册资本是多少'));
    expect(answer.missing).toEqual('amount');
    expect(answer.related.map((p) => p.paragraph)).toContain(83);
    expect(answer.reason).toMatch(/^宣言提到了.*（§83.*），但没有给出具体金额或数字。$/u);
    const json = toJson('q', answer);
    expect(json).toMatchObject({ notCovered: true, missing: 'amount', passages: [] });
    expect(json.related?.map((p) => p.paragraph)).toContain(83);
  });

  it('reads the detail an English question asks through plurals and modifiers (what dates, which Chinese leader)', () => {
    expect(refusal(core.ask('On what dates will the innovation partnership week proposed by Uzbekistan be held?')).missing).toEqual('date');
    expect(refusal(core.ask('Which Chinese leader put forward the Belt and Road Initiative?')).missing).toEqual('person');
  });

  it("reads an English question's detail in the clause of the English rendering that holds its words", () => {
    // §102 names Samarkand for the climate statement, after ', and', not for the agreement signed before it.
    expect(refusal(core.ask('Where did the member states sign the environmental protection agreement?')).missing).toEqual('place');
    expect(passages(core.ask('Where was the statement on responding to climate change made?')).passages[0]?.paragraph).toBe(102);
    expect(passages(core.ask('In which month was the Eurasia-Antiterror exercise held?')).passages[0]?.paragraph).toBe(39);
  });

  it('reads an outcome in the present tense the rendering uses (decide to establish, decide to adopt)', () => {
    expect(passages(core.ask('climate working group: what did they decide?')).passages[0]?.paragraph).toBe(103);
    expect(passages(core.ask('what was decided on the investors alliance?')).passages[0]?.paragraph).toBe(82);
    expect(passages(core.ask('antimonopoly heads meetings - what was agreed?')).passages[0]?.paragraph).toBe(84);
    // Welcoming a meeting is not deciding anything.
    expect(refusal(core.ask('what came out of the Dushanbe water conference?')).missing).toBe('outcome');
  });

  it('does not take the country that proposed something for the countries it covers, nor a name inside the name asked about', () => {
    // §43: Tajikistan's initiative on a security belt around Afghanistan; which countries it would take in, the text does not say.
    expect(refusal(core.ask('环阿富汗安全带具体涵盖哪些国家')).missing).toBe('person');
    expect(refusal(core.ask('which countries would the security belt around Afghanistan include?')).related.map((p) => p.paragraph)).toContain(43);
    expect(passages(core.ask('哪个国家提出了环阿富汗安全带倡议')).passages[0]?.paragraph).toBe(43);
    expect(passages(core.ask('who proposed the security belt around Afghanistan?')).passages[0]?.paragraph).toBe(43);
  });

  it('answers which things by name only with names of that class (an alliance is not a university)', () => {
    const answer = refusal(core.ask('which universities belong to the SCO University network'));
    expect(answer.missing).toBe('name');
    // The subject as the question's own phrase, not its words strung together ('universities University').
    expect(answer.reason).toBe('The declaration mentions SCO University (§96) but does not name which ones.');
    expect(refusal(core.ask('上合组织大学有哪些高校')).missing).toBe('name');
    expect(refusal(core.ask('What specific events did Kazakhstan run as SCO tourism and cultural capital?')).missing).toBe('name');
  });

  it('counts a name of the class asked only by how the name ends (发展 is no exhibition, 香港 no port, the Group of Twenty no company)', () => {
    expect(refusal(core.ask('Which companies take part in SCO energy projects?')).missing).toBe('name');
  });

  it('takes the noun after a name (哈萨克斯坦洪灾, Kazakhstan floods) for what is asked, the name for whose', () => {
    expect(refusal(core.ask('哈萨克斯坦洪灾宣言提了吗')).reason).toBe('宣言没有提到洪灾。');
    expect(refusal(core.ask('哈萨克斯坦洪災宣言提了嗎')).absent).toEqual(['洪灾']);
    expect(refusal(core.ask('Kazakhstan floods - mentioned?')).reason).toBe('The declaration does not mention floods.');
    // Beside a class the text covers, the name is one of them (fentanyl and other drugs): the rest is answered.
    expect(passages(core.ask('芬太尼等毒品的管制')).absent).toEqual(['芬太尼']);
  });

  it('answers with a passage that matches all the best scoring one does and more, though it scores less (§29 names Israel and Palestine)', () => {
    expect(passages(core.ask('what did the declaration say about relations between Israel and Palestine')).passages[0]?.paragraph).toBe(29);
    // Not one that matches other words instead (§91's languages for 'AI cooperation language').
    expect(core.ask('Which country proposed the AI cooperation language?').kind).toBe('notCovered');
  });

  it('reads events and seasons as what is asked, not a subject the text never uses (what events were hosted in Bishkek)', () => {
    expect(passages(core.ask('what events were hosted in Bishkek?')).passages[0]?.paragraph).toBe(109);
    expect(passages(core.ask('list the events that took place in Astana')).passages.map((p) => p.paragraph)).toContain(87);
    expect(passages(core.ask('The SCO co-hosted some event with UNODC in Vienna this spring - what was it called and when?')).passages[0]?.paragraph).toBe(44);
  });

  it('gives the best passages found as related reading when a question is not covered and names nothing absent', () => {
    const answer = refusal(core.ask('Is Belarus a bigger member now'));
    expect(answer.absent).toEqual([]);
    expect(answer.related[0]?.paragraph).toBe(118);
  });

  it('reads full membership, admitting and 加入 as becoming a member (§118)', () => {
    expect(passages(core.ask('Is Belarus a full member?')).passages[0]?.paragraph).toBe(118);
    expect(passages(core.ask('白俄罗斯加入上合了吗')).passages[0]?.paragraph).toBe(118);
  });

  it('does not answer the organisation alone for a question about it and something the text never names (SCO and NATO)', () => {
    const answer = refusal(core.ask('SCO and NATO cooperation?'));
    expect(answer.absent).toEqual(['NATO']);
  });

  it('reads a clause that says 为此 (to this end) as speaking of the clause before it: the RATS programme covers 2025–2027', () => {
    expect(passages(core.ask('the new RATS counterterrorism cooperation programme covers which years?')).passages[0]?.paragraph).toBe(32);
  });

  it('reads what comes after a place from that place on, not from the thing asked about (the capital after Almaty is Qingdao, §95)', () => {
    expect(passages(core.ask('Which city succeeded Almaty as SCO tourism and cultural capital?')).passages[0]?.paragraph).toBe(95);
    // After Qingdao, the text names none.
    expect(refusal(core.ask('青岛之后，下一个上合旅游和文化之都是哪个城市？')).missing).toBe('place');
  });

  it('reads who chairs after Kazakhstan as asking for a country, which §120 names', () => {
    expect(passages(core.ask('who chairs after Kazakhstan')).passages[0]?.paragraph).toBe(120);
  });

  it('takes a city or a country for who hosted a meeting (who hosted the SCO energy forum: Astana, §87)', () => {
    expect(passages(core.ask('who hosted the SCO energy forum?')).passages[0]?.paragraph).toBe(87);
    expect(passages(core.ask('谁主办了上合能源论坛')).passages[0]?.paragraph).toBe(87);
  });

  it('reads militarizing space as the weaponization of outer space the text opposes (§51)', () => {
    expect(passages(core.ask('Any language against militarizing space?')).passages[0]?.paragraph).toBe(51);
  });

  it('reads analysts’ praise, plaudits and helm as the text’s 高度评价 and 轮值主席国 (§119)', () => {
    expect(passages(core.ask('Which presidency earned praise from the leaders?')).passages[0]?.paragraph).toBe(119);
    expect(passages(core.ask('Whose term at the helm did the leaders applaud?')).passages[0]?.paragraph).toBe(119);
  });

  it('knows the SCO statuses the text never mentions: dialogue partners, observer states', () => {
    expect(refusal(core.ask('Which countries became new dialogue partners?')).absent).toEqual(['dialogue partners']);
    expect(refusal(core.ask('这次新接纳了哪些对话伙伴？')).absent).toEqual(['对话伙伴']);
  });

  it('reads anti-monopoly as the antimonopoly the text writes, not as what else is anti (terror, drugs)', () => {
    expect(passages(core.ask('What does the declaration say about anti-monopoly cooperation?')).passages[0]?.paragraph).toBe(84);
  });

  it('does not answer a question about the previous summit with this one', () => {
    expect(refusal(core.ask('where was the previous SCO summit')).absent).toEqual(['previous SCO summit']);
    expect(refusal(core.ask('上一届峰会在哪开的')).absent).toEqual(['上一届峰会']);
    expect(passages(core.ask('when is the next summit')).passages[0]?.paragraph).toBe(120);
  });

  it('reads long-term, short-term and mid-term as saying when, not as a subject the text never uses (term)', () => {
    expect(passages(core.ask('short-term measures against drug trafficking')).passages[0]?.paragraph).toBe(44);
    expect(core.ask('long-term goals of the SCO?').kind).toBe('passages');
  });

  it('answers a question about an edition (the 19th SCO Forum) only with a passage naming that edition', () => {
    expect(refusal(core.ask('where was the 18th SCO Forum')).absent).toEqual(['18th SCO Forum']);
    expect(refusal(core.ask('第18届上合论坛在哪')).absent).toEqual(['第18届上合论坛']);
    expect(refusal(core.ask('when is the second SCO medical forum')).related.map((p) => p.paragraph)).toContain(109);
    expect(passages(core.ask('where was the 19th SCO Forum')).passages[0]?.paragraph).toBe(88);
    expect(passages(core.ask('首届上合医学论坛在哪开')).passages[0]?.paragraph).toBe(109);
    // The text's only first meeting is of another body: no answer, and the edition is not said absent.
    const antitrust = refusal(core.ask("When's the first meeting of SCO antitrust agency heads?"));
    expect(antitrust.absent).toEqual([]);
    expect(antitrust.related[0]?.paragraph).toBe(84);
  });

  it('takes an everyday noun the text never uses after a country for what is asked (乌兹别克斯坦棉花, Iranian drones), not a frame noun (态度)', () => {
    expect(refusal(core.ask('乌兹别克斯坦棉花')).absent).toEqual(['棉花']);
    expect(refusal(core.ask('伊朗总统选举')).absent).toContain('总统');
    expect(refusal(core.ask('Iranian drones')).absent).toEqual(['drones']);
    expect(refusal(core.ask('阿富汗被冻结资产问题怎么说？')).absent).toEqual(['冻结资产']);
    // A noun that frames the question (attitude, the original wording, next) asks about what the text does say.
    expect(passages(core.ask('上合对阿富汗的态度')).passages[0]?.paragraph).toBe(40);
    expect(passages(core.ask('宣言原文怎么说反恐')).passages.length).toBeGreaterThan(0);
  });

  it("names the subject back as the question's phrase, with the organisation's name before it", () => {
    expect(refusal(core.ask('How much capital will the SCO development bank have?')).reason).toBe(
      'The declaration mentions SCO development bank (§83) but gives no figure (amount) for it.',
    );
    // A mixed question keeps the case it was written in.
    expect(refusal(core.ask('SCO大学什么时候成立的？')).reason).toContain('SCO大学');
  });

  it('answers which years a programme covers only with a span of years or the year it runs to, and reads new as no word of the subject', () => {
    expect(passages(core.ask('Which years does the new SCO counter-terrorism cooperation programme cover?')).passages[0]?.paragraph).toBe(32);
    expect(passages(core.ask('What did they say about new psychoactive substances?')).passages[0]?.paragraph).toBe(44);
  });

  it('answers when the detail is there: the date and place of the summit, the country that proposed the police body', () => {
    expect(passages(core.ask('峰会是哪天在哪开的')).passages[0]?.paragraph).toBe(1);
    expect(passages(core.ask('Which country proposed the SCO police body?')).passages[0]?.paragraph).toBe(56);
  });

  it('does not take the country that proposed something for where it is', () => {
    expect(refusal(core.ask('伊朗提议的那个警察机构准备设在哪里')).missing).toEqual('place');
    expect(passages(core.ask('上合组织论坛这次在哪里开的')).passages[0]?.paragraph).toBe(88);
  });

  it('wants a day when asked for one, and a date other than the year the question names', () => {
    expect(refusal(core.ask('下一次元首理事会会议定在几月几号')).missing).toEqual('date');
    expect(passages(core.ask('阿斯塔纳峰会是哪天举行的')).passages[0]?.paragraph).toBe(1);
  });

  it('answers a detail about what comes next from the next one only', () => {
    expect(refusal(core.ask('In which city will the next summit be held?')).missing).toEqual('place');
    expect(passages(core.ask('下届峰会在哪开')).passages[0]?.paragraph).toBe(120);
  });

  it('quotes the whole paragraph when the detail is in a sentence that matches the question less', () => {
    // §109's first sentence is about primary health care; the second names who proposed the alliance.
    const answer = passages(core.ask('Who proposed an international alliance on primary health care?'));
    const quote = answer.passages[0]?.quote.map((s) => s.text).join('') ?? '';
    expect({ paragraph: answer.passages[0]?.paragraph, namesProposer: quote.includes('哈萨克斯坦'), elided: quote.includes('……') }).toEqual({
      paragraph: 109,
      namesProposer: true,
      elided: false,
    });
    // Asked only about the subject, the quote keeps to the sentences that best match it.
    expect(passages(core.ask('primary health care')).passages[0]?.quote.some((s) => s.text === '……')).toBe(true);
  });

  it('reads "where is the line about X" as a question about the text, not a place', () => {
    expect(passages(core.ask('Where is the line about a community with a shared future for mankind?')).passages[0]?.paragraph).toBe(7);
  });

  it('reads a clause that points back (该机构…) as about the subject of the clause before it', () => {
    // §53: the initiative to set up the agency, then 该机构向联合国安理会报告 (this agency reports to the Security Council).
    expect(passages(core.ask('哈萨克斯坦倡议在联合国框架内设立的国际生物安全机构向哪个机构报告')).passages[0]?.paragraph).toBe(53);
    expect(
      passages(core.ask('The international biosafety agency proposed by Kazakhstan within the UN: which body would it report to?')).passages[0]?.paragraph,
    ).toBe(53);
  });

  it('reads a clause naming "this process" (这一进程) as about what a clause before it named', () => {
    // §55: fighting transnational organised crime …, 承认联合国在这一进程中的中心协调作用 (the UN's central role in this process).
    expect(
      passages(core.ask('Which body did members credit with the central coordinating role in fighting transnational organized crime?')).passages[0]?.paragraph,
    ).toBe(55);
    expect(passages(core.ask('打击跨国有组织犯罪，宣言承认哪个机构的中心协调作用')).passages[0]?.paragraph).toBe(55);
  });

  it('answers the part of a compound question the declaration answers, and says which detail the other part lacks', () => {
    // §109 welcomes the forum in Bishkek (where) and its results, which it does not say (what came of it).
    const partly = passages(core.ask('Where was the first SCO international medical forum held and what came out of health cooperation?'));
    expect(partly.passages[0]?.paragraph).toBe(109);
    expect(partly.missing).toEqual('outcome');
    expect(partly.note).toMatch(/does not say what came of it/u);
    expect(toJson(partly.query, partly)).toMatchObject({ kind: 'passages', missing: 'outcome', note: partly.note });
    // Each part asked on its own: §120 says who chairs next and where the 2025 meeting is; the parts quote
    // different sentences of it, so it is quoted whole.
    for (const question of [
      "Who takes over the SCO chairmanship after Kazakhstan, and where's the 2025 summit?",
      '明年由谁接任上合轮值主席国？下次元首会议在哪国开？',
    ]) {
      const whole = passages(core.ask(question));
      expect(whole.passages[0]?.paragraph).toBe(120);
      expect(plain(whole.passages[0]?.quote ?? [])).toEqual(whole.passages[0]?.text);
      expect(whole.missing).toBeUndefined();
    }
    // A question of one part that asks a detail the declaration does not give is still refused.
    expect(refusal(core.ask('What came out of the first SCO international medical forum?')).missing).toEqual('outcome');
  });

  it('lends a paragraph the name the one before it says, for an English name the lexicon also has in lower case (Gaza)', () => {
    // §29 names the Gaza Strip; §30, on the same conflict, calls for the ceasefire without naming it again.
    expect(passages(core.ask('Did SCO leaders call for a ceasefire in Gaza?')).passages[0]?.paragraph).toBe(30);
    expect(passages(core.ask('Gaza ceasefire')).passages[0]?.paragraph).toBe(30);
  });

  it('takes a UN convention on cybercrime for the one §58 calls for, not the Council of Europe’s Convention on Cybercrime', () => {
    expect(passages(core.ask('Does the SCO back a UN convention on cybercrime?')).passages[0]?.paragraph).toBe(58);
    expect(passages(core.ask('anything on a UN treaty against cybercrime?')).passages[0]?.paragraph).toBe(58);
    expect(refusal(core.ask('Does the declaration mention the Budapest Convention on Cybercrime?')).absent.length).toBeGreaterThan(0);
  });

  it('does not take the country that proposed a project for the things the project holds', () => {
    // §93 notes the 'Spiritual Treasures of the SCO' project Kazakhstan proposed; it lists nothing in it.
    expect(refusal(core.ask('“上合组织精神瑰宝”项目具体收了哪些东西')).missing).toEqual('name');
    expect(refusal(core.ask('Which heritage sites are included in the "SCO Spiritual Treasures" project?')).missing).toEqual('name');
    expect(refusal(core.ask('一带一路和欧亚经济联盟对接落地了哪些具体项目')).missing).toEqual('name');
  });

  it('reads the words a question frames its subject with (内涵, components) as no subject of their own', () => {
    expect(passages(core.ask('上海精神的具体内涵宣言里是怎么概括的')).passages[0]?.paragraph).toBe(9);
    expect(passages(core.ask("What are the components of the 'Shanghai Spirit' as the text lists them?")).passages[0]?.paragraph).toBe(9);
  });

  it('reads missile defences and a swipe at them as the text’s anti-missile systems it opposes (§10)', () => {
    expect(passages(core.ask('does the astana text take a swipe at anyone building up global missile defences?')).passages[0]?.paragraph).toBe(10);
  });

  it('reads the Central Asian members’ two-letter codes (KZ) as the countries, and orgs or blocs as frame words', () => {
    expect(
      passages(core.ask('KZ proposed a UN regional centre for sustainable development for Central Asia & Afghanistan - where would it sit?')).passages[0]
        ?.paragraph,
    ).toBe(42);
    expect(
      passages(core.ask('SCO and other regional blocs: which orgs does the decl say it cooperates with (CSTO, CIS, ASEAN...)?')).passages[0]?.paragraph,
    ).toBe(114);
  });

  it('reads 哪段时间 as asking when, not about an unknown 段时间', () => {
    expect(passages(core.ask('哈萨克斯坦当轮值主席国是哪段时间 宣言怎么评价')).passages[0]?.paragraph).toBe(119);
  });

  it('reads 张罗 (to organise, colloquial) as the text’s 举办, not as a name it never mentions', () => {
    expect(passages(core.ask('第四届上合地方领导人论坛在哪儿开，谁张罗的')).passages[0]?.paragraph).toBe(90);
  });

  it('reads clipped words (chem, bio, agri, tech) as the words they clip', () => {
    expect(passages(core.ask('Where do they want multilateral talks on a chem & bio terrorism convention to start?')).passages[0]?.paragraph).toBe(35);
  });

  it('reads a proposal as the initiative (倡议) the declaration words it as', () => {
    // §56 notes Iran's initiative (倡议) on a police body; the rendering says 'initiative', not 'proposal'.
    expect(passages(core.ask('which country suggested creating an SCO police body')).passages[0]?.paragraph).toBe(56);
  });

  it('names the head of a hyphenated word the declaration never uses', () => {
    expect(refusal(core.ask('Does the declaration explicitly talk about de-dollarization?')).absent).toEqual(['dollarization']);
  });

  it('asks a compound question part by part when the whole is refused for want of coverage too', () => {
    // Each part alone is answered; together their words cover no one paragraph enough.
    const answer = passages(core.ask('Which country held the rotating SCO chair for 2023-24, and how did the others rate its term?'));
    expect(answer.passages.map((p) => p.paragraph)).toContain(119);
    // A question of one part is refused as before.
    expect(refusal(core.ask('How did the others rate its term?')).kind).toEqual('notCovered');
  });

  it('parts a compound question at a question mark, a semicolon, or "and" before a question word', () => {
    expect(questionParts('Who takes over, and where is the summit?')).toEqual(['Who takes over', 'where is the summit?']);
    expect(questionParts('下一任主席国是谁？明年峰会在哪开')).toEqual(['下一任主席国是谁', '明年峰会在哪开']);
    expect(questionParts('Does the SCO back trade and investment?')).toEqual(['Does the SCO back trade and investment?']);
  });

  it('parts questions lettered or numbered in brackets, and reads no contraction as a word (I’m)', () => {
    expect(questionParts('three things: (a) which years does the programme cover, (b) where was the exercise, and (c) what about drugs?')).toEqual([
      'which years does the programme cover',
      'where was the exercise',
      'what about drugs?',
    ]);
    // One bracketed letter is no list.
    expect(questionParts('what does plan (a) say?')).toEqual(['what does plan (a) say?']);
    const brief = core.ask("I'm writing a CT brief: (a) which years does the new programme on the three evils cover, (b) what do they say about drugs?");
    // The first part's §32 comes first, the drugs part's after it; nothing is named absent.
    expect([passages(brief).passages[0]?.paragraph, passages(brief).passages.length > 1, passages(brief).absent]).toEqual([32, true, []]);
  });

  it('says what came of a meeting is not there when the text only welcomes its results', () => {
    expect(refusal(core.ask('第19届上合组织论坛取得了哪些成果？')).missing).toEqual('outcome');
    expect(refusal(core.ask('What were the outcomes of the SCO transport forum in Tashkent?')).missing).toEqual('outcome');
  });

  it('says no reason is given where the text gives none, and answers a why the text does answer', () => {
    expect(refusal(core.ask('为什么把2025年定为可持续发展年')).missing).toEqual('reason');
    expect(passages(core.ask('Why does the SCO oppose unilateral sanctions?')).passages.map((p) => p.paragraph)).toContain(63);
  });

  it('reads 汇报 as the text’s 报告 (to report to a body)', () => {
    expect(passages(core.ask('生物安全机构向联合国哪个机构汇报')).passages[0]?.paragraph).toBe(53);
  });

  it('takes a country named as the territory where something was held for where it was held', () => {
    expect(passages(core.ask('Where was the Eurasia-Antiterror 2023 exercise held?')).passages[0]?.paragraph).toBe(39);
  });

  it('says which detail is missing when it refuses for another reason too', () => {
    expect(refusal(core.ask('上合秘书长现任是哪位')).missing).toEqual('person');
  });
});

describe('English as analysts write it', () => {
  it('reads spelling variants and compounds', () => {
    expect(passages(core.ask('counterterrorism cooperation')).passages[0]?.paragraph).toBeOneOf([20, 33]);
    expect(passages(core.ask('counter terrorism cooperation')).passages[0]?.paragraph).toBeOneOf([20, 33]);
  });
});

describe('reading the input', () => {
  it('does not take a chat mention for a word', () => {
    expect(passages(core.ask('<@U123> 恐怖主义融资')).passages[0]?.paragraph).toBe(27);
  });

  it.each(["what's in paragraph 42?", 'show me §42', '第42段说了啥', 'para. 42'])('reads %s as a paragraph request', (text) => {
    const answer = core.ask(text);
    expect(answer.kind === 'paragraphs' ? answer.paragraphs.map((p) => p.paragraph) : answer.kind).toEqual([42]);
  });

  it.each(['что говорится о терроризме', 'テロについて何と言っていますか'])('answers %s in Chinese and English that it reads neither', (text) => {
    const answer = core.ask(text);
    expect(answer).toMatchObject({ kind: 'error', code: 'unsupportedLanguage', message: UNSUPPORTED_LANGUAGE_TEXT.en });
    expect(UNSUPPORTED_LANGUAGE_TEXT.en).toMatch(/中文.*\n.*Chinese and English/su);
  });

  it('answers the paragraph after the one on a subject', () => {
    const about = passages(core.ask('drug control')).passages[0]?.paragraph ?? 0;
    expect(passages(core.ask('the paragraph after the one on drug control')).passages[0]?.paragraph).toBe(about + 1);
  });
});

describe('order', () => {
  it('puts what follows X first for "after X"', () => {
    const chair = passages(core.ask('Kazakhstan chairmanship')).passages[0]?.paragraph ?? 0;
    expect(passages(core.ask('Who takes over the chairmanship after Kazakhstan?')).passages[0]?.paragraph).toBe(chair + 1);
  });

  it('does not read 以后 (in future) as "after"', () => {
    expect(passages(core.ask('希望阿富汗以后变成什么样的国家')).passages[0]?.paragraph).toBeOneOf([40, 41]);
  });
});

describe('reading English names and wh-words (review findings)', () => {
  it('does not take a capitalised verb opening the question for a name', () => {
    expect(passages(core.ask('Explain the stance on Afghanistan')).passages[0]?.paragraph).toBeOneOf([40, 41, 42, 43]);
  });

  it('names a name nobody listed as the question wrote it', () => {
    expect(refusal(core.ask('Did they mention Huawei?')).absent).toEqual(['Huawei']);
  });

  it('reads a question typed in capitals without taking WHO for the World Health Organization', () => {
    expect(passages(core.ask('WHO WILL CHAIR THE SCO NEXT?')).passages[0]?.paragraph).toBe(120);
  });

  it('does not take "let" for an abbreviation written LeT', () => {
    expect(passages(core.ask('Let me know what it says about drug trafficking')).passages[0]?.paragraph).toBe(44);
  });

  it('finds the CIS behind "the Commonwealth of Independent States"', () => {
    expect(passages(core.ask('the Commonwealth of Independent States')).passages[0]?.paragraph).toBe(114);
  });

  it('reads a curly apostrophe in a paragraph request', () => {
    const answer = core.ask('what’s in paragraph 42?');
    expect(answer.kind === 'paragraphs' ? answer.paragraphs.map((p) => p.paragraph) : answer.kind).toEqual([42]);
  });

  it('does not read a number with a unit as a year', () => {
    expect(core.ask('border areas 2000 km long').kind === 'notCovered' ? refusalAbsent('border areas 2000 km long') : []).not.toContain('2000');
  });
});

function refusalAbsent(question: string): string[] {
  const answer = core.ask(question);
  return answer.kind === 'notCovered' ? answer.absent : [];
}

describe('paragraphs before and after the one on a subject', () => {
  it('reads the order however it is said: right after, just before, 那段后面', () => {
    expect(passages(core.ask('粮食安全那段后面讲的是什么')).passages[0]?.paragraph).toBe(76);
    expect(passages(core.ask('What comes just before the paragraph on food security?')).passages[0]?.paragraph).toBe(74);
    expect(passages(core.ask('the paragraph immediately after the one on food security')).passages[0]?.paragraph).toBe(76);
  });

  it('finds the paragraph after the one naming a year, though it names no year itself', () => {
    expect(passages(core.ask('the paragraph right after the one declaring 2025 the Year of Sustainable Development')).passages[0]?.paragraph).toBe(102);
  });
});

describe('who does something, said in a clause before it', () => {
  it('reads the subject a clause goes on with (以及将…, as well as its plans) as who does it', () => {
    expect(passages(core.ask('科威特城那个高级别会议是哪个国家要办的')).passages[0]?.paragraph).toBe(34);
    expect(passages(core.ask('Which country is behind the Kuwait City meeting?')).passages[0]?.paragraph).toBe(34);
  });
});

describe('what the question asks besides a date', () => {
  it('is refused, naming a date the declaration never names', () => {
    expect(refusal(core.ask('What was adopted in Astana on 29 May 2023?')).absent).toEqual(['29 May 2023']);
    expect(refusal(core.ask('2023年7月4日的峰会说了什么')).absent).toEqual(['2023年7月4日']);
    expect(passages(core.ask('What happened on 29 May 2024?')).passages[0]?.paragraph).toBe(76);
  });

  it('is an event, not a place, when it took place', () => {
    expect(passages(core.ask('What took place in Nairobi?')).passages[0]?.paragraph).toBe(113);
  });

  it('is answered when it counts what the declaration itself lists', () => {
    expect(passages(core.ask('How many marathons are mentioned?')).passages[0]?.paragraph).toBe(111);
    expect(passages(core.ask('几个国家重申支持一带一路')).passages[0]?.paragraph).toBe(66);
  });
});

describe('a year beside a place', () => {
  it('is not answered by a passage naming the year without the place: the two are named as the question says them', () => {
    expect(refusal(core.ask("What's planned for 2030 in Tashkent?")).absent).toEqual(['2030 in Tashkent']);
    expect(refusal(core.ask('2024年北京发生了什么')).absent).toEqual(['2024年北京']);
  });

  it('is answered where both are, and the place the declaration was made frames every paragraph', () => {
    expect(passages(core.ask('What happens in 2025?')).passages[0]?.paragraph).toBe(101);
    expect(passages(core.ask('status of the SCO Development Strategy to 2035 - adopted at Astana or still being drafted?')).passages[0]?.paragraph).toBe(15);
  });
});

describe('a question nothing answers', () => {
  it('names its rare Chinese words the declaration never uses, of any part of speech', () => {
    expect(refusal(core.ask('宣言提到免签政策了吗')).absent).toEqual(['免签']);
    expect(refusal(core.ask('伊朗铀浓缩丰度')).absent).toEqual(['丰度']);
  });

  it('but not how questions ask, nor English words that are not nouns', () => {
    expect(refusal(core.ask('宣言对此表态了吗')).absent).toEqual([]);
    expect(refusal(core.ask("what's intra-SCO trade worth these days, per the declaration?")).absent).toEqual([]);
  });
});

describe('a detail asked of a treaty, a body or a programme', () => {
  it('is given only by a passage that mentions it, not by another treaty’s clause sharing its words', () => {
    // §50 names the NPT and gives the date it was signed, not the place; §49's New York is where another treaty's protocol was signed.
    const where = refusal(core.ask('Where was the NPT signed?'));
    expect(where.missing).toBe('place');
    expect(where.related.map((p) => p.paragraph)).toContain(50);
    // Said to be mentioned only where it is: §49's other treaty is related reading, not a mention of the NPT.
    expect(where.reason).toContain('§50');
    expect(where.reason).not.toContain('§49');
    expect(passages(core.ask('When was the NPT signed?')).passages[0]?.paragraph).toBe(50);
    expect(refusal(core.ask('Where is the SCO Youth Council based?')).missing).toBe('place');
  });

  it('and of an event: §96’s alliance, proposed by China, is not the Digital Forum of §77; the next summit is still §120', () => {
    const who = refusal(core.ask('Which country proposed the SCO Digital Forum?'));
    expect(who.missing).toBe('person');
    expect(who.reason).toContain('§77');
    expect(who.reason).not.toContain('§96');
    expect(passages(core.ask('明年上合峰会轮到哪个国家办')).passages[0]?.paragraph).toBe(120);
  });
});

describe('what a country proposed', () => {
  it('is first where that country proposes, not where it supports another’s initiative (§66)', () => {
    expect([68, 90]).toContain(passages(core.ask('俄罗斯提出了什么倡议')).passages[0]?.paragraph);
    expect([91, 99, 107]).toContain(passages(core.ask('What initiatives has Uzbekistan put forward?')).passages[0]?.paragraph);
  });

  it('but a question naming an initiative asks about it, whoever proposed it', () => {
    expect(passages(core.ask('俄罗斯对一带一路倡议的态度')).passages[0]?.paragraph).toBe(66);
  });
});
