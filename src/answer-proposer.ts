// What a country proposed (俄罗斯提出了什么倡议, What initiatives has Uzbekistan put forward?): first the paragraphs
// where it is the one proposing (俄罗斯联邦关于…的倡议, 乌兹别克斯坦共和国提出的关于…), then those where it is named
// otherwise: §66 names eight countries that support 中华人民共和国提出的“一带一路”倡议, which none of them proposed.
import type { Focus } from './focus/focus.js';
import type { NameFinder } from './focus/gazetteer.js';
import type { Hit } from './search/engine.js';
import { normalize } from './text/normalize.js';
import { fastIgnoreCase } from './text/fast-ignore-case.js';

/** A question asking what someone proposed, not one naming a proposal (俄罗斯对一带一路倡议的态度 asks a view). */
const ASKS_PROPOSALS = fastIgnoreCase(
  /(?:提出|提议|倡议|建议|主张)(?:了|过)?(?:什么|哪些|啥|哪几|哪个)|(?:什么|哪些|啥|哪几个?|几个|几项)(?:倡议|建议|提议|主张)|的(?:倡议|建议|提议|主张)(?:有|是)|\bwhat (?:\w+ ){0,4}?(?:did|does|do|has|have|had) (?:[\w'’-]+ ){1,3}?(?:propose|put forward|suggest|initiate|float|launch)\b|\b(?:which|what) (?:\w+ )?(?:initiatives?|proposals?|ideas?|suggestions?)\b|\b(?:initiatives?|proposals?|ideas?) (?:\w+ )?(?:put forward|proposed|floated|launched|made|advanced) by\b|['’]s (?:own )?(?:initiatives|proposals|ideas)\b/iu,
);

/** After a country's name, what makes it the proposer: 关于…的倡议, 提出的关于…, 提出的建议. */
const PROPOSES = /^(?:共和国|联邦|伊斯兰共和国)?(?:提出的?)?关于|^(?:共和国|联邦|伊斯兰共和国)?提出/u;

/** The hits, those where the question's one country proposes something first; unchanged when none is such. */
export function proposersFirst(hits: readonly Hit[], focus: Focus, question: string, finder: NameFinder): Hit[] {
  const countries = focus.entities.filter((e) => e.present && e.kind === 'country' && !e.coordinated);
  const [country] = countries;
  if (country === undefined || countries.length > 1 || !ASKS_PROPOSALS.test(question)) return [...hits];
  const proposes = (h: Hit): boolean => {
    const text = normalize(h.paragraph.text);
    return finder.findChinese(text).some((m) => m.entry.id === country.id && PROPOSES.test(text.slice(m.end)));
  };
  const first = hits.filter(proposes);
  return first.length === 0 ? [...hits] : [...first, ...hits.filter((h) => !first.includes(h))];
}
