// The titles a question quotes (《维也纳外交关系公约》, the New Delhi Declaration) and whether
// the declaration names them. A title is the name of one document: a question about one the
// text never names is about something it does not address, however many of the title's words
// (维也纳, 公约; New Delhi) it uses.
import type { Paragraph } from '../documents/types.js';
import { englishTerm } from '../search/analyzer.js';
import { normalize } from '../text/normalize.js';

const QUOTED_TITLE = /《([^《》]{2,40})》/gu;
// The text's own titles, and the names it puts in quotation marks (“可持续发展年”).
const TEXT_TITLE = /《([^《》]*(?:《[^《》]*》[^《》]*)*)》|“([^“”]{2,40})”/gu;

/** How much of a title's wording another shares: the share of its pairs of characters found there. */
function sharedPairs(title: string, other: ReadonlySet<string>): number {
  if (title.length < 2) return 0;
  let found = 0;
  for (let i = 0; i + 2 <= title.length; i++) if (other.has(title.slice(i, i + 2))) found++;
  return found / (title.length - 1);
}

const pairsOf = (text: string): Set<string> => new Set(Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2)));

// The last word of an English document's name: what makes a capitalised phrase a title.
// An event's name ends the same way (the Astana International Forum, the Issyk-Kul Marathon); not a
// summit or a meeting, which the declaration's own (the Astana Summit) may be called without its words.
const EVENT_HEADS = 'Forum|Festival|Games|Exhibition|Expo|Congress|Olympiad|Marathon|Conference|Dialogue';
const EVENT_HEAD = new RegExp(`^(?:${EVENT_HEADS})$`, 'u');
const DOCUMENT_HEAD = new RegExp(
  `^(?:Declaration|Convention|Treaty|Agreement|Charter|Protocol|Accord|Accords|Framework|Strategy|Programme|Program|Plan|Resolution|Memorandum|Concept|Doctrine|Pact|Statement|Roadmap|Communiqu[eé]|${EVENT_HEADS})$`,
  'u',
);
const DOCUMENT_HEAD_ANYWHERE = new RegExp(DOCUMENT_HEAD.source.replace('^(?:', '\\b(?:').replace(')$', ')\\b'), 'u');
// Small words inside a title: the Treaty on the Non-Proliferation of Nuclear Weapons.
const TITLE_LINK = /^(?:of|on|the|a|an|and|for|in|to|against|between|among)$/u;

const OPENER =
  /^(?:Is|Are|Was|Were|Does|Do|Did|What|Which|Who|Whom|Whose|When|Where|How|Why|Has|Have|Had|Can|Could|Will|Would|Should|Shall|May|Might|Must|The|A|An|Any|In|On|At|Per|According)$/u;

