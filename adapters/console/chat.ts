import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChatAdapter, Core } from '../../src/core.js';
import type { Answer } from '../../src/model.js';
import type { Card, CardTarget } from '../../src/present/card.js';
import { CATALOGUE } from '../../src/present/catalogue.js';
import { nothingMore, present } from '../../src/present/present.js';
import { readerOfText } from '../../src/present/reader-language.js';
import { follow } from '../../src/present/targets.js';
import { ABOUT, aboutText } from './about.js';
import { consoleHighlight } from './highlight.js';
import { cardToConsole, PLAIN, type ConsoleStyle } from './render.js';
import { wrap } from './wrap.js';

/** Said before anyone has asked anything, so in English, the bot's default. */
export const CONSOLE_GREETING: string = CATALOGUE['console.greeting'].en;

const MORE = /^(?:more|更多)$/iu;
const HIGHLIGHT = /^(?:highlight|今日要点|每日要点)$/iu;
const QUIT = /^(?:quit|exit|退出)$/iu;

export interface ConsoleOptions {
  core: Core;
  input?: Readable;
  output?: Writable;
  /** Colour and bold (a terminal) or 【】 marks only (a pipe, NO_COLOR). Default: plain. */
  style?: ConsoleStyle;
  /** Wrap replies to this many columns (the terminal's width); undefined leaves lines whole. */
  width?: number | undefined;
  /** Show an input prompt: on a terminal, not when questions are piped in. */
  prompt?: boolean;
}

const PROMPT = '› ';

/**
 * One conversation's state: what "more" pages on to. The console has no buttons,
 * so "more" follows the last card's "more results" or "later paragraphs" action.
 */
function conversation(core: Core): (line: string) => Card {
  let next: CardTarget | undefined;
  let lastReader: Card['reader'] | undefined;
  const show = (answer: Answer): Card => {
    const card = present(answer, { documents: core.documents.length });
    next = card.actions.find((a) => a.type === 'more' || a.type === 'later')?.target;
    lastReader = card.reader;
    return card;
  };
  return (line) => {
    const text = line.trim();
    if (MORE.test(text)) return next === undefined ? nothingMore(lastReader ?? readerOfText(text)) : show(follow(core, next));
    // The same highlight as `npm run ask -- highlight` on the same day.
    if (HIGHLIGHT.test(text)) return show(consoleHighlight(core, [text]));
    // '§42' has no language of its own: it is read in the conversation's.
    return show(core.ask(text, lastReader === undefined ? {} : { language: lastReader }));
  };
}

/** The embedded default: a chat in the terminal on the same core as Slack and Discord. */
export function createConsoleAdapter({
  core,
  input = process.stdin,
  output = process.stdout,
  style = PLAIN,
  width,
  prompt = false,
}: ConsoleOptions): ChatAdapter & { closed: Promise<void> } {
  let rl: Interface | undefined;
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  const say = (text: string): void => {
    output.write(`${text}\n`);
  };
  const reply = conversation(core);
  const answer = (line: string): string => (ABOUT.test(line.trim()) ? aboutText(core, readerOfText(line)) : cardToConsole(reply(line), style));
  const ask = (): void => {
    if (prompt) rl?.prompt();
  };

  return {
    name: 'console',
    closed,
    async start() {
      rl = createInterface({ input, output, terminal: false });
      rl.setPrompt(PROMPT);
      say(CONSOLE_GREETING);
      ask();
      let quitting = false;
      rl.on('line', (line) => {
        // readline still delivers lines it had buffered after close().
        if (quitting) return;
        if (QUIT.test(line.trim())) {
          quitting = true;
          rl?.close();
          return;
        }
        say(`${wrap(answer(line), width ?? Number.NaN)}\n`);
        ask();
      });
      rl.on('close', () => resolveClosed());
    },
    async stop() {
      rl?.close();
      await closed;
    },
  };
}
