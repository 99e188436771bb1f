import type { GazetteerEntry, Paragraph } from '../documents/types.js';
import { isHan, normalize } from '../text/normalize.js';
import { isShouting } from '../text/shouting.js';
import { runs, taggedWords } from '../search/analyzer.js';

/** One place in a text where a gazetteer name occurs. */
export interface NameMatch {
  entry: GazetteerEntry;
  /** The name as written in the text. */
  surface: string;
  start: number;
  end: number;
}

interface Form {
  entry: GazetteerEntry;
  /** Chinese: normalised; English: spaced and lower-cased unless `exactCase`. */
  key: string;
  /** All-capital abbreviations (US, WHO, IT) only match as capitals: 'who' and 'us' are words. */
  exactCase: boolean;
}

const LATIN_WORD_CHAR = /[\p{Script=Latin}\p{N}]/u;

/** Offsets where jieba starts or ends a word in the text's Chinese runs (and every non-Chinese offset). */
function wordBoundaries(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i <= text.length; i++) if (!isHan(text[i] ?? '') || !isHan(text[i - 1] ?? '')) out.add(i);
  for (const run of runs(text)) {
    if (!isHan(run.term[0] ?? '')) continue;
    // Tagged, as the question's terms are cut: the same cut, and jieba keeps the question's last cuts.
    for (const w of taggedWords(run)) {
      out.add(w.start);
      out.add(w.end);
    }
  }
  return out;
}

/** English text for name matching: NFKC, hyphens and runs of space as one space, curly apostrophes straight. */
export function spaced(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[’‘]/gu, "'")
    .replace(/[\s\-‐‑–—_/]+/gu, ' ');
}

/** The run of Latin letters and digits a text has at `at` ('' when none starts there): 'sino' of 'sino-us'. */
function firstWord(text: string, at = 0): string {
  let end = at;
  while (end < text.length && LATIN_WORD_CHAR.test(text[end] ?? '')) end++;
  return text.slice(at, end);
}

/** Forms by the unit they begin with (`first`: a Chinese name's first character, an English name's first word), longest first. */
function byFirstUnit(forms: Form[], first: (f: Form) => string): Map<string, Form[]> {
  const out = new Map<string, Form[]>();
  for (const f of forms) {
    const unit = first(f);
    const list = out.get(unit) ?? [];
    list.push(f);
    out.set(unit, list);
  }
  // Longest first, so 印度尼西亚 is found before 印度 and Sino-US before Sino.
  for (const list of out.values()) list.sort((a, b) => b.key.length - a.key.length);
  return out;
}

// British and American spellings of the same name (Iran nuclear programme / program, the Organisation / Organization):
// each pattern with what it is in the other spelling.
const SPELLINGS: readonly [RegExp, string][] = [
  [/programme/gu, 'program'],
  [/program(?!me)/gu, 'programme'],
  [/isation/gu, 'ization'],
  [/ization/gu, 'isation'],
  [/ise\b/gu, 'ize'],
  [/ize\b/gu, 'ise'],
  [/centre/gu, 'center'],
  [/center/gu, 'centre'],
  [/defence/gu, 'defense'],
  [/defense/gu, 'defence'],
  [/labour/gu, 'labor'],
  [/labor\b/gu, 'labour'],
];

/**
 * A name as it may be written: in either spelling, and, for a thing named after its first word (`namedAfter`:
 * an issue, a programme), with that word possessive (Iran's nuclear program for the Iran nuclear program).
 */
function writtenVariants(key: string, namedAfter: boolean): string[] {
  const spelt = new Set([key, ...SPELLINGS.map(([pattern, other]) => key.replace(pattern, other))]);
  if (!namedAfter) return [...spelt];
  const out = new Set<string>();
  for (const name of spelt) {
    out.add(name);
    const [first, ...rest] = name.split(' ');
    if (rest.length > 0 && first !== undefined && !first.endsWith("'s")) out.add(`${first}'s ${rest.join(' ')}`);
  }
  return [...out];
}

/**
 * Finds gazetteer names in text, longest match first and without overlaps, so a
 * name inside a longer one (印度 in 印度尼西亚, Guinea in Papua New Guinea) is not
 * taken for itself.
 */
export class NameFinder {
  private readonly chinese: Map<string, Form[]>;
  private readonly english: Map<string, Form[]>;

  constructor(readonly entries: readonly GazetteerEntry[]) {
    const zh: Form[] = [];
    const en: Form[] = [];
    for (const entry of entries) {
      for (const name of entry.zh) if (normalize(name) !== '') zh.push({ entry, key: normalize(name), exactCase: false });
      for (const name of entry.en) {
        // 'the Commonwealth' would swallow 'the Commonwealth of Independent States': names start after 'the'.
        const key = spaced(name).trim().replace(/^the /iu, '');
        // Abbreviations match only as written: US and WHO in capitals, LeT and BiH with their inner capitals.
        const exactCase = /^[\p{L}\d. ]{2,6}$/u.test(key) && (!/\p{Ll}/u.test(key) || /\p{Ll}\p{Lu}/u.test(key));
        if (key === '') continue;
        if (exactCase) en.push({ entry, key, exactCase });
        else for (const variant of writtenVariants(key.toLowerCase(), NAMED_AFTER.has(entry.kind))) en.push({ entry, key: variant, exactCase });
      }
    }
    this.chinese = byFirstUnit(zh, (f) => f.key.slice(0, 1));
    // By the whole first word, not its first letter: a question's word meets the few names that begin with it, not
    // the hundreds that begin with its letter (the names of a question are looked up on every question).
    this.english = byFirstUnit(en, (f) => firstWord(f.key.toLowerCase()));
  }

