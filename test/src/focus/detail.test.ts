import { describe, expect, it } from 'vitest';
import { asked } from '../../../src/focus/asked.js';
import { askedActor } from '../../../src/focus/actor.js';
import { askedDetail } from '../../../src/focus/detail.js';
import { askedPrecision, questionNumbers } from '../../../src/focus/precision.js';
import { givesDetail } from '../../../src/focus/detail-given.js';

const none = { place: 0, city: 0, country: 0, member: 0, body: 0, person: 0, named: 0 };

describe('a date of what is next', () => {
  it('is not given by a clause dated only before the document was made', () => {
    const clause = '切实落实《政府间国际道路运输便利化协定》（2014年9月12日';
    expect(givesDetail('date', clause, none, { notBefore: 2024 })).toBe(false);
    expect(givesDetail('date', clause, none)).toBe(true);
    expect(givesDetail('date', '2025年在中华人民共和国举行下一次元首理事会会议', none, { notBefore: 2024 })).toBe(true);
  });
});

describe('a theme asked', () => {
  it('is given only by words the text quotes, not by a name beside the thing', () => {
    const theme = { day: false, city: false, called: true, theme: true };
    expect(givesDetail('name', '各方欢迎第19届上合组织论坛（2024年6月5日至6日，塔什干）成果', { ...none, named: 1 }, { precision: theme })).toBe(false);
    expect(givesDetail('name', '宣布2025年为“上合组织可持续发展年”', none, { precision: theme })).toBe(true);
  });
});

describe('a count of countries', () => {
  it('is given by the countries a passage names, when the question asks which countries and how many', () => {
    const listed = { ...none, country: 8 };
    expect(givesDetail('count', '白俄罗斯共和国、伊朗伊斯兰共和国……重申支持', listed, { actor: 'country' })).toBe(true);
    expect(givesDetail('count', '白俄罗斯共和国重申支持', { ...none, country: 1 }, { actor: 'country' })).toBe(false);
    // Counting something else, the names are no count.
    expect(givesDetail('count', '白俄罗斯共和国、伊朗伊斯兰共和国举办了活动', listed, { actor: 'any' })).toBe(false);
  });

  it.each(['How many countries reaffirmed support for the BRI?', '几个国家重申支持一带一路', '支持一带一路的国家有几个'])('is what %s counts', (question) => {
    expect(askedDetail(question)).toBe('count');
    expect(askedActor(question)).toBe('country');
  });
});

describe('a count of what the declaration itself mentions', () => {
  it.each([
    'How many marathons are mentioned?',
    'How many anti-drug operations does the declaration name?',
    'how many marathon be mention ?',
    '宣言提到了几场马拉松',
    '宣言列出了几个伙伴组织',
    // 人 in a word (人类, 人道主义) and people-to-people count no people.
    '宣言提到了几次人类命运共同体？',
    'How many people-to-people events are listed?',
  ])('is no figure asked: %s', (question) => {
    expect(askedDetail(question)).toBeUndefined();
  });

  it.each(['how many civilian deaths in Gaza does the declaration cite?', 'How many runners took part in the marathon?', '马拉松有多少人参加'])(
    'but people and losses are counted by a figure: %s',
    (question) => {
      expect(askedDetail(question)).toBe('count');
    },
  );
});

