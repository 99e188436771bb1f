// 'Helpful' and 'not helpful' under an answer. The rating is stored before
// the click is acknowledged: Slack sends an unacknowledged click again (Socket
// Mode, to another connection), so a rating acknowledged is a rating kept.
// 'Not helpful' then opens a one-line form; its line is stored before the
// form is closed. Thanks go to the rater alone.

import type { App, RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { RateTarget } from '../../../src/present/card.js';
import { say, type Reader } from '../../../src/present/catalogue.js';
import type { InsightsRecorder, Rater } from '../../insights/recorder.js';
import type { ButtonRequest } from '../guards.js';
import { readFeedbackSubmission } from '../guards.js';
import { guarded, toSlack, type SlackRuntime } from '../runtime.js';
import { adapterError } from '../../error-answer.js';
import { section } from '../blocks.js';
import { escapeText } from '../text.js';

export const FEEDBACK_VIEW = 'astana_feedback';
const BLOCK = 'looking_for';
const INPUT = 'text';
/** The form's 'what were you looking for?' line: a short note, not an essay. */
const LINE_LIMIT = 500;

/** What the form remembers between the click and the submission. */
function metadataOf(target: RateTarget, channelId: string | undefined): string {
  return JSON.stringify({ a: target.answerId, l: target.language, c: channelId ?? '' });
}

function readMetadata(text: string): { answerId: string; language: Reader; channelId: string } | undefined {
  try {
    const m: unknown = JSON.parse(text);
    if (typeof m !== 'object' || m === null || !('a' in m) || !('l' in m) || !('c' in m)) return undefined;
    const { a, l, c } = m;
    if (typeof a !== 'string' || !/^[A-Za-z0-9_-]{12}$/u.test(a) || (l !== 'zh' && l !== 'en') || typeof c !== 'string') return undefined;
    return { answerId: a, language: l, channelId: c.slice(0, 60) };
  } catch {
    return undefined;
  }
}

export function feedbackForm(target: RateTarget, channelId: string | undefined): webApi.ViewsOpenArguments['view'] {
  const text = (key: 'feedback.formTitle' | 'feedback.formSubmit' | 'feedback.formLabel') => ({ type: 'plain_text' as const, text: say(key, target.language) });
  return {
    type: 'modal',
    callback_id: FEEDBACK_VIEW,
    private_metadata: metadataOf(target, channelId),
    title: text('feedback.formTitle'),
    submit: text('feedback.formSubmit'),
    blocks: [
      {
        type: 'input',
        block_id: BLOCK,
        optional: true,
        label: text('feedback.formLabel'),
        element: { type: 'plain_text_input', action_id: INPUT, max_length: LINE_LIMIT },
      },
    ],
  };
}

const raterOf = (userId: string, teamId: string | undefined, channelId: string | undefined): Rater => ({
  platform: 'slack',
  scope: teamId ?? '',
  channelId: channelId ?? '',
  userId,
});

/** A line of the bot's own for the rater alone (a response_url's ephemeral reply). */
function privately(text: string): RespondArguments {
  return { response_type: 'ephemeral', replace_original: false, text: escapeText(text), blocks: [section(escapeText(text))] };
}

interface ClickTools {
  ack: () => Promise<void>;
  respond: RespondFn;
  client: webApi.WebClient;
}

/** A click on a feedback button: stored, acknowledged, thanked (and the form opened for 'not helpful'). */
export async function answerRating(rt: SlackRuntime, button: ButtonRequest, target: RateTarget, tools: ClickTools): Promise<void> {
  const recorder: InsightsRecorder | undefined = rt.insights;
  await guarded(
    rt,
    'rating',
    async () => {
      if (recorder === undefined) {
        await tools.ack();
        const message = toSlack(rt, adapterError('unknownAction', target.language));
        await tools.respond({ ...privately(message.text), blocks: message.blocks });
        return;
      }
      await recorder.rate(target, raterOf(button.userId, button.teamId, button.channelId));
      await tools.ack();
      if (target.rating === 'not-helpful' && button.triggerId !== undefined) {
        await tools.client.views.open({ trigger_id: button.triggerId, view: feedbackForm(target, button.channelId) });
      }
      await tools.respond(privately(say(target.rating === 'helpful' ? 'feedback.thanksHelpful' : 'feedback.thanksNotHelpful', target.language)));
    },
    async () => {
      // Not stored: the click is still acknowledged (Slack would show an error), and the rater told to click again.
      await tools.ack().catch(() => undefined);
      await tools.respond(privately(say('feedback.failed', target.language)));
    },
  );
}

/** The form's submission: its line stored, then the form closed (or kept open with an error if it could not be stored). */
export function registerFeedbackForm(app: App, rt: SlackRuntime): void {
  app.view(FEEDBACK_VIEW, async ({ ack, body }) => {
    const submission = readFeedbackSubmission(body, BLOCK, INPUT);
    const form = submission === undefined ? undefined : readMetadata(submission.metadata);
    if (submission === undefined || form === undefined || rt.insights === undefined) {
      await ack();
      return;
    }
    try {
      await rt.insights.lookingFor(form.answerId, raterOf(submission.userId, submission.teamId, form.channelId), submission.text);
      await ack();
    } catch (error) {
      rt.log.warn({ error: error instanceof Error ? error.message : String(error) }, 'slack: the feedback form could not be stored');
      await ack({ response_action: 'errors', errors: { [BLOCK]: say('feedback.failed', form.language) } });
    }
  });
}