  /**
   * Names in normalised Chinese text (the documents' own normalisation). A name of
   * two characters must also be a word there, by jieba's cut: 中国 in 发展中国家 and
   * 南亚 in 东南亚 are not names; longer names are specific enough as they stand.
   */
  findChinese(normalized: string, exclude?: GazetteerEntry): NameMatch[] {
    const out: NameMatch[] = [];
    // jieba cuts the text only when a two-character name is there to check: most texts hold none.
    let boundaries: Set<number> | undefined;
    const isWord = (at: number, end: number): boolean => {
      boundaries ??= wordBoundaries(normalized);
      return boundaries.has(at) && boundaries.has(end);
    };
    // Inside the name of a conflict, a document, a programme or an event, the country or region it begins with is what it is
    // named after (伊朗 of 伊朗核问题), however jieba cuts it; not inside another place's name (印度 of 印度尼西亚).
    const namedAfter = (f: Form, at: number): boolean =>
      at === 0 && exclude !== undefined && NAMED_AFTER.has(exclude.kind) && (f.entry.kind === 'country' || f.entry.kind === 'region');
    const fits = (f: Form, at: number): boolean =>
      f.entry !== exclude && normalized.startsWith(f.key, at) && (f.key.length > 2 || namedAfter(f, at) || isWord(at, at + f.key.length));
    for (let at = 0; at < normalized.length; ) {
      const form = (this.chinese.get(normalized[at] ?? '') ?? []).find((f) => fits(f, at));
      if (form === undefined) {
        at++;
        continue;
      }
      out.push({ entry: form.entry, surface: form.key, start: at, end: at + form.key.length });
      at += form.key.length;
    }
    return out;
  }

  /** Names in English (or mixed) text as typed; a possessive 's may follow a name. */
  findEnglish(text: string, exclude?: GazetteerEntry): NameMatch[] {
    // In text typed in capitals, WHO is the word who.
    const exact = isShouting(text) ? spaced(text).toLowerCase() : spaced(text);
    const lower = exact.toLowerCase();
    const out: NameMatch[] = [];
    for (let at = 0; at < lower.length; ) {
      const before = lower[at - 1] ?? '';
      const candidates = LATIN_WORD_CHAR.test(before) ? [] : (this.english.get(firstWord(lower, at)) ?? []);
      const form = candidates.find((f) => {
        if (f.entry === exclude) return false;
        const source = f.exactCase ? exact : lower;
        if (!source.startsWith(f.key, at)) return false;
        const after = source.slice(at + f.key.length);
        return !LATIN_WORD_CHAR.test(after[0] ?? '') || /^'s?\b/u.test(after);
      });
      if (form === undefined) {
        at++;
        continue;
      }
      out.push({ entry: form.entry, surface: exact.slice(at, at + form.key.length), start: at, end: at + form.key.length });
      at += form.key.length;
    }
    return out;
  }

  /**
   * The other names inside a Chinese name: 巴以 in 巴以冲突, 阿富汗 in 阿富汗问题,
   * 科威特 in 科威特城. The text that names the longer thing names these too.
   */
  nested(match: NameMatch): NameMatch[] {
    // A country's name holds no other country (俄罗斯 in 白俄罗斯, 印度 in 印度尼西亚): Belarus is no mention of Russia.
    if (match.surface.length < 3 || match.entry.kind === 'country') return [];
    const han = /\p{Script=Han}/u.test(match.surface);
    const inner = han ? this.findChinese(match.surface, match.entry) : this.findEnglish(match.surface, match.entry);
    return inner.map((m) => ({ ...m, start: match.start + m.start, end: match.start + m.end }));
  }

  /** Chinese and English names of a question, in order of appearance within each script. */
  find(text: string): NameMatch[] {
    return [...this.findChinese(normalize(text)), ...this.findEnglish(text)];
  }
}

/**
 * Where the declaration mentions each entry, from its Chinese text: a paragraph
 * mentions an entry when one of its Chinese names occurs there, or a pair that
 * stands for it (以色列 through 巴以).
 */
/** Kinds of names that may be named after a country or a region they begin with. */
const NAMED_AFTER: ReadonlySet<GazetteerEntry['kind']> = new Set(['conflict', 'document', 'programme', 'event']);

export function computeMentions(finder: NameFinder, paragraphs: readonly Paragraph[]): Map<string, number[]> {
  const mentions = new Map<string, Set<number>>();
  const add = (id: string, n: number): void => {
    const set = mentions.get(id) ?? new Set<number>();
    set.add(n);
    mentions.set(id, set);
  };
  // A name inside a name inside a name: 伊朗 in 伊朗核问题 in 伊朗核问题全面协议.
  // A name that only bears a place's name is no mention of it: 上海 in 上海合作组织 or 上海精神 (the gazetteer's namedAfter).
  const about = (inner: NameMatch, outer: NameMatch): boolean => !outer.entry.namedAfter.includes(inner.entry.id);
  const within = (m: NameMatch, depth: number): NameMatch[] =>
    depth === 0
      ? []
      : finder
          .nested(m)
          .filter((n) => about(n, m))
          .flatMap((n) => [n, ...within(n, depth - 1)]);
  for (const p of paragraphs) {
    for (const outer of finder.findChinese(normalize(p.text))) {
      for (const m of [outer, ...within(outer, 3)]) {
        add(m.entry.id, p.number);
        for (const member of m.entry.members) add(member, p.number);
      }
    }
  }
  const out = new Map<string, number[]>();
  for (const e of finder.entries)
    out.set(
      e.id,
      [...(mentions.get(e.id) ?? [])].sort((a, b) => a - b),
    );
  return out;
}
