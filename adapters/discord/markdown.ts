import type { Segment } from '../../src/model.js';
import { breakLinks } from '../echo.js';

// Discord markdown. Every piece of text that is not our own markup goes
// through `escapeMarkdown`: a question echoed back or a quote must not open
// bold, a code block, a heading, a masked link, a bare link or a mention.

const INLINE = /[\\*_~`|<>[\]#]/g;
const LIST_MARKER = /^(\s*)(-|\+|\d+(?=\.))/gm;
const ZERO_WIDTH_SPACE = '\u200b';

export function escapeMarkdown(text: string): string {
  return (
    breakLinks(text)
      .replace(INLINE, (ch) => `\\${ch}`)
      // A line that opens with '-', '+' or '1.' would become a list.
      .replace(LIST_MARKER, (_all, space: string, marker: string) => (/\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`))
      // '@everyone' and '@here' are broken apart as well as escaped; allowed_mentions is the second lock.
      .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
  );
}

export function bold(text: string): string {
  return text === '' ? '' : `**${text}**`;
}

export function italic(text: string): string {
  return text === '' ? '' : `*${text}*`;
}

/** Segments as markdown: matched words bold, everything escaped. */
export function segmentsToMarkdown(segments: readonly Segment[]): string {
  return segments.map((s) => (s.emphasis ? bold(escapeMarkdown(s.text)) : escapeMarkdown(s.text))).join('');
}
