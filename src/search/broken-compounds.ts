// Compounds jieba's dictionary lacks, which it cuts into single characters (碳中和 → 碳 / 中 / 和, 锂矿 → 锂 / 矿):
// found in the question, and named as words the documents never use when they use none of them.
import { isHan } from '../text/normalize.js';
import { runs, taggedWords } from './analyzer.js';

/** A compound jieba cut into characters: a noun and particles (碳中和), or nouns only (锂矿). */
export interface Fragment {
  text: string;
  nounsOnly: boolean;
}

/**
 * Compounds jieba's dictionary lacks, which it cuts into single characters: a noun character
 * followed by characters it reads as particles (碳中和 → 碳/n 中/f 和/c), three or more in all,
 * up to the next word of two characters, less the particles that close a sentence; or single noun
 * characters side by side (锂矿 → 锂/nz 矿/n), which nothing joins as a list would (书和画 joins 书 and 画).
 */
export function brokenCompounds(normalized: string): Fragment[] {
  const out: Fragment[] = [];
  for (const run of runs(normalized)) {
    if (!isHan(run.term[0] ?? '')) continue;
    const tagged = taggedWords(run);
    const single = (k: number, noun: boolean): boolean => tagged[k]?.term.length === 1 && tagged[k]?.tag.startsWith('n') === noun;
    for (let i = 0; i < tagged.length; i++) {
      if (!single(i, true)) continue;
      let end = i + 1;
      while (single(end, true)) end++;
      if (end - i > 1) {
        out.push({
          text: tagged
            .slice(i, end)
            .map((w) => w.term)
            .join(''),
          nounsOnly: true,
        });
        // The last of them may open a compound of its own (达峰 碳中和: 峰碳, then 碳中和).
        i = end - 2;
        continue;
      }
      while (single(end, false)) end++;
      // Particles closing a sentence (词来着, 好了吗) are not part of a compound.
      const compound = tagged
        .slice(i, end)
        .map((w) => w.term)
        .join('')
        .replace(/(?:来着|[着了过呢吗吧啊呀嘛啦])+$/u, '');
      if (compound.length >= 3) out.push({ text: compound, nounsOnly: false });
      i = end - 1;
    }
  }
  return out;
}

/**
 * A compound cut into characters the documents never use: one of a noun and particles when they have neither it
 * nor its first two characters; one of nouns only when they use none of its characters (锂矿), as nouns side by
 * side may also be two words abbreviated (伊核 for 伊朗核) or a typo (协义).
 */
export function unknownFragment(fragment: Fragment, inCorpus: (text: string) => boolean): boolean {
  const { text } = fragment;
  if (fragment.nounsOnly) return [...text].every((c) => !inCorpus(c));
  return !inCorpus(text) && !inCorpus(text.slice(0, 2));
}
