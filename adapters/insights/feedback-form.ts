// The 'what were you looking for?' form that 'not helpful' opens, on any
// platform: its words in the rater's language, the id that remembers what it
// was opened for (it comes back from the network, so it is read through a
// guard), and storing its line. Each platform only shows the form (a Slack or
// a Discord modal) and delivers what `submitFeedbackForm` says.

import type { Logger } from 'pino';
import type { RateTarget } from '../../src/present/card.js';
import { say, type Reader } from '../../src/present/catalogue.js';
import type { InsightsRecorder, Rater } from './recorder.js';

/** The form's one line: a short note, not an essay. */
export const FEEDBACK_LINE_LIMIT = 500;
/** The id of the form's one input. */
export const FEEDBACK_INPUT = 'looking_for';

const PREFIX = 'feedback:';
const FORM_ID = /^feedback:(zh|en):([A-Za-z0-9_-]{12})(?::([A-Za-z0-9_]{1,60}))?$/u;

/** What a form was opened for. */
export interface FeedbackForm {
  answerId: string;
  language: Reader;
  /** Where the rated answer was, for a platform whose submission does not say. */
  channelId: string | undefined;
}

/** The form's id: the rated answer, the rater's language, and the channel when the submission will not carry it. */
export function feedbackFormId(target: RateTarget, channelId?: string): string {
  return `${PREFIX}${target.language}:${target.answerId}${channelId === undefined || channelId === '' ? '' : `:${channelId}`}`;
}

/** Whether a submitted form is this one. */
export const isFeedbackForm = (id: string): boolean => id.startsWith(PREFIX);

export function readFeedbackFormId(id: string): FeedbackForm | undefined {
  const form = FORM_ID.exec(id);
  const [, language, answerId, channelId] = form ?? [];
  if ((language !== 'zh' && language !== 'en') || answerId === undefined) return undefined;
  return { answerId, language, channelId };
}

/** The form's title, its line's label and its submit button, in the rater's language. */
export function feedbackFormWords(language: Reader): { title: string; label: string; submit: string } {
  return { title: say('feedback.formTitle', language), label: say('feedback.formLabel', language), submit: say('feedback.formSubmit', language) };
}

/** A submitted form: its line stored and the thanks to give, not stored (logged) with the words to say so, or not a form of ours. */
export type FormOutcome =
  | { outcome: 'stored'; language: Reader; thanks: string }
  | { outcome: 'failed'; language: Reader; text: string }
  | { outcome: 'unknown'; language: Reader };

/** Stores the line of the form `formId`; `raterOf` says who submitted it, and where. Never throws. */
export async function submitFeedbackForm(
  recorder: InsightsRecorder | undefined,
  submitted: { formId: string; line: string; raterOf: (form: FeedbackForm) => Rater },
  log: Logger,
): Promise<FormOutcome> {
  const form = readFeedbackFormId(submitted.formId);
  if (form === undefined || recorder === undefined) return { outcome: 'unknown', language: form?.language ?? 'en' };
  const { language } = form;
  const line = submitted.line.slice(0, FEEDBACK_LINE_LIMIT);
  const rater = submitted.raterOf(form);
  try {
    await recorder.lookingFor(form.answerId, rater, line);
  } catch (error) {
    log.warn({ error: error instanceof Error ? error.message : String(error) }, `${rater.platform}: a feedback form could not be stored`);
    return { outcome: 'failed', language, text: say('feedback.failed', language) };
  }
  const thanks = say('feedback.thanksNotHelpful', language);
  return { outcome: 'stored', language, thanks: line.trim() === '' ? thanks : `${thanks}\n${say('feedback.formThanks', language)}` };
}