describe('askedDetail', () => {
  it.each([
    ['上合开发银行注册资本多少钱', 'amount'],
    ['How much capital will the development bank have?', 'amount'],
    ['What % of trade is settled in local currencies?', 'amount'],
    ['本币结算占贸易多大比例', 'amount'],
    ['上合地区GDP占全球多大比重', 'amount'],
    ['Headcount at the forum?', 'count'],
    ['What death toll does the text give?', 'count'],
    ['any percentage targets for renewables?', 'amount'],
    ['what capital target was set for the fund?', 'amount'],
    // A document's number is what it is called; how a vote went is a count.
    ['What is the resolution number of the UN text?', 'name'],
    ['那个联大决议的编号是多少', 'name'],
    ['what was the vote tally on the resolution?', 'count'],
    ['成员国一共有几个', 'count'],
    ['How many observer states are there?', 'count'],
    ['峰会什么时候开的', 'date'],
    ['When was the strategy adopted?', 'date'],
    ['下届峰会在哪开', 'place'],
    ['Which city hosts the next summit?', 'place'],
    ['Where will the SCO hold its next summit?', 'place'],
    ['决议是多少票通过的', 'count'],
    ['How big would the investment fund be?', 'amount'],
    ['论坛取得了哪些成果', 'outcome'],
    ['首届医学论坛最后达成了什么？', 'outcome'],
    ['计划举行的联合军演叫什么名字？', 'name'],
    ['为恐怖分子提供庇护的，宣言点了哪些名？', 'name'],
    ['What is the joint exercise called?', 'name'],
    // The theme a year was given: a name, which only a year named for a theme gives.
    ['2025年定为什么主题年', 'name'],
    ['2026年是上合什么年', 'name'],
    ["what's the SCO theme year for 2026", 'name'],
    ['落地了哪些具体项目', 'name'],
    ['高效交通走廊具体是哪几条', 'name'],
    ['联合项目具体有哪些', 'name'],
    ['一带一路跟欧亚经济联盟对接，具体有哪些联合项目', 'name'],
    ['第19届上合论坛的主题是什么', 'name'],
    ['项目具体收录了哪些文化遗产', 'name'],
    // Things named by class, whatever two words stand before the class noun.
    ['Which new synthetic drugs do they single out?', 'name'],
    ['what cross-border research projects are planned?', 'name'],
    // Bodies asked with 'other' and a modifier before them.
    ['Apart from the UN, which other international organisations do they work with?', 'person'],
    ['具体点了哪些组织的名', 'name'],
    ['What new payment system does the SCO endorse by name?', 'name'],
    ['What did the forum actually recommend?', 'outcome'],
    ['What was the theme of the 19th SCO Forum?', 'name'],
    ['Which terrorist groups does the declaration name specifically?', 'name'],
    ['金帐汗国研讨会有什么学术结论', 'outcome'],
    ['What were the takeaways of the transport forum?', 'outcome'],
    ['What did the first SCO Digital Forum in Almaty actually conclude?', 'outcome'],
    ['阿斯塔纳峰会都有哪些领导人出席？', 'person'],
    ['What were the main conclusions of the forum?', 'outcome'],
    ['为啥把2025年定为可持续发展年', 'reason'],
    ['Why does the SCO oppose unilateral sanctions?', 'reason'],
    ['警察机构是谁提议的', 'person'],
    ['Which country proposed the police body?', 'person'],
    // A target date or year asks a date as a deadline does, numeric targets a figure, which parties who.
    ['Is there a target year for the new strategy?', 'date'],
    ['Does the plan set any numeric targets?', 'amount'],
    ['Which parties have not yet signed the protocol?', 'person'],
    ['the number of member states', 'count'],
    ["what's the total intra-SCO trade volume they cite?", 'amount'],
    ['what intra-SCO trade volume figure is given?', 'amount'],
  ])('%s asks for %s', (question, kind) => {
    expect(askedDetail(question)).toEqual(kind);
  });

  it.each([
    '宣言对禁毒怎么说',
    'stance on unilateral sanctions',
    '不干涉内政原则在宣言哪里写了',
    'Where does the declaration stand on AI?',
    'Where does the SCO call for a ceasefire?',
    'Where do member states back the Belt and Road?',
    "Where is the 'common home' line?",
    'Where is the passage on drugs?',
    "Where's the bit about a neutral Afghanistan free of drugs?",
    "Where's the commitment to act on the 2021 recommendations?",
    "Where are they at with the SCO's strategy to 2035?",
    // Where the text says it, not a place.
    "Uzbekistan's cultural exchange calendar proposal: where's that mentioned?",
    'where is the police body proposal discussed?',
    'Where are they on the SCO development bank idea?',
    'where be the police body proposal discuss ?',
    'where does iran show up',
    'where is the 2021 decision referred to',
    'where do sanctions come up in the text',
    // An event that took place asks what it was, not where.
    'What took place in Vienna in March 2024?',
    '上合在人工智能方面达成了什么共识',
    '反恐不能搞双重标准那句话在哪',
    '麻烦问下，禁毒战略那段在哪，感谢',
    '农业技术交流培训示范基地在宣言里出现在哪',
    '那个倡议宣言里在哪提的',
    '应急救灾的合作写在哪',
    'Why is the year 2015 referenced in the declaration?',
    // The number of one document is its identifier, not a count.
    "what's the number of the UNSC resolution on Iran",
    '宣言里提到1968年是因为啥',
    '上合在人工智能方面达成了什么共识',
    // A thing's name as a modifier after a verb or a preposition: a strategy or a policy is asked about, not drugs by name.
    'what is the drug strategy',
    'what be the drug strategy',
    'what about the drug policy',
  ])('%s asks for no detail', (question) => {
    expect(askedDetail(question)).toBeUndefined();
  });
});

