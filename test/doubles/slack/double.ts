// A Slack double on loopback, speaking Slack's real protocols to the real Bolt
// app: the Web API (form-encoded POST /api/<method>, bearer tokens, 429 with
// Retry-After), Socket Mode (apps.connections.open, then a websocket carrying
// envelopes that the app acknowledges by envelope_id), response_url posts,
// and, for HTTP mode, signed requests sent to the app; and file uploads as
// Slack's external upload flow takes them (files.getUploadURLExternal, the
// bytes POSTed to the upload_url it gave, files.completeUploadExternal).

import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { checkMessage, checkView } from './limits.js';
import { boundaryOf, parseMultipart } from '../multipart.js';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token the call carried. */
  token: string | undefined;
  at: number;
}

export interface ResponsePost {
  /** The response_url's id, as returned by the send* methods. */
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface StoredMessage {
  ts: string;
  channel: string;
  text: string;
  blocks: unknown;
  thread_ts: string | undefined;
  metadata: unknown;
  bot_id: string;
  user: string;
  /** Files shared with the message (files.completeUploadExternal with a channel). */
  files?: unknown;
}

export interface Ack {
  payload: Record<string, unknown>;
  at: number;
}

export interface Delivery {
  envelopeId: string;
  /** The response_url handed to the app, when the payload has one. */
  responseId: string | undefined;
  sentAt: number;
  ack: Promise<Ack>;
}

export interface SlackDoubleOptions {
  botToken: string;
  appToken?: string;
  /** The time message ts are taken from (a test's fake clock); the real time when unset. */
  now?: () => Date;
  /** The app's OAuth client credentials, for the install flow (oauth.v2.access). */
  clientId?: string;
  clientSecret?: string;
}

type Failure = { kind: 'error'; error: string } | { kind: 'rateLimited'; retryAfterSeconds: number };

const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata', 'view', 'files']);

/** A file uploaded through the external upload flow. */
export interface UploadedFile {
  id: string;
  filename: string;
  /** The length files.getUploadURLExternal was told. */
  length: number;
  altText: string | undefined;
  title: string | undefined;
  /** The bytes POSTed to the upload URL, once they were. */
  bytes: Buffer | undefined;
  /** Once files.completeUploadExternal completed it: only then can a message show it. */
  completed: boolean;
  /** The channels it was shared in by files.completeUploadExternal. */
  channels: string[];
}

interface Unacknowledged {
  envelopeId: string;
  type: string;
  payload: Record<string, unknown>;
  extra: { acceptsResponse: boolean; responseId?: string; retryAttempt?: number; retryReason?: string; via?: number | undefined };
  settle: (ack: Ack) => void;
  socket?: WebSocket | undefined;
}

export class SlackDouble {
  readonly teamId = 'T0DOUBLE1';
  /** As Slack's, trigger ids are unique across every double (a shared store remembers them across runs). */
  private readonly triggerSalt = randomUUID().slice(0, 8);
  readonly appId = 'A0DOUBLE1';
  readonly botUserId = 'U0BOT0001';
  readonly botId = 'B0BOT0001';

  readonly calls: ApiCall[] = [];
  readonly responses: ResponsePost[] = [];
  /** Messages and response posts the double refused for breaking Slack's limits. */
  readonly rejected: { where: string; problem: string }[] = [];
  readonly messages: StoredMessage[] = [];
  /** Files uploaded with the external upload flow, by id. */
  readonly files = new Map<string, UploadedFile>();
  /** Modals opened with views.open, as Slack keeps them (with the id it gave). */
  readonly views: { id: string; triggerId: string; view: Record<string, unknown> }[] = [];
  /** Users who are the workspace's admins (users.info says is_admin); everyone else is a member. */
  readonly admins = new Set<string>();
  /** Trigger ids handed out with commands and clicks; each opens one modal. */
  private readonly triggers = new Set<string>();

