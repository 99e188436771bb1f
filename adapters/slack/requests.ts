// What a user asked, read from the text after the slash command (or after an
// @-mention, or in a DM): sub-commands for paragraphs, topics and highlights,
// read into typed requests; anything else is a question for the core. The
// highlight sub-commands are read by src/highlights/commands.ts, shared with
// the other adapters.

import type { ParagraphRange } from '../../src/core.js';
import { paragraphNumbers } from '../paragraph-numbers.js';

/** `highlights` carries the words after the prefix, for the shared highlight command parser. */
export type SlackRequest =
  | { kind: 'ask'; input: string }
  | { kind: 'paragraphs'; ranges: ParagraphRange[] }
  | { kind: 'topics' }
  | { kind: 'topic'; name: string }
  | { kind: 'highlights'; text: string };

export function parseRequest(text: string): SlackRequest {
  const trimmed = text.trim();
  const [word = '', ...rest] = trimmed.split(/\s+/);
  const tail = rest.join(' ');
  switch (word.toLowerCase()) {
    case '':
      return ask('help');
    case 'ask':
      return ask(tail === '' ? 'help' : tail);
    case 'para':
    case 'paragraph':
    case 'paragraphs': {
      const ranges = paragraphNumbers(tail);
      return ranges === undefined ? ask(tail === '' ? 'help' : tail) : { kind: 'paragraphs', ranges };
    }
    case 'topics':
      return { kind: 'topics' };
    case 'topic':
      return tail === '' ? { kind: 'topics' } : { kind: 'topic', name: tail };
    case 'highlight':
    case 'highlights':
    case '要点':
    case '每日要点':
      return { kind: 'highlights', text: tail };
    default:
      return ask(trimmed);
  }
}

function ask(input: string): SlackRequest {
  return { kind: 'ask', input };
}
