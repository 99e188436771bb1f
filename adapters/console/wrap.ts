// Lines as wide as the terminal: broken at spaces between words, anywhere between
// Chinese characters (which take two columns), never inside an ANSI colour code,
// and continued with the indent the line started with.

const ANSI_CODE = /\u001b\[[0-9;]*m/gu;
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’……]/u;

/** Columns a piece of text takes in a terminal. */
export function columns(text: string): number {
  let n = 0;
  for (const ch of text.replace(ANSI_CODE, '')) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** Pieces that may not be split: an ANSI code with what follows it up to a break, a word, a space, one Chinese character. */
function pieces(line: string): string[] {
  return (
    line.match(
      /(?:\u001b\[[0-9;]*m)*(?:\s+|[\p{Script=Han}“”‘’，。；：、！？（）《》……]|[^\s\p{Script=Han}“”‘’，。；：、！？（）《》……]+)(?:\u001b\[[0-9;]*m)*/gu,
    ) ?? []
  );
}

function wrapLine(line: string, width: number): string[] {
  const indent = /^\s*/u.exec(line)?.[0] ?? '';
  const out: string[] = [];
  let current = '';
  for (const piece of pieces(line.slice(indent.length))) {
    const candidate = current + piece;
    if (current !== '' && columns(indent) + columns(candidate) > width && !/^\s+$/u.test(piece)) {
      out.push(indent + current.trimEnd());
      current = piece.trimStart();
    } else {
      current = candidate;
    }
  }
  out.push(indent + current.trimEnd());
  return out;
}

/** Every line of the text wrapped to `width` columns; a width under 20 leaves the text as it is. */
export function wrap(text: string, width: number): string {
  if (!Number.isFinite(width) || width < 20) return text;
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}
