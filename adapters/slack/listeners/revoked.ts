// Slack's own notice that the bot's token is gone: `tokens_revoked` (naming the
// bot tokens revoked) or `app_uninstalled`. Either way nothing sent with the
// bot token would arrive any more, so the adapter stops (see token-revoked.ts).

import type { App } from '@slack/bolt';
import type { SlackRuntime } from '../runtime.js';

export function registerRevoked(app: App, rt: SlackRuntime): void {
  app.event('tokens_revoked', async ({ event }) => {
    // Only user tokens revoked: the bot's own token still works.
    const bot: unknown = (event as { tokens?: { bot?: unknown } }).tokens?.bot;
    if (Array.isArray(bot) && bot.length > 0) rt.tokenRevoked('tokens_revoked');
  });
  app.event('app_uninstalled', async () => {
    rt.tokenRevoked('app_uninstalled');
  });
}
