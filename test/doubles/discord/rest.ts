import type { DiscordDouble, Json } from './double.js';
import { userPayload } from './fixtures.js';
import { choicesProblems, LIMITS, messageProblems, modalProblems } from './validate.js';
import type { FormPart } from '../multipart.js';
import { snowflake } from './snowflake.js';

// Discord's REST API v10, the routes a bot uses, with Discord's error shapes.

export interface RestRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
  /** A multipart/form-data request's files[n] parts, by n (its payload_json is `body`). */
  files: Map<number, FormPart>;
}

export interface RestAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const EPHEMERAL = 1 << 6;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const error = (status: number, code: number, message: string, extra: Json = {}): RestAnswer => ({ status, body: { message, code, ...extra } });
const invalidForm = (problems: string[]): RestAnswer => error(400, 50035, 'Invalid Form Body', { errors: problems });

type Handler = (d: DiscordDouble, r: RestRequest, params: string[]) => RestAnswer;

interface Route {
  method: string;
  pattern: RegExp;
  auth: boolean;
  handler: Handler;
}

const routes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/gateway\/bot$/,
    auth: true,
    handler: (d) => ({
      status: 200,
      body: { url: d.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } },
    }),
  },
  {
    method: 'GET',
    pattern: /^\/applications\/@me$/,
    auth: true,
    handler: (d) => ({ status: 200, body: { id: d.applicationId, name: 'Astana Declaration', bot: userPayload(d.bot), flags: 0 } }),
  },
  { method: 'GET', pattern: /^\/users\/@me$/, auth: true, handler: (d) => ({ status: 200, body: userPayload(d.bot) }) },
  {
    method: 'GET',
    pattern: /^\/applications\/(\d+)\/commands$/,
    auth: true,
    handler: (d, r, [app]) => (app === d.applicationId ? { status: 200, body: listed(d.commands.global, r) } : error(403, 50001, 'Missing Access')),
  },
  { method: 'PUT', pattern: /^\/applications\/(\d+)\/commands$/, auth: true, handler: (d, r, [app]) => putCommands(d, r, app, undefined) },
  {
    method: 'GET',
    pattern: /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
    auth: true,
    handler: (d, r, [app, guild]) =>
      app === d.applicationId ? { status: 200, body: listed(d.commands.guild.get(guild ?? '') ?? [], r) } : error(403, 50001, 'Missing Access'),
  },
  { method: 'PUT', pattern: /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, auth: true, handler: (d, r, [app, guild]) => putCommands(d, r, app, guild) },
  {
    method: 'POST',
    pattern: /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
    auth: false,
    handler: (d, r, [id, token]) => interactionCallback(d, r, id ?? '', token ?? ''),
  },
  {
    method: 'PATCH',
    pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
    auth: false,
    handler: (d, r, [app, token]) => editOriginal(d, r, app ?? '', token ?? ''),
  },
  {
    method: 'DELETE',
    pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
    auth: false,
    handler: (d, _r, [app, token]) => deleteOriginal(d, app ?? '', token ?? ''),
  },
  { method: 'POST', pattern: /^\/webhooks\/(\d+)\/([^/]+)$/, auth: false, handler: (d, r, [app, token]) => followup(d, r, app ?? '', token ?? '') },
  { method: 'POST', pattern: /^\/channels\/(\d+)\/messages$/, auth: true, handler: (d, r, [channel]) => createMessage(d, r, channel ?? '') },
  { method: 'GET', pattern: /^\/channels\/(\d+)\/messages$/, auth: true, handler: (d, r, [channel]) => listMessages(d, r, channel ?? '') },
];

