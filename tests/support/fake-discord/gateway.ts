import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import { shardForGuild } from './snowflake.js';
import type { FakeState } from './state.js';

/** What a client sent in IDENTIFY, for assertions (intents, shard). */
export interface IdentifyRecord {
  token: string;
  intents: number;
  shard: [number, number];
  at: number;
}

interface Session {
  id: string;
  ws: WebSocket | null;
  shard: [number, number];
  seq: number;
  ready: boolean;
}

export interface GatewayOptions {
  state: FakeState;
  heartbeatIntervalMs: number;
  /** When set, IDENTIFY with another token is closed with 4004 like Discord. */
  token?: string;
  applicationId: string;
  applicationFlags: number;
  url: () => string;
}

/** Gateway close codes the fake uses (Discord's numbers). */
const Close = {
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidShard: 4010,
} as const;

export class FakeGateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  readonly identifies: IdentifyRecord[] = [];

  constructor(private readonly opts: GatewayOptions) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      // discord.js asks for zlib-stream only when the optional zlib-sync package is installed; it is not,
      // so the fake speaks plain JSON text frames and refuses anything else loudly instead of garbling.
      const encoding = query.get('encoding') ?? 'json';
      if (encoding !== 'json' || query.has('compress')) {
        ws.close(Close.DecodeError, `fake-discord supports encoding=json without compress only`);
        return;
      }
      this.accept(ws);
    });
  }

  /** Sends a dispatch to every ready session whose shard owns the guild. Returns how many sessions got it. */
  dispatchForGuild(guildId: string | null, t: string, d: unknown): number {
    let sent = 0;
    for (const s of this.sessions.values()) {
      if (!s.ready || !s.ws) continue;
      const owns = guildId === null ? s.shard[0] === 0 : shardForGuild(guildId, s.shard[1]) === s.shard[0];
      if (owns) {
        this.dispatch(s, t, d);
        sent++;
      }
    }
    return sent;
  }

  get readySessionCount(): number {
    return [...this.sessions.values()].filter((s) => s.ready && s.ws).length;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(ws: WebSocket): void {
    let session: Session | null = null;
    ws.send(
      JSON.stringify({ op: 10, d: { heartbeat_interval: this.opts.heartbeatIntervalMs }, s: null, t: null }),
    );
    ws.on('message', (raw, isBinary) => {
      let payload: { op?: number; d?: unknown };
      try {
        if (isBinary) throw new Error('binary frame');
        payload = JSON.parse(raw.toString()) as { op?: number; d?: unknown };
      } catch {
        ws.close(Close.DecodeError, 'Error while decoding payload.');
        return;
      }
      switch (payload.op) {
        case 1:
          ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
          return;
        case 2:
          if (session) return ws.close(Close.AlreadyAuthenticated, 'Already authenticated.');
          session = this.identify(ws, payload.d as IdentifyData);
          return;
        case 6:
          session = this.resume(ws, payload.d as { session_id?: string; token?: string });
          return;
        case 8:
          if (!session) return ws.close(Close.NotAuthenticated, 'Not authenticated.');
          this.sendMemberChunk(session, payload.d as { guild_id?: string; nonce?: string });
          return;
        default:
          // Presence (3) and voice (4) updates are accepted and ignored; anything before IDENTIFY is refused.
          if (!session) ws.close(Close.NotAuthenticated, 'Not authenticated.');
      }
    });
    ws.on('close', () => {
      if (session?.ws === ws) {
        session.ws = null;
        session.ready = false;
      }
    });
  }

  private identify(ws: WebSocket, d: IdentifyData): Session | null {
    const token = String(d?.token ?? '').replace(/^Bot /, '');
    if (this.opts.token !== undefined && token !== this.opts.token) {
      ws.close(Close.AuthenticationFailed, 'Authentication failed.');
      return null;
    }
    const shard = d?.shard ?? [0, 1];
    if (
      !Array.isArray(shard) ||
      shard.length !== 2 ||
      !(shard[1] >= 1) ||
      !(shard[0] >= 0) ||
      shard[0] >= shard[1]
    ) {
      ws.close(Close.InvalidShard, 'Invalid shard.');
      return null;
    }
    this.identifies.push({ token, intents: Number(d?.intents ?? 0), shard, at: Date.now() });
    const session: Session = { id: randomBytes(16).toString('hex'), ws, shard, seq: 0, ready: true };
    this.sessions.set(session.id, session);
    const { state } = this.opts;
    const guilds = [...state.guilds.values()].filter((g) => shardForGuild(g.id, shard[1]) === shard[0]);
    this.dispatch(session, 'READY', {
      v: 10,
      user: { ...state.botUser, verified: true, mfa_enabled: false, flags: 0 },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.opts.url(),
      shard,
      application: { id: this.opts.applicationId, flags: this.opts.applicationFlags },
      user_settings: {},
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    });
    for (const g of guilds) this.dispatch(session, 'GUILD_CREATE', state.guildCreatePayload(g));
    return session;
  }

  private resume(ws: WebSocket, d: { session_id?: string }): Session | null {
    const session = d?.session_id ? this.sessions.get(d.session_id) : undefined;
    if (!session) {
      ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
      return null;
    }
    // Events missed while disconnected are not replayed; tests that need them should wait for the resume first.
    session.ws = ws;
    session.ready = true;
    this.dispatch(session, 'RESUMED', {});
    return session;
  }

  private sendMemberChunk(session: Session, d: { guild_id?: string; nonce?: string }): void {
    const guild = d?.guild_id ? this.opts.state.guilds.get(d.guild_id) : undefined;
    if (!guild) return;
    this.dispatch(session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: guild.id,
      members: [...guild.members.values()].map((m) => this.opts.state.memberPayload(m)),
      chunk_index: 0,
      chunk_count: 1,
      not_found: [],
      ...(d.nonce ? { nonce: d.nonce } : {}),
    });
  }

  private dispatch(session: Session, t: string, d: unknown): void {
    session.seq++;
    session.ws?.send(JSON.stringify({ op: 0, t, s: session.seq, d }));
  }
}

interface IdentifyData {
  token?: string;
  intents?: number;
  shard?: [number, number];
}
