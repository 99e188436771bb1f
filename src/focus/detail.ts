// The kind of detail a question asks for (an amount, a date, ...), and whether a
// quoted passage gives one. A passage about the right subject that gives no such
// detail does not answer 'how much' or 'when': the bot says what is missing.
import { runs, taggedWords } from '../search/analyzer.js';
import { normalize } from '../text/normalize.js';
import { ASKS_THEME_YEAR } from './theme-year.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';

export const DETAIL_KINDS = ['amount', 'count', 'date', 'place', 'person', 'name', 'outcome', 'reason'] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];

// 'Which country' in any of its Chinese forms: 哪 with or without a measure (个, 些, 几个, 一) before a
// word for countries or the parties to something (哪国, 哪几个成员国, 哪些成员, 哪几方, 哪个缔约方),
// read by words as jieba cuts them: 哪个国际行动 asks for no country, 哪方面 for an aspect. The same
// for persons (哪些领导人, 哪位总统).
// Chinese counts things with a measure word fitting their kind (哪几条走廊, 哪所大学, 哪家企业); 哪类, 哪种 ask a kind, not which ones.
const CLASSIFIER = '(?:个|些|位|条|项|处|座|所|家|份|支|批|场|名)';
const WHICH = new RegExp(`^哪(?:一|几)?${CLASSIFIER}?$`, 'u');
const MEASURE = new RegExp(`^(?:一|几)?${CLASSIFIER}$|^(?:一|几)$`, 'u');
const WHICH_JOINED = new RegExp(`^哪(?:一|几)?${CLASSIFIER}?(.+)$`, 'u');
const COUNTRY_NOUN = /^(?:成员国|国家|成员|缔约方|缔约国|国|方)$/u;
const PERSON_NOUN = /^(?:领导人|元首|国家元首|总统|主席|总理|首相|部长|外长|秘书长|官员|代表|人物|人士|专家|学者|嘉宾|人)$/u;
// Who holds a title, or what that person is called: 青岛市长是谁, 大学校长是谁 (any …长), 白俄罗斯总统叫什么.
const TITLE = '(?:领导人|总统|主席|总理|负责人|元首|首相|大使|外长|国王|\\p{Script=Han}长)';
export const TITLE_ASKED_ZH = new RegExp(`${TITLE}(?:是|叫|为)?(?:谁|哪位)|${TITLE}(?:的名字)?叫(?:什么|啥)`, 'u');

/**
 * The words a question puts after 哪 (past a measure), as jieba cuts it: 哪几个成员国 → 成员国,
 * 哪/一/国 → 国. Kept for the last question: the detail and the actor asked both read them.
 */
export function wordsAfterWhich(question: string): readonly string[] {
  if (lastWhich?.question === question) return lastWhich.words;
  const out: string[] = [];
  if (question.includes('哪')) {
    for (const run of runs(normalize(question))) {
      const words = run.term.includes('哪') ? taggedWords(run).map((w) => w.term) : [];
      for (const [i, word] of words.entries()) {
        // jieba may keep them as one word (哪国, 哪几个成员国) or cut the measure apart (哪/一/国, 哪/一方).
        const joined = WHICH_JOINED.exec(word)?.[1];
        if (joined !== undefined) out.push(joined);
        if (!WHICH.test(word)) continue;
        let next = i + 1;
        // 哪些具体项目: 具体 (specific) stands between 哪 and its noun as a measure does.
        while (MEASURE.test(words[next] ?? '') || words[next] === '具体') next++;
        out.push((words[next] ?? '').replace(/^一/u, ''));
        // A modifier may come first (哪些联合项目 → 联合 + 项目): the two words together, for things asked by name.
        if (words[next + 1] !== undefined) out.push(`${words[next] ?? ''}${words[next + 1]}`);
      }
    }
  }
  lastWhich = { question, words: out };
  return out;
}
let lastWhich: { question: string; words: readonly string[] } | undefined;