export function routeRequest(d: DiscordDouble, r: RestRequest): RestAnswer {
  const prefix = '/api/v10';
  if (!r.path.startsWith(`${prefix}/`)) return error(404, 0, '404: Not Found');
  const path = r.path.slice(prefix.length);
  for (const route of routes) {
    if (route.method !== r.method) continue;
    const m = route.pattern.exec(path);
    if (m === null) continue;
    if (route.auth && (d.revoked || r.authorization !== `Bot ${d.token}`)) return error(401, 0, '401: Unauthorized');
    const answer = route.handler(d, r, m.slice(1));
    // A payload over Discord's limits is recorded, so the harness fails the test that sent it.
    if (answer.status === 400 && isObject(answer.body) && answer.body.code === 50035)
      d.rejected.push({ where: `${r.method} ${path}`, problem: JSON.stringify(answer.body.errors) });
    return answer;
  }
  return error(404, 0, '404: Not Found');
}

/** Commands as GET returns them: the full localization maps only with ?with_localizations=true. */
function listed(commands: Json[], r: RestRequest): Json[] {
  if (r.query.get('with_localizations') === 'true') return commands;
  const strip = (c: Json): Json => {
    const { name_localizations: _n, description_localizations: _d, ...rest } = c;
    return { ...rest, ...(Array.isArray(c.options) ? { options: c.options.map((o: unknown) => (isObject(o) ? strip(o) : o)) } : {}) };
  };
  return commands.map(strip);
}

function putCommands(d: DiscordDouble, r: RestRequest, app: string | undefined, guild: string | undefined): RestAnswer {
  if (app !== d.applicationId) return error(403, 50001, 'Missing Access');
  if (!Array.isArray(r.body)) return invalidForm(['body must be an array of commands']);
  const problems = r.body.flatMap((c: unknown, i) => commandProblems(c, `[${i}]`));
  if (problems.length > 0) return invalidForm(problems);
  // Discord answers with the stored commands, adding ids, versions and defaults.
  const stored = r.body.map((c) => ({
    id: `${d.applicationId.slice(0, 6)}${Math.floor(Math.random() * 1e12)}`,
    application_id: d.applicationId,
    version: String(Date.now()),
    type: 1,
    default_permission: true,
    nsfw: false,
    dm_permission: true,
    integration_types: [0],
    contexts: null,
    ...(guild === undefined ? {} : { guild_id: guild }),
    ...(c as Json),
  }));
  d.commands.writes += 1;
  if (guild === undefined) d.commands.global = stored;
  else d.commands.guild.set(guild, stored);
  return { status: 200, body: stored };
}

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function commandProblems(c: unknown, at: string): string[] {
  if (!isObject(c)) return [`${at} is not an object`];
  const problems: string[] = [];
  const name = typeof c.name === 'string' ? c.name : '';
  if (!NAME.test(name) || name !== name.toLowerCase()) problems.push(`${at}.name '${name}' is invalid`);
  const description = typeof c.description === 'string' ? c.description : '';
  if (description.length < 1 || description.length > 100) problems.push(`${at}.description has ${description.length} characters`);
  for (const field of ['name_localizations', 'description_localizations'] as const) {
    const loc = c[field];
    if (loc === undefined || loc === null) continue;
    if (!isObject(loc)) problems.push(`${at}.${field} is not an object`);
    else
      for (const [locale, text] of Object.entries(loc)) {
        if (typeof text !== 'string') problems.push(`${at}.${field}.${locale} is not a string`);
        else if (field === 'name_localizations' && (!NAME.test(text) || text !== text.toLowerCase()))
          problems.push(`${at}.${field}.${locale} '${text}' is invalid`);
        else if (field === 'description_localizations' && text.length > 100) problems.push(`${at}.${field}.${locale} is too long`);
      }
  }
  const options = Array.isArray(c.options) ? c.options : [];
  if (options.length > 25) problems.push(`${at} has ${options.length} options`);
  options.forEach((o: unknown, i) => {
    problems.push(...commandProblems(o, `${at}.options[${i}]`));
  });
  return problems;
}

