import type { Answer, DocumentInfo } from './model.js';
import type { Reader } from './present/catalogue.js';

/** What every adapter is given: the whole of the bot's knowledge, behind one interface. */
export interface Core {
  readonly documents: readonly DocumentInfo[];
  /**
   * Anything a user typed: a question, a paragraph reference ('§42', '第12至14段'),
   * 'help', 'topics' or 'topic drugs'. `offset` pages through further passages.
   */
  ask(input: string, options?: AskOptions): Answer;
  /** Paragraphs by number, typed: what a command option or a button asks for, with no text to parse. */
  paragraphs(ranges: readonly ParagraphRange[], options?: ParagraphsOptions): Answer;
  /** The declaration's topics with their paragraphs. */
  topics(options?: LanguageOptions): Answer;
  /** One topic, by its id ('drugs'), with its paragraphs' first sentences. */
  topic(id: string, options?: LanguageOptions): Answer;
  /** The paragraphs around one, for "show in context" and paging on from there. */
  context(documentId: string, paragraph: number, options?: ContextOptions): Answer;
  /** What the bot answers from: each document's title, paragraph count and source file with its checksum. */
  about(): readonly DocumentAbout[];
}

export interface DocumentAbout {
  id: string;
  title: string;
  paragraphs: number;
  file: string;
  sha256: string;
}

export interface LanguageOptions {
  /**
   * The reader's language where the input has none of its own: a typed call,
   * or text such as '§42' (a Discord interaction's locale, a Slack workspace's
   * default). Text with words decides its own language. Default 'en'.
   */
  language?: Reader;
}

export interface AskOptions extends LanguageOptions {
  /** Skip this many passages (for "more results"). */
  offset?: number;
  /** At most this many passages (default 3, at most 5). */
  limit?: number;
}

/** Paragraphs `from` to `to`, inclusive. */
export interface ParagraphRange {
  from: number;
  to: number;
}

export interface ParagraphsOptions extends LanguageOptions {
  /** Default: the first document of the index. */
  documentId?: string;
}

export interface ContextOptions extends LanguageOptions {
  before?: number;
  after?: number;
}

/** What each chat platform's adapter offers the entry point and the scheduler. */
export interface ChatAdapter {
  readonly name: string;
  start(): Promise<void>;
  /** Stops taking new work, lets what was accepted finish (bounded), then disconnects. */
  stop(): Promise<void>;
  /** Connected to its platform and taking work (for /readyz); assumed when absent. */
  ready?(): boolean;
}
