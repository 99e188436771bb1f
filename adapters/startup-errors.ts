// Start-up failures in words that say what to change. SQLite, Slack and
// Discord report what went wrong ('file is not a database', 'invalid_auth',
// 'Used disallowed intents') but not which setting or file caused it; the
// operator needs the variable's name.

import { resolve } from 'node:path';
import { SLACK_REVOKED_ERRORS } from './token-revoked.js';

const DATABASE_FIXES: Readonly<Record<string, (file: string) => string>> = {
  SQLITE_NOTADB: (file) => `${file} is not an SQLite database: point DATABASE_PATH at the bot's database, or at a new file name to start afresh`,
  SQLITE_CORRUPT: (file) => `${file} is damaged: restore it from a backup (README: "Where the data lives"), or point DATABASE_PATH at a new file`,
  SQLITE_BUSY: (file) => `${file} is locked by another program: stop the other bot or tool using it, or point DATABASE_PATH at another file`,
  SQLITE_CANTOPEN: (file) => `${file} cannot be opened: DATABASE_PATH must name a file (not a folder) in a folder this user may write to`,
  SQLITE_READONLY: (file) =>
    `${file} is read-only: let the bot's user write to it and to its folder (for the -wal and -shm files), or point DATABASE_PATH elsewhere`,
  SQLITE_PERM: (file) => `${file} may not be opened by this user: fix its permissions or point DATABASE_PATH elsewhere`,
  EACCES: (file) => `the folder of ${file} cannot be created or written: let the bot's user write there, or point DATABASE_PATH elsewhere`,
  EROFS: (file) => `${file} is on a read-only file system: point DATABASE_PATH at a writable place`,
  ENOTDIR: (file) => `a part of ${file}'s folder is a file, not a folder: fix DATABASE_PATH`,
  EEXIST: (file) => `a part of ${file}'s folder is a file, not a folder: fix DATABASE_PATH`,
};

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error) || typeof error.code !== 'string') return undefined;
  // SQLITE_READONLY_DBMOVED, SQLITE_BUSY_RECOVERY, …: the family decides the fix.
  const code = error.code;
  return Object.keys(DATABASE_FIXES).find((family) => code === family || code.startsWith(`${family}_`));
}

/** An error naming DATABASE_PATH and the file, for an error opening the database; undefined for any other error. */
export function explainDatabaseError(error: unknown, databasePath: string): Error | undefined {
  const code = codeOf(error);
  if (code === undefined) return undefined;
  const fix = DATABASE_FIXES[code];
  if (fix === undefined) return undefined;
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`DATABASE_PATH (${databasePath}): ${fix(resolve(databasePath))} (${reason})`, { cause: error });
}

const REFUSED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/** The Slack error string of a Web API failure, e.g. 'invalid_auth'. */
export function slackErrorOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null && 'error' in data && typeof data.error === 'string' ? data.error : undefined;
}

/** Slack's word for a revoked or refused token (token_revoked, invalid_auth, …) when `error` carries one; undefined otherwise. */
export function revokedTokenReason(error: unknown): string | undefined {
  const reason = slackErrorOf(error);
  return reason !== undefined && SLACK_REVOKED_ERRORS.has(reason) ? reason : undefined;
}

/** For a token Slack refused, an error naming the variable that holds it; undefined for other errors. */
export function explainSlackTokenError(error: unknown, variable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN'): Error | undefined {
  const code = slackErrorOf(error);
  if (code === undefined || !REFUSED.has(code)) return undefined;
  const fix =
    code === 'not_allowed_token_type'
      ? 'SLACK_BOT_TOKEN must be the xoxb- token and SLACK_APP_TOKEN the xapp- token: are they swapped?'
      : variable === 'SLACK_BOT_TOKEN'
        ? "copy the Bot User OAuth Token (xoxb-…) again from your app's OAuth & Permissions page; reinstall the app if it was revoked"
        : 'generate an app-level token with connections:write again under Basic Information → App-Level Tokens';
  return Object.assign(new Error(`${variable} was refused by Slack (${code}): ${fix}`, { cause: error }), { data: { error: code } });
}

/** An error naming DATABASE_URL (without its password) for a PostgreSQL store that could not be opened. */
export function explainPostgresError(error: unknown, where: string): Error {
  const reason = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? ` (${error.code})` : '';
  return new Error(
    `the PostgreSQL database at ${where} cannot be used: ${reason}${code}; check DATABASE_URL, that the server runs and that the user may create tables`,
  );
}

/** An error naming the setting to fix, for a Discord login or gateway that refused us (`reason` already without the token). */
export function explainDiscordConnectError(reason: string): Error {
  const fix = /disallowed intent/i.test(reason)
    ? 'turn on Bot → Privileged Gateway Intents → Message Content Intent in the Developer Portal, or set DISCORD_MESSAGE_CONTENT=false'
    : 'check DISCORD_TOKEN (Developer Portal → Bot → Reset Token) and DISCORD_API_URL';
  return new Error(`discord adapter: could not connect (${reason}); ${fix}`);
}
