// Who may change a channel's weekly digest or delete what the insights kept
// for it: the workspace's admins and owners, as users.info says (scope
// users:read). The digest shows the whole workspace's questions, and a
// deletion cannot be undone, so any member may read the status, not more.

import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { slackErrorOf } from '../startup-errors.js';
import { isFields } from '../untrusted.js';

/** Asked only when a digest command needs it; a failed lookup counts as 'not an admin' and is logged. */
export function workspaceAdminCheck(client: webApi.WebClient, userId: string, log: Logger): () => Promise<boolean> {
  return async () => {
    try {
      const { user } = await client.users.info({ user: userId });
      return isFields(user) && (user.is_admin === true || user.is_owner === true || user.is_primary_owner === true);
    } catch (error) {
      log.warn({ slackError: slackErrorOf(error) }, 'slack: could not tell whether a user is a workspace admin (users:read?); treated as not one');
      return false;
    }
  };
}
