// What a user asked, read from the text after the slash command (or after an
// @-mention, or in a DM): sub-commands for paragraphs, topics and highlights;
// anything else is a question for the core. The highlight sub-commands are
// read by src/highlights/commands.ts, shared with the other adapters.

/** `highlights` carries the words after the prefix, for the shared highlight command parser. */
export type SlackRequest = { kind: 'ask'; input: string } | { kind: 'highlights'; text: string };

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
    case 'paragraphs':
      return ask(tail === '' ? 'help' : /^\d/.test(tail) ? `§${tail}` : tail);
    case 'help':
    case 'topics':
      return ask(word.toLowerCase());
    case 'topic':
      return ask(tail === '' ? 'topics' : `topic ${tail}`);
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
