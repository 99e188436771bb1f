// `npm run ask -- "问题"`: one answer for a person; `--json` for scripts
// (with no question, one question a line from standard input, one JSON line each,
// blank lines included: see batch.ts for what counts as a line).
import { toJson } from '../../src/answer-json.js';
import { createCore } from '../../src/create-core.js';
import type { Answer } from '../../src/model.js';
import { answerLines } from './batch.js';
import { consoleHighlight, isHighlightRequest } from './highlight.js';
import { jsonLine, MAX_PASSAGES_JSON } from './json-line.js';
import { ANSI, PLAIN, renderForConsole } from './render.js';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const words = argv.filter((a) => a !== '--json');
  const question = words.join(' ').trim();
  const core = createCore();
  const print = (answer: Answer): void => {
    process.stdout.write(`${json ? JSON.stringify(toJson(question, answer)) : renderForConsole(answer, process.stdout.isTTY ? ANSI : PLAIN)}\n`);
  };

  if (isHighlightRequest(words)) {
    print(consoleHighlight(core, words));
    return 0;
  }

  if (question !== '') {
    print(core.ask(question, json ? { limit: MAX_PASSAGES_JSON } : {}));
    return 0;
  }
  if (!json) {
    process.stderr.write('Usage: npm run ask -- "问题" | npm run ask -- --json "question" | npm run ask -- --json < questions.txt\n');
    return 2;
  }
  // A blank line is answered too (with an `error`), so output line n answers input line n.
  await answerLines(process.stdin, process.stdout, (line) => jsonLine(core, line));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
