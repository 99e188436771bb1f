// The gazetteer's names in quoted passages, counted by class for the detail a question asks
// (a place, a country, a body, a person, a thing by name): the question's own names, and the
// names every paragraph holds (the SCO itself), are no answer.
import type { NamesFound } from './detail-given.js';
import type { Focus } from './focus.js';
import { type NameFinder, type NameMatch, spaced } from './gazetteer.js';
import { PLACE_KINDS } from './name-holders.js';

/** What 'after X' may name as X: where or who went before. */
const SEQUENCE_ANCHORS: ReadonlySet<string> = new Set([...PLACE_KINDS, 'person']);

export class QuoteNames {
  private readonly cache = new Map<string, { text: string; names: NameMatch[] }>();

  constructor(
    private readonly finder: NameFinder,
    /** Entries the declaration names in most paragraphs (the SCO itself): never a specific name. */
    private readonly ubiquitous: ReadonlySet<string>,
  ) {}

  /**
   * Specific names (countries, cities, persons, bodies) in quoted text, for 'where' and
   * 'who' questions; the question's own names are not an answer to them.
   */
  namesIn(quoted: string, focus: Focus): NamesFound {
    const found: NamesFound = { place: 0, city: 0, country: 0, member: 0, body: 0, person: 0, named: 0 };
    // Names the question offers as its answer (— UNEP, FAO?) are an answer when the text gives them.
    const own = new Set(focus.entities.filter((e) => e.offered !== true).map((e) => e.id));
    const { text, names } = this.namesOfQuote(quoted);
    // Who or where after X (after Qingdao, after China): not a name the text gives before X, which went before it. X is a
    // place, a country or a person; the thing asked about (the SCO tourism and cultural capital after Almaty) may come later.
    const anchors = names.filter((m) => own.has(m.entry.id) && SEQUENCE_ANCHORS.has(m.entry.kind));
    const from = focus.sequence === 'after' ? Math.max(0, ...anchors.map((m) => m.end)) : 0;
    // A name inside one of the question's own (阿富汗 in 环阿富汗安全带) is part of that name, not another.
    const ownSpans = names.filter((m) => own.has(m.entry.id));
    const inOwn = (m: NameMatch): boolean => ownSpans.some((o) => o !== m && o.start <= m.start && m.end <= o.end);
    for (const m of names) {
      if (this.ubiquitous.has(m.entry.id) || own.has(m.entry.id) || m.start < from || inOwn(m)) continue;
      const kind = m.entry.kind;
      // A city names where; a country or a region only where something is or happens there, not as the one that proposed something.
      if (kind === 'place' || ((kind === 'country' || kind === 'region') && isLocated(text, m))) {
        found.place++;
        if (kind === 'place') found.city++;
      }
      if (kind === 'country') found.country++;
      if (kind === 'country' && !isProposer(text, m)) found.member++;
      if (kind === 'organisation') found.body++;
      if (kind === 'person') found.person++;
      // Where something was adopted or held (在撒马尔罕通过的构想) is no instance of the things asked for by name.
      // Nor is a country or a region, who proposed or supports the things: 'which country' asks a person, not a name.
      if (kind !== 'document' && kind !== 'country' && kind !== 'region' && !(kind === 'place' && isLocated(text, m)) && ofClass(m, focus)) found.named++;
    }
    return found;
  }

  /** Whether quoted text names one of the things the question names. */
  namesOwn(quoted: string, focus: Focus): boolean {
    const own = new Set(focus.entities.map((e) => e.id));
    return this.namesOfQuote(quoted).names.some((m) => own.has(m.entry.id));
  }

  /**
   * The gazetteer's names in a piece of quoted text, nested ones included. Quotes come from
   * the documents only, so the cache is bounded by their sentences (as the quote's own analysis is).
   */
  private namesOfQuote(quoted: string): { text: string; names: NameMatch[] } {
    let found = this.cache.get(quoted);
    if (found === undefined) {
      if (/\p{Script=Han}/u.test(quoted)) {
        // Quoted text is the declaration's own, already in simplified characters: the documents'
        // normalisation without its character conversion, which would cost more than the search.
        const text = quoted.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
        const outer = this.finder.findChinese(text);
        found = { text, names: [...outer, ...outer.flatMap((o) => this.finder.nested(o))] };
      } else {
        // The project's English rendering, quoted for an English question: its names as written.
        found = { text: spaced(quoted), names: this.finder.findEnglish(quoted) };
      }
      this.cache.set(quoted, found);
    }
    return found;
  }
}

// Where a name says where: 在阿斯塔纳市举行, 于撒马尔罕, （2024年6月5日至6日，塔什干）, 设在, 境内 (not 注意到伊朗…的倡议);
// in English 'in the city of Astana', 'held in Tashkent', 'on the territory of the Kyrgyz Republic', '(16 September 2022, Samarkand)' (not 'the proposal of Iran').
const LOCATED_BEFORE = /(?:在|于|赴|[(（][^()（）]*[,，]\s*|\b(?:in|at|to)\s+(?:the\s+)?(?:city\s+of\s+)?|\b(?:on|in) the territory of\s+(?:the\s+)?)$/u;
const LOCATED_AFTER = /^(?:市|城|境内|举行|举办|召开|主办|承办|\s*[)）])/u;

/** Whether a name is of the class the question asks things of (an alliance is not a university); any name when it asks none. */
function ofClass(m: NameMatch, focus: Focus): boolean {
  const named = focus.precision.named;
  if (named === undefined) return true;
  return m.entry.kind === named.kind || [m.surface, ...m.entry.zh, ...m.entry.en].some((name) => named.words.test(name));
}

// Who proposed something: 塔吉克斯坦共和国关于…的倡议, 哈萨克斯坦共和国提出的; 'the initiative of the Republic of Kazakhstan'.
// A second proposer may stand between (乌兹别克斯坦和哈萨克斯坦关于…, the initiative of Uzbekistan and Kazakhstan).
const PROPOSER_AFTER =
  /^(?:共和国|伊斯兰共和国|联邦|人民共和国)?(?:(?:和|与)\p{Script=Han}{2,14}?)?(?:关于|提出|倡议|建议|的倡议|的建议)|^(?:['’]s)? (?:proposal|initiative|suggestion|idea)s?\b/u;
const PROPOSER_BEFORE =
  /\b(?:(?:initiative|proposal|suggestion|idea)s? of|(?:proposed|initiated|suggested|put forward) by) (?:the )?(?:(?:republic|federation|islamic republic|people's republic) of (?:the )?)?(?:[\p{L} ]{2,40}? and (?:the )?(?:(?:republic|federation) of (?:the )?)?)?$/iu;

/** Whether a country in quoted text stands as the one that proposed something. */
function isProposer(text: string, m: NameMatch): boolean {
  return PROPOSER_AFTER.test(text.slice(m.end)) || PROPOSER_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
}

/** Whether a name in quoted text stands where something is or happens, not as an actor or part of another name. */
function isLocated(text: string, m: NameMatch): boolean {
  // English says it in more letters: '(16 September 2022, ' before Samarkand.
  const reach = /\p{Script=Han}/u.test(text) ? 12 : 40;
  return LOCATED_BEFORE.test(text.slice(Math.max(0, m.start - reach), m.start)) || LOCATED_AFTER.test(text.slice(m.end));
}
