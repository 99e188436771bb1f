// Chinese sentence splitting for quoting: every sentence is an exact slice of
// the paragraph, so joining them gives the paragraph back character for character.

const ENDS = new Set(['。', '！', '？', '；']);
const OPEN_TO_CLOSE: Readonly<Record<string, string>> = {
  '《': '》',
  '“': '”',
  '（': '）',
  '(': ')',
  '〈': '〉',
  '「': '」',
  '‘': '’',
};
// A closing mark right after a sentence end still belongs to that sentence (…。” or …。）).
const TRAILING_CLOSERS = new Set(['”', '’', '）', ')', '》', '」']);

export interface SentenceSpan {
  text: string;
  /** Offset of the sentence in the paragraph, in UTF-16 code units. */
  start: number;
}

/**
 * Splits on 。！？； outside quotation marks, titles and brackets: a 。 inside
 * 《…》 or “…” does not end the sentence that quotes it.
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  return split(paragraph, true);
}

function split(paragraph: string, tracking: boolean): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const stack: string[] = [];
  let start = 0;
  let i = 0;
  while (i < paragraph.length) {
    const ch = paragraph[i] ?? '';
    const close = tracking ? OPEN_TO_CLOSE[ch] : undefined;
    if (close !== undefined && !(ch === close && stack.at(-1) === close)) {
      stack.push(close);
    } else if (tracking && stack.length > 0 && ch === stack.at(-1)) {
      stack.pop();
    } else if (stack.length === 0 && ENDS.has(ch)) {
      let end = i + 1;
      while (end < paragraph.length && TRAILING_CLOSERS.has(paragraph[end] ?? '')) end++;
      spans.push({ text: paragraph.slice(start, end), start });
      start = end;
      i = end;
      continue;
    }
    i++;
  }
  // An unbalanced bracket would otherwise swallow every later sentence end.
  if (stack.length > 0 && tracking) return split(paragraph, false);
  if (start < paragraph.length) {
    const rest = paragraph.slice(start);
    if (rest.trim() !== '') spans.push({ text: rest, start });
  }
  return spans;
}
