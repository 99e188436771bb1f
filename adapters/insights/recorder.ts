// What the team asks, counted for the insights (issue 13), once for every
// platform. A question's row is written behind the answer: the answer never
// waits for the database, and its feedback buttons carry the row's id at once.
// A rating is written before the click is acknowledged, so a rating
// acknowledged is a rating kept, across any restart.

import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Platform } from '../../src/highlights/ports.js';
import { questionKey, raterKey } from '../../src/insights/question-key.js';
import type { Answer } from '../../src/model.js';
import type { RateTarget } from '../../src/present/card.js';
import type { AskedRow, InsightOutcome, InsightRecords } from '../../src/store/store.js';
import { WriteBehind } from './write-behind.js';

export interface InsightsSettings {
  /** INSIGHTS: counting on (the default) or off altogether. */
  enabled: boolean;
  /** INSIGHTS_KEEP_QUESTIONS: keep the text of questions (off by default: only counts). */
  keepQuestions: boolean;
  /** INSIGHTS_RETENTION_DAYS: question text and 'looking for' lines are deleted after this many days. */
  retentionDays: number;
}

/** Where a question was asked: the platform, its workspace or server, the channel. */
export interface AskedWhere {
  platform: Platform;
  /** Slack team id, Discord guild id; '' for direct messages. */
  scope: string;
  channelId: string;
}

export interface Rater extends AskedWhere {
  userId: string;
}

const DAY_MS = 24 * 60 * 60_000;
/** How often text past the retention is looked for. */
const SWEEP_EVERY_MS = 60 * 60_000;

/** The rows an answer is counted as; undefined for what is not a question (help, topic listings, highlight commands). */
function countedAs(answer: Answer): Pick<AskedRow, 'outcome' | 'topics' | 'paragraphs' | 'absent' | 'missing'> | undefined {
  const topicsOf = (items: readonly { topic: { id: string } | undefined }[]): string[] => [
    ...new Set(items.flatMap((p) => (p.topic === undefined ? [] : [p.topic.id]))),
  ];
  const row = (
    outcome: InsightOutcome,
    items: readonly { paragraph: number; topic: { id: string } | undefined }[],
    absent: string[] = [],
    missing?: string,
  ) => ({
    outcome,
    topics: topicsOf(items),
    paragraphs: items.map((p) => p.paragraph),
    absent,
    missing,
  });
  switch (answer.kind) {
    case 'passages':
      return row(answer.passages.length > 0 ? 'answered' : 'not-covered', answer.passages, answer.absent);
    case 'notCovered':
      return row('not-covered', answer.related, answer.absent, answer.missing);
    case 'paragraphs':
      return row('answered', answer.paragraphs);
    case 'error':
      // An empty message asked nothing.
      return answer.code === 'empty' ? undefined : row('error', []);
    default:
      return undefined;
  }
}

export class InsightsRecorder {
  private readonly queue: WriteBehind<AskedRow>;
  private salt: string | undefined;
  private sweeper: ReturnType<typeof setInterval> | undefined;
  /** Each recorded answer's id, looked up when its card is made (the answer object is the key, so nothing outlives it). */
  private readonly ids = new WeakMap<Answer, string>();

  constructor(
    private readonly records: InsightRecords,
    readonly settings: InsightsSettings,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.queue = new WriteBehind((rows) => this.records.recordQuestions(rows), log);
  }

  /** Reads the salt (made on first use) and starts the hourly retention sweep. */
  async start(): Promise<void> {
    this.salt = await this.records.salt();
    await this.sweep();
    this.sweeper = setInterval(
      () => void this.sweep().catch((error: unknown) => this.log.warn({ error: String(error) }, 'insights: sweep failed')),
      SWEEP_EVERY_MS,
    );
    this.sweeper.unref();
  }

  /** Stops sweeping and writes the questions still queued, giving up after `withinMs` (their counts are then lost, and logged). */
  async stop(withinMs = Number.POSITIVE_INFINITY): Promise<void> {
    if (this.sweeper !== undefined) clearInterval(this.sweeper);
    const left = this.queue.size;
    if (!(await this.queue.drain(withinMs))) this.log.warn({ unwritten: this.queue.size, queued: left }, 'insights: stopped before every count was written');
  }

  /**
   * Counts `answer` to `question`; returns the id its feedback buttons carry,
   * or undefined when it is not counted (insights off, not started, not a question).
   */
  record(answer: Answer, question: string, where: AskedWhere): string | undefined {
    const counted = countedAs(answer);
    if (!this.settings.enabled || this.salt === undefined || counted === undefined) return undefined;
    const id = randomBytes(9).toString('base64url');
    const text = this.settings.keepQuestions ? question.slice(0, 1000) : undefined;
    this.queue.push({ id, at: this.now(), ...where, language: answer.language, questionKey: questionKey(question, this.salt), text, ...counted });
    if (counted.outcome === 'error') return undefined;
    this.ids.set(answer, id);
    return id;
  }

  /** A page reached from the answer recorded as `answerId` (more results, context, paging) carries its rating buttons too. */
  attach(answer: Answer, answerId: string | undefined): Answer {
    if (answerId !== undefined && this.settings.enabled) this.ids.set(answer, answerId);
    return answer;
  }

  /** The id the feedback buttons under `answer` carry, when it was recorded. */
  feedbackOf(answer: Answer): string | undefined {
    return this.ids.get(answer);
  }

  /** Stores a rating; resolves once it is stored (acknowledge after this). */
  async rate(target: RateTarget, rater: Rater): Promise<void> {
    await this.records.rate(target.answerId, this.raterOf(rater), target.rating, this.now());
  }

  /** Stores the 'what were you looking for?' line of a 'not helpful' rating. */
  async lookingFor(answerId: string, rater: Rater, text: string): Promise<void> {
    const line = text.trim().slice(0, 500);
    if (line === '') return;
    await this.records.lookingFor(answerId, this.raterOf(rater), line, this.now());
  }

  /** Deletes question text and 'looking for' lines older than the retention; the counts stay. */
  async sweep(): Promise<number> {
    const forgotten = await this.records.forgetTextBefore(this.now() - this.settings.retentionDays * DAY_MS);
    if (forgotten > 0) this.log.info({ forgotten, retentionDays: this.settings.retentionDays }, 'insights: text past its retention deleted');
    return forgotten;
  }

  private raterOf(rater: Rater): string {
    if (this.salt === undefined) throw new Error('insights: rating before the recorder started');
    return raterKey(rater.platform, rater.scope, rater.userId, this.salt);
  }
}
