// 'Helpful' and 'not helpful' under an answer. The rating is stored before
// the click is acknowledged: Slack sends an unacknowledged click again (Socket
// Mode, to another connection), so a rating acknowledged is a rating kept.
// 'Not helpful' then opens a one-line form (adapters/insights/feedback-form.ts);
// its line is stored before the form is closed. Thanks go to the rater alone.

import type { App, RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { RateTarget } from '../../../src/present/card.js';
import { say } from '../../../src/present/catalogue.js';
import { FEEDBACK_LINE_LIMIT, feedbackFormId, feedbackFormWords, submitFeedbackForm } from '../../insights/feedback-form.js';
import { raterOf, storeRating } from '../../insights/rating.js';
import { replyToRating } from '../../chat/rating-reply.js';
import type { ButtonRequest } from '../guards.js';
import { readFeedbackSubmission } from '../guards.js';
import { guarded, type SlackRuntime } from '../runtime.js';
import { section } from '../blocks.js';
import { escapeText } from '../text.js';

const FEEDBACK_VIEW = 'astana_feedback';
const BLOCK = 'looking_for';
const INPUT = 'text';

/** The form 'not helpful' opens, as a Slack modal; its private_metadata remembers what it was opened for, and where. */
function feedbackForm(target: RateTarget, channelId: string | undefined): webApi.ViewsOpenArguments['view'] {
  const words = feedbackFormWords(target.language);
  const text = (label: string) => ({ type: 'plain_text' as const, text: label });
  const element = { type: 'plain_text_input', action_id: INPUT, max_length: FEEDBACK_LINE_LIMIT } as const;
  return {
    type: 'modal',
    callback_id: FEEDBACK_VIEW,
    private_metadata: feedbackFormId(target, channelId),
    title: text(words.title),
    submit: text(words.submit),
    blocks: [{ type: 'input', block_id: BLOCK, optional: true, label: text(words.label), element }],
  };
}

/** A line of the bot's own for the rater alone (a response_url's ephemeral reply). */
function privately(text: string): RespondArguments {
  return { response_type: 'ephemeral', replace_original: false, text: escapeText(text), blocks: [section(escapeText(text))] };
}

interface ClickTools {
  ack: () => Promise<void>;
  respond: RespondFn;
  client: webApi.WebClient;
}

/** A click on a feedback button: stored (adapters/insights/rating.ts), acknowledged, answered (and the form opened for 'not helpful'). */
export async function answerRating(rt: SlackRuntime, button: ButtonRequest, target: RateTarget, tools: ClickTools): Promise<void> {
  const rated = await storeRating(rt.insights, target, raterOf('slack', { scope: button.teamId, channelId: button.channelId, userId: button.userId }), rt.log);
  await guarded(
    rt,
    'rating',
    async () => {
      await tools.ack();
      await replyToRating(rt, rated, target, {
        refuse: (message) => tools.respond({ ...privately(message.text), blocks: message.blocks }),
        // A modal opens only by the click's trigger id; the thanks follow through the response_url either way.
        openForm: async () => {
          if (button.triggerId !== undefined) await tools.client.views.open({ trigger_id: button.triggerId, view: feedbackForm(target, button.channelId) });
          return 'thanks follow';
        },
        tell: (text) => tools.respond(privately(text)),
      });
    },
    async () => {
      // The click is still acknowledged (Slack would show an error), and the rater told to click again.
      await tools.ack().catch(() => undefined);
      await tools.respond(privately(say('feedback.failed', target.language)));
    },
  );
}

/** The form's submission: its line stored, then the form closed (or kept open with an error if it could not be stored). */
export function registerFeedbackForm(app: App, rt: SlackRuntime): void {
  app.view(FEEDBACK_VIEW, async ({ ack, body }) => {
    const submission = readFeedbackSubmission(body, BLOCK, INPUT);
    if (submission === undefined) return ack();
    const { userId, teamId } = submission;
    const submitted = await submitFeedbackForm(
      rt.insights,
      { formId: submission.metadata, line: submission.text, raterOf: (form) => raterOf('slack', { scope: teamId, channelId: form.channelId, userId }) },
      rt.log,
    );
    if (submitted.outcome === 'failed') await ack({ response_action: 'errors', errors: { [BLOCK]: submitted.text } });
    else await ack();
  });
}
