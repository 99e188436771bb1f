// One question in, one JSON line out: what `npm run ask -- --json` prints for
// each input line. The soak (`npm run soak`) calls this same function, so what
// it measures is the batch path itself, not a copy of it.
import { toJson } from '../../src/answer-json.js';
import type { Core } from '../../src/core.js';

/** Passages per answer in JSON output: enough for a script, small enough to read. */
export const MAX_PASSAGES_JSON = 5;

export function jsonLine(core: Core, question: string, limit = MAX_PASSAGES_JSON): string {
  return JSON.stringify(toJson(question, core.ask(question, { limit })));
}
