// The kind of detail a question asks for (an amount, a date, ...), and whether a
// quoted passage gives one. A passage about the right subject that gives no such
// detail does not answer 'how much' or 'when': the bot says what is missing.

export const DETAIL_KINDS = ['amount', 'count', 'date', 'place', 'person'] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];

// Checked in this order: 'how many billion' asks an amount, not a count. An English wh-word asks
// only where it opens the question or a clause: 'countries who impose sanctions' and 'stability
// when discussing Afghanistan' ask for no one and no date.
const ASKS: readonly [DetailKind, RegExp][] = [
  [
    'amount',
    /多少钱|多少资金|资金多少|多少投资|投资额|多少亿|多少万|金额|资金规模|规模多大|多大规模|注资多少|出资多少|资本金|注册资本|启动资金|预算|多少美元|花费|成本多少|价值多少|百分之几|占比|比例是|增长了?多少|(?:规模|金额|资金|投资|预算)(?:有)?多大/u,
  ],
  [
    'amount',
    /\bhow much\b|\bhow (?:big|large) (?:is|was|will)\b|\b(?:amount|sum|size|value|volume) of (?:the )?(?:funding|money|capital|investment|contribution|budget|fund|loan|trade|financing)|\b(?:capitali[sz]ation|initial capital|authori[sz]ed capital|registered capital|start-?up capital|budget|price tag|cost)\b|\bcapital (?:of|for) the\b|\bhow many (?:dollars|yuan|rubles|billion|million)\b|\bwhat (?:figure|sum|percentage|share|proportion|level of (?:funding|investment|trade))\b|\bhow much money\b|\b(?:billion|million) (?:dollars|yuan|usd)\b/iu,
  ],
  // A bare 多少 (贸易额是多少) asks a figure; 多少 with a measure word is counted below.
  ['amount', /多少(?!个|国|项|家|名|人|次|届|成员|国家|城市|所|种|条|座|份|年|天|月)/u],
  // 哪几个方面 asks which, not how many.
  [
    'count',
    /多少个|(?<!哪)几个|多少国|(?<!哪)几国|多少项|(?<!哪)几项|多少家|多少名|多少人|多少次|(?<!哪)几次|多少届|(?<!哪)几届|多少(?:成员|国家|城市|所|种|条|座|份)|数量是|数目/u,
  ],
  ['count', /\bhow many\b|\bnumber of\b|\bcount of\b|\bhow often\b/iu],
  ['date', /什么时候|什么时间|何时|何年|几时|几点|哪一?年|哪一?天|几月|几号|哪个月|哪月|日期|哪一?日|时间表|截止|多久|多少年/u],
  [
    'date',
    /(?:^|[,;:]\s*|\b(?:and|or)\s+)when\b|\b(?:what|which) (?:date|day|year|month|time)\b|\bon what date\b|\bdate of\b|\bwhat year\b|\bby when\b|\bhow soon\b|\b(?:deadline|timeline|timetable)\b|\bhow long\b/iu,
  ],
  ['place', /在哪|哪里|哪儿|什么地方|哪个城市|哪座城市|哪座|何地|地点在|哪个地方|举办地|在何处|总部设在|设在哪|落户|选址|东道国/u],
  [
    'place',
    /(?:^|[,;:]\s*|\b(?:and|or)\s+)where\b|\b(?:which|what) (?:city|town|place|venue|location|capital city)\b|\bvenue\b|\bheadquarter(?:s|ed)\b|\bbased in which\b/iu,
  ],
  ['person', /谁(?![都也])|哪位|哪个国家|哪国|哪一国|哪些国家|哪个成员国|哪方|何人|哪个机构|哪家|由哪|哪个部门/u],
  [
    'person',
    /(?:^|[,;:]\s*|\b(?:and|or|by|to|from|with)\s+)(?:who|whom|whose)\b|\b(?:which|what) (?:country|countries|member|members|state|states|nation|nations|leader|leaders|official|president|side|body|bodies|organi[sz]ation|institution|agency|government)\b/iu,
  ],
];

// 'Where in the declaration is X', 'where do things stand': about the text or the state of play, not a place.
const NOT_A_PLACE =
  /哪里(?:写|提|说|讲|有)|哪儿(?:写|提|说)|在哪(?:段|一段|部分)|\bwhere (?:does|do|did|is) (?:it|the declaration|the text|they|this)\b|\bwhere (?:is|are) (?:it|that|this|things)(?: at)?\b|\bstand\b/iu;

// 'A还是B', 'Is it X or Y?': a choice between things named, not a request for a name or a figure.
const CHOICE = /还是|^(?:is|are|does|do|did|was|were|will|should|has|have)\b.*\bor\b/iu;

/** The detail a question asks for, when it asks for one. */
export function askedDetail(question: string): DetailKind | undefined {
  if (CHOICE.test(question)) return undefined;
  return ASKS.find(([kind, pattern]) => pattern.test(question) && !(kind === 'place' && NOT_A_PLACE.test(question)))?.[0];
}

const GIVES: Record<Exclude<DetailKind, 'place' | 'person'>, RegExp> = {
  amount: /\d[\d,.]*\s*(?:亿|万|千|百万|美元|元|卢布|坚戈|%|％|percent)|[一二三四五六七八九十百千两]+(?:亿|万)(?:美元|元)?/u,
  count: /\d+\s*(?:个|项|国|家|次|届|名|份|条|部)|[一二三四五六七八九十两]+(?:个|项|国|家|次|届|名|份|条|部)/u,
  date: /\d{4}\s*年|\d{1,3}\s*周年|[一二三四五六七八九十]+周年|\d{1,3}\s*年(?:内|来|间|期)|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月|[〇零一二三四五六七八九]{4}年|明年|今年|下一次会议将于/u,
};

/** How many specific names of each class a quoted text holds (not the question's own, nor the organisation itself). */
export interface NamesFound {
  place: number;
  country: number;
  body: number;
  person: number;
}

/** Who a 'who' question asks for: a country (which member proposed), a body (which agency), or either a country or a person. */
export type Actor = 'country' | 'body' | 'any';

const ASKS_COUNTRY =
  /哪个国家|哪国|哪一国|哪些国家|哪个成员国|哪方|\b(?:which|what) (?:country|countries|member|members|state|states|nation|nations|side|government)\b/iu;
const ASKS_BODY = /哪个机构|哪家|哪个部门|\b(?:which|what) (?:body|bodies|organi[sz]ation|institution|agency|agencies)\b/iu;

export function askedActor(question: string): Actor {
  return ASKS_COUNTRY.test(question) ? 'country' : ASKS_BODY.test(question) ? 'body' : 'any';
}

/**
 * Whether the quoted text gives a detail of this kind. Places and persons are
 * names found by the gazetteer; who answers a 'who' depends on what it asks for.
 */
export function givesDetail(kind: DetailKind, quoted: string, names: NamesFound, actor: Actor = 'any'): boolean {
  switch (kind) {
    case 'place':
      return names.place > 0 || /在\p{Script=Han}{2,8}市/u.test(quoted);
    case 'person':
      if (actor === 'country') return names.country > 0;
      if (actor === 'body') return names.body > 0;
      return names.country + names.person > 0;
    default:
      return GIVES[kind].test(quoted);
  }
}
