import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { guildCreatePayload, memberPayload, user, userPayload, type ChannelFixture, type GuildFixture, type UserFixture } from './fixtures.js';
import { GatewaySession, MESSAGE_CONTENT_INTENT, type Identify } from './gateway.js';
import { routeRequest, type RestRequest } from './rest.js';
import { snowflake } from './snowflake.js';
import { boundaryOf, parseMultipart, type FormPart } from '../multipart.js';

// A Discord stand-in on 127.0.0.1: the REST API under /api/v10 and the gateway
// websocket under /gateway, both on one ephemeral port. Tests drive it the way
// Discord drives a bot (dispatching interactions and messages) and read back
// what the bot sent.

export type Json = Record<string, unknown>;

export const MANAGE_CHANNELS = 1n << 4n;
export const MANAGE_GUILD = 1n << 5n;
export const BASIC_PERMISSIONS = (1n << 10n) | (1n << 11n) | (1n << 31n); // view channel, send messages, use application commands

export interface DiscordDoubleOptions {
  token?: string;
  heartbeatIntervalMs?: number;
  messageContentAllowed?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
  status: number;
  /** When the answer was sent (performance.now()), to check waits a 429 asked for. */
  at: number;
}

export interface Callback {
  type: number;
  data: Json | undefined;
  receivedAt: bigint;
}

export interface InteractionRecord {
  id: string;
  /** The interaction type Discord sent (2 command, 3 component, 4 autocomplete, 5 modal submission). */
  type: number;
  token: string;
  channelId: string;
  dispatchedAt: bigint;
  callback: Callback | undefined;
  original: Json | undefined;
  followups: Json[];
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  body: Json;
  headers: Record<string, string>;
}

export interface MessageOptions {
  content: string;
  author: UserFixture;
  /** A direct message to the bot instead of a guild channel message. */
  dm?: boolean;
  channelId?: string;
  mentionsBot?: boolean;
}

export class DiscordDouble {
  readonly token: string;
  readonly applicationId = snowflake();
  readonly bot = user('astana-bot', true);
  readonly alice = user('alice');
  readonly admin = user('admin');
  readonly channel: ChannelFixture = { id: snowflake(), name: 'general' };
  readonly otherChannel: ChannelFixture = { id: snowflake(), name: 'news' };
  readonly guild: GuildFixture;
  readonly requests: RecordedRequest[] = [];
  /** The bytes of every attachment the bot uploaded, by attachment id. */
  readonly attachmentBytes = new Map<string, Buffer>();
  readonly identifies: Identify[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly messages = new Map<string, Json[]>();
  readonly commands = { global: [] as Json[], guild: new Map<string, Json[]>(), writes: 0 };
  readonly faults: Fault[] = [];
  /** Requests refused for breaking Discord's documented limits (400, code 50035). */
  readonly rejected: { where: string; problem: string }[] = [];
  /** Channels the bot lost access to, with the error Discord answers. */
  readonly inaccessible = new Map<string, { status: number; code: number; message: string }>();
  heartbeats = 0;
  /** Set by revokeToken: the token is refused everywhere from then on. */
  revoked = false;
  messageContentAllowed: boolean;
  /** Emits 'callback' with the InteractionRecord when an interaction's first answer arrives. */
  readonly events = new EventEmitter();
  private readonly sessions = new Set<GatewaySession>();
  private readonly dmChannels = new Map<string, string>();
  private readonly heartbeatIntervalMs: number;
  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    options: DiscordDoubleOptions,
  ) {
    this.token = options.token ?? `double.${randomBytes(12).toString('base64url')}.secret`;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.messageContentAllowed = options.messageContentAllowed ?? true;
    this.guild = { id: snowflake(), name: 'SCO study group', ownerId: this.admin.id, channels: [this.channel, this.otherChannel] };
    for (const c of this.guild.channels) this.messages.set(c.id, []);
  }