/** Capitalised phrases of English text, small linking words inside them kept, as their words. */
function capitalisedPhrases(text: string): string[][] {
  const out: string[][] = [];
  let phrase: string[] = [];
  const close = (): void => {
    while (phrase.length > 0 && TITLE_LINK.test(phrase.at(-1) ?? '')) phrase.pop();
    if (phrase.length > 0) out.push(phrase);
    phrase = [];
  };
  for (const [word] of text.normalize('NFKC').matchAll(/[\p{L}\d]+(?:['’-][\p{L}\d]+)*/gu)) {
    // 'Is the Minsk Agreement mentioned?': a question's opening word is capitalised, not a name.
    if (phrase.length === 0 && OPENER.test(word)) continue;
    if (/^\p{Lu}/u.test(word)) phrase.push(word.replace(/['’]s$/u, ''));
    else if (phrase.length > 0 && TITLE_LINK.test(word)) phrase.push(word);
    else close();
  }
  close();
  return out;
}

/** The capitalised phrase that ends right before a bracket, with the stems of what the bracket holds. */
function bracketed(text: string, at: number, inside: string): { stems: Set<string>; bracketed: Set<string> }[] {
  const before = text.slice(Math.max(0, at - 150), at).trimEnd();
  const phrase = capitalisedPhrases(before).at(-1);
  if (phrase === undefined || !before.endsWith(phrase.at(-1) ?? '\u0000')) return [];
  return [{ stems: titleStems(phrase), bracketed: new Set(capitalisedPhrases(inside).flatMap((words) => [...titleStems(words)])) }];
}

/** The stems of a title's own words (not its linking words, nor the organisation's name). */
function titleStems(words: readonly string[]): Set<string> {
  return new Set(words.flatMap((w) => (TITLE_LINK.test(w) || /^SCO$/u.test(w) ? [] : w.split(/[-‐]/u).map((part) => englishTerm(part.toLowerCase())))));
}

export class TitleIndex {
  /** The text's titles, built on the first question that quotes one (most never do). */
  private chinese: { text: string; titles: Set<string>[] } | undefined;
  /** The English rendering's capitalised phrases, as stems, built on the first English question naming a document. */
  private english: Set<string>[] | undefined;
  /** The rendering's capitalised phrases, each with what the brackets right after it hold: an event's date and place (19 March 2024, New Delhi). */
  private englishPhrases: { stems: Set<string>; bracketed: Set<string> }[] | undefined;

  /**
   * `organisation`: the organisation's own names (上海合作组织, 上合组织), which titles hold
   * or leave out at will: 《上合组织2035年前发展战略》 is the text's 《上海合作组织2035年前发展战略》.
   */
  constructor(
    private readonly paragraphs: readonly Paragraph[],
    private readonly organisation: readonly string[],
    /** The share of a quoted title's wording one of the text's titles must hold to be the same title. */
    private readonly sameShare = 0.6,
  ) {}

  private chineseTitles(): { text: string; titles: Set<string>[] } {
    if (this.chinese === undefined) {
      const texts = this.paragraphs.map((p) => normalize(p.text));
      this.chinese = {
        text: texts.map((t) => this.bare(t)).join('\n'),
        titles: texts.flatMap((t) => [...t.matchAll(TEXT_TITLE)].map((m) => pairsOf(this.bare(m[1] ?? m[2] ?? '')))),
      };
    }
    return this.chinese;
  }

  private englishTitles(): Set<string>[] {
    this.english ??= this.englishWithBrackets().map((p) => p.stems);
    return this.english;
  }

  private englishWithBrackets(): { stems: Set<string>; bracketed: Set<string> }[] {
    this.englishPhrases ??= this.paragraphs.flatMap((p) => {
      const english = p.english ?? '';
      const phrases = capitalisedPhrases(english).map((words) => ({ stems: titleStems(words), bracketed: new Set<string>() }));
      return [...phrases, ...[...english.matchAll(/\(([^()]*)\)/gu)].flatMap((m) => bracketed(english, m.index, m[1] ?? ''))];
    });
    return this.englishPhrases;
  }

  /**
   * Whether the rendering names an event: a phrase with its head that holds every one of its words, the
   * place and date the paragraph gives it in brackets counted in (the New Delhi Startup Forum is its
   * 4th Startup Forum (19 March 2024, New Delhi)); a Tashkent Investment Forum is not its Transport Forum
   * (1 November 2023, Tashkent).
   */
  private namesEvent(headStem: string, stems: ReadonlySet<string>): boolean {
    return this.englishWithBrackets().some((p) => p.stems.has(headStem) && [...stems].every((s) => p.stems.has(s) || p.bracketed.has(s)));
  }

  /** A title without the organisation's names, its member states, spaces and inner marks. */
  private bare(title: string): string {
    let out = title.replace(/[\s〈〉《》“”]/gu, '').replace(/成员国/gu, '');
    for (const name of this.organisation) if (/\p{Script=Han}/u.test(name)) out = out.split(name).join('');
    return out;
  }

  /**
   * The titles a question quotes or names that the declaration never names, as the question
   * wrote them. `listed` tells a title that holds a document the gazetteer knows (the Astana
   * Declaration, JCPOA, 巴黎协定): the gazetteer's record of where it is mentioned decides then.
   */
  absent(question: string, listed: (title: string) => boolean = () => false): string[] {
    return [...this.absentChinese(question), ...this.absentEnglish(question)].filter((t) => !listed(t));
  }

  /**
   * An English question's titles: capitalised phrases of two words or more ending in a
   * document's head noun (the New Delhi Declaration). One is named when a capitalised phrase of
   * the rendering holds its head and most of its words: the Nuclear Non-Proliferation Treaty
   * is the rendering's Treaty on the Non-Proliferation of Nuclear Weapons.
   */
  private absentEnglish(question: string): string[] {
    // Most questions name no document: they are not read word by word.
    if (!DOCUMENT_HEAD_ANYWHERE.test(question)) return [];
    return capitalisedPhrases(question).flatMap((words) => {
      const head = words.at(-1) ?? '';
      const own = words.filter((w) => !TITLE_LINK.test(w));
      if (own.length < 2 || !DOCUMENT_HEAD.test(head)) return [];
      const stems = titleStems(words);
      const headStem = englishTerm(head.toLowerCase());
      const named = EVENT_HEAD.test(head)
        ? this.namesEvent(headStem, stems)
        : this.englishTitles().some((t) => t.has(headStem) && [...stems].filter((s) => t.has(s)).length >= stems.size * this.sameShare);
      return named ? [] : [words.join(' ')];
    });
  }

  private absentChinese(question: string): string[] {
    if (!/[《<＜]/u.test(question)) return [];
    const { text, titles } = this.chineseTitles();
    return [...normalize(question).matchAll(QUOTED_TITLE)].flatMap((m) => {
      const title = m[1] ?? '';
      const bare = this.bare(title);
      if (bare.length < 2 || text.includes(bare)) return [];
      return titles.some((t) => sharedPairs(bare, t) >= this.sameShare) ? [] : [title];
    });
  }
}
