// A post to a response_url that Slack refused with 403. response_urls are webhooks: unlike
// the Web API, which answers 200 with `ok: false` and a word for what went wrong, they
// refuse by HTTP status (403 invalid_token once the app's token is revoked or the app
// removed), and Bolt's respond() keeps only the status. Whether the token went is then
// asked of the Web API (auth.test), which names it.

import type { webApi } from '@slack/bolt';
import { revokedTokenReason } from '../startup-errors.js';

/** Whether `error` is Bolt's respond() refused with 403 (slack_bolt_respond_error). */
export function refusedResponseUrl(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  return code === 'slack_bolt_respond_error' && statusCode === 403;
}

/**
 * Asks the Web API whether the bot token still works: Slack's word for a refused token
 * (token_revoked, invalid_auth, …), or undefined when it works or the question could not be put.
 */
export async function refusedTokenReason(client: webApi.WebClient | undefined): Promise<string | undefined> {
  if (client === undefined) return undefined;
  try {
    await client.auth.test();
    return undefined;
  } catch (error) {
    return revokedTokenReason(error);
  }
}