describe('which country, in any of its Chinese forms', () => {
  it.each(['有意愿发展民用核能的是哪几个成员国', '哪些成员没签这个战略', '议定书还差哪几个缔约方批准', '这是哪国提的', '哪一国牵头'])(
    '%s asks which country',
    (question) => {
      expect(askedDetail(question)).toBe('person');
      expect(askedActor(question)).toBe('country');
    },
  );

  it.each(['Which parties have not ratified the protocol?', 'Which signatories are named?'])('%s asks which country', (question) => {
    expect(askedActor(question)).toBe('country');
  });

  it('reads the measure word a kind of thing is counted with (哪几条走廊, 哪所大学), but not a kind (哪类国家)', () => {
    expect(askedDetail('交通走廊构想里具体包括哪几条走廊')).toBe('name');
    expect(askedDetail('是哪所大学牵头的')).toBe('name');
    expect(askedActor('要保障哪类国家的代表性')).toBe('any');
  });

  it('reads who hosted a meeting as asking for a host: a country, a city or a body', () => {
    expect(askedActor("Who's hosting the meeting of heads of SCO economic zones?")).toBe('host');
    expect(askedActor('谁主办了上合能源论坛')).toBe('host');
    expect(askedActor('能源论坛的主办方是谁')).toBe('host');
  });

  it('does not read an aspect (哪方面) or another word beginning with 国 as a party', () => {
    expect(askedDetail('上合在哪方面加强合作')).toBeUndefined();
    expect(askedActor('属于哪个国际行动十年')).toBe('any');
  });
});

describe('who plays a role', () => {
  it('is answered by the clause that gives the role, whoever holds it', () => {
    expect(askedActor('Who should play the central coordinating role in fighting organised crime?')).toBe('role');
    expect(askedActor('应对信息威胁，谁应该发挥关键作用')).toBe('role');
    expect(askedActor('阿斯塔纳峰会都有哪些领导人出席？')).toBe('person');
    expect(askedActor('Who do they think should take the lead in responding to information threats?')).toBe('role');
    expect(askedActor('工作组由哪个国家牵头')).toBe('country');
    const role = { actor: askedActor('谁应该发挥关键作用') };
    expect(givesDetail('person', '联合国应在应对信息安全威胁方面发挥关键作用', none, role)).toBe(true);
    expect(givesDetail('person', 'the United Nations should play a central coordinating role', none, role)).toBe(true);
    expect(givesDetail('person', '成员国将加强合作', none, role)).toBe(false);
  });
});

describe('outcomes and reasons', () => {
  it('take a welcome of a meeting’s results for no outcome, and an adoption or a decision for one', () => {
    expect(givesDetail('outcome', '各方欢迎第19届上合组织论坛成果', none)).toBe(false);
    expect(givesDetail('outcome', '成员国欢迎通过《上合组织成员国港口和物流中心发展合作构想》', none)).toBe(true);
    expect(givesDetail('outcome', 'welcome the outcomes of the SCO International Transport Forum', none)).toBe(false);
    expect(givesDetail('outcome', 'welcome the adoption of the Concept', none)).toBe(true);
  });

  it('take a cause, a purpose or a judgement for a reason, and a bare statement for none', () => {
    expect(givesDetail('reason', '实施单边制裁违反国际法并对其他国家造成不利影响', none)).toBe(true);
    expect(givesDetail('reason', '成员国商定将2025年宣布为上合组织“可持续发展年”', none)).toBe(false);
    expect(givesDetail('reason', 'unilateral sanctions are contrary to international law', none)).toBe(true);
    expect(givesDetail('reason', 'declare 2025 the SCO Year of Sustainable Development', none)).toBe(false);
  });
});

