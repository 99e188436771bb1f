import { type CalendarDate, datesOfParagraphs, unwrittenDates } from './dates.js';
import { unwrittenNumbers } from './numbered.js';
import { ordinalsIn } from './ordinals.js';
import type { GazetteerEntry, Paragraph } from '../documents/types.js';
import type { Language } from '../model.js';
import { normalize } from '../text/normalize.js';
import type { Actor } from './actor.js';
import type { DetailKind } from './detail.js';
import { questionNumbers, type Precision } from './precision.js';
import { asked } from './asked.js';
import { type Conjunct, conjunctsOf, isCoordinated } from './conjuncts.js';
import { offeredNames } from './offered.js';
import { AFTER_WORDS, BEFORE_WORDS, FUTURE, NEXT, PAST, PREVIOUS } from './order-words.js';
import type { NamesFound } from './detail-given.js';
import { computeMentions, NameFinder, type NameMatch } from './gazetteer.js';
import { TitleIndex } from './titles.js';
import { QuoteNames } from './quote-names.js';
import { fastIgnoreCase } from '../text/fast-ignore-case.js';
import { nameToTell } from './name-to-tell.js';

/** A named thing a question is about, and whether the declaration mentions it. */
export interface FocusEntity {
  id: string;
  kind: GazetteerEntry['kind'];
  /** How to name it back to the asker: the gazetteer's first name in the question's language. */
  name: string;
  /** As the question wrote it. */
  surface: string;
  /** Named beside other things (X and Y, 芬太尼等毒品), not as the one subject of the question. */
  coordinated: boolean;
  /** Offered as the possible answer (which bodies — the CIS, the CSTO?), not as what is asked about: see offered.ts. */
  offered?: boolean;
  present: boolean;
  /** The paragraphs that mention it. */
  paragraphs: number[];
}

export interface FocusYear {
  year: string;
  present: boolean;
  paragraphs: number[];
}

/** What a question is about, found before ranking. */
export interface Focus {
  entities: FocusEntity[];
  years: FocusYear[];
  /** 'the paragraph after the one on X' / 'X 的下一段'. */
  order: 'next' | 'previous' | undefined;
  /**
   * 'after X', 'next', 'who takes over', '之后', '下一届': what follows X, which the declaration
   * tells after X (the next chair after the present one); 'before X', 'previous': what precedes it.
   */
  sequence: 'after' | 'before' | undefined;
  /** 'Where was the summit held': what has happened, not what the text says comes next. */
  past: boolean;
  /** The kind of detail asked for (an amount, a date, ...). */
  detail: DetailKind | undefined;
  /** For a 'who' question: a country, a body, a person, or either a country or a person. */
  actor: Actor;
  /** How precise the detail must be: a day or month, a city. */
  precision: Precision;
  /** The numbers the question holds (2025, 19): not news when a passage repeats them. */
  numbers: string[];
  /** The editions the question names (第三届, the 5th): a clause on another edition gives no detail of these. */
  ordinals: string[];
}

// Gazetteer entries that may be a title's whole subject: a title holding one is the gazetteer's to judge.
const DOCUMENT_KINDS = new Set<GazetteerEntry['kind']>(['document', 'programme', 'organisation', 'event']);

const THINGS_OF_THEIR_OWN = new Set<GazetteerEntry['kind']>(['organisation', 'programme', 'person', 'currency', 'disease', 'document']);

// An event is a thing of its own too (the Astana International Forum is not about Astana), but not a
// summit: the text dates its documents by the summits that adopted them ((2022年9月16日，撒马尔罕)),
// so a summit named by its city is about that city.
const SUMMIT = fastIgnoreCase(/峰会|会晤|\bsummit\b/iu);
const ofItsOwn = (match: NameMatch): boolean => THINGS_OF_THEIR_OWN.has(match.entry.kind) || (match.entry.kind === 'event' && !SUMMIT.test(match.surface));

