// User text arrives with anything in it: control characters, zero-width
// joiners, bidi marks. They carry no meaning for a search and can hide text.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

export function sanitize(input: string): string {
  return input.replace(INVISIBLE, ' ').replace(/\s+/gu, ' ').trim();
}

/** Whether the text has anything to search for: a letter or a digit (emoji and punctuation are not). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
