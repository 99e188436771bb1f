// The text comes from a PDF: a blank line separates paragraphs, but stray
// blank lines also fall mid-sentence or mid-word ('贩' / '毒'). A block that
// does not end a sentence continues in the next one.
const PARAGRAPH_END = /[。！？：]["”’」』）)]?$/u;

export interface SplitText {
  title: string;
  paragraphs: string[];
}

export function splitParagraphs(raw: string): SplitText {
  const blocks = raw
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n\s*\r?\n/u)
    .map((b) => b.replace(/\s*\r?\n\s*/gu, '').trim())
    .filter((b) => b !== '');
  const title = blocks.shift() ?? '';
  const paragraphs: string[] = [];
  let pending = '';
  for (const block of blocks) {
    pending += block;
    if (PARAGRAPH_END.test(pending)) {
      paragraphs.push(pending);
      pending = '';
    }
  }
  if (pending !== '') paragraphs.push(pending);
  return { title, paragraphs };
}

export interface Sentence {
  text: string;
  start: number;
}

// Clause-level ends too (；): the declaration's sentences run long. The English
// rendering in index/ is aligned to these cuts, so changing them means realigning it.
const SENTENCE = /[^。！？；!?;]+(?:[。！？；!?;]+["”’」』）)]*|$)/gu;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    if (m[0].trim() === '') continue;
    out.push({ text: m[0], start: m.index ?? 0 });
  }
  return out;
}