describe('givesDetail', () => {
  it('finds dates, amounts and counts in Chinese text', () => {
    expect(givesDetail('date', '于2024年7月4日举行', none)).toBe(true);
    expect(givesDetail('date', '成员国支持禁毒合作', none)).toBe(false);
    expect(givesDetail('amount', '出资100亿美元', none)).toBe(true);
    expect(givesDetail('amount', '加快成立上合组织开发银行', none)).toBe(false);
    expect(givesDetail('count', '举行了3次会议', none)).toBe(true);
  });

  it('finds dates, amounts and counts in the English rendering', () => {
    expect(givesDetail('date', 'held in the city of Astana on 4 July 2024', none)).toBe(true);
    expect(givesDetail('date', 'held on the territory of the Kyrgyz Republic in September', none, { precision: { day: true, city: false } })).toBe(true);
    expect(givesDetail('date', 'welcome the signing of the Agreement', none)).toBe(false);
    expect(givesDetail('amount', 'a capital of USD 5 billion', none)).toBe(true);
    expect(givesDetail('count', 'the 4th SCO Startup Forum', none)).toBe(false);
    expect(givesDetail('count', 'three joint exercises', none)).toBe(true);
  });

  it('takes places and persons from the names found in the text', () => {
    const kazakhstan = { place: 1, city: 0, country: 1, member: 0, body: 0, person: 0, named: 1 };
    const secretariat = { place: 0, city: 0, country: 0, member: 0, body: 1, person: 0, named: 1 };
    expect(givesDetail('place', '成员国支持', kazakhstan)).toBe(true);
    expect(givesDetail('person', '哈萨克斯坦提出的倡议', kazakhstan, { actor: askedActor('哪国提出的') })).toBe(true);
    expect(givesDetail('person', '秘书处负责', secretariat, { actor: askedActor('Which country proposed it?') })).toBe(false);
    expect(givesDetail('person', '秘书处负责', secretariat, { actor: askedActor('Which body is responsible?') })).toBe(true);
    // A plain 'who' is answered by a body as well; what only a person does (heads, chaired, signed) is not.
    expect(givesDetail('person', '秘书处负责', secretariat, { actor: askedActor('Who leads it?') })).toBe(true);
    expect(givesDetail('person', '秘书处负责', secretariat, { actor: askedActor('Who heads it?') })).toBe(false);
    expect(givesDetail('person', '秘书处负责', kazakhstan, { actor: askedActor('Who signed it on the SCO side?') })).toBe(false);
  });

  it.each([
    ['Who chaired the Astana summit?', 'person'],
    ['Who currently heads the RATS Executive Committee?', 'person'],
    ['Who spoke for the SCO at the event?', 'person'],
    ['阿斯塔纳这次峰会是谁主持的？', 'person'],
    ['和环境署的备忘录是谁代表签的字', 'person'],
    ['执委会现在的主任是谁', 'person'],
    ['Who is currently the SCO Secretary-General?', 'person'],
    ['who is the RATS director', 'person'],
    ['青岛市长是谁', 'person'],
    ['白俄罗斯总统叫什么', 'person'],
    ['维也纳活动谁出席了', 'person'],
    ["Who's the Secretariat's current head?", 'person'],
    ['Who is the main driver of it?', 'any'],
    ['Who chairs the SCO next?', 'any'],
    ['明年谁当轮值主席', 'any'],
    ['Who monitors the regional situation?', 'any'],
    ['地区局势由谁来常态化监控？', 'any'],
  ])('%s asks for %s', (question, actor) => {
    expect(askedActor(question)).toEqual(actor);
  });

  it('takes only a day of the month for 几号 or an exact date, a month for 几月', () => {
    const day = { precision: askedPrecision('那个高级别会议具体几号开') };
    expect(givesDetail('date', '于2024年11月在科威特城举行', none, day)).toBe(false);
    expect(givesDetail('date', '（2024年6月5日至6日，塔什干）', none, day)).toBe(true);
    expect(givesDetail('date', 'in Kuwait City in November 2024', none, { precision: askedPrecision('On what exact date is it?') })).toBe(false);
    expect(givesDetail('date', 'on 16 September 2022', none, { precision: askedPrecision('On what exact date is it?') })).toBe(true);
    expect(givesDetail('date', '于2024年11月在科威特城举行', none, { precision: askedPrecision('会议几月开') })).toBe(true);
    expect(askedPrecision('经济园区负责人会议具体啥时候开').dayOfMonth).toBe(true);
  });

  it('takes a title the text gives a thing for what it is called, and only when that is asked', () => {
    const called = askedPrecision('这个倡议叫什么名字');
    expect(called.called).toBe(true);
    expect(givesDetail('name', '通过《关于世界公正、和睦、发展的倡议》', none, { precision: called })).toBe(true);
    expect(givesDetail('name', '通过《关于世界公正、和睦、发展的倡议》', none, { precision: askedPrecision('哪些具体项目') })).toBe(false);
    expect(givesDetail('name', '将举行联合反恐演习', none, { precision: called })).toBe(false);
  });

  it('takes what they decide or agree to do for an outcome, not a verb of doing alone', () => {
    expect(givesDetail('outcome', 'and decide to establish a Special Working Group on Climate Change', none)).toBe(true);
    expect(givesDetail('outcome', 'The Member States call on all states to adopt measures against terrorism.', none)).toBe(false);
    expect(givesDetail('outcome', 'note the initiative of Kazakhstan to establish an SCO Investment Fund', none)).toBe(false);
    expect(givesDetail('outcome', 'They will decide later.', none)).toBe(false);
  });

  it('reads the class of named things from the noun that heads what is asked', () => {
    expect(askedPrecision('上合组织大学有哪些高校').named).toBeDefined();
    // Projects are asked, of universities: no class a name shows.
    expect(askedPrecision('哪些大学合作项目').named).toBeUndefined();
    expect(askedPrecision('Which university projects does the SCO support?').named).toBeUndefined();
  });

  it('asks for a name when a Chinese question asks which one it means (具体指哪个系统, 点名了哪几种药), not what a term covers', () => {
    expect(askedDetail('宣言说的新型支付系统具体指哪个系统')).toBe('name');
    expect(askedDetail('具体点名了哪几种药')).toBe('name');
    expect(askedDetail('三股势力具体指哪些')).toBeUndefined();
    expect(askedDetail('上海精神具体指哪几条')).toBeUndefined();
  });

  it('asks for members in the singular and the past tense too', () => {
    expect(asked('Which countries joined the Greater Eurasian Partnership?').precision.members).toBe(true);
    expect(asked('which states have joined it').precision.members).toBe(true);
    expect(asked('which countries took part in the exercise?').precision.members).toBe(true);
  });

  it('does not take day-to-day for a day asked', () => {
    expect(askedDetail('what specific day-to-day cooperation do they plan?')).not.toBe('date');
  });

  it('gives which years a thing covers only by a span or the year it runs to, not by a day it met', () => {
    const span = { precision: { day: false, city: false, span: true } };
    expect(givesDetail('date', '《打击恐怖主义、分裂主义和极端主义 2025 年至 2027 年合作纲要》', none, span)).toBe(true);
    expect(givesDetail('date', '《上合组织至2030年经济发展战略》', none, span)).toBe(true);
    expect(givesDetail('date', 'Strategy until 2035', none, span)).toBe(true);
    expect(givesDetail('date', '（2024 年 3 月 20 日，维也纳）', none, span)).toBe(false);
  });

  it('reads a span of years written short (2024-27) as naming its last year in full', () => {
    expect(questionNumbers('when was the 2024-27 joint action plan signed?')).toEqual(['2024', '27', '2027']);
    expect(givesDetail('date', 'the Joint Action Plan for 2024-2027', none, { known: questionNumbers('the 2024-27 plan: when signed?') })).toBe(false);
  });

  it("asks for a date when a question wants an exact one, without a wh-word ('exact dates for the summit?')", () => {
    expect(askedDetail('exact date for next year’s summit in China?')).toBe('date');
    // The plural through its dictionary form (src/focus/asked.ts).
    expect(asked('exact dates for next year’s summit in China?').detail).toBe('date');
    expect(askedDetail("what's the exact date (month/day) of next year's summit?")).toBe('date');
    expect(askedPrecision("what's the exact date (month/day) of next year's summit?").dayOfMonth).toBe(true);
  });

  it('asks for a person when it asks who holds a post (谁当主席, 谁担任秘书长), not for the country that chairs', () => {
    expect(askedActor('青年委员会现在谁当主席')).toBe('person');
    expect(askedActor('谁担任秘书长')).toBe('person');
    expect(askedActor('明年谁担任轮值主席国')).not.toBe('person');
  });

  it('asks for the members of a thing when it asks which countries it covers, and no proposer gives them', () => {
    expect(askedPrecision('环阿富汗安全带具体涵盖哪些国家').members).toBe(true);
    expect(askedPrecision('which countries does the corridor include?').members).toBe(true);
    expect(askedPrecision('which countries would make up the belt').members).toBe(true);
    expect(askedPrecision('which countries would form the security belt around Afghanistan').members).toBe(true);
    expect(askedPrecision('哪个国家提出了这个倡议').members).toBeUndefined();
    const proposer = { place: 0, city: 0, country: 1, member: 0, body: 0, person: 0, named: 0 };
    const wanted = { actor: askedActor('涵盖哪些国家'), precision: askedPrecision('涵盖哪些国家') };
    expect(givesDetail('person', '塔吉克斯坦共和国关于研究建立安全带的倡议', proposer, wanted)).toBe(false);
    expect(givesDetail('person', '塔吉克斯坦共和国关于研究建立安全带的倡议', proposer, { actor: askedActor('哪个国家提出的') })).toBe(true);
  });

  it('takes a role acknowledged as someone’s for the one who plays it', () => {
    const un = { place: 0, city: 0, country: 0, member: 0, body: 1, person: 0, named: 1 };
    const actor = askedActor('Who should play the central coordinating role?');
    expect(actor).toEqual('role');
    expect(givesDetail('person', '承认联合国在这一进程中的中心协调作用', un, { actor })).toBe(true);
    expect(givesDetail('person', '加强应对犯罪威胁的国际法律基础', un, { actor })).toBe(false);
  });
});

