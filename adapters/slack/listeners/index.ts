// Every listener of the Slack app, one per file, registered here; and the
// app-wide error handler, which logs once and never rethrows.

import type { App } from '@slack/bolt';
import type { SlackRuntime } from '../runtime.js';
import { registerButtons } from './button.js';
import { registerCommand } from './command.js';
import { registerConversation } from './conversation.js';
import { registerFeedbackForm } from './feedback.js';
import { registerRevoked } from './revoked.js';

export function registerListeners(app: App, rt: SlackRuntime): void {
  registerCommand(app, rt);
  registerConversation(app, rt);
  registerButtons(app, rt);
  registerFeedbackForm(app, rt);
  registerRevoked(app, rt);
  app.error(async (error) => {
    rt.log.error({ err: rt.failures.describe(error) }, 'slack: unhandled error in Bolt');
  });
}