function interactionCallback(d: DiscordDouble, r: RestRequest, id: string, token: string): RestAnswer {
  const record = d.interactions.get(id);
  if (record === undefined || record.token !== token) return error(404, 10062, 'Unknown interaction');
  if (record.callback !== undefined) return error(400, 40060, 'Interaction has already been acknowledged.');
  if (!isObject(r.body) || typeof r.body.type !== 'number') return invalidForm(['type is required']);
  const type = r.body.type;
  const data = isObject(r.body.data) ? r.body.data : undefined;
  if (type === 8) {
    const problems = choicesProblems(data);
    if (problems.length > 0) return invalidForm(problems);
  }
  if (type === 4 || type === 7) {
    const problems = messageProblems(data);
    if (problems.length > 0) return invalidForm(problems);
  }
  if (type === 9) {
    // As Discord: a modal answers a command or a component, never another modal.
    if (record.type === 5) return error(400, 50035, 'Invalid Form Body');
    const problems = modalProblems(data);
    if (problems.length > 0) return invalidForm(problems);
  }
  record.callback = { type, data, receivedAt: process.hrtime.bigint() };
  d.events.emit('callback', record);
  if (type === 4 || type === 5) {
    const ephemeral = ((typeof data?.flags === 'number' ? data.flags : 0) & EPHEMERAL) !== 0;
    const message = ephemeral
      ? { id: `eph-${id}`, channel_id: record.channelId, ...(data ?? {}) }
      : d.newMessage(record.channelId, data ?? {}, { type: 20, interaction_metadata: { id } });
    record.original = message;
  }
  if (type === 7) record.original = { ...(record.original ?? {}), ...(data ?? {}) };
  const withResponse = r.query.get('with_response') === 'true';
  return withResponse ? { status: 200, body: { interaction: { id, type: 2 }, resource: { type, message: record.original } } } : { status: 204 };
}

function byToken(d: DiscordDouble, app: string, token: string): ReturnType<DiscordDouble['interactions']['get']> {
  if (app !== d.applicationId) return undefined;
  return [...d.interactions.values()].find((i) => i.token === token);
}

function editOriginal(d: DiscordDouble, r: RestRequest, app: string, token: string): RestAnswer {
  const record = byToken(d, app, token);
  if (record === undefined || record.callback === undefined) return error(404, 10015, 'Unknown Webhook');
  const problems = messageProblems(r.body);
  if (problems.length > 0) return invalidForm(problems);
  const body = isObject(r.body) ? r.body : {};
  record.original = { ...(record.original ?? { id: `orig-${record.id}`, channel_id: record.channelId }), ...body, edited_timestamp: new Date().toISOString() };
  const stored = d.channelMessages(record.channelId).find((m) => m.id === record.original?.id);
  if (stored !== undefined) Object.assign(stored, body);
  return { status: 200, body: { author: userPayload(d.bot), timestamp: new Date().toISOString(), type: 20, content: '', embeds: [], ...record.original } };
}

function deleteOriginal(d: DiscordDouble, app: string, token: string): RestAnswer {
  const record = byToken(d, app, token);
  if (record === undefined || record.original === undefined) return error(404, 10008, 'Unknown Message');
  const messages = d.channelMessages(record.channelId);
  const at = messages.findIndex((m) => m.id === record.original?.id);
  if (at >= 0) messages.splice(at, 1);
  record.original = undefined;
  return { status: 204 };
}

function followup(d: DiscordDouble, r: RestRequest, app: string, token: string): RestAnswer {
  const record = byToken(d, app, token);
  if (record === undefined || record.callback === undefined) return error(404, 10015, 'Unknown Webhook');
  const problems = messageProblems(r.body);
  if (problems.length > 0) return invalidForm(problems);
  const body = isObject(r.body) ? r.body : {};
  const ephemeral = ((typeof body.flags === 'number' ? body.flags : 0) & EPHEMERAL) !== 0;
  const message = ephemeral
    ? {
        id: `eph-f-${record.followups.length}-${record.id}`,
        channel_id: record.channelId,
        author: userPayload(d.bot),
        timestamp: new Date().toISOString(),
        type: 0,
        ...body,
      }
    : d.newMessage(record.channelId, body);
  record.followups.push(message);
  return { status: 200, body: message };
}

function channelDenied(d: DiscordDouble, channel: string): RestAnswer | undefined {
  const denied = d.inaccessible.get(channel);
  if (denied !== undefined) return error(denied.status, denied.code, denied.message);
  if (!d.knownChannel(channel)) return error(404, 10003, 'Unknown Channel');
  return undefined;
}

