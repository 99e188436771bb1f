// A question's English word the model's lexicon does not know (protectionsim) read as the rendering's
// word it misspells (protectionism): one edit away for a word of six letters or more, two for one of
// ten or more, and for a word of four or five letters only two neighbours swapped (humna: human). When
// several rendering words are as close, the one that begins with the same letter (sactions: sanctions,
// not actions), since slips rarely fall on a word's first letter; none when that leaves several, nor when
// the only close word begins otherwise (esports is no slip of sports). A word the
// lexicon knows (cash, founding) is a word, not a slip, however close it is to another (case, funding).

/** Edits allowed for a word of this length: none below four letters, a swap of neighbours only below six. */
function allowedEdits(length: number): number {
  if (length >= 10) return 2;
  return length >= 4 ? 1 : 0;
}

/** Whether a short word may only have two neighbours swapped: it must have the same letters. */
const SWAP_ONLY_BELOW = 6;

/** Edits between two words (insertion, deletion, substitution, swap of neighbours), or more than `bound` when above it. */
export function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > bound) return bound + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? bound + 1;
}

/** How many of each letter a word has (a–z, and one count for any other character). */
function letterCounts(word: string): Uint8Array {
  const counts = new Uint8Array(27);
  for (const ch of word) {
    const code = ch.charCodeAt(0) - 97;
    const at = code >= 0 && code < 26 ? code : 26;
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

/** Each rendering word with its letter counts, made once per list of words. */
const profiles = new WeakMap<readonly string[], { word: string; counts: Uint8Array }[]>();

function profilesOf(words: readonly string[]): { word: string; counts: Uint8Array }[] {
  let out = profiles.get(words);
  if (out === undefined) {
    out = words.map((word) => ({ word, counts: letterCounts(word) }));
    profiles.set(words, out);
  }
  return out;
}

/** Whether two words' letters differ by few enough to be `bound` edits apart: each edit changes at most two counts by one. */
function lettersWithin(a: Uint8Array, b: Uint8Array, bound: number): boolean {
  let differ = 0;
  for (let i = 0; i < a.length; i++) {
    differ += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
    if (differ > 2 * bound) return false;
  }
  return true;
}

/** The one rendering word (lower case) a misspelt word stands for, or undefined when none or several are as close. */
export function respelled(word: string, renderingWords: readonly string[]): string | undefined {
  const bound = allowedEdits(word.length);
  if (bound === 0) return undefined;
  const counts = letterCounts(word);
  const swapOnly = word.length < SWAP_ONLY_BELOW;
  let closest: string[] = [];
  let bestDistance = bound + 1;
  for (const candidate of profilesOf(renderingWords)) {
    if (swapOnly && candidate.word.length !== word.length) continue;
    if (Math.abs(candidate.word.length - word.length) > bound || !lettersWithin(counts, candidate.counts, swapOnly ? 0 : bound)) continue;
    const d = editDistance(word, candidate.word, bound);
    if (d > bound || d > bestDistance || d === 0) continue;
    if (d < bestDistance) {
      closest = [];
      bestDistance = d;
    }
    closest.push(candidate.word);
  }
  // A word that differs from the rendering's at its first letter (esports, sports) is another word, not a slip of it,
  // unless its first two letters are swapped (asnctions).
  const sameStart = closest.filter((c) => c[0] === word[0] || (c[0] === word[1] && c[1] === word[0]));
  return sameStart.length === 1 ? sameStart[0] : undefined;
}