// Things that bear names of their own, asked with 哪 (哪些港口, 哪几条走廊) or 'which': one of them is
// answered only by a name (the gazetteer's, a 《title》, or a name the English rendering capitalises).
const NAMED_NOUNS_ZH = '港口|口岸|走廊|通道|线路|路线|项目|工程|企业|公司|大学|高校|院校|遗产|文物|古迹|景点|遗址|基地|园区|活动|赛事|展会|东西|物品|藏品';
const NAMED_THING_ZH = new RegExp(`^(?:具体|联合|合作|重点|大型|新|文化|自然|历史)?(${NAMED_NOUNS_ZH})$`, 'u');
/** The noun for named things that ends a longer phrase (大学合作项目 → 项目): what the phrase is. */
export const NAMED_HEAD_ZH = new RegExp(`(${NAMED_NOUNS_ZH})$`, 'u');
// The words between 'which' and the thing are its modifiers (which Central Asian drugs), not a verb or a preposition:
// 'what is the drug strategy' and 'what about the drug policy' ask about a strategy or a policy, not for drugs by name.
export const NAMED_THING_EN = fastIgnoreCase(
  /\b(?:which|what) (?:(?:specific|particular|exact|individual|concrete|actual|named|other) )*(?:(?!(?:is|are|was|were|be|does|do|did|has|have|about|of|on|in|for|with|to)\b)[\w-]+ ){0,2}(ports?|corridors?|routes?|sites?|projects?|companies|firms?|enterprises?|universities|universities'|colleges?|institutes?|crops?|events?|items?|landmarks?|hubs?|railways?|pipelines?|roads?|groups?|substances?|drugs?|narcotics?)\b/iu,
);
// The noun may come first, as for countries: 联合项目具体有哪些, 交通走廊具体是哪几条.
export const NAMED_THEN_WHICH =
  /(港口|口岸|走廊|通道|线路|路线|项目|工程|企业|公司|大学|高校|院校|遗产|文物|古迹|景点|遗址|基地|园区|活动|赛事|展会)(?:具体|到底|都|分别)?(?:是|有|包括)?哪(?:些|几个|几条|几项|几处|几|一个|个)/u;
// What a thing is called (叫什么名字, 叫啥, 点了哪些名, 'what is the exercise called', its theme): its name or title; a person's name is asked above.
export const ASKS_NAME = fastIgnoreCase(
  /叫(?:什么|啥)(?:名字|名称|名)?|(?:名字|名称)(?:是|叫)?(?:什么|啥)|什么名(?:字|称)|(?:点|提)了?哪些(?:国家|组织|机构)?的?名|点名(?:了)?哪些|\bwhat (?:is|was|are|were|'s) (?:it|they|the [\w-]+(?: [\w-]+){0,2}) called\b|\bwhat(?:'s| is| was) (?:the )?(?:name|title) of (?:the|this|that)\b|(?:主题|口号)(?:是|为|叫)?(?:什么|啥)|\bwhat (?:is|was|'s) (?:the|its) (?:theme|motto|slogan)\b/iu,
);
// 'Which specific …', 'which … exactly', 'name the …': specific ones, by name, whatever they are. Not
// 具体是哪几条: in Chinese it asks as often for the points of a list (上海精神具体是哪几条) as for names.
const SPECIFIC_ONES = fastIgnoreCase(
  /\b(?:which|what) (?:specific|particular|individual|named)\b(?! (?:countr|state|member|nation|side|part(?:y|ies)|government|leader|official|president|minister|person|people|bod(?:y|ies)|organi[sz]ation|agenc|institution|cit(?:y|ies)|town|place|venue|date|day|year|month|time))|\bwhich [\w-]+(?: [\w-]+)? exactly\b|\bname (?:the|all|any|some) (?:specific )?[\w-]+s\b|\bnames?\b[^?]{0,30}\bspecifically\b|\bby name\b|\bspecifically (?:names?|lists?|mentions?)\b/iu,
);

// Which one it means, by name (具体指哪个系统, 到底指哪些制裁, 点名了哪几种药); not the points of a list (具体指哪几条).
// A noun must follow: 三股势力具体指哪些 asks what the term covers, which the text says in words, not names.
const SPECIFIC_ONES_ZH = /(?:具体|到底|究竟)(?:是)?指(?:的是)?哪(?:个|些|一个|一种|种|几种|几个)(?![条点项方面])\p{Script=Han}|点名(?:了)?哪(?:些|几|个|一)/u;

/** Whether the question asks 哪 (with a measure or not) before a noun of the class. */
const asksWhichZh = (question: string, noun: RegExp): boolean => wordsAfterWhich(question).some((w) => noun.test(w));

// The noun may come first: 有意发展核能的成员国具体是哪几个, 缔约方有哪些.
const COUNTRY_THEN_WHICH = /(?:成员国|国家|缔约方|缔约国)(?:具体|到底|都|分别)?(?:是|有|包括)?哪(?:几个|几|些|一个|个)?(?:国家|国)?[？?！!。]*$/u;
export const asksWhichCountryZh = (question: string): boolean => asksWhichZh(question, COUNTRY_NOUN) || COUNTRY_THEN_WHICH.test(question);
export const asksWhichPersonZh = (question: string): boolean => asksWhichZh(question, PERSON_NOUN);

const ASKS_REASON = fastIgnoreCase(
  /(?<![定作称视列选命成改])为什么|为啥|为何|什么原因|原因是|理由|凭什么|\bwhy\b|\bwhat (?:is|was|are|were) the (?:reason|rationale|justification|grounds?)\b|\bfor what reason\b|\bon what grounds\b/iu,
);
const REASON_OF_TEXT = fastIgnoreCase(/提到|提及|出现|写(?:了|进|到)|\b(?:mention(?:s|ed)?|referenc(?:e|es|ed)|cit(?:e|es|ed)|appears?|included)\b/iu);

// Checked in this order: 'how many billion' asks an amount, not a count. An English wh-word asks
// only where it opens the question or a clause: 'countries who impose sanctions' and 'stability
// when discussing Afghanistan' ask for no one and no date.
const ASKS_DOCUMENT_NUMBER = fastIgnoreCase(/编号|文号|决议号|\b(?:resolution|document|reference|serial|official) (?:number|no\.?|symbol|code)\b/iu);

const ASKS: readonly [DetailKind, RegExp | ((question: string) => boolean)][] = [
  // The theme a year was given (2026年是上合什么年): its name, which a year named for a theme gives.
  ['name', ASKS_THEME_YEAR],
  // What came of a meeting or a forum: its results, not that there were some (欢迎…成果 says only that).
  [
    'outcome',
    /(?:什么|哪些|啥)\p{Script=Han}{0,4}?(?:成果|结论|结果)|成果(?:是|有)(?:什么|哪些|啥)|(?:得出|取得|谈成)(?:了)?(?:哪些|什么|啥)|达成了?(?:哪些|什么|啥)(?!共识|一致)|结论是什么|(?:结果|成果)(?:如何|咋样|怎么样|怎样)|\bwhat (?:were|are|was|is) (?:the |its |their )?(?:main |key |concrete |specific |actual )?(?:results?|outcomes?|conclusions?|deliverables?|achievements?|takeaways?)\b|\bwhat (?:concrete |specific )?(?:results?|outcomes?|conclusions?) (?:came|did|were)\b|\bwhat (?:[\w-]+ ){0,3}came out of\b|\bwhat did\b[^?]{0,80}?\b(?:achieve|produce|conclude|deliver|recommend)\b|\bwhat did\b[^?]{0,80}?\b(?:agree|decide|settle)(?: on| to| upon)?(?: at (?:it|the \w+))?\s*[?？]*\s*$|\bwhat (?:was|were|has been|have been|got) (?:actually |finally |concretely )?(?:agreed|decided|settled|achieved)\b/iu,
  ],
  // Why: not 定为什么 (named as what), nor why the text mentions something (its passage says).
  ['reason', (q) => ASKS_REASON.test(q) && !REASON_OF_TEXT.test(q)],
  // A document's number or symbol (决议编号是多少, the resolution number): what it is called, not an amount.
  ['name', (q) => ASKS_DOCUMENT_NUMBER.test(q)],
  // How a vote went: a count of votes.
  [
    'count',
    fastIgnoreCase(
      /\bvote (?:count|tally|tallies|totals?|breakdown|margin|split)\b|\bhow many (?:votes|countries voted|states voted)\b|投票结果|票数|多少票/iu,
    ),
  ],
  // A sum, a price or a figure; 'what target', with nouns before it ('What recycling rate target'; the English
  // frame reads 'What tourist-flow target' so), is a figure too, a target date a date (below).
  [
    'amount',
    /多少钱|票价|价格(?:是)?多少|费用(?:是)?多少|收费(?:是)?多少|门票(?:多少|价格)|多少资金|资金多少|多少投资|投资额|多少亿|多少万|金额|资金规模|规模多大|多大规模|注资多少|出资多少|资本金|注册资本|启动资金|预算|多少美元|花费|成本多少|价值多少|百分之几|占比|比例是|多大(?:的)?(?:比例|比重|份额)|增长了?多少|(?:规模|金额|资金|投资|预算)[^，。？?]{0,4}多大/u,
  ],
  [
    'amount',
    fastIgnoreCase(
      /\bhow much\b|\bhow (?:big|large) (?:is|was|will|would|are|were|should)\b|\b(?:amount|sum|size|value|volume|scale) of\b|\b(?:target|planned|proposed) (?:share|size|amount|figure|level)\b|\b(?:numeric|numerical|quantitative|quantified) (?:targets?|goals?|figures?)\b|\bwhat (?:(?!(?:is|are|was|were|be|been|the|a|an|of|did|does|do|has|have|will|would)\b)[\w-]+ ){0,3}?targets?\b(?! (?:date|day|year|month|countr|state|nation|group|audience|area|region|market|number|count)\w*)|\bwhat (?!about\b)(?:[\w-]+ ){0,4}?(?:share|percentage|proportion|figure|sum|amount)\b|\bwhat(?:['’]s| is| was)? (?:the )?(?:total )?(?:[\w-]+ ){0,3}?(?:volume|turnover)\b|\btotal (?!number\b|count\b)(?:[\w-]+ ){0,4}?(?:investments?|funding|financing|trade|spending|capital|value|budget|costs?)\b|\b(?:capitali[sz]ation|initial capital|authori[sz]ed capital|registered capital|start-?up capital|budget|price tag|cost|costs|fees?|fares?|ticket prices?|entry fees?)\b|\bprices? (?:of|for)\b|\bcapital (?:of|for) the\b|\bhow many (?:dollars?|yuan|rubles?|euros?|billions?|millions?|tons?|tonnes?|kilo(?:gram)?s?|kg|barrels?|cubic|square)\b|\bwhat (?:figure|sum|percentage|share|proportion|level of (?:funding|investment|trade))\b|\bhow much money\b|\b(?:billion|million) (?:dollars|yuan|usd)\b|%|\bper ?cent(?:age)?\b|\bcapital (?:target|goal)s?\b/iu,
    ),
  ],
  // What 多少 asks is read from the word jieba cuts after it (see howMuch): 多少人道主义援助 asks a figure, not people.
  ['amount', (q) => howMuch(q) === 'amount'],
  ['count', (q) => howMuch(q) === 'count'],
  // A target of a measure, when 多少 did not ask it: of people counted (人次目标), or of another figure (贸易额指标).
  ['count', /(?:人次|人数)(?:的)?(?:目标|指标)/u],
  ['amount', /(?:数量|数额|金额|规模|比例|比重|百分比|增长率|增速|贸易额|吨|亿|万)(?:的)?(?:目标|指标)|量化(?:的)?(?:目标|指标)/u],
  // 哪几个方面 asks which, not how many, and 第几届 which one of a series; 几 with a measure word (几所, 几位) counts.
  [
    'count',
    /(?<![哪这那第])几(?:个|国|项|家|名|人|次|届|所|种|条|座|份|位|支|批|部|类|场|轮|架|艘|辆|门)|数量是|数目|人数|(?:具体|确切|准确)(?:的)?(?:数字|数据|数目|数量)/u,
  ],
  // 'How many years', as 多少年: a span of time, which a year or an anniversary gives.
  ['date', fastIgnoreCase(/\bhow many (?:years|decades)\b/iu)],
  // Not the number of one document ('the number of the UNSC resolution on Iran'): its identifier, which the text gives.
  [
    'count',
    fastIgnoreCase(
      /\bhow many\b|\bnumber of\b(?! (?:the|this|that|its) (?:[\w-]+ ){0,2}(?:resolution|document|decision|convention|treaty|agreement|paragraph|article|law)\b)|\bcount of\b|\bhow often\b|\bhead ?counts?\b|\b(?:death|casualty) (?:toll|count|figures?)\b|\bturnout\b|\battendance (?:figures?|numbers?)\b/iu,
    ),
  ],
  ['date', (q) => howMuch(q) === 'date'],
  ['date', /什么时候|什么时间|啥时候|啥时|何时|何年|几时|几点|哪一?年|哪一?天|几月|几号|哪个月|哪月|日期|哪一?日|时间表|截止|多久|多少年/u],
  [
    'date',
    fastIgnoreCase(
      /(?:^|[,;:]\s*|\b(?:and|or)\s+)when\b|\b(?:what|which) (?:(?:exact|precise|specific|particular) )?(?:date|day|year|month|time)\b(?![-‐])|\b(?:exact|precise|specific|actual) (?:date|day)\b(?![-‐])|\bon what date\b|\bdate of\b|\bwhat year\b|\bby when\b|\bhow soon\b|\b(?:deadline|timeline|timetable)\b|\btarget (?:date|year|month)s?\b|\bhow long\b/iu,
    ),
  ],
  [
    'place',
    /在哪|哪里|哪儿|(?:放|设|建|落|搬)(?:到|在)?哪(?![个些一几位方])|什么地方|哪个城市|哪座城市|哪座|哪个(?:州|省|县|靶场|基地|港口)|何地|地点在|哪个地方|举办地|在何处|总部设在|设在哪|落户|选址|东道国/u,
  ],
  [
    'place',
    fastIgnoreCase(
      /(?:^|[,;:]\s*|\b(?:and|or)\s+)where\b|\bhq\b|\b(?:headquarters|seat) (?:location|city)\b|\blocation\?|\b(?:which|what) (?:\w+ )?(?:city|town|(?<!\b(?:take|takes|took|taken|taking) )place|venue|location|capital city|training ground|firing range)\b|\bvenue\b|\bheadquarter(?:s|ed)\b|\bbased in which\b/iu,
    ),
  ],
  [
    'person',
    (q) => /谁(?![都也])|哪位|哪几位|何人|哪个机构|哪家|由哪|哪个部门/u.test(q) || asksWhichCountryZh(q) || asksWhichPersonZh(q) || TITLE_ASKED_ZH.test(q),
  ],
  [
    'person',
    fastIgnoreCase(
      /(?:^|[,;:]\s*|\b(?:and|or|by|to|from|with)\s+)(?:who|whom|whose)\b|\bname of the (?:\w+ )?(?:president|leader|secretary|minister|chair|head|official|director)|\b(?:which|what) (?:other |else |further |additional )?(?:partner |international |regional |multilateral )?(?:country|countries|member|members|state|states|nation|nations|powers?|party|parties|leader|leaders|heads? of (?:state|government)(?! council)|official|president|side|body|bodies|organi[sz]ations?|institutions?|agency|agencies|governments?|think[- ]tanks?(?=\s+(?:did|does|do|is|are|was|were|has|have|will|would|organi[sz]ed|hosted|held|ran|runs|led|proposed)\b|\s*[?？]*$)|research (?:centres?|centers?|institutes?))\b/iu,
    ),
  ],
  // Which specific things, by name: ports, corridors, sites, projects, events, universities (a country,
  // a body, a person or a place were asked above). 'Which principles' asks for a list of ideas, not names:
  // only nouns for things that bear names count, or a question insisting on specific ones.
  [
    'name',
    (q) =>
      asksWhichZh(q, NAMED_THING_ZH) ||
      NAMED_THEN_WHICH.test(q) ||
      NAMED_THING_EN.test(q) ||
      SPECIFIC_ONES.test(q) ||
      SPECIFIC_ONES_ZH.test(q) ||
      ASKS_NAME.test(q),
  ],
];

// 'Where in the declaration is X', 'where do things stand', 'where are they on X', 'where does the SCO call for X', 'where is the "one family" line',
// 'where's that mentioned',
// 在哪提的, 出现在哪, 那句话在哪, 在哪方面 (in which respect): about
// the text, the state of play or an aspect, not a place: the organisation and its members are not events that take place.
const NOT_A_PLACE = fastIgnoreCase(
  /(?:出路|关键|症结|根源|重点|难点|问题|原因|意义|区别|不同|核心|好处|分歧|声明|文件|文本|条款|内容)(?:就|又)?(?:是)?在哪|哪里(?:写|提|说|讲|有)|(?:那|这)(?:一)?(?:段|部分|块|句|条)(?:话)?(?:在哪|在哪里|在哪儿)|哪儿(?:写|提|说)|(?:写|提)在哪|在哪(?:段|一段|部分|些?方面)|在哪些(?!地方|城市|国家|地区|地点|省|州)|在哪(?:里|儿)?(?:提|写|说|讲|出现|体现|表述)|出现在哪|(?:话|句|段|提法|表述|说法|措辞)(?:是)?在哪(?:里|儿)?[？?]?$|\bwhere (?:does|do|did|is) (?:it|the declaration|the text|they|this|(?:the )?sco|the organi[sz]ation|(?:the )?member states|the leaders)\b|\bwhere (?:is|are|be) (?:it|that|this|things)(?: at)?\b|\bwhere (?:is|are|be) (?:they|we|(?:the )?member states|(?:the )?sco) (?:at|on|with)\b|\bwhere(?:'s|’s| is| are| be| does| do) (?:[^?]*\s)?(?:line|phrase|passage|paragraph|section|part|bit|wording|mention|reference|sentence|clause|language|commitment|pledge|provision|statement|promise|call)s?\b|\bwhere(?:'s|’s| is| are| was| were| be)\s(?:[^?]*\s)?(?:(?:mention|discuss|cover|address)(?:ed)?|raised?|referenced?|referred to|stated|written|noted|brought up|touched on|talked about)\b|\bwhere (?:does|do|did|is|are|was|were|would|will)\s(?:[^?]*\s)?(?:appears?|appearing|show(?:s|ing)? up|come(?:s)? up|coming up|crop(?:s)? up|features?|featured|get(?:s)? (?:a )?mention(?:ed)?)\b|\bstand\b/iu,
);

// 'A还是B', 'Is it X or Y?': a choice between things named, not a request for a name or a figure.
const CHOICE = fastIgnoreCase(/还是|^(?:is|are|does|do|did|was|were|will|should|has|have)\b.*\bor\b/iu);

// Measure words that count things (多少个, 多少项), and the endings of words for people, their
// casualties and countries (平民, 参与者, 人员, 平民伤亡, 成员国): 多少 before them counts.
const COUNTED_WORD =
  /^(?:个|国|项|家|名|人|次|届|所|种|条|座|份|位|支|批|部|类|场|轮|架|艘|辆|门|票|张|名额|兵力|城市)$|(?:人|民|者|员|兵|士|国|家|生|客|代表|人次|选手|伤亡|死亡)$/u;
// Spans of time: 多少年, 多少周年 ask a date's kind of number, which 20 周年 or 2025 年 gives.
const TIME_WORD = /^(?:周?年|天|日|个?月|年代)$/u;

/**
 * What 多少 asks for, by the word jieba cuts after it: a count before a measure word or
 * a word for people or countries, a date before a span of time, otherwise an amount
 * (贸易额是多少, 多少人道主义援助, 多少吨). Undefined when the question has no 多少.
 */
function howMuch(question: string): DetailKind | undefined {
  if (!question.includes('多少')) return undefined;
  for (const run of runs(normalize(question))) {
    const words = run.term.includes('多少') ? taggedWords(run) : [];
    const at = words.findIndex((w) => w.term.startsWith('多少'));
    if (at < 0) continue;
    const after = (words[at]?.term ?? '').slice(2) || (words[at + 1]?.term ?? '');
    if (TIME_WORD.test(after)) return 'date';
    return COUNTED_WORD.test(after) ? 'count' : 'amount';
  }
  return 'amount';
}

// How many things the declaration itself mentions, names or lists (How many marathons are mentioned? 提到了几场马拉松):
// a count of its own words, which the passages that mention them give, not a figure it may lack. Read in
// dictionary forms too (how many marathon be mention), as src/focus/asked.ts reads an English question again.
const COUNTS_MENTIONS =
  /\bhow many\b[^?？]{0,60}?\b(?:be|are|is|were|was|get|gets|got) (?:mention|name|list|cite|reference|enumerate|single out|refer to)(?:e?d)?\b|\bhow many\b[^?？]{0,60}?\b(?:mentioned|named|listed|cited|referenced|referred to|enumerated|singled out)\b|\bhow many\b[^?？]{0,60}?\b(?:does|do|did) (?:the |this )?(?:text|declaration|document|statement|it|they) (?:mention|name|list|cite|reference|refer to|enumerate)\b|(?:提到|提及|列出|列举|列了|点名|点到|写了|写到)(?:了)?(?:几|多少)|(?:几|多少)\p{Script=Han}{0,8}?(?:被)?(?:提到|提及|列出|列举|点名)/iu;

// People, lives and losses are counted by a figure, which a text that mentions them may not give (how many civilian deaths does it cite?).
const COUNTS_PEOPLE = fastIgnoreCase(
  /\b(?:deaths?|casualt(?:y|ies)|victims?|(?<!-to-)people(?!-to-)|persons?|civilians?|troops?|soldiers?|refugees?|migrants?|lives|dead|killed|injured|wounded|participants?|tourists?|visitors?|students?|runners?|attendees?|delegates?)\b|多少人|几个人|人数|人次|伤亡|死亡|难民|游客|士兵|兵力/iu,
);

/** The detail a question asks for, when it asks for one. */
export function askedDetail(question: string): DetailKind | undefined {
  if (CHOICE.test(question)) return undefined;
  const asks = (pattern: RegExp | ((question: string) => boolean)): boolean => (pattern instanceof RegExp ? pattern.test(question) : pattern(question));
  const notAsked = (kind: DetailKind): boolean =>
    (kind === 'place' && NOT_A_PLACE.test(question)) || (kind === 'count' && COUNTS_MENTIONS.test(question) && !COUNTS_PEOPLE.test(question));
  return ASKS.find(([kind, pattern]) => asks(pattern) && !notAsked(kind))?.[0];
}
