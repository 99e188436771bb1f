// `npm run ask -- "问题"`: one answer for a person; `--json` for scripts
// (with no question, one question a line from standard input, one JSON line each,
// blank lines included: see batch.ts for what counts as a line).
import { parseArgs } from 'node:util';
import { toJson } from '../../src/answer-json.js';
import { preparedCore } from '../prepared-core/prepared-core.js';
import type { Answer } from '../../src/model.js';
import { readerOfText } from '../../src/present/reader-language.js';
import { ABOUT, aboutText } from './about.js';
import { answerLines } from './batch.js';
import { consoleHighlight, isHighlightRequest } from './highlight.js';
import { jsonLine, MAX_PASSAGES_JSON } from './json-line.js';
import { renderForConsole, styleFor } from './render.js';
import { wrap } from './wrap.js';
import { exitWith } from '../exit-code.js';

export const USAGE = `Usage:
  npm run ask -- "问题 or question"            an answer for a person
  npm run ask -- --offset 3 "question"          further results (--limit N: up to 5 at once)
  npm run ask -- --json "question"              one JSON object
  npm run ask -- --json < questions.txt         one JSON line per input line (blank lines get an error line)
  npm run ask -- highlight [Zone/Name]          today's highlight (UTC or the zone given)
  npm run ask -- about                          the document, its checksum and the bot's version
  npm run ask -- --help                         this text
`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  offset: { type: 'string' },
  limit: { type: 'string' },
} as const;

/** A whole number from 0 (or 1) up, or an error naming the flag. */
function count(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/u.test(value) || Number(value) < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, got "${value}"`);
  return Number(value);
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const offset = count('offset', values.offset, 0);
  const limit = count('limit', values.limit, 1);
  const json = values.json;
  const question = positionals.join(' ').trim();
  const core = preparedCore();
  const print = (answer: Answer): void => {
    if (json) process.stdout.write(`${JSON.stringify(toJson(question, answer))}\n`);
    else
      process.stdout.write(
        `${wrap(renderForConsole(answer, styleFor(process.stdout), 'command', core.documents.length), process.stdout.columns ?? Number.NaN)}\n`,
      );
  };
  if (isHighlightRequest(positionals)) {
    print(consoleHighlight(core, positionals));
    return 0;
  }
  if (!json && ABOUT.test(question)) {
    process.stdout.write(`${aboutText(core, readerOfText(question))}\n`);
    return 0;
  }
  if (question !== '') {
    print(core.ask(question, { ...(offset === undefined ? {} : { offset }), limit: limit ?? (json ? MAX_PASSAGES_JSON : undefined) }));
    return 0;
  }
  if (!json) {
    process.stderr.write(USAGE);
    return 2;
  }
  // A blank line is answered too (with an `error`), so output line n answers input line n.
  await answerLines(process.stdin, process.stdout, (line) => jsonLine(core, line, limit ?? MAX_PASSAGES_JSON));
  return 0;
}

exitWith(main(process.argv.slice(2)), (error) => {
  // An unknown flag (parseArgs) or a bad value: say what is wrong and how to ask, exit 2 as usage errors do.
  const usage = error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
  process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n${usage ? USAGE : ''}`);
  return usage ? 2 : 1;
});
