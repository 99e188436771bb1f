// V8 (Node 20's 11.3) matches a regular expression that has both the i and the u flag
// seven to ten times slower than one with either alone: with both, each character is
// case-folded by ICU and the fast scans for a literal prefix are off. The patterns that
// read a question are nearly all /iu (\p{…} for Chinese, \b and case for English),
// and together they took a tenth of a question's time (issue 9's 2 ms tail).
//
// Without u, a pattern that uses no \p{…}, no \u{…} and no character outside the Basic
// Multilingual Plane means the same but for two letters nobody types (ſ and the Kelvin
// sign, which /iu folds to s and k) and for how many code units, not characters, a
// bounded run counts across an emoji. Every answer to every evaluation question is the
// same with it.

/** What only the u flag reads: property escapes, code point escapes and astral characters. */
const NEEDS_UNICODE = /\\[pP]\{|\\u\{|[\u{10000}-\u{10FFFF}]/u;

/** `pattern` without its u flag when it is case-insensitive and means the same without it; otherwise `pattern` itself. */
export function fastIgnoreCase(pattern: RegExp): RegExp {
  const { flags, source } = pattern;
  if (!flags.includes('i') || !flags.includes('u') || NEEDS_UNICODE.test(source)) return pattern;
  return new RegExp(source, flags.replace('u', ''));
}
