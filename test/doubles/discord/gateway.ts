import type { WebSocket } from 'ws';
import { snowflake } from './snowflake.js';

// One gateway session as Discord runs it: HELLO, the client's IDENTIFY,
// READY, a GUILD_CREATE per guild, heartbeats acknowledged, then dispatches.

export const GatewayOp = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Reconnect: 7, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;
export const MESSAGE_CONTENT_INTENT = 1 << 15;

export interface Identify {
  token: string;
  intents: number;
  compress: boolean | undefined;
  /** [shard id, shard count]: [0, 1] when the client does not shard. */
  shard: [number, number];
}

/** Which shard receives a guild's events, as Discord computes it: (guild_id >> 22) % shard count. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export interface SessionHooks {
  heartbeatIntervalMs: number;
  checkToken(token: string): boolean;
  /** Whether the application may use the privileged Message Content intent (a Developer Portal switch). */
  messageContentAllowed: boolean;
  ready(session: GatewaySession): { ready: Record<string, unknown>; guilds: Record<string, unknown>[] };
  onIdentify(identify: Identify): void;
  onHeartbeat(): void;
}

export class GatewaySession {
  readonly sessionId = snowflake();
  identify: Identify | undefined;
  private seq = 0;

  constructor(
    private readonly socket: WebSocket,
    private readonly hooks: SessionHooks,
  ) {
    socket.on('message', (data) => this.onMessage(data.toString()));
    this.send({ op: GatewayOp.Hello, d: { heartbeat_interval: hooks.heartbeatIntervalMs }, s: null, t: null });
  }

  /** Whether this session receives the events of a guild (or, for none, of DMs: shard 0). */
  receives(guildId: string | undefined): boolean {
    const [id, count] = this.identify?.shard ?? [0, 1];
    return guildId === undefined ? id === 0 : shardOf(guildId, count) === id;
  }

  get isReady(): boolean {
    return this.identify !== undefined && this.socket.readyState === this.socket.OPEN;
  }

  dispatch(t: string, d: unknown): void {
    this.seq += 1;
    this.send({ op: GatewayOp.Dispatch, t, s: this.seq, d });
  }

  close(code = 1000): void {
    this.socket.close(code);
  }

  /** The connection is gone without a close frame, as when the network drops it. */
  terminate(): void {
    this.socket.terminate();
  }

  private send(payload: unknown): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(payload));
  }

  private onMessage(text: string): void {
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      this.socket.close(4002, 'Decode error');
      return;
    }
    if (typeof payload !== 'object' || payload === null || !('op' in payload)) {
      this.socket.close(4002, 'Decode error');
      return;
    }
    const { op, d } = payload as { op: unknown; d: unknown };
    switch (op) {
      case GatewayOp.Heartbeat:
        this.hooks.onHeartbeat();
        this.send({ op: GatewayOp.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOp.Identify:
        this.onIdentify(d);
        return;
      case GatewayOp.Resume:
        // The double keeps no session history: tell the client to identify anew.
        this.send({ op: GatewayOp.InvalidSession, d: false, s: null, t: null });
        return;
      default:
        // Presence and voice updates are accepted and ignored, as Discord does for what a bot need not see.
        return;
    }
  }

  private onIdentify(d: unknown): void {
    if (this.identify !== undefined) {
      this.socket.close(4005, 'Already authenticated');
      return;
    }
    const data = (typeof d === 'object' && d !== null ? d : {}) as Record<string, unknown>;
    const token = typeof data.token === 'string' ? data.token : '';
    const intents = typeof data.intents === 'number' ? data.intents : 0;
    if (!this.hooks.checkToken(token)) {
      this.socket.close(4004, 'Authentication failed');
      return;
    }
    if ((intents & MESSAGE_CONTENT_INTENT) !== 0 && !this.hooks.messageContentAllowed) {
      this.socket.close(4014, 'Disallowed intent(s)');
      return;
    }
    const shard = Array.isArray(data.shard) && data.shard.length === 2 ? [Number(data.shard[0]), Number(data.shard[1])] : [0, 1];
    const [id = 0, count = 1] = shard;
    if (!(Number.isInteger(id) && Number.isInteger(count) && count >= 1 && id >= 0 && id < count)) {
      this.socket.close(4010, 'Invalid shard');
      return;
    }
    this.identify = { token, intents, compress: typeof data.compress === 'boolean' ? data.compress : undefined, shard: [id, count] };
    this.hooks.onIdentify(this.identify);
    const { ready, guilds } = this.hooks.ready(this);
    this.dispatch('READY', ready);
    for (const guild of guilds) this.dispatch('GUILD_CREATE', guild);
  }
}
