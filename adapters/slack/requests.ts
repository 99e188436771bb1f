// What a user asked, read from the text after the slash command (or after an
// @-mention, or in a DM): sub-commands for paragraphs, topics and highlights;
// anything else is a question for the core.

export type HighlightRequest =
  | { action: 'subscribe'; time: string | undefined; timeZone: string | undefined }
  | { action: 'unsubscribe' }
  | { action: 'status' }
  | { action: 'preview' }
  | { action: 'time'; time: string }
  | { action: 'timezone'; timeZone: string }
  | { action: 'usage' };

export type SlackRequest = { kind: 'ask'; input: string } | { kind: 'highlights'; request: HighlightRequest };

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
      return { kind: 'highlights', request: parseHighlight(rest) };
    default:
      return ask(trimmed);
  }
}

function ask(input: string): SlackRequest {
  return { kind: 'ask', input };
}

const TIME = /^\d{1,2}:\d{2}$/;

function parseHighlight(words: string[]): HighlightRequest {
  const [action = '', ...args] = words;
  switch (action.toLowerCase()) {
    case 'subscribe': {
      if (args.length > 2) return { action: 'usage' };
      let time: string | undefined;
      let timeZone: string | undefined;
      for (const arg of args) {
        if (TIME.test(arg) && time === undefined) time = arg.padStart(5, '0');
        else if (timeZone === undefined) timeZone = arg;
        else return { action: 'usage' };
      }
      return { action: 'subscribe', time, timeZone };
    }
    case 'unsubscribe':
      return args.length === 0 ? { action: 'unsubscribe' } : { action: 'usage' };
    case 'status':
      return args.length === 0 ? { action: 'status' } : { action: 'usage' };
    case 'preview':
      return args.length === 0 ? { action: 'preview' } : { action: 'usage' };
    case 'time':
      return args.length === 1 && args[0] !== undefined ? { action: 'time', time: TIME.test(args[0]) ? args[0].padStart(5, '0') : args[0] } : { action: 'usage' };
    case 'timezone':
    case 'tz':
      return args.length === 1 && args[0] !== undefined ? { action: 'timezone', timeZone: args[0] } : { action: 'usage' };
    case '':
      return { action: 'status' };
    default:
      return { action: 'usage' };
  }
}
