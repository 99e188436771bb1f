// What a user asked in words (after a slash command, an @-mention, or in a
// DM): sub-commands for paragraphs, topics and highlights, read into typed
// requests; anything else is a question for the core. The highlight
// sub-commands are read by src/highlights/commands.ts. Any platform whose
// users type their requests as text reads them here.

import type { ParagraphRange } from '../src/core.js';
import { paragraphNumbers } from './paragraph-numbers.js';

/** `highlights` carries the words after the prefix, for the shared highlight command parser. */
export type TextRequest =
  | { kind: 'ask'; input: string }
  | { kind: 'paragraphs'; ranges: ParagraphRange[] }
  | { kind: 'topics' }
  | { kind: 'topic'; name: string }
  | { kind: 'highlights'; text: string }
  | { kind: 'insights'; text: string };

export function parseTextRequest(text: string): TextRequest {
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
    case 'insights':
    case 'insight':
    case '洞察':
    case '问答摘要':
      return { kind: 'insights', text: tail };
    default:
      return ask(trimmed);
  }
}

function ask(input: string): TextRequest {
  return { kind: 'ask', input };
}