// A year, not a number that looks like one: '2000 km', '1990s', '2030 人' are not years.
const YEAR = fastIgnoreCase(/(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)(?!\s*(?:s\b|'s\b|年代|km|公里|千米|米|人|名|万|亿|美元|元|个|家|%|％|吨))/giu);

/**
 * Reads questions for what they are about: the gazetteer's names, years, the
 * order asked for and the kind of detail. Built once per core; reading a
 * question costs a scan of it.
 */
export class FocusReader {
  readonly finder: NameFinder;
  readonly mentions: Map<string, number[]>;
  private readonly byId: Map<string, GazetteerEntry>;
  private countryCounts: Map<number, number> | undefined;
  private readonly yearParagraphs: (year: string) => number[];
  /** Whether some paragraph writes a number (2231) as a number of its own. */
  private readonly writesNumber: (digits: string) => boolean;
  /** Every day the paragraphs name (src/focus/dates.ts). */
  private readonly datesWritten: () => CalendarDate[];
  /** Entries the declaration names in most paragraphs (the SCO itself): never a specific name. */
  private readonly ubiquitous: Set<string>;
  /** The names in quoted passages, for the details they give. */
  private readonly quoted: QuoteNames;
  /** The ubiquitous entries' names, normalised. */
  private readonly organisationForms: string[];
  /** The titles the declaration names, to tell a quoted title it never names. */
  private readonly titles: TitleIndex;

  /**
   * `mentions` as `npm run gazetteer` recorded them; computed from the paragraphs when not given.
   * `ownTitles`: the documents' own titles, whose gazetteer entry (the Astana Declaration) is the
   * text itself, never a subject it leaves out.
   */
  constructor(entries: readonly GazetteerEntry[], paragraphs: readonly Paragraph[], mentions?: Map<string, number[]>, ownTitles: readonly string[] = []) {
    this.finder = new NameFinder(entries);
    this.mentions = mentions ?? computeMentions(this.finder, paragraphs);
    this.byId = new Map(entries.map((e) => [e.id, e]));
    // Normalised on the first question naming a year: most name none.
    let texts: { number: number; text: string }[] | undefined;
    this.yearParagraphs = (year) => {
      texts ??= paragraphs.map((p) => ({ number: p.number, text: normalize(p.text) }));
      return texts.filter((t) => t.text.includes(year)).map((t) => t.number);
    };
    this.writesNumber = (digits) => {
      texts ??= paragraphs.map((p) => ({ number: p.number, text: normalize(p.text) }));
      const written = new RegExp(`(?<!\\d)${digits}(?!\\d)`, 'u');
      return texts.some((t) => written.test(t.text));
    };
    this.datesWritten = datesOfParagraphs(paragraphs);
    const own = new Set(ownTitles.map((t) => normalize(t)));
    this.ubiquitous = new Set([
      ...[...this.mentions].filter(([, ps]) => ps.length > paragraphs.length / 4).map(([id]) => id),
      ...entries.filter((e) => e.zh.some((n) => own.has(normalize(n)))).map((e) => e.id),
    ]);
    this.quoted = new QuoteNames(this.finder, this.ubiquitous);
    this.organisationForms = entries.filter((e) => this.ubiquitous.has(e.id)).flatMap((e) => [...e.zh, ...e.en].map((n) => normalize(n)));
    // Longest first, so 上海合作组织 goes before 上合 could cut it.
    this.titles = new TitleIndex(
      paragraphs,
      [...this.organisationForms].sort((a, b) => b.length - a.length),
    );
  }

  /**
   * What a name stands beside in the question, normalised: the words before it when a
   * conjunction joins them (`left`), the words after it when one does (`right`).
   */
  partners(question: string, surface: string): Conjunct[] {
    return conjunctsOf(question, surface);
  }

  /** How many countries a paragraph names (a list of members names many, a bilateral matter two). */
  countriesIn(paragraph: number): number {
    this.countryCounts ??= countByParagraph([...this.mentions].filter(([id]) => this.byId.get(id)?.kind === 'country').map(([, ps]) => ps));
    return this.countryCounts.get(paragraph) ?? 0;
  }

  /** Whether a question names the organisation itself, by any of its names (SCO, 上合组织, the Shanghai Cooperation Organization). */
  namesTheOrganisation(question: string): boolean {
    const text = normalize(question);
    return this.organisationForms.some((f) => {
      const at = text.indexOf(f);
      return at >= 0 && (!/^[a-z]/u.test(f) || (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + f.length] ?? '')));
    });
  }

  /** Whether the conjunct next to a name is the organisation itself (BRICS and the SCO): no subject of its own. */
  isOrganisation(conjunct: Conjunct): boolean {
    const words = conjunct.words.replace(/^the\s+/u, '');
    return this.organisationForms.some((f) => (conjunct.side === 'right' ? words.startsWith(f) : words.endsWith(f)));
  }

  read(question: string, language: Language): Focus {
    const seen = new Set<string>();
    const entities: FocusEntity[] = [];
    for (const match of this.named(question)) {
      if (seen.has(match.entry.id) || this.ubiquitous.has(match.entry.id)) continue;
      seen.add(match.entry.id);
      entities.push({ ...this.entity(match, language), coordinated: isCoordinated(question, match.surface) });
    }
    const years = [...new Set([...question.normalize('NFKC').matchAll(YEAR)].map((m) => m[1] ?? ''))].map((year) => {
      const paragraphs = this.yearParagraphs(year);
      return { year, present: paragraphs.length > 0, paragraphs };
    });
    const order = NEXT.test(question) ? 'next' : PREVIOUS.test(question) ? 'previous' : undefined;
    const sequence = AFTER_WORDS.test(question) ? 'after' : BEFORE_WORDS.test(question) ? 'before' : undefined;
    const titled = [...this.withTitles(question, entities), ...unwrittenNumbers(question, this.writesNumber), ...unwrittenDates(question, this.datesWritten)];
    const offered = offeredNames(
      question,
      titled.map((e) => e.surface),
    );
    const all = titled.map((e) => (offered.has(e.surface) ? { ...e, offered: true } : e));
    const past = sequence === undefined && PAST.test(question) && !FUTURE.test(question);
    return {
      entities: withoutPairMembers(all, this.byId),
      years,
      order,
      sequence,
      past,
      ...asked(question),
      numbers: questionNumbers(question),
      ordinals: ordinalsIn(question),
    };
  }

  /**
   * The question's entities with the titles it names that the text never does. A name inside
   * such a title (Istanbul in the Istanbul Convention) is named by the title, not beside it.
   */
  private withTitles(question: string, entities: readonly FocusEntity[]): FocusEntity[] {
    const listed = (title: string): boolean => this.finder.find(title).some((m) => DOCUMENT_KINDS.has(m.entry.kind));
    const titles = this.titles.absent(question, listed);
    if (titles.length === 0) return [...entities];
    const inTitle = (e: FocusEntity): boolean => titles.some((t) => normalize(t).includes(normalize(e.surface)));
    const own = titles.map((title) => ({
      id: `title:${title}`,
      kind: 'document' as const,
      name: title,
      surface: title,
      coordinated: isCoordinated(question, title),
      present: false,
      paragraphs: [],
    }));
    return [...entities.filter((e) => !inTitle(e)), ...own];
  }

  /**
   * The names a question is about. A name the declaration never uses that holds one
   * it does use (阿富汗问题 holds 阿富汗, 'Palestinian question' holds Palestinian)
   * is about the one it uses: the text words it otherwise.
   */
  private named(question: string): NameMatch[] {
    return this.finder.find(question).flatMap((match) => {
      // A body or a programme is a thing of its own: the Asian Infrastructure Investment Bank is not about Asia.
      if (this.isPresent(match.entry.id) || ofItsOwn(match)) return [match];
      const inner = this.finder.nested(match).filter((m) => !this.ubiquitous.has(m.entry.id));
      // A pair of two the text names one of (Iran-US: 美伊) is each of them: the one it never names is absent.
      const pairOfNames = match.entry.kind === 'pair' && inner.length > 1;
      const present = inner.filter((m) => this.isPresent(m.entry.id));
      return present.length === 0 ? [match] : pairOfNames ? inner : present;
    });
  }

  private isPresent(id: string): boolean {
    return (this.mentions.get(id)?.length ?? 0) > 0;
  }

  /**
   * Specific names (countries, cities, persons, bodies) in quoted text, for 'where' and
   * 'who' questions; the question's own names are not an answer to them.
   */
  namesIn(quoted: string, focus: Focus): NamesFound {
    return this.quoted.namesIn(quoted, focus);
  }

  /** Whether quoted text names one of the things the question names. */
  namesOwn(quoted: string, focus: Focus): boolean {
    return this.quoted.namesOwn(quoted, focus);
  }

  private entity(match: NameMatch, language: Language): FocusEntity {
    const { entry } = match;
    const paragraphs = this.mentions.get(entry.id) ?? [];
    return {
      id: entry.id,
      kind: entry.kind,
      name: nameToTell(entry, match.surface, language),
      surface: match.surface,
      coordinated: false,
      present: paragraphs.length > 0,
      paragraphs,
    };
  }
}

/**
 * 'Israel and Palestine' names both parties of the pair the text calls 巴以: both
 * are present through it. A pair named beside one of its members says the same
 * thing twice; the members are dropped then.
 */
function withoutPairMembers(entities: FocusEntity[], byId: Map<string, GazetteerEntry>): FocusEntity[] {
  const memberOfNamedPair = new Set(entities.flatMap((e) => byId.get(e.id)?.members ?? []));
  return entities.filter((e) => !memberOfNamedPair.has(e.id));
}

/** For each paragraph, in how many of the lists it stands. */
function countByParagraph(lists: readonly number[][]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const list of lists) for (const n of list) counts.set(n, (counts.get(n) ?? 0) + 1);
  return counts;
}
