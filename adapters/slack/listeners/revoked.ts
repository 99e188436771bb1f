// Slack's own notice that the bot's token is gone: `tokens_revoked` (naming the
// bot tokens revoked) or `app_uninstalled`. Either way nothing sent with the
// bot token would arrive any more, so the adapter stops (see token-revoked.ts).

import type { App } from '@slack/bolt';
import { workspaceOfPayload } from '../guards.js';
import type { SlackRuntime } from '../runtime.js';

export function registerRevoked(app: App, rt: SlackRuntime): void {
  app.event('tokens_revoked', async ({ event, body }) => {
    // Only user tokens revoked: the bot's own token still works.
    const bot: unknown = (event as { tokens?: { bot?: unknown } }).tokens?.bot;
    if (!Array.isArray(bot) || bot.length === 0) return;
    const workspace = workspaceOfPayload(body);
    if (rt.workspaces !== undefined && workspace !== undefined) await rt.workspaces.forget(workspace);
    else rt.tokenRevoked('tokens_revoked');
  });
  app.event('app_uninstalled', async ({ body }) => {
    const workspace = workspaceOfPayload(body);
    // Installed in many workspaces: one leaving stops nothing; its installation goes.
    if (rt.workspaces !== undefined && workspace !== undefined) {
      await rt.workspaces.forget(workspace);
      rt.log.info({ workspace }, 'slack: the app was uninstalled from a workspace; its installation is forgotten');
      return;
    }
    rt.tokenRevoked('app_uninstalled');
  });
}
