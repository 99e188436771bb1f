// English written short, as analysts type it: a word clipped to its start (info, narco, admin, infra)
// and such a clipping joined to a word (bioterrorism, narcotrafficking, cyberattacks). Read as the
// rendering's word it begins (information, narcotic, biological), when the rendering's words that begin
// so are one family (they share the clipping and two letters more: informat-ion, informat-ization):
// 'eco' begins economic and ecological, and is no one word.

/** A clipping is at least this long: 'bio', 'eco'. */
const MIN_CLIPPING = 3;
/** The word a clipping joins must be a rendering word of at least this length (terrorism, trafficking). */
const MIN_JOINED = 5;
/** The rendering's words a clipping begins must share this many letters more than the clipping. */
const FAMILY_MARGIN = 2;

/** The rendering word a clipping stands for (the family's shortest), or undefined when none or more than one family begins so. */
export function unclipped(clipping: string, renderingWords: readonly string[]): string | undefined {
  if (clipping.length < MIN_CLIPPING || !/^[a-z]+$/u.test(clipping)) return undefined;
  const family = renderingWords.filter((w) => w.length > clipping.length && w.startsWith(clipping));
  const first = family[0];
  if (first === undefined) return undefined;
  const stem = first.slice(0, clipping.length + FAMILY_MARGIN);
  if (stem.length < clipping.length + FAMILY_MARGIN || !family.every((w) => w.startsWith(stem))) return undefined;
  return family.reduce((a, b) => (b.length < a.length ? b : a));
}

/**
 * The rendering's words an English word stands for when it is clipped or joins a clipping to a word
 * (bioterrorism → biological terrorism), or undefined. `known` tells a word the rendering uses; a word
 * that is a word of its own (art, cult) is no clipping (`wholeMayBeClipped` false), though it may join one.
 */
export function unclippedPhrase(
  word: string,
  renderingWords: readonly string[],
  { known, wholeMayBeClipped }: { known: (word: string) => boolean; wholeMayBeClipped: boolean },
): string | undefined {
  const lower = word.toLowerCase();
  const whole = wholeMayBeClipped ? unclipped(lower, renderingWords) : undefined;
  if (whole !== undefined) return whole;
  for (let cut = MIN_CLIPPING; cut <= lower.length - MIN_JOINED; cut++) {
    const joined = lower.slice(cut);
    if (!known(joined)) continue;
    const head = unclipped(lower.slice(0, cut), renderingWords);
    if (head !== undefined) return `${head} ${joined}`;
  }
  return undefined;
}
