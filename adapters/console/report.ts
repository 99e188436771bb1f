// `npm run report`: what the team asked over a period (the last 7 days by
// default), what the declaration could not answer and how the answers were
// rated, from the store the bot writes to, opened as the bot opens it
// (DATABASE_URL for PostgreSQL, else the SQLite file at DATABASE_PATH).
// `--json` for scripts; `--suggest` for whoever maintains the synonyms and the
// gazetteer. Bad arguments exit 2, a configuration or database problem 1.
import { config as loadDotenv } from 'dotenv';
import { loadLibrary } from '../../src/documents/load.js';
import type { Library } from '../../src/documents/types.js';
import { DEFAULT_INDEX_DIR } from '../../src/index-dir.js';
import type { InsightReport } from '../../src/insights/report.js';
import { reportFromFigures } from '../../src/insights/report-figures.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { openDatabase } from '../open-database.js';
import { parseReportArgs, REPORT_USAGE, UsageError, type ReportArgs } from './report-args.js';
import { reportJson, reportText, suggestionsText } from './report-text.js';
import { exitWith } from '../exit-code.js';

loadDotenv({ quiet: true });

async function suggestWords(library: Library): Promise<(text: string) => readonly string[]> {
  // jieba and the word lists only for --suggest: the plain report does not wait for them.
  const { unknownWordsFinder } = await import('../../src/insights/unknown-words.js');
  return unknownWordsFinder(library);
}

async function report(args: ReportArgs, config: Config): Promise<InsightReport> {
  const library = loadLibrary(DEFAULT_INDEX_DIR);
  const topics = library.documents.flatMap((d) => d.topics.map(({ id, en, zh }) => ({ id, en, zh })));
  const store = await openDatabase(config);
  try {
    // The database counts: a period of a year is a few hundred rows read, not every question and rating.
    return await reportFromFigures(store.insights, {
      query: args.query,
      topics,
      weeks: { count: args.weeks, timeZone: args.timeZone },
      limit: args.limit,
      ...(args.suggest ? { unknownWords: await suggestWords(library) } : {}),
    });
  } finally {
    await store.close();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  // The default zone is the bot's (HIGHLIGHT_TIMEZONE): a bad one is a configuration error, said before any argument is read.
  const config = loadConfig(process.env);
  const args = parseReportArgs(argv, config.highlightTimeZone, Date.now());
  if (args === 'help') {
    process.stdout.write(REPORT_USAGE);
    return 0;
  }
  const result = await report(args, config);
  if (args.json) process.stdout.write(`${JSON.stringify(reportJson(result, args.timeZone))}\n`);
  else if (args.suggest) process.stdout.write(suggestionsText(result.suggestions ?? [], result, args.timeZone));
  else process.stdout.write(reportText(result, args.timeZone));
  return 0;
}

exitWith(main(process.argv.slice(2)), (error) => {
  const usage = error instanceof UsageError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`report: ${error instanceof ConfigError ? `configuration error: ${message}` : message}\n${usage ? REPORT_USAGE : ''}`);
  return usage ? 2 : 1;
});
