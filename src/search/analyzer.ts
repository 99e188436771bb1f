import { stemmer } from 'stemmer';
import { parseEnglishOrdinal } from '../query/english-ordinals.js';
import { isHan } from '../text/normalize.js';
import { WordCutter } from './word-cutter.js';
import { forgetWordTables } from './word-tables.js';

/** A term with its place in the normalised text it came from. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/**
 * How a run of Chinese characters becomes terms. Measured by `npm run eval`:
 * bigrams carry recall, dictionary words add precision and make unknown words
 * (世界杯, 比特币) visible as unknown, which helps refuse what is not covered.
 */
export type ChineseAnalysis = 'bigram' | 'jieba' | 'segmenter' | 'jieba+bigram' | 'segmenter+bigram';

export const DEFAULT_CHINESE_ANALYSIS: ChineseAnalysis = 'jieba+bigram';

// Cuts as jieba with its whole dictionary does (src/search/word-cutter.ts), without loading jieba.
const jieba = new WordCutter();

/**
 * Teaches the segmenter the declaration's own names and the paraphrases users
 * type (上合, 伊核协议), so they are cut as words, not as 上 + 合.
 */
export function addWords(list: Iterable<string>): void {
  const lines = [...new Set(list)].filter((w) => /^\p{Script=Han}{2,}$/u.test(w)).map((word) => ({ word, freq: 100000, tag: 'n' }));
  if (lines.length > 0) jieba.loadDict(lines);
  for (const line of lines) taught.add(line.word);
}

const taught = new Set<string>();

/** Lets go of jieba's dictionary table until the next cut (see WordCutter.forgetTable). */
export function forgetDictionary(): void {
  jieba.forgetTable();
  forgetWordTables();
}

/** The words taught so far: the cuts depend on them, and so does a prebuilt search index. */
export function taughtWords(): ReadonlySet<string> {
  return taught;
}
// ICU's word segmenter, for the 'segmenter' analyses only (bench/eval.ts compares them): built
// when first used, since building it loads ICU's Chinese dictionary (about 20 ms and 3 MB).
let segmenter: Intl.Segmenter | undefined;
function segmented(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment);
}

const RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:['’](?:(?!\p{Script=Han})\p{L})+)?/gu;

/** Splits normalised text into runs of Chinese and of Latin letters/digits. */
export function runs(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(RUN)) {
    const start = m.index ?? 0;
    out.push({ term: m[0], start, end: start + m[0].length });
  }
  return out;
}

// British spellings folded to American ones, in documents and questions alike, so
// organisation meets organization and defence meets defense whichever the writer used.
const SPELLINGS: readonly [RegExp, string][] = [
  [/(?<=\p{L}{3})is(ation|ations|e|es|ed|ing|er|ers|ely|ement|ements)$/u, 'iz$1'],
  [/(?<=\p{L}{2})ys(e|es|ed|ing|er|ers)$/u, 'yz$1'],
  [/(?<=\p{L}{3})our(s|ed|ing|ly|liness|hood|hoods|able|ite|ites)?$/u, 'or$1'],
  [/(?<=\p{L}{3})tre(s)?$/u, 'ter$1'],
  [/^(def|off|lic|pret)ence(s)?$/u, '$1ense$2'],
  [/^programme(s)?$/u, 'program$1'],
  [/(?<=\p{L}{3})ogue(s)?$/u, 'og$1'],
];

export function americanSpelling(word: string): string {
  if (word.length < 6) return word;
  let out = word;
  for (const [pattern, replacement] of SPELLINGS) out = out.replace(pattern, replacement);
  return out;
}

// Months as dates are abbreviated ('17 Sept 2021', 'Feb 2024'); the rendering writes them out.
const MONTH_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['jan', 'january'],
  ['feb', 'february'],
  ['apr', 'april'],
  ['jun', 'june'],
  ['jul', 'july'],
  ['aug', 'august'],
  ['sep', 'september'],
  ['sept', 'september'],
  ['oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
]);

// Words the Porter stemmer cuts to another concept's stem: university and universal both become univers,
// communication and community commun, internal and international intern, resolution and resolutely resolut,
// nationalism and nation nation. Each keeps a stem of its own, shared only with its own forms.
const OWN_STEMS: ReadonlyMap<string, string> = new Map([
  ['university', 'universiti'],
  ['universities', 'universiti'],
  ['communication', 'communicat'],
  ['communications', 'communicat'],
  ['communicate', 'communicat'],
  ['internal', 'internal'],
  ['internally', 'internal'],
  ['resolution', 'resolution'],
  ['resolutions', 'resolution'],
  ['nationalism', 'nationalism'],
  ['nationalist', 'nationalist'],
  ['nationalists', 'nationalist'],
]);

// An ordinal is one term however it is written: the rendering has the 4th SCO Startup Forum and the Fourth SCO Forum of
// Heads of Regions, and a question either. Only a word with an ordinal's ending is read as one.
const ORDINAL_ENDING = /(?:st|nd|rd|th)$/u;

export function englishTerm(word: string): string {
  const w = word.replace(/['’]s$/u, '').replace(/['’]/gu, '');
  if (/^\d+$/u.test(w)) return w;
  const lower = w.toLowerCase();
  const ordinal = ORDINAL_ENDING.test(lower) ? parseEnglishOrdinal(lower) : undefined;
  if (ordinal !== undefined) return `${ordinal}th`;
  return OWN_STEMS.get(lower) ?? stemmer(MONTH_ABBREVIATIONS.get(lower) ?? americanSpelling(w));
}

export function words(run: Token, analysis: ChineseAnalysis): Token[] {
  const parts = analysis.startsWith('jieba') ? jieba.cut(run.term) : segmented(run.term);
  const out: Token[] = [];
  let offset = run.start;
  for (const part of parts) {
    out.push({ term: part, start: offset, end: offset + part.length });
    offset += part.length;
  }
  return out;
}

/** A word with jieba's part-of-speech tag (ns place, nr person, nt organisation, nz other name, j abbreviation, x unknown). */
export interface TaggedToken extends Token {
  tag: string;
}

/** Dictionary words of a Chinese run with their tags (same cut as `words(run, 'jieba')`). */
export function taggedWords(run: Token): TaggedToken[] {
  const out: TaggedToken[] = [];
  let offset = run.start;
  for (const { word, tag } of jieba.tag(run.term)) {
    out.push({ term: word, start: offset, end: offset + word.length, tag });
    offset += word.length;
  }
  return out;
}

export function bigrams(run: Token): Token[] {
  const chars = run.term;
  if (chars.length === 1) return [{ ...run }];
  const out: Token[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    out.push({ term: chars.slice(i, i + 2), start: run.start + i, end: run.start + i + 2 });
  }
  return out;
}

/** Terms of one Chinese run under the chosen analysis (words of 1 char are left to bigrams). */
export function chineseTerms(run: Token, analysis: ChineseAnalysis): Token[] {
  if (analysis === 'bigram') return bigrams(run);
  const ws = words(run, analysis);
  if (analysis === 'jieba' || analysis === 'segmenter') return ws;
  return [...bigrams(run), ...ws.filter((w) => w.term.length > 2)];
}

/** Every index term of a normalised text, with positions (for emphasis). */
export function analyze(text: string, analysis: ChineseAnalysis = DEFAULT_CHINESE_ANALYSIS): Token[] {
  const out: Token[] = [];
  for (const run of runs(text)) {
    if (isHan(run.term[0] ?? '')) out.push(...chineseTerms(run, analysis));
    else out.push({ term: englishTerm(run.term), start: run.start, end: run.end });
  }
  return out;
}
