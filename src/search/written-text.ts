// What the documents write, word for word: whether a question's phrase is the declaration's own words,
// not a word the search finds through a kindred one (src/answer-mention.ts). The texts are made when
// first asked for: only a question that asks whether something is mentioned needs them.
import type { Paragraph } from '../documents/types.js';
import { escapeRegExp } from '../question-spans.js';
import { normalize } from '../text/normalize.js';
import { candidateExpansions, type Vocabulary } from './vocabulary.js';

/** A bound on the English words whose answers beginsAWord keeps: questions repeat their words. */
const KEPT = 5000;

export class WrittenText {
  private chinese: string[] | undefined;
  private english: string | undefined;
  private readonly beginnings = new Map<string, boolean>();

  constructor(
    private readonly paragraphs: readonly Paragraph[],
    private readonly vocabulary: Vocabulary,
  ) {}

  private chineseTexts(): string[] {
    this.chinese ??= this.paragraphs.map((p) => normalize(p.text));
    return this.chinese;
  }

  /** Whether one paragraph's normalised Chinese text holds every one of these strings as written. */
  holdsTogether(strings: readonly string[]): boolean {
    return this.chineseTexts().some((text) => strings.every((s) => text.includes(s)));
  }

  /**
   * Whether a paragraph writes a Chinese word's characters in order, at most two others between each
   * two of them: how a Chinese abbreviation is made (上合大学 from 上合组织大学, 央行 from 中央银行).
   */
  holdsInOrder(word: string): boolean {
    const chars = [...word];
    if (chars.length < 2 || !chars.every((c) => /\p{Script=Han}/u.test(c))) return false;
    const pattern = new RegExp(chars.map(escapeRegExp).join('\\p{Script=Han}{0,2}?'), 'u');
    return this.chineseTexts().some((text) => pattern.test(text));
  }

  /**
   * A Chinese word as the vocabulary says it otherwise: each synonym or glossary entry whose trigger is in
   * it, put in the trigger's place (军火走私 → 武器走私, 网络安全 → 信息安全, 哈国 → 哈萨克斯坦). Not a trigger the
   * synonym list only relates to what it stands for (洗钱 to 融资: index/kindred.json).
   */
  saidOtherwise(word: string): string[] {
    const out: string[] = [];
    for (const e of candidateExpansions(word, this.vocabulary)) {
      if (e.latin || e.kindred === true || !word.includes(e.trigger)) continue;
      for (const means of e.means) out.push(word.replace(e.trigger, means));
    }
    return out;
  }

  /** Whether the vocabulary marks a word as only kindred to what it stands for (index/kindred.json). */
  isKindred(word: string): boolean {
    return candidateExpansions(word, this.vocabulary).some((e) => e.kindred === true && e.trigger === word);
  }

  /** Whether the English rendering has a longer word that begins with this one (agri: agricultural). */
  beginsAWord(start: string): boolean {
    const key = start.toLowerCase();
    let begins = this.beginnings.get(key);
    if (begins === undefined) {
      this.english ??= this.paragraphs.map((p) => (p.english ?? '').toLowerCase()).join('\n');
      begins = new RegExp(`(?<![\\p{L}])${escapeRegExp(key)}\\p{L}`, 'u').test(this.english);
      if (this.beginnings.size >= KEPT) this.beginnings.clear();
      this.beginnings.set(key, begins);
    }
    return begins;
  }
}
