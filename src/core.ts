import type { Answer, DocumentInfo } from './model.js';

/** What every adapter is given: the whole of the bot's knowledge, behind one interface. */
export interface Core {
  readonly documents: readonly DocumentInfo[];
  /**
   * Anything a user typed: a question, a paragraph reference ('§42', '第12至14段'),
   * 'help', 'topics' or 'topic drugs'. `offset` pages through further passages.
   */
  ask(input: string, options?: AskOptions): Answer;
  /** The paragraphs around one, for "show in context" and paging on from there. */
  context(documentId: string, paragraph: number, options?: ContextOptions): Answer;
}

export interface AskOptions {
  /** Skip this many passages (for "more results"). */
  offset?: number;
  /** At most this many passages (default 3, at most 5). */
  limit?: number;
}

export interface ContextOptions {
  before?: number;
  after?: number;
}

/** What each chat platform's adapter offers the entry point and the scheduler. */
export interface ChatAdapter {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}
