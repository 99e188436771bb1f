// The words of the declaration's English rendering as the scripts that derive data from it
// (english-synonyms.ts, english-acronyms.ts) read them: each sentence's tokens with the
// English model's lemma and part of speech, and the index terms the search makes of them.
import { DEFAULT_INDEX_DIR } from '../src/create-core.js';
import { loadLibrary } from '../src/documents/load.js';
import { analyze } from '../src/search/analyzer.js';
import { warmEnglish } from '../src/search/english.js';
import { normalize } from '../src/text/normalize.js';
import type { ItemToken } from 'wink-nlp';

export interface RenderingToken {
  value: string;
  lemma: string;
  pos: string;
}

export interface RenderingWords {
  /** Each sentence of the rendering, as tokens. */
  sentences: RenderingToken[][];
  /** Each sentence's text, in the same order. */
  texts: string[];
  /** Index term (stem) → in how many paragraphs the rendering uses it. */
  termParagraphs: Map<string, number>;
  paragraphs: number;
}

export function renderingWords(): RenderingWords {
  const library = loadLibrary(DEFAULT_INDEX_DIR);
  const nlp = warmEnglish();
  const its = nlp.its;
  // wink's typings declare its.lemma with the model's add-ons as a parameter that out() does not name.
  const lemmaOf = its.lemma as unknown as Parameters<ItemToken['out']>[0];
  const sentences: RenderingToken[][] = [];
  const texts: string[] = [];
  const termParagraphs = new Map<string, number>();
  let paragraphs = 0;
  for (const document of library.documents)
    for (const paragraph of document.paragraphs) {
      paragraphs++;
      // The terms as the search indexes the paragraph's English.
      const terms = new Set(analyze(normalize(paragraph.english ?? '')).map((t) => t.term));
      for (const sentence of paragraph.englishSentences ?? []) {
        const tokens: RenderingToken[] = [];
        nlp
          .readDoc(sentence)
          .tokens()
          .each((t: ItemToken) => {
            const value = String(t.out(its.value));
            tokens.push({ value, lemma: String(t.out(lemmaOf)).toLowerCase(), pos: String(t.out(its.pos)) });
          });
        sentences.push(tokens);
        texts.push(sentence);
      }
      for (const t of terms) termParagraphs.set(t, (termParagraphs.get(t) ?? 0) + 1);
    }
  return { sentences, texts, termParagraphs, paragraphs };
}
