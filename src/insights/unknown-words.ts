// The words of a question the declaration does not contain, for `npm run
// report -- --suggest`: what whoever maintains the synonyms and the gazetteer
// might add. Chinese is cut into words as the search cuts it (jieba); a word is
// known when the Chinese text holds it. English words are known when the
// project's English rendering or the glossary uses them (stemmed as the search
// stems them), since the Chinese original holds no English word.

import type { Library } from '../documents/types.js';
import { englishTerm, runs, words } from '../search/analyzer.js';
import { isQuestionWord } from '../search/query.js';
import { isHan, normalize } from '../text/normalize.js';

/** Shorter words are mostly particles or fragments, not names worth a synonym. */
const MIN_HAN = 2;
const MIN_LATIN = 3;
const LATIN_WORD = /[\p{Script=Latin}\p{N}]+(?:['’]\p{Script=Latin}+)?/gu;

export function unknownWordsFinder(library: Pick<Library, 'documents' | 'stopWords' | 'glossary'>): (text: string) => string[] {
  // The declaration is simplified Chinese already: folding width and case is enough, and
  // costs nothing beside the full normalisation of its 27 KB (a seventh of a second).
  const chinese = library.documents
    .map((d) => [d.info.title, ...d.paragraphs.map((p) => p.text)].join('\n'))
    .join('\n')
    .normalize('NFKC')
    .toLowerCase();
  const englishText = [...library.documents.flatMap((d) => d.paragraphs.map((p) => p.english ?? '')), ...library.glossary.flatMap((g) => g.en)].join('\n');
  // Each distinct word stemmed once: the rendering has six thousand words but not two thousand different ones.
  const english = new Set([...new Set(englishText.normalize('NFKC').toLowerCase().match(LATIN_WORD) ?? [])].map(englishTerm));
  const stop = new Set([...library.stopWords.zh, ...library.stopWords.en, ...(library.stopWords.frameEn ?? [])].map((w) => w.toLowerCase()));
  const unknown = (word: string, han: boolean): boolean => {
    if (stop.has(word) || /^\d+$/u.test(word)) return false;
    if (han) return word.length >= MIN_HAN && !isQuestionWord(word) && !chinese.includes(word);
    return word.length >= MIN_LATIN && !english.has(englishTerm(word));
  };
  return (text) => {
    const out: string[] = [];
    for (const run of runs(normalize(text))) {
      const han = isHan(run.term[0] ?? '');
      const candidates = han ? words(run, 'jieba').map((w) => w.term) : [run.term];
      for (const word of candidates) if (unknown(word, han) && !out.includes(word)) out.push(word);
    }
    return out;
  };
}