  static async start(options: DiscordDoubleOptions = {}): Promise<DiscordDouble> {
    const server = createServer();
    const wss = new WebSocketServer({ noServer: true });
    const double = new DiscordDouble(server, wss, options);
    server.on('request', (req, res) => void double.onRequest(req, res));
    server.on('upgrade', (req, socket, head) => {
      if (!(req.url ?? '').startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => double.onSocket(ws));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return double;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What DISCORD_API_URL is set to: the base discord.js appends /v10 to. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** The [id, count] of each identified session: one per shard. */
  get shards(): [number, number][] {
    return [...this.sessions].flatMap((s) => (s.isReady && s.identify !== undefined ? [s.identify.shard] : []));
  }

  get connected(): boolean {
    return [...this.sessions].some((s) => s.isReady);
  }

  /** Messages the bot posted in a channel, oldest first. */
  channelMessages(channelId: string): Json[] {
    return this.messages.get(channelId) ?? [];
  }

  dmChannelOf(u: UserFixture): string {
    let id = this.dmChannels.get(u.id);
    if (id === undefined) {
      id = snowflake();
      this.dmChannels.set(u.id, id);
      this.messages.set(id, []);
    }
    return id;
  }

  /** Makes the next matching request fail with this answer (once). */
  failNext(method: string, path: RegExp, status: number, body: Json, headers: Record<string, string> = {}): void {
    this.faults.push({ method, path, status, body, headers });
  }

  /** The token is reset in the Developer Portal: the gateway closes with 4004 and REST answers 401. */
  revokeToken(): void {
    this.revoked = true;
    for (const s of this.sessions) s.close(4004);
  }

  /** The network drops every gateway connection: no close frame, no warning. */
  dropGateway(): void {
    for (const s of this.sessions) s.terminate();
  }

  rateLimitNext(method: string, path: RegExp, retryAfterSeconds: number): void {
    this.failNext(
      method,
      path,
      429,
      { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
      { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-scope': 'user' },
    );
  }

  // ---- dispatching, as Discord does -------------------------------------------------

  dispatch(t: string, d: unknown): void {
    // As Discord: a guild's events go to the shard that owns the guild; DMs to shard 0.
    const guildId = typeof d === 'object' && d !== null && 'guild_id' in d && typeof d.guild_id === 'string' ? d.guild_id : undefined;
    for (const s of this.sessions) if (s.isReady && s.receives(guildId)) s.dispatch(t, d);
  }

  /** Dispatches an INTERACTION_CREATE and returns its record; the bot's answers land in it. */
  dispatchInteraction(
    type: number,
    data: Json,
    options: { user?: UserFixture; permissions?: bigint; dm?: boolean; message?: Json; channelId?: string; locale?: string } = {},
  ): InteractionRecord {
    const who = options.user ?? this.alice;
    const id = snowflake();
    const token = `itok.${randomBytes(24).toString('base64url')}`;
    const channelId = options.dm === true ? this.dmChannelOf(who) : (options.channelId ?? this.channel.id);
    const record: InteractionRecord = {
      id,
      type,
      token,
      channelId,
      dispatchedAt: process.hrtime.bigint(),
      callback: undefined,
      original: undefined,
      followups: [],
    };
    this.interactions.set(id, record);
    const permissions = options.permissions ?? BASIC_PERMISSIONS;
    const place =
      options.dm === true
        ? { user: userPayload(who), channel: { id: channelId, type: 1, recipients: [userPayload(who)] }, context: 1 }
        : {
            guild_id: this.guild.id,
            guild: { id: this.guild.id, locale: 'en-US', features: [] },
            member: memberPayload(who, permissions),
            channel: { id: channelId, type: 0, guild_id: this.guild.id, name: this.channelName(channelId), permissions: permissions.toString() },
            guild_locale: 'en-US',
            context: 0,
          };
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: this.applicationId,
      type,
      data,
      channel_id: channelId,
      token,
      version: 1,
      app_permissions: (BASIC_PERMISSIONS | (1n << 14n)).toString(),
      locale: options.locale ?? 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guild.id },
      attachment_size_limit: 10485760,
      ...(options.message === undefined ? {} : { message: options.message }),
      ...place,
    });
    return record;
  }

  /** A user posts a message; returns the message as dispatched. */
  dispatchMessage(options: MessageOptions): Json {
    const dm = options.dm === true;
    const channelId = dm ? this.dmChannelOf(options.author) : (options.channelId ?? this.channel.id);
    const mentionsBot = options.mentionsBot === true;
    const content = mentionsBot ? `<@${this.bot.id}> ${options.content}` : options.content;
    // Without the privileged intent Discord blanks content, except in DMs and messages that mention the bot.
    const intents = this.identifies.at(-1)?.intents ?? 0;
    const visible = dm || mentionsBot || (intents & MESSAGE_CONTENT_INTENT) !== 0;
    const message: Json = {
      id: snowflake(),
      channel_id: channelId,
      channel_type: dm ? 1 : 0,
      ...(dm ? {} : { guild_id: this.guild.id, member: { ...memberPayload(options.author, BASIC_PERMISSIONS), user: undefined } }),
      author: userPayload(options.author),
      content: visible ? content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: mentionsBot ? [userPayload(this.bot)] : [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  /** Waits until `probe` returns a value; fails naming `what` after `timeoutMs`. */
  async waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`discord double: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  async close(): Promise<void> {
    for (const s of this.sessions) s.close();
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- serving ----------------------------------------------------------------------

  channelName(id: string): string {
    return this.guild.channels.find((c) => c.id === id)?.name ?? 'unknown';
  }

  knownChannel(id: string): boolean {
    return this.messages.has(id);
  }

  newMessage(channelId: string, body: Json, extra: Json = {}): Json {
    const message: Json = {
      id: snowflake(),
      channel_id: channelId,
      author: userPayload(this.bot),
      content: typeof body.content === 'string' ? body.content : '',
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      components: Array.isArray(body.components) ? body.components : [],
      allowed_mentions: body.allowed_mentions,
      flags: typeof body.flags === 'number' ? body.flags : 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      type: 0,
      ...extra,
    };
    this.messages.get(channelId)?.push(message);
    return message;
  }

  private onSocket(ws: import('ws').WebSocket): void {
    const session: GatewaySession = new GatewaySession(ws, {
      heartbeatIntervalMs: this.heartbeatIntervalMs,
      checkToken: (t) => t === this.token && !this.revoked,
      messageContentAllowed: this.messageContentAllowed,
      onIdentify: (i) => this.identifies.push(i),
      onHeartbeat: () => {
        this.heartbeats += 1;
      },
      ready: (s) => ({
        ready: {
          v: 10,
          user: { ...userPayload(this.bot), verified: true, mfa_enabled: false },
          guilds: s.receives(this.guild.id) ? [{ id: this.guild.id, unavailable: true }] : [],
          session_id: s.sessionId,
          resume_gateway_url: this.gatewayUrl,
          shard: s.identify?.shard ?? [0, 1],
          application: { id: this.applicationId, flags: 0 },
          private_channels: [],
          presences: [],
          relationships: [],
          user_settings: {},
          guild_join_requests: [],
          geo_ordered_rtc_regions: [],
        },
        guilds: s.receives(this.guild.id) ? [guildCreatePayload(this.guild, this.bot)] : [],
      }),
    });
    this.sessions.add(session);
    ws.on('close', () => this.sessions.delete(session));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const { body, files } = readRequestBody(Buffer.concat(chunks), req.headers['content-type']);
    const request: RestRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      authorization: req.headers.authorization,
      body,
      files,
    };
    const fault = this.takeFault(request);
    const answer = fault ?? routeRequest(this, request);
    this.requests.push({ ...request, status: answer.status, at: performance.now() });
    res.writeHead(answer.status, { ...(answer.body === undefined ? {} : { 'content-type': 'application/json' }), ...answer.headers });
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  }

  private takeFault(r: RestRequest): { status: number; body: unknown; headers: Record<string, string> } | undefined {
    const i = this.faults.findIndex((f) => f.method === r.method && f.path.test(r.path));
    if (i < 0) return undefined;
    const [fault] = this.faults.splice(i, 1);
    return fault;
  }
}

/**
 * A request body as Discord reads it: JSON, or multipart/form-data with the
 * JSON in payload_json and files in files[n] parts. Anything else is kept as
 * text (and refused by the route).
 */
function readRequestBody(bytes: Buffer, contentType: string | undefined): { body: unknown; files: Map<number, FormPart> } {
  const files = new Map<number, FormPart>();
  const boundary = boundaryOf(contentType);
  const parts = boundary === undefined ? undefined : parseMultipart(bytes, boundary);
  const json = parts === undefined ? bytes.toString('utf8') : (parts.find((p) => p.name === 'payload_json')?.bytes.toString('utf8') ?? '');
  for (const part of parts ?? []) {
    const n = /^files\[(\d+)\]$/u.exec(part.name ?? '')?.[1];
    if (n !== undefined) files.set(Number(n), part);
  }
  if (json === '') return { body: undefined, files };
  try {
    return { body: JSON.parse(json) as unknown, files };
  } catch {
    return { body: json, files };
  }
}