function createMessage(d: DiscordDouble, r: RestRequest, channel: string): RestAnswer {
  const denied = channelDenied(d, channel);
  if (denied !== undefined) return denied;
  const problems = messageProblems(r.body);
  if (problems.length > 0) return invalidForm(problems);
  const body = isObject(r.body) ? r.body : {};
  if (body.enforce_nonce === true && body.nonce !== undefined) {
    const earlier = d.channelMessages(channel).find((m) => m.nonce === body.nonce && isObject(m.author) && m.author.id === d.bot.id);
    if (earlier !== undefined) return { status: 200, body: earlier };
  }
  const attached = attachmentsOf(d, r, channel);
  if (!Array.isArray(attached)) return attached;
  const reference = isObject(body.message_reference) ? { message_reference: body.message_reference, type: 19 } : {};
  const message = d.newMessage(channel, body, { ...reference, attachments: attached, ...(body.nonce === undefined ? {} : { nonce: body.nonce }) });
  return { status: 200, body: message };
}

/**
 * A message's attachments as Discord stores them: each `attachments` entry
 * names the files[n] part its id refers to; the bytes are kept. Refused as
 * Discord refuses them: an entry with no file, more than 10 files, or a file over the upload limit.
 */
function attachmentsOf(d: DiscordDouble, r: RestRequest, channel: string): Json[] | RestAnswer {
  const body = isObject(r.body) ? r.body : {};
  const entries = Array.isArray(body.attachments) ? body.attachments : [];
  if (r.files.size > LIMITS.files) return invalidForm([`${r.files.size} files > ${LIMITS.files}`]);
  const stored: Json[] = [];
  for (const [i, entry] of entries.entries()) {
    const file = isObject(entry) && typeof entry.id === 'number' ? r.files.get(entry.id) : undefined;
    if (!isObject(entry) || file === undefined) return invalidForm([`attachments[${i}] refers to no files[n] part`]);
    if (file.bytes.length > LIMITS.fileBytes) return invalidForm([`attachments[${i}] is ${file.bytes.length} bytes > ${LIMITS.fileBytes}`]);
    const description = typeof entry.description === 'string' ? entry.description : undefined;
    if (description !== undefined && description.length > LIMITS.attachmentDescription) return invalidForm([`attachments[${i}].description too long`]);
    const filename = typeof entry.filename === 'string' ? entry.filename : (file.filename ?? 'unknown');
    const id = snowflake();
    d.attachmentBytes.set(id, Buffer.from(file.bytes));
    stored.push({
      id,
      filename,
      size: file.bytes.length,
      url: `https://cdn.discord.test/attachments/${channel}/${id}/${filename}`,
      proxy_url: `https://media.discord.test/attachments/${channel}/${id}/${filename}`,
      ...(file.contentType === undefined ? {} : { content_type: file.contentType }),
      ...(description === undefined ? {} : { description }),
    });
  }
  return stored;
}

function listMessages(d: DiscordDouble, r: RestRequest, channel: string): RestAnswer {
  const denied = channelDenied(d, channel);
  if (denied !== undefined) return denied;
  const limit = Math.min(100, Math.max(1, Number(r.query.get('limit') ?? 50)));
  const id = (m: Json): bigint => BigInt(String(m.id));
  const after = r.query.get('after');
  const before = r.query.get('before');
  const all = d.channelMessages(channel);
  // As Discord: `after` gives the `limit` messages right after that id, `before`
  // the `limit` right before it, neither the latest; always newest first.
  const chosen =
    after !== null
      ? all.filter((m) => id(m) > BigInt(after)).slice(0, limit)
      : before !== null
        ? all.filter((m) => id(m) < BigInt(before)).slice(-limit)
        : all.slice(-limit);
  // Discord does not store nonces: they come back in the create answer and the
  // MESSAGE_CREATE event only, never when messages are listed later.
  const listed = [...chosen].reverse().map(({ nonce: _nonce, ...rest }) => rest);
  return { status: 200, body: listed };
}