  private readonly failures = new Map<string, Failure[]>();
  private readonly channelErrors = new Map<string, string>();
  private readonly pendingAcks = new Map<string, (ack: Ack) => void>();
  private readonly responseWaiters = new Map<string, (post: ResponsePost) => void>();
  private readonly sockets = new Set<WebSocket>();
  /** Sent and not yet acknowledged, with the connection each went out on. */
  private readonly unacknowledged = new Map<string, Unacknowledged>();
  private turn = 0;
  private redelivered = 0;
  private readonly wss = new WebSocketServer({ noServer: true });
  private clock = 1_700_000_000;
  /** The seconds part of the last ts given, so ts never go backwards. */
  private lastTsSeconds = 0;
  private opened = 0;
  private botTokenRevoked = false;
  private responseUrlsRefused = false;
  private appTokenRevoked = false;
  private counter = 0;

  private constructor(
    private readonly server: Server,
    private readonly options: SlackDoubleOptions,
  ) {}

  static async start(options: SlackDoubleOptions): Promise<SlackDouble> {
    const server = createServer();
    const double = new SlackDouble(server, options);
    server.on('request', (req, res) => void double.handle(req, res));
    server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/link/')) {
        socket.destroy();
        return;
      }
      double.wss.handleUpgrade(req, socket, head, (ws) => double.accept(ws));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return double;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  get connectedSockets(): number {
    return this.sockets.size;
  }

  calledWith(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  responsesTo(id: string | undefined): ResponsePost[] {
    return this.responses.filter((r) => r.id === id);
  }

  /** Resolves with the first post to a response_url, as soon as it arrives (for timing; tests poll). */
  firstResponse(id: string): Promise<ResponsePost> {
    const found = this.responsesTo(id)[0];
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve) => this.responseWaiters.set(id, resolve));
  }

  /** The next call of `method` fails with Slack's `error` string. */
  failNext(method: string, error: string): void {
    this.queueFailure(method, { kind: 'error', error });
  }

  /** The next call of `method` is answered 429 with Retry-After. */
  rateLimitNext(method: string, retryAfterSeconds: number): void {
    this.queueFailure(method, { kind: 'rateLimited', retryAfterSeconds });
  }

  /** The bot token is revoked (an admin, or the app uninstalled): every Web API call with it fails with token_revoked. */
  revokeBotToken(): void {
    this.botTokenRevoked = true;
  }

  /** Every post to a response_url is refused with 403 invalid_token (or accepted again), the Web API working on. */
  refuseResponseUrls(refused = true): void {
    this.responseUrlsRefused = refused;
  }

  /** The app-level token is revoked: open connections drop and apps.connections.open answers invalid_auth. */
  revokeAppToken(): void {
    this.appTokenRevoked = true;
    this.dropConnections();
  }

  /** Every post to, or history read of, the channel fails with `error` (e.g. channel_not_found). */
  setChannelError(channelId: string, error: string | undefined): void {
    if (error === undefined) this.channelErrors.delete(channelId);
    else this.channelErrors.set(channelId, error);
  }

  /** A message some other app or person posted, for history reads. */
  addMessage(message: Partial<StoredMessage> & { channel: string }): StoredMessage {
    const stored: StoredMessage = {
      ts: this.nextTs(),
      text: '',
      blocks: undefined,
      thread_ts: undefined,
      metadata: undefined,
      bot_id: 'B0OTHER01',
      user: 'U0OTHER01',
      ...message,
    };
    this.messages.push(stored);
    return stored;
  }

  // ---- Socket Mode: what Slack sends the app ----

  sendSlashCommand(options: { text: string; userId?: string; channelId?: string; command?: string; via?: number }): Delivery {
    const responseId = randomUUID();
    const payload = this.slashCommandPayload(options, responseId);
    return this.sendEnvelope('slash_commands', payload, { acceptsResponse: true, responseId, via: options.via });
  }

  sendEvent(event: Record<string, unknown>, options: { eventId?: string; retryAttempt?: number; via?: number } = {}): Delivery & { eventId: string } {
    const eventId = options.eventId ?? `Ev${(++this.counter).toString().padStart(8, '0')}`;
    const payload = this.eventPayload(event, eventId);
    const retryAttempt = options.retryAttempt ?? 0;
    const delivery = this.sendEnvelope('events_api', payload, {
      acceptsResponse: false,
      retryAttempt,
      retryReason: retryAttempt > 0 ? 'timeout' : '',
      via: options.via,
    });
    return { ...delivery, eventId };
  }

