// Who a 'who' question asks for (src/focus/detail.ts reads what kind of detail it asks): a country,
// a body, a person by name, a partner, whoever plays a role, or a host.
import { fastIgnoreCase } from '../text/fast-ignore-case.js';
import { asksWhichCountryZh, asksWhichPersonZh, TITLE_ASKED_ZH } from './detail.js';

/**
 * Who a 'who' question asks for: a country (which member proposed), a body (which agency), a
 * person by name, a partner (with whom: a country, a body or a person), or a country or a person.
 */
export type Actor = 'country' | 'body' | 'person' | 'partner' | 'role' | 'host' | 'any';

// 'Who hosted the energy forum', '谁主办': a host is a country, a city or a body; the text says where a meeting was (阿斯塔纳).
const ASKS_HOST = fastIgnoreCase(
  /\bwho(?:['’]s| is| was| will| has)?\s+(?:be\s+)?host(?:s|ed|ing)?\b|谁[^，。？?]{0,6}(?:主办|承办|举办|东道)|谁(?:来)?办(?![公事理])|(?:主办|承办|东道)(?:方|国)?(?:是|为)?谁/iu,
);

// How many countries (几个国家, 国家有几个): the countries a passage names are counted by whoever reads them.
const COUNTS_COUNTRIES = fastIgnoreCase(
  /\bhow many (?:\w+ )?(?:countries|member states|members|states|nations|governments)\b|几个(?:成员)?国家|(?:国家|成员国)(?:一共|总共)?有几个/iu,
);

const WHICH_COUNTRY = fastIgnoreCase(
  /\b(?:which|what) (?:country|countries|member|members|state|states|nation|nations|powers?|side|sides|government|governments|party|parties|signatory|signatories)\b/iu,
);

const ASKS_COUNTRY = (question: string): boolean => asksWhichCountryZh(question) || COUNTS_COUNTRIES.test(question) || WHICH_COUNTRY.test(question);
const ASKS_BODY = fastIgnoreCase(
  /哪个机构|哪家|哪个部门|哪个智库|\b(?:which|what) (?:other |else |further |additional )?(?:partner |international |regional |multilateral )?(?:body|bodies|organi[sz]ations?|institutions?|agency|agencies|research (?:centres?|centers?|institutes?))\b|\b(?:which|what) think[- ]tanks?(?=\s+(?:did|does|do|is|are|was|were|has|have|will|would|organi[sz]ed|hosted|held|ran|runs|led|proposed)\b|\s*[?？]*$)/iu,
);

// 'Which leaders signed', 'what is the name of', 'who is the Secretary-General', 'who is the RATS director' (a body's
// name may stand before the title): a person, by name.
const ASKS_PERSON = fastIgnoreCase(
  /哪位|哪几位|何人|\b(?:the )?name of\b|\bwho(?: is| was| will be|['’]s) (?:currently |now |presently )?(?:the |its |their )?(?:current |new |next |present )?(?:[\w-]+(?:['’]s)? ){0,3}?(?:secretary|president|head|director|leader|minister|prime minister)|\bwhich (?:leaders?|officials?|presidents?|ministers?|persons?|people|individuals?|heads? of (?:state|government)(?! council))\b/iu,
);

// 'Who should play the key role', 'who do they credit with the key role', 'which body … playing the central role',
// '谁应该发挥关键作用': whoever the text gives a role to (the UN, states), named or not.
const ASKS_ROLE = fastIgnoreCase(
  /谁[^，。？?]{0,8}(?:(?:发挥|起到?)[^，。？?]{0,12}作用|牵头|主导)|\b(?:who|which|what)\b[^?]{0,40}\b(?:play|plays|playing|have|has|having|credit|credits|credited|give|gives|gave|assign|assigns|assigned|see|sees|saw)\b[^?]{0,40}\brole\b|\bwho\b[^?]{0,40}\btakes? the lead\b/iu,
);
// 'With whom', '跟谁一起', 'to whom', '向谁报告': a partner, which may as well be a body (the UN) as a country.
const ASKS_PARTNER = fastIgnoreCase(/(?:跟|和|与|同|向|对)谁|\b(?:with|to) whom\b|\bwhom? (?:\w+ ){1,6}(?:with|to)\b/iu);

// 'Who heads / chairs / signed / spoke', '谁主持', '是谁签的字': what only a person does; a body or a country does not
// answer it. A country chairs the organisation ('who chairs the SCO next').
const PERSON_ACT =
  /\bwho(?:'s| is| was| will)? (?:\w+ ){0,2}(?:heads?|headed|(?<!\b(?:next|current|incoming|new|outgoing|rotating|previous|last|present) )(?:chairs?|chaired)(?! (?:the )?(?:sco|organi[sz]ation)(?:\s+(?:next|now|in|after|from|for)\b|\s*[?？.]|$)| (?:after|next|now|from)\b)|sign(?:s|ed)|sp(?:eaks?|oke)|deliver(?:s|ed)|presid(?:es|ed)|addressed|represent(?:s|ed))\b|谁[^，。？?]{0,10}(?:签|主持|发言|讲话|致辞|出席|参会|与会)|谁[^，。？?]{0,10}参加[^，。？?]{0,8}(?:会议|峰会|论坛|仪式|典礼|会谈|会晤|大会)|(?:会议|峰会|论坛|仪式|典礼|会谈|会晤|大会)[^，。？?]{0,8}谁[^，。？?]{0,4}参加|谁(?:来)?(?:当|任|担任|出任)(?:了)?\p{Script=Han}{0,4}?(?:(?<!轮值)主席|主任|秘书长|总干事|负责人)(?!国)|(?:签|主持|发言|讲话|致辞)[^，。？?]{0,10}(?:是谁|的是谁)|(?:主任|主席|秘书长|总干事|负责人)(?:是|叫)?谁/iu;

/** Whether a question asks for persons by name (which leaders, 哪几位, who is the secretary-general), not only who did something. */
export function asksPersonsByName(question: string): boolean {
  return ASKS_PERSON.test(question) || TITLE_ASKED_ZH.test(question) || asksWhichPersonZh(question);
}

export function askedActor(question: string): Actor {
  if (ASKS_ROLE.test(question)) return 'role';
  if (ASKS_HOST.test(question)) return 'host';
  if (asksPersonsByName(question) || PERSON_ACT.test(question)) return 'person';
  if (ASKS_PARTNER.test(question)) return 'partner';
  return ASKS_COUNTRY(question) ? 'country' : ASKS_BODY.test(question) ? 'body' : 'any';
}
