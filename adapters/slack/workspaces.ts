// A Slack app installed in many workspaces (SLACK_CLIENT_ID): the OAuth install
// flow's installations kept in the store (any instance answers any workspace),
// and the client the schedulers post with in each channel's own workspace.
// In this mode a channel's highlight key is 'T…/C…': the subscription carries
// its workspace, so the scheduler, on any instance, knows whose token to use.

import type { Installation, InstallationQuery, InstallationStore, webApi } from '@slack/bolt';
import type { InstallationRecords } from '../../src/store/store.js';

/** What the bot asks a workspace for when it is installed. */
export const SCOPES = ['commands', 'app_mentions:read', 'chat:write', 'im:history', 'channels:history', 'groups:history', 'files:write', 'users:read'];

const workspaceOf = (query: { isEnterpriseInstall?: boolean; enterpriseId?: string | undefined; teamId?: string | undefined }): string => {
  const id = query.isEnterpriseInstall === true ? query.enterpriseId : query.teamId;
  if (id === undefined || id === '') throw new Error('slack: an installation names no workspace');
  return id;
};

/** @slack/oauth's installation store over the store's records. */
export function installationStore(records: InstallationRecords, now: () => number = Date.now): InstallationStore {
  return {
    async storeInstallation(installation: Installation) {
      const workspace = workspaceOf({
        isEnterpriseInstall: installation.isEnterpriseInstall,
        enterpriseId: installation.enterprise?.id,
        teamId: installation.team?.id,
      });
      await records.save(workspace, JSON.stringify(installation), now());
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const workspace = workspaceOf(query);
      const json = await records.fetch(workspace);
      if (json === undefined) throw new Error(`slack: the app is not installed in workspace ${workspace}`);
      return JSON.parse(json) as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await records.delete(workspaceOf(query));
    },
  };
}

/** The channel's key for the highlights: 'T…/C…' with many workspaces, the channel id with one. */
export function channelKeyOf(channelId: string, workspace: string | undefined): string {
  return workspace === undefined ? channelId : `${workspace}/${channelId}`;
}

/** The client of the workspace's installation; none for a workspace that uninstalled the app (its channels are gone). */
export function installedClient(
  records: InstallationRecords,
  clientFor: (token: string) => webApi.WebClient,
): (workspace: string) => Promise<webApi.WebClient | undefined> {
  return async (workspace) => {
    const json = await records.fetch(workspace);
    const token = json === undefined ? undefined : (JSON.parse(json) as Installation).bot?.token;
    return token === undefined ? undefined : clientFor(token);
  };
}
