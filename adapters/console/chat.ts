import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChatAdapter, Core } from '../../src/core.js';
import type { HighlightService } from '../../src/highlights/service.js';
import type { Answer } from '../../src/model.js';
import { ANSI, PLAIN, renderForConsole } from './render.js';

export const CONSOLE_CHANNEL = { platform: 'console', channelId: 'console' } as const;

export const CONSOLE_GREETING =
  'Astana Declaration bot (console). Ask in Chinese or English, give a paragraph number (§42), or type "help". "more" pages on, "quit" leaves.';

export interface ConsoleOptions {
  core: Core;
  highlights?: HighlightService | undefined;
  input?: Readable;
  output?: Writable;
  /** Bold with ANSI codes (a terminal) or 【】 marks (a pipe). */
  ansi?: boolean;
}

/** The embedded default: a chat in the terminal on the same core as Slack and Discord. */
export function createConsoleAdapter({ core, highlights, input = process.stdin, output = process.stdout, ansi = false }: ConsoleOptions): ChatAdapter & { closed: Promise<void> } {
  let rl: Interface | undefined;
  let last: { question: string; offset: number } | undefined;
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  const say = (text: string): void => {
    output.write(`${text}\n`);
  };

  function answer(line: string): Answer | undefined {
    const text = line.trim();
    if (/^(?:more|更多)$/iu.test(text)) {
      if (last === undefined) return core.ask('');
      const a = core.ask(last.question, { offset: last.offset + 3 });
      if (a.kind === 'passages') last = { question: last.question, offset: a.offset };
      return a;
    }
    if (/^(?:highlight|今日要点|每日要点)$/iu.test(text) && highlights !== undefined) {
      return highlights.preview(CONSOLE_CHANNEL, /\p{Script=Han}/u.test(text) ? 'zh' : 'en');
    }
    const a = core.ask(text);
    if (a.kind === 'passages') last = { question: text, offset: 0 };
    return a;
  }

  return {
    name: 'console',
    closed,
    async start() {
      rl = createInterface({ input, output, terminal: false });
      say(CONSOLE_GREETING);
      let quitting = false;
      rl.on('line', (line) => {
        // readline still delivers lines it had buffered after close().
        if (quitting) return;
        if (/^(?:quit|exit|退出)$/iu.test(line.trim())) {
          quitting = true;
          rl?.close();
          return;
        }
        const a = answer(line);
        if (a !== undefined) say(`${renderForConsole(a, ansi ? ANSI : PLAIN)}\n`);
      });
      rl.on('close', () => resolveClosed());
    },
    async stop() {
      rl?.close();
      await closed;
    },
  };
}
