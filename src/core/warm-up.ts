// A long-running bot answers questions made up from its own data for a few
// seconds after it starts, in the background: V8 compiles the search's code for
// speed only after it has run it a while, and until then one question in
// twenty takes several milliseconds instead of one (`npm run bench` shows both:
// the tail after one pass over the shipped questions, and after this warm-up).
// The questions are built from the topics' keywords and the gazetteer's names,
// in Chinese and English, as plain questions, detail questions and questions
// about names the text never mentions, so every path of the answer is taken.
// Each question yields to the event loop first: a user's question never waits
// for more than one of these.

import type { Core } from '../core.js';
import type { GazetteerEntry, TopicDefinition } from '../documents/types.js';

export const WARM_UP_DEFAULTS = {
  /** How many made-up questions a bot answers after start (the list is gone through again as needed). */
  questions: 2000,
  /** How many gazetteer names to ask about. */
  names: 150,
} as const;

/** Questions made up from the data: each topic keyword asked plainly and for a detail, and names asked about. */
export function warmUpQuestions(topics: readonly TopicDefinition[], gazetteer: readonly GazetteerEntry[], names: number = WARM_UP_DEFAULTS.names): string[] {
  const out: string[] = [];
  for (const topic of topics) {
    for (const k of topic.keywords.zh) out.push(`上合对${k}怎么看？`, `${k}是哪年提出的`);
    for (const k of topic.keywords.en) out.push(`What does the SCO say about ${k}?`, `Who proposed the ${k}?`);
  }
  for (const entry of gazetteer.slice(0, names)) {
    const [zh] = entry.zh;
    const [en] = entry.en;
    if (zh !== undefined) out.push(`宣言提到${zh}了吗`);
    if (en !== undefined) out.push(`Anything on ${en}?`);
  }
  return out;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Answers `count` of the questions (round and round), one per turn of the event loop,
 * until `stopped()` says the bot is stopping. Resolves with how many were answered.
 */
export async function warmUp(core: Pick<Core, 'ask'>, questions: readonly string[], count: number, stopped: () => boolean = () => false): Promise<number> {
  if (questions.length === 0) return 0;
  let answered = 0;
  while (answered < count && !stopped()) {
    await nextTurn();
    if (stopped()) break;
    core.ask(questions[answered % questions.length] ?? '');
    answered += 1;
  }
  return answered;
}