  /** A person's message event; `mention` makes it an app_mention of the bot. */
  userMessage(options: {
    text: string;
    userId?: string;
    channelId?: string;
    threadTs?: string;
    ts?: string;
    type?: 'app_mention' | 'message';
    channelType?: string;
  }): Record<string, unknown> {
    const ts = options.ts ?? this.nextTs();
    return {
      type: options.type ?? 'message',
      user: options.userId ?? 'U0ASKER01',
      text: options.text,
      ts,
      channel: options.channelId ?? 'C0GENERAL',
      event_ts: ts,
      ...(options.type === 'app_mention' ? {} : { channel_type: options.channelType ?? 'channel' }),
      ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }),
      team: this.teamId,
      client_msg_id: randomUUID(),
    };
  }

  sendBlockAction(options: {
    actionId: string;
    value: string;
    userId?: string;
    channelId?: string;
    messageTs?: string;
    threadTs?: string;
    via?: number;
  }): Delivery {
    const responseId = randomUUID();
    const payload = this.blockActionPayload(options, responseId);
    return this.sendEnvelope('interactive', payload, { acceptsResponse: false, responseId, via: options.via });
  }

  /** A person submits a modal the app opened: `values` are its inputs by block id and action id. */
  sendViewSubmission(options: { viewId: string; values: Record<string, Record<string, string>>; userId?: string; via?: number }): Delivery {
    const opened = this.views.find((v) => v.id === options.viewId);
    if (opened === undefined) throw new Error(`slack double: no view ${options.viewId} was opened`);
    const values = Object.fromEntries(
      Object.entries(options.values).map(([block, inputs]) => [
        block,
        Object.fromEntries(Object.entries(inputs).map(([action, value]) => [action, { type: 'plain_text_input', value }])),
      ]),
    );
    const payload = {
      type: 'view_submission',
      team: { id: this.teamId, domain: 'double' },
      user: { id: options.userId ?? 'U0ASKER01', username: 'asker', team_id: this.teamId },
      api_app_id: this.appId,
      token: 'legacy-verification-token',
      trigger_id: this.newTrigger(),
      view: { ...opened.view, id: opened.id, team_id: this.teamId, app_id: this.appId, state: { values } },
      response_urls: [],
    };
    return this.sendEnvelope('interactive', payload, { acceptsResponse: true, via: options.via });
  }

  /** Slack's notice that it is recycling the connection: the app should connect again. */
  requestReconnect(reason = 'refresh_requested'): void {
    for (const ws of this.sockets) ws.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'applink-double' } }));
  }

  /** The network drops every Socket Mode connection: no close frame, no warning (unlike requestReconnect). */
  dropConnections(): void {
    for (const ws of this.sockets) ws.terminate();
  }

  /** How many websocket connections have been opened so far. */
  get connectionsOpened(): number {
    return this.opened;
  }

  // ---- HTTP mode: signed requests to the app ----

  async postSlashCommand(
    url: string,
    signingSecret: string,
    options: { text: string; userId?: string; channelId?: string; timestamp?: number },
  ): Promise<{ status: number; body: string; responseId: string }> {
    const { body, responseId } = this.slashCommandForm(options);
    const result = await this.postSigned(url, signingSecret, body, 'application/x-www-form-urlencoded', options.timestamp);
    return { ...result, responseId };
  }

  /** The form body Slack posts for a slash command in HTTP mode, to send (or replay) with postSigned. */
  slashCommandForm(options: { text: string; userId?: string; channelId?: string }): { body: string; responseId: string } {
    const responseId = randomUUID();
    const fields = this.slashCommandPayload(options, responseId);
    return { body: new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)])).toString(), responseId };
  }

  /** The form body Slack posts for a button click in HTTP mode (`payload=<json>`). */
  blockActionForm(options: { actionId: string; value: string; userId?: string; channelId?: string }): { body: string; responseId: string } {
    const responseId = randomUUID();
    const payload = this.blockActionPayload(options, responseId);
    return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), responseId };
  }

  async postSigned(
    url: string,
    signingSecret: string,
    body: string,
    contentType: string,
    timestamp = Math.floor(Date.now() / 1000),
  ): Promise<{ status: number; body: string }> {
    const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
      body,
    });
    const text = await response.text();
    if (response.status === 200) this.answeredInResponse(body, contentType, text);
    return { status: response.status, body: text };
  }

  /** As Slack: a slash command whose HTTP response is a message is answered by that message. */
  private answeredInResponse(requestBody: string, contentType: string, responseText: string): void {
    if (!contentType.startsWith('application/x-www-form-urlencoded')) return;
    const form = new URLSearchParams(requestBody);
    const responseId = /\/respond\/([^/]+)$/u.exec(form.get('response_url') ?? '')?.[1];
    if (form.get('command') === null || responseId === undefined || responseText === '') return;
    let message: unknown;
    try {
      message = JSON.parse(responseText);
    } catch {
      return;
    }
    if (typeof message === 'object' && message !== null && ('text' in message || 'blocks' in message)) {
      this.recordResponse(responseId, message as Record<string, unknown>, 'HTTP response to a slash command');
    }
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- internals ----

  private slashCommandPayload(options: { text: string; userId?: string; channelId?: string; command?: string }, responseId: string): Record<string, unknown> {
    return {
      token: 'legacy-verification-token',
      team_id: this.teamId,
      team_domain: 'double',
      channel_id: options.channelId ?? 'C0GENERAL',
      channel_name: 'general',
      user_id: options.userId ?? 'U0ASKER01',
      user_name: 'asker',
      command: options.command ?? '/astana',
      text: options.text,
      api_app_id: this.appId,
      is_enterprise_install: 'false',
      response_url: this.responseUrl(responseId),
      trigger_id: this.newTrigger(),
    };
  }

  private newTrigger(): string {
    const id = `${++this.counter}.${this.triggerSalt}.trigger`;
    this.triggers.add(id);
    return id;
  }

  private eventPayload(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
    return {
      token: 'legacy-verification-token',
      team_id: this.teamId,
      api_app_id: this.appId,
      event,
      type: 'event_callback',
      event_id: eventId,
      event_time: this.clock,
      authorizations: [{ enterprise_id: null, team_id: this.teamId, user_id: this.botUserId, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
    };
  }

  private blockActionPayload(
    options: { actionId: string; value: string; userId?: string; channelId?: string; messageTs?: string; threadTs?: string },
    responseId: string,
  ): Record<string, unknown> {
    const channel = options.channelId ?? 'C0GENERAL';
    const messageTs = options.messageTs ?? this.nextTs();
    return {
      type: 'block_actions',
      user: { id: options.userId ?? 'U0ASKER01', username: 'asker', team_id: this.teamId },
      api_app_id: this.appId,
      token: 'legacy-verification-token',
      container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: false },
      trigger_id: this.newTrigger(),
      team: { id: this.teamId, domain: 'double' },
      channel: { id: channel, name: 'general' },
      message: { type: 'message', ts: messageTs, text: '', user: this.botUserId, ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }) },
      response_url: this.responseUrl(responseId),
      actions: [
        {
          action_id: options.actionId,
          block_id: 'b1',
          value: options.value,
          type: 'button',
          action_ts: `${this.clock}.000001`,
          text: { type: 'plain_text', text: 'x' },
        },
      ],
    };
  }

  /**
   * As Slack: envelopes are spread over the app's open connections in turn
   * (`via` picks one: its index in connection order). An envelope not yet
   * acknowledged when its connection closes is sent again on another
   * connection (now, or when one opens), an event with retry_attempt + 1;
   * the delivery's `ack` is the acknowledgement of whichever copy is acknowledged.
   */
  private sendEnvelope(
    type: string,
    payload: Record<string, unknown>,
    extra: { acceptsResponse: boolean; responseId?: string; retryAttempt?: number; retryReason?: string; via?: number | undefined },
  ): Delivery {
    const open = [...this.sockets];
    const socket = open[(extra.via ?? this.turn++) % Math.max(open.length, 1)];
    const envelopeId = randomUUID();
    let settle: (ack: Ack) => void = () => undefined;
    const ack = new Promise<Ack>((resolve) => {
      settle = resolve;
    });
    // With no connection open, Slack keeps the envelope for the next one.
    if (socket === undefined) this.unacknowledged.set(envelopeId, { envelopeId, type, payload, extra, settle, socket: undefined });
    else this.deliverOn(socket, { envelopeId, type, payload, extra, settle });
    return { envelopeId, responseId: extra.responseId, sentAt: performance.now(), ack };
  }

  private deliverOn(socket: WebSocket, envelope: Unacknowledged): void {
    const { envelopeId, type, payload, extra } = envelope;
    const message: Record<string, unknown> = { envelope_id: envelopeId, payload, type, accepts_response_payload: extra.acceptsResponse };
    if (type === 'events_api') {
      message.retry_attempt = extra.retryAttempt ?? 0;
      message.retry_reason = extra.retryReason ?? '';
    }
    this.unacknowledged.set(envelopeId, { ...envelope, socket });
    this.pendingAcks.set(envelopeId, (ack) => {
      this.unacknowledged.delete(envelopeId);
      // As Slack: a slash command acknowledged with a message is answered by it.
      const { responseId } = envelope.extra;
      if (type === 'slash_commands' && responseId !== undefined && ('text' in ack.payload || 'blocks' in ack.payload)) {
        this.recordResponse(responseId, ack.payload, `acknowledgement ${envelopeId}`);
      }
      envelope.settle(ack);
    });
    socket.send(JSON.stringify(message));
  }

  /** Sends again what a closed connection left unacknowledged, on the next open connection. */
  private redeliver(): void {
    const open = [...this.sockets];
    for (const [id, envelope] of [...this.unacknowledged]) {
      if (envelope.socket !== undefined && this.sockets.has(envelope.socket)) continue;
      const next = open[this.turn++ % Math.max(open.length, 1)];
      this.unacknowledged.delete(id);
      this.pendingAcks.delete(id);
      const retryAttempt = (envelope.extra.retryAttempt ?? 0) + 1;
      const again: Unacknowledged = { ...envelope, envelopeId: randomUUID(), extra: { ...envelope.extra, retryAttempt, retryReason: 'connection_closed' } };
      if (next === undefined) this.unacknowledged.set(again.envelopeId, { ...again, socket: undefined });
      else {
        this.redelivered += 1;
        this.deliverOn(next, again);
      }
    }
  }

  /** Envelopes sent again because their connection closed before acknowledging them. */
  get redeliveries(): number {
    return this.redelivered;
  }

  private accept(ws: WebSocket): void {
    this.sockets.add(ws);
    this.opened += 1;
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.redeliver();
    });
    ws.on('message', (data) => {
      const parsed: unknown = JSON.parse(String(data));
      if (typeof parsed !== 'object' || parsed === null || !('envelope_id' in parsed) || typeof parsed.envelope_id !== 'string') return;
      const resolve = this.pendingAcks.get(parsed.envelope_id);
      if (resolve === undefined) return;
      this.pendingAcks.delete(parsed.envelope_id);
      const payload = 'payload' in parsed && typeof parsed.payload === 'object' && parsed.payload !== null ? (parsed.payload as Record<string, unknown>) : {};
      resolve({ payload, at: performance.now() });
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.size,
        debug_info: { host: 'applink-double', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: this.appId },
      }),
    );
    // Anything left unacknowledged while no connection was open goes out now.
    this.redeliver();
  }

  private responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  /** As Slack's: the posting time in seconds, then a part that keeps ts unique and ordered. */
  private nextTs(): string {
    this.clock += 1;
    this.counter += 1;
    const seconds = Math.max(this.lastTsSeconds, Math.floor((this.options.now?.() ?? new Date()).getTime() / 1000));
    this.lastTsSeconds = seconds;
    return `${seconds}.${String(this.counter).padStart(6, '0')}`;
  }

  /** A command's response, by its response_url or in its acknowledgement; false when over Slack's limits. */
  private recordResponse(id: string, body: Record<string, unknown>, where: string): boolean {
    const problem = checkMessage(body);
    if (problem !== undefined) {
      this.rejected.push({ where, problem });
      return false;
    }
    const post = { id, body, at: performance.now() };
    this.responses.push(post);
    this.responseWaiters.get(id)?.(post);
    this.responseWaiters.delete(id);
    return true;
  }

  private queueFailure(method: string, failure: Failure): void {
    const queue = this.failures.get(method) ?? [];
    queue.push(failure);
    this.failures.set(method, queue);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bytes = await readBody(req);
    const raw = bytes.toString('utf8');
    const url = req.url ?? '/';
    if (url.startsWith('/upload/v1/')) return this.receiveUpload(url.slice('/upload/v1/'.length), bytes, req, res);
    if (url.startsWith('/respond/')) {
      // A webhook: refused by HTTP status, Slack's error the body (403 invalid_token once the app's token is revoked).
      if (this.botTokenRevoked || this.responseUrlsRefused) return sendText(res, 403, 'invalid_token');
      const body = parseJsonObject(raw);
      const id = url.slice('/respond/'.length);
      return this.recordResponse(id, body, `response_url ${id}`) ? send(res, 200, { ok: true }) : send(res, 400, { ok: false, error: 'invalid_blocks' });
    }
    if (!url.startsWith('/api/')) return send(res, 404, { ok: false, error: 'not_found' });

    const method = url.slice('/api/'.length).split('?')[0] ?? '';
    const args = parseArgs(raw, req.headers['content-type']);
    const auth = req.headers.authorization;
    const token = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
    this.calls.push({ method, args, token, at: performance.now() });

    const failure = this.failures.get(method)?.shift();
    if (failure?.kind === 'rateLimited') {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(failure.retryAfterSeconds) });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    if (failure?.kind === 'error') return send(res, 200, { ok: false, error: failure.error });

    if (method === 'oauth.v2.access') return send(res, 200, this.exchangeCode(args, req.headers.authorization));
    if (method === 'apps.connections.open') {
      if (token === undefined || token !== this.options.appToken || this.appTokenRevoked) return send(res, 200, { ok: false, error: 'invalid_auth' });
      return send(res, 200, { ok: true, url: `ws://127.0.0.1:${this.port}/link/?ticket=${randomUUID()}&app_id=${this.appId}` });
    }
    if (token !== this.options.botToken) return send(res, 200, { ok: false, error: 'invalid_auth' });
    if (this.botTokenRevoked) return send(res, 200, { ok: false, error: 'token_revoked' });
    return send(res, 200, this.answer(method, args));
  }

  /** Codes Slack gave out at the end of the authorize page, as the install flow's redirect carries them. */
  private readonly codes = new Set<string>();

  /** A person approved the install on Slack's authorize page: Slack redirects back with this code. */
  approveInstall(): string {
    const code = `code-${randomUUID()}`;
    this.codes.add(code);
    return code;
  }

  /** oauth.v2.access: a code (once) and the app's client credentials give the workspace's bot token. */
  private exchangeCode(args: Record<string, unknown>, authorization: string | undefined): Record<string, unknown> {
    const basic = authorization?.startsWith('Basic ') === true ? Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':') : [];
    const clientId = args.client_id ?? basic[0];
    const clientSecret = args.client_secret ?? basic[1];
    if (clientId !== this.options.clientId || clientSecret !== this.options.clientSecret) return { ok: false, error: 'invalid_client_id' };
    if (typeof args.code !== 'string' || !this.codes.delete(args.code)) return { ok: false, error: 'invalid_code' };
    return {
      ok: true,
      app_id: this.appId,
      authed_user: { id: 'U0INSTALL' },
      scope: 'commands,chat:write',
      token_type: 'bot',
      access_token: this.options.botToken,
      bot_user_id: this.botUserId,
      team: { id: this.teamId, name: 'Double' },
      enterprise: null,
      is_enterprise_install: false,
    };
  }

  /** files.getUploadURLExternal: a file id and where to POST its bytes (here, on loopback). */
  private uploadUrl(args: Record<string, unknown>): Record<string, unknown> {
    const length = Number(args.length);
    if (typeof args.filename !== 'string' || args.filename === '' || !Number.isInteger(length) || length < 1) return { ok: false, error: 'invalid_arguments' };
    this.counter += 1;
    const id = `F0UPLOAD${String(this.counter).padStart(4, '0')}`;
    const altText = typeof args.alt_text === 'string' ? args.alt_text : typeof args.alt_txt === 'string' ? args.alt_txt : undefined;
    this.files.set(id, { id, filename: args.filename, length, altText, title: undefined, bytes: undefined, completed: false, channels: [] });
    return { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/v1/${id}`, file_id: id };
  }

  /**
   * The upload URL: the file's bytes as the request body, raw or as the file
   * part of a multipart/form-data body (what WebClient sends), answered 200
   * with 'OK - <length>' as Slack does.
   */
  private receiveUpload(id: string, body: Buffer, req: IncomingMessage, res: ServerResponse): void {
    const file = this.files.get(id);
    const boundary = boundaryOf(req.headers['content-type']);
    const parts = boundary === undefined ? undefined : parseMultipart(body, boundary);
    const bytes = boundary === undefined ? body : (parts?.find((p) => p.filename !== undefined) ?? parts?.[0])?.bytes;
    if (req.method !== 'POST' || file === undefined || file.completed || bytes === undefined) {
      res.writeHead(boundary !== undefined && bytes === undefined ? 400 : 404, { 'content-type': 'text/plain' });
      res.end(bytes === undefined ? 'Bad Request' : 'Not Found');
      return;
    }
    file.bytes = Buffer.from(bytes);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`OK - ${bytes.length}`);
  }

  /** files.completeUploadExternal: completes uploaded files (of the length announced), sharing them in `channel_id` when given. */
  private completeUpload(args: Record<string, unknown>): Record<string, unknown> {
    const listed = Array.isArray(args.files) ? args.files : [];
    const files = listed.map((f: unknown) => (typeof f === 'object' && f !== null ? (f as Record<string, unknown>) : {}));
    if (files.length === 0) return { ok: false, error: 'invalid_arguments' };
    for (const f of files) {
      const file = typeof f.id === 'string' ? this.files.get(f.id) : undefined;
      if (file === undefined || file.bytes === undefined || file.completed) return { ok: false, error: 'file_not_found' };
      // Slack completes only what arrived whole; the double's name for a short or long upload.
      if (file.bytes.length !== file.length) return { ok: false, error: 'file_upload_size_mismatch' };
    }
    const channel = typeof args.channel_id === 'string' && args.channel_id !== '' ? args.channel_id : undefined;
    if (channel !== undefined && this.channelErrors.has(channel)) return { ok: false, error: this.channelErrors.get(channel) ?? 'channel_not_found' };
    const done = files.map((f) => {
      const file = this.files.get(String(f.id)) as UploadedFile;
      file.completed = true;
      file.title = typeof f.title === 'string' ? f.title : file.filename;
      if (channel !== undefined) file.channels.push(channel);
      return { id: file.id, name: file.filename, title: file.title, mimetype: 'image/png', filetype: 'png', size: file.length, channels: file.channels };
    });
    if (channel !== undefined)
      this.addMessage({
        channel,
        text: typeof args.initial_comment === 'string' ? args.initial_comment : '',
        files: done,
        bot_id: this.botId,
        user: this.botUserId,
      });
    return { ok: true, files: done };
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://double.slack.test/',
          team: 'Double',
          user: 'astana',
          team_id: this.teamId,
          user_id: this.botUserId,
          bot_id: this.botId,
          is_enterprise_install: false,
        };
      case 'users.info': {
        // As Slack: an unknown id is user_not_found; ids are 'U…' or 'W…'.
        const user = args.user;
        if (typeof user !== 'string' || !/^[UW][A-Z0-9]{2,}$/.test(user)) return { ok: false, error: 'user_not_found' };
        const admin = this.admins.has(user);
        return {
          ok: true,
          user: {
            id: user,
            team_id: this.teamId,
            name: user.toLowerCase(),
            deleted: false,
            is_bot: false,
            is_admin: admin,
            is_owner: false,
            is_primary_owner: false,
          },
        };
      }
      case 'files.getUploadURLExternal':
        return this.uploadUrl(args);
      case 'files.completeUploadExternal':
        return this.completeUpload(args);
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        const channel = args.channel;
        if (typeof channel !== 'string' || channel === '') return { ok: false, error: 'channel_not_found' };
        const channelError = this.channelErrors.get(channel);
        if (channelError !== undefined) return { ok: false, error: channelError };
        if (typeof args.text !== 'string' && args.blocks === undefined) return { ok: false, error: 'no_text' };
        const problem = checkMessage(args, (id) => this.files.get(id)?.completed === true);
        if (problem !== undefined) {
          this.rejected.push({ where: method, problem });
          return { ok: false, error: 'invalid_blocks' };
        }
        if (method === 'chat.postEphemeral') {
          if (typeof args.user !== 'string') return { ok: false, error: 'user_not_in_channel' };
          return { ok: true, message_ts: this.nextTs() };
        }
        const stored: StoredMessage = {
          ts: this.nextTs(),
          channel,
          text: typeof args.text === 'string' ? args.text : '',
          blocks: args.blocks,
          thread_ts: typeof args.thread_ts === 'string' ? args.thread_ts : undefined,
          metadata: args.metadata,
          bot_id: this.botId,
          user: this.botUserId,
        };
        this.messages.push(stored);
        return { ok: true, channel, ts: stored.ts, message: { ...stored, type: 'message' } };
      }
      case 'views.open': {
        // As Slack: a trigger id opens one modal, and only one the double handed out.
        if (typeof args.trigger_id !== 'string' || !this.triggers.delete(args.trigger_id)) return { ok: false, error: 'invalid_trigger_id' };
        const problem = checkView(args.view);
        if (problem !== undefined) {
          this.rejected.push({ where: method, problem });
          return { ok: false, error: 'invalid_arguments' };
        }
        const id = `V${(++this.counter).toString().padStart(10, '0')}`;
        this.views.push({ id, triggerId: args.trigger_id, view: args.view as Record<string, unknown> });
        return { ok: true, view: { id, ...(args.view as Record<string, unknown>) } };
      }
      case 'conversations.history': {
        const channel = args.channel;
        if (typeof channel !== 'string') return { ok: false, error: 'channel_not_found' };
        const channelError = this.channelErrors.get(channel);
        if (channelError !== undefined) return { ok: false, error: channelError };
        const withMetadata = args.include_all_metadata === 'true' || args.include_all_metadata === true;
        const limit = Math.min(Number(args.limit ?? 100) || 100, 999);
        const start = Number(args.cursor ?? 0) || 0;
        // As Slack: `oldest` keeps only messages after that ts (exclusive by default).
        const oldest = typeof args.oldest === 'string' && args.oldest !== '' ? args.oldest : undefined;
        const all = this.messages
          .filter((m) => m.channel === channel && m.thread_ts === undefined && (oldest === undefined || compareTs(m.ts, oldest) > 0))
          .reverse();
        const page = all.slice(start, start + limit).map((m) => {
          const { metadata, channel: _channel, ...rest } = m;
          return { type: 'message', ...rest, ...(withMetadata && metadata !== undefined ? { metadata } : {}) };
        });
        const more = start + limit < all.length;
        return { ok: true, messages: page, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : '' } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

/** Orders two Slack ts ('seconds.micros') without floating-point rounding. */
function compareTs(a: string, b: string): number {
  const [as, am = ''] = a.split('.');
  const [bs, bm = ''] = b.split('.');
  const bySeconds = Number(as) - Number(bs);
  return bySeconds !== 0 ? bySeconds : Number(am.padEnd(6, '0')) - Number(bm.padEnd(6, '0'));
}

/** A webhook's answer: a status and Slack's error as plain text. */
function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(text);
}

function send(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJsonObject(raw: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return parseJsonObject(raw);
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.has(key) ? parseJsonValue(value) : value;
  }
  return args;
}

function parseJsonValue(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