describe('askedDetail, generic forms', () => {
  it.each([
    ['两国贸易额是多少', 'amount'],
    ['占比多少', 'amount'],
    ['What percentage of trade is settled in local currencies?', 'amount'],
    ['多少个国家签了', 'count'],
    ['这个战略要实施多少年', 'date'],
    ['成立多少周年了', 'date'],
    ['提供了多少人道主义援助', 'amount'],
    ['缴获了多少吨毒品', 'amount'],
    ['造成了多少平民伤亡', 'count'],
    ['How many tonnes of narcotics were seized?', 'amount'],
    ['How many years has the Secretariat existed?', 'date'],
    ['论坛是第几届、什么时候开', 'date'],
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

describe('precision and what the question already says', () => {
  it.each([
    ['峰会几月几号开', 'date', true, false],
    ['On what exact date was it signed?', 'date', true, false],
    ['Which Kyrgyz city hosted the exercise?', 'place', false, true],
    ['Police agency: HQ location?', 'place', false, false],
    ['论坛在哪个城市办', 'place', false, true],
    ['演习在吉尔吉斯哪个州哪个靶场搞的', 'place', false, true],
    ['哪一年通过的', 'date', false, false],
    ['学校有几所', 'count', false, false],
    ['演习出动了多少兵力', 'count', false, false],
    ['What is the planned size of the fund?', 'amount', false, false],
  ])('%s asks for %s (day %s, city %s)', (question, kind, day, city) => {
    expect(askedDetail(question)).toEqual(kind);
    expect(askedPrecision(question)).toMatchObject({ day, city });
  });

  it('takes a body for a partner: with whom', () => {
    expect(askedActor('这个会和谁合办')).toEqual('partner');
    expect(askedActor('Who will it be organised with?')).toEqual('partner');
    expect(givesDetail('person', '同联合国举行会议', { ...none, body: 1 }, { actor: askedActor('这个会和谁合办') })).toBe(true);
    expect(givesDetail('person', '同联合国举行会议', { ...none, body: 1 }, { actor: askedActor('这个会是谁主持的') })).toBe(false);
  });

  it('asks for a person by name, not a country', () => {
    expect(askedActor('这份文件是哪几位领导人签的')).toEqual('person');
    expect(askedActor('Who is the current secretary-general?')).toEqual('person');
    expect(askedActor('Which country proposed it?')).toEqual('country');
    expect(givesDetail('person', '哈萨克斯坦提出的倡议', { ...none, country: 1 }, { actor: 'person' })).toBe(false);
  });

  it('wants a day or a month when asked for one, not a year', () => {
    const day = { day: true, city: false };
    expect(givesDetail('date', '将于2025年在中国举行', none, { precision: day })).toBe(false);
    expect(givesDetail('date', '于2024年7月4日举行', none, { precision: day })).toBe(true);
  });

  it('does not take the question’s own numbers, a month it names or an ordinal for an answer', () => {
    expect(givesDetail('date', '将于2025年举行', none, { known: ['2025'] })).toBe(false);
    expect(givesDetail('date', '将于2025年举行', none, { known: [] })).toBe(true);
    expect(givesDetail('count', '欢迎第19届论坛成果', none)).toBe(false);
    expect(givesDetail('count', '共有10个成员国', none)).toBe(true);
    expect(givesDetail('count', '下一次会议将于明年举行，建立一个机制', none)).toBe(false);
    expect(givesDetail('count', '三个成员国', none)).toBe(true);
    expect(questionNumbers('Which day in November 2024?')).toEqual(['2024', '11']);
    expect(givesDetail('date', '于2024年11月举行', none, { precision: { day: true, city: false }, known: ['2024', '11'] })).toBe(false);
  });

  it('does not date anything by the years in a title, unless asked which years a programme covers', () => {
    const text = '成员国认为，批准《2024—2029年上合组织成员国禁毒战略》十分重要';
    expect(givesDetail('date', text, none, { precision: askedPrecision('禁毒战略是哪年通过的') })).toBe(false);
    expect(givesDetail('date', text, none, { precision: askedPrecision('禁毒战略覆盖哪几年') })).toBe(true);
    expect(givesDetail('date', text, none, { precision: askedPrecision('Which years does the strategy cover?') })).toBe(true);
  });

  it('wants a city when asked for one', () => {
    const city = { day: false, city: true };
    expect(givesDetail('place', '在中国举行', { ...none, place: 1, country: 1 }, { precision: city })).toBe(false);
    expect(givesDetail('place', '在青岛举行', { ...none, place: 1, city: 1 }, { precision: city })).toBe(true);
  });
});

describe('which ones by name', () => {
  it('is asked of things that bear names, or of specific ones, not of the points of a list', () => {
    expect(askedDetail('Which specific ports does the logistics hubs concept cover?')).toBe('name');
    expect(askedDetail('Which universities have joined the education alliance?')).toBe('name');
    expect(askedDetail('What specific measures does the text propose?')).toBe('name');
    expect(askedDetail('联通构想涵盖哪些港口？')).toBe('name');
    expect(askedDetail('上海精神具体是哪几条？')).toBeUndefined();
    expect(askedDetail('Which principles does the SCO uphold?')).toBeUndefined();
    // A country, a body or a place is asked as before: the question's frame ('which country') reads it.
    expect(askedDetail('Which specific countries proposed it?')).not.toBe('name');
    expect(askedDetail('Which specific city hosts it?')).toBe('place');
  });

  it('is given by a name of any kind but a document’s', () => {
    expect(givesDetail('name', '……', none)).toBe(false);
    expect(givesDetail('name', '……', { ...none, named: 1 })).toBe(true);
  });
});

describe('what was agreed', () => {
  it('asks for an outcome, which a clause saying what was agreed or decided gives', () => {
    expect(askedDetail('What did the digital forum actually agree on?')).toBe('outcome');
    expect(askedDetail('What was agreed at the side event in Vienna?')).toBe('outcome');
    expect(askedDetail('Did they agree on a ceasefire?')).toBeUndefined();
    // 'Agree on X' names the topic; only a question ending on the verb asks what came of it.
    expect(askedDetail('What did they agree on the 2030 economic development strategy?')).toBeUndefined();
  });
});

describe('more ways of asking in Chinese', () => {
  it('reads where to put something, a figure asked for, a size and who plays a part', () => {
    expect(askedDetail('开发银行总部打算放哪')).toBe('place');
    expect(askedDetail('宣言里给了具体数字吗')).toBe('count');
    expect(askedDetail('投资基金规模打算搞多大')).toBe('amount');
    expect(askedActor('宣言认为谁起关键作用')).toBe('role');
    expect(givesDetail('person', '联合国应起到中心协调作用', none, { actor: 'role' })).toBe(true);
  });

  it('does not take where a way out or a statement lies for a place', () => {
    expect(askedDetail('中东实现和平的出路在哪儿？')).not.toBe('place');
    expect(askedDetail('那份元首声明在哪')).not.toBe('place');
    expect(askedDetail('下届峰会在哪开')).toBe('place');
  });
});

describe('more details read from how analysts ask', () => {
  it('reads which country with the noun first, which think tank as a body, and to whom as a partner', () => {
    expect(askedDetail('有意发展民用核能的成员国具体是哪几个？')).toBe('person');
    expect(askedActor('有意发展民用核能的成员国具体是哪几个？')).toBe('country');
    expect(askedActor('Which think tank organized the forum?')).toBe('body');
    expect(askedActor('Which think-tank event did the declaration welcome?')).not.toBe('body');
    expect(askedActor('该机构打算向谁报告？')).toBe('partner');
  });

  it('reads who takes part in an arrangement as any actor, and who attends a meeting as a person', () => {
    // Countries and organisations take part in a partnership (§68 names them); persons attend a summit.
    expect(askedActor('大欧亚伙伴关系都有谁参加')).toBe('any');
    expect(askedActor('谁参加了这次峰会？')).toBe('person');
    expect(askedActor('峰会都有谁参加')).toBe('person');
    expect(askedActor('谁出席了会议')).toBe('person');
  });

  it('reads "what about …" as the topic it opens, not as a share or a sum asked', () => {
    expect(askedDetail('What about increasing the share of national currencies in mutual settlements?')).toBeUndefined();
    expect(askedDetail('What share of trade is settled in national currencies?')).toBe('amount');
    expect(askedDetail('What about the budget of the development bank?')).toBe('amount');
  });

  it('reads a place within a country, what came out of a forum, and 在哪些领域 as no place', () => {
    expect(askedDetail('Which training ground hosted the drills?')).toBe('place');
    expect(askedPrecision('Which training ground hosted the drills?').city).toBe(true);
    expect(askedDetail('What concrete agreements came out of the medical forum?')).toBe('outcome');
    expect(askedDetail('司法部门准备在哪些具体领域交流合作？')).not.toBe('place');
    expect(askedDetail('项目具体收录了哪些文物？')).toBe('name');
  });
});

describe('WHO in capitals', () => {
  it('is the World Health Organization among lower-case words, and the question word in a question typed in capitals', () => {
    expect(asked('WHO role in health').detail).toBeUndefined();
    expect(asked('WHO IS THE NEXT CHAIR').detail).toBe('person');
    expect(asked('who is the next chair').detail).toBe('person');
  });
});

describe('a target asked', () => {
  it.each([
    'What tourist-flow target did the SCO set for travel between member states?',
    'what targets were agreed for trade in national currencies',
    'What recycling rate target does the waste statement set?',
    '贸易额的目标定了吗',
    '有量化指标吗',
  ])('is a figure when %s asks one', (question) => {
    expect(asked(question).detail).toBe('amount');
  });

  it('is a count when people are counted', () => {
    expect(asked('有没有具体的人次目标？').detail).toBe('count');
    expect(asked('游客往来规模目标定的多少人次').detail).toBe('count');
    // A target number of things, as a total number, counts them.
    expect(asked('What target number of tourist trips does the programme set?').detail).toBe('count');
    expect(asked('what is the total number of member states?').detail).toBe('count');
  });

  it('is a figure when a total of money or trade is asked', () => {
    expect(asked("What's the total Belt and Road investment in SCO countries so far?").detail).toBe('amount');
    expect(asked('what was the total trade between members last year').detail).toBe('amount');
  });

  it.each([
    'What target date was set for the strategy?',
    'What is the target of the sanctions?',
    'What did they say about the target of the sanctions?',
    'What target countries does the initiative name?',
    '合作的具体目标是什么',
  ])('is no figure in %s', (question) => {
    expect(asked(question).detail).not.toBe('amount');
  });
});

describe('a role asked', () => {
  it.each([
    'Who do the leaders credit with the key role in countering terrorism?',
    'Which body do the members want playing the central coordinating role?',
    'who should play the key role in fighting terrorism',
    '谁应该发挥关键作用',
  ])('is asked of whoever the text gives it to in %s', (question) => {
    expect(askedActor(question)).toBe('role');
  });

  it('is not asked by a role of the question’s own subject', () => {
    expect(askedActor('What role does the SCO play in Afghanistan?')).not.toBe('role');
  });
});
