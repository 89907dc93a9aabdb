import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIInteraction, APIMessage, APIUser } from 'discord.js';
import { FakeGateway, type IdentifyRecord } from './gateway.js';
import {
  InteractionBuilder,
  InteractionLog,
  type InteractionResponse,
  type WaitForResponseOptions,
} from './interactions.js';
import { toPermissionBits, type PermissionInput } from './permissions.js';
import {
  FailureQueue,
  RateLimiter,
  routePattern,
  type FailureSpec,
  type RateLimitOptions,
} from './rate-limits.js';
import {
  discordError,
  matchRoute,
  type RecordedCommandsPut,
  type RecordedMessage,
  type RestContext,
  type RouteResult,
} from './rest-routes.js';
import { nextSnowflake } from './snowflake.js';
import type { RecordedThread } from './thread-routes.js';
import {
  FakeState,
  overwriteFromInput,
  userPayload,
  type ChannelInput,
  type GuildInput,
  type OverwriteInput,
} from './state.js';

export interface FakeDiscordOptions {
  /** When set, REST calls and IDENTIFY with any other token fail (401 / close 4004) like Discord. */
  token?: string;
  botUser?: { id?: string; username?: string };
  /** Defaults to the bot user's id, as for most bots. */
  applicationId?: string;
  applicationFlags?: number;
  guilds?: GuildInput[];
  /** Shard count recommended by GET /gateway/bot. */
  shards?: number;
  /** HELLO's heartbeat interval; Discord uses ~41 s. Lower it to see heartbeats in a short test. */
  heartbeatIntervalMs?: number;
  /** Realistic rate limiting with 429s; off by default so tests run at full speed. */
  rateLimits?: RateLimitOptions;
  /** How long an enforced nonce deduplicates ("a few minutes" per Discord's docs); 2 minutes by default. */
  nonceWindowMs?: number;
  /** Interactions not acknowledged within this many ms answer 10062 Unknown interaction; Discord's 3 s by default. */
  interactionDeadlineMs?: number | null;
  /**
   * Discord's clock, for what Discord stamps: message ids and timestamps (discord.js reads `createdTimestamp`
   * from the id), edits, and the nonce window measured between two posts. Pass a test clock so messages agree
   * with a store on the same clock. Rate limits, the interaction deadline and request logs stay on real time,
   * since the client really waits on them. Default: the wall clock.
   */
  now?: () => Date;
}

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, without the query string. */
  path: string;
  query: string;
  status: number;
  at: number;
}

export interface FakeDiscord {
  /** Pass as discord.js `rest: { api: fake.apiBase }`. */
  readonly apiBase: string;
  readonly gatewayUrl: string;
  readonly botUser: APIUser;
  readonly applicationId: string;
  /** Every channel message received, in order (deduplicated posts included with `created: false`). */
  readonly messages: RecordedMessage[];
  /** Threads started from a message and forum posts the bot created, in order. */
  readonly threads: RecordedThread[];
  readonly requests: RecordedRequest[];
  readonly commandsPut: RecordedCommandsPut[];
  readonly identifies: IdentifyRecord[];
  /** Payload builders: `fake.build.slashCommand({ name: 'digest' })`, `.autocomplete`, `.button`, `.select`. */
  readonly build: InteractionBuilder;
  readonly state: FakeState;
  addGuild(input?: GuildInput): { id: string; channelIds: string[] };
  addChannel(guildId: string, input: ChannelInput): string;
  deleteChannel(channelId: string): void;
  removeGuild(guildId: string): void;
  /** Replaces a channel's permission overwrites and tells connected clients (CHANNEL_UPDATE). */
  setChannelPermissions(channelId: string, overwrites: OverwriteInput[]): void;
  /** Sets (or with both empty, removes) the member overwrite for the bot in one channel. */
  setBotChannelPermissions(
    channelId: string,
    bits: { allow?: PermissionInput; deny?: PermissionInput },
  ): void;
  permissionsIn(channelId: string, userId?: string): bigint;
  /** Dispatches INTERACTION_CREATE to the session owning the guild. Throws if no client is connected there. */
  sendInteraction(payload: APIInteraction): APIInteraction;
  interactionResponses(interactionId: string): InteractionResponse[];
  waitForResponse(interactionId: string, opts?: WaitForResponseOptions): Promise<InteractionResponse>;
  /** Resolves once `count` channel messages (optionally in one channel) have been created. */
  waitForMessages(
    count: number,
    opts?: { channelId?: string; timeoutMs?: number },
  ): Promise<RecordedMessage[]>;
  storedMessage(messageId: string): APIMessage | undefined;
  /** Closes (or with `false` reopens) a user's DMs to the bot: a DM to them then fails 403 50007. */
  setDmsClosed(userId: string, closed?: boolean): void;
  /** Messages the bot posted in its DM channel with a user (created ones only), in order. */
  dmMessages(userId: string): RecordedMessage[];
  failNext(spec: FailureSpec): void;
  /**
   * The next matching request is carried out, then its connection is cut before the answer: the client never
   * learns that Discord did it (a crash between "Discord has it" and "the bot knows it").
   */
  dropResponseNext(spec: { method?: string; route: string | RegExp }): void;
  clearFailures(): void;
  /** Gateway sessions currently connected and identified. */
  readonly connectedSessions: number;
  /** Resolves once a client has IDENTIFYed and been sent its guilds. */
  waitForReadySession(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** JSON bodies as-is; multipart (file uploads) via its `payload_json` part, which is where discord.js puts the JSON. */
async function parseBody(raw: Buffer, contentType: string): Promise<unknown> {
  if (raw.length === 0) return undefined;
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const json = form.get('payload_json');
    return typeof json === 'string' ? JSON.parse(json) : {};
  }
  return JSON.parse(raw.toString('utf8'));
}

function safeDecode(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

async function until(test: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline)
      throw new Error(`fake-discord: timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const botId = options.botUser?.id ?? nextSnowflake();
  const botUser = userPayload(botId, options.botUser?.username ?? 'Paperboy', true);
  const applicationId = options.applicationId ?? botId;
  const state = new FakeState(botUser);
  const interactions = new InteractionLog();
  const failures = new FailureQueue();
  const limiter = options.rateLimits ? new RateLimiter(options.rateLimits) : null;
  const requests: RecordedRequest[] = [];
  const drops: { method: string | undefined; pattern: RegExp }[] = [];
  let port = 0;
  const gatewayUrl = (): string => `ws://127.0.0.1:${port}`;

  const commandIds = new Map<string, string>();
  const ctx: RestContext = {
    state,
    interactions,
    applicationId,
    applicationFlags: options.applicationFlags ?? 0,
    botUser,
    gatewayUrl,
    shards: options.shards ?? 1,
    messages: [],
    threads: [],
    commandsPut: [],
    commands: new Map(),
    nonces: new Map(),
    nonceWindowMs: options.nonceWindowMs ?? 120_000,
    interactionDeadlineMs: options.interactionDeadlineMs === undefined ? 3000 : options.interactionDeadlineMs,
    now: options.now ?? (() => new Date()),
  };
  const build = new InteractionBuilder(state, applicationId, (name, guildId) => {
    const registered = [
      ...(guildId ? (ctx.commands.get(guildId) ?? []) : []),
      ...(ctx.commands.get('global') ?? []),
    ];
    const found = registered.find((c) => c.name === name)?.id;
    if (typeof found === 'string') return found;
    let id = commandIds.get(name);
    if (!id) commandIds.set(name, (id = nextSnowflake()));
    return id;
  });
  const gateway = new FakeGateway({
    state,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    token: options.token,
    applicationId,
    applicationFlags: options.applicationFlags ?? 0,
    url: gatewayUrl,
  });
  for (const g of options.guilds ?? []) state.addGuild(g);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // discord.js percent-encodes `@original`; decode so routes and logs read like Discord's docs.
    const apiPath = safeDecode(/^\/api\/v\d+(\/.*)$/.exec(url.pathname)?.[1]);
    let result: RouteResult;
    try {
      result = await route(method, apiPath, url.searchParams, req);
    } catch (error) {
      result = discordError(500, 0, `fake-discord crashed: ${(error as Error).message}`);
    }
    requests.push({
      method,
      path: apiPath ?? url.pathname,
      query: url.search,
      status: result.status,
      at: Date.now(),
    });
    const drop = apiPath
      ? drops.findIndex((d) => (!d.method || d.method === method) && d.pattern.test(apiPath))
      : -1;
    if (drop >= 0) {
      drops.splice(drop, 1);
      res.socket?.destroy();
      return;
    }
    const headers: Record<string, string> = { ...result.headers };
    if (result.status === 204 || result.body === undefined) {
      res.writeHead(result.status, headers).end();
    } else {
      headers['content-type'] = 'application/json';
      res.writeHead(result.status, headers).end(JSON.stringify(result.body));
    }
  }

  async function route(
    method: string,
    apiPath: string | undefined,
    query: URLSearchParams,
    req: IncomingMessage,
  ): Promise<RouteResult> {
    const raw = await readBody(req);
    const matched = apiPath ? matchRoute(method, apiPath) : null;
    if (!apiPath || !matched) return discordError(404, 0, '404: Not Found');
    if (matched.route.auth) {
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('Bot ') || (options.token !== undefined && auth !== `Bot ${options.token}`)) {
        return discordError(401, 0, '401: Unauthorized');
      }
    }
    const injected = failures.take(method, apiPath);
    if (injected) return injected;
    let rateHeaders: Record<string, string> = {};
    // Interaction callbacks are exempt from rate limits on Discord too.
    if (limiter && !apiPath.startsWith('/interactions/')) {
      const verdict = limiter.check(method, apiPath);
      if (!verdict.ok) return { status: 429, headers: verdict.headers, body: verdict.body };
      rateHeaders = verdict.headers;
    }
    let body: unknown;
    try {
      body = await parseBody(raw, req.headers['content-type'] ?? '');
    } catch {
      return discordError(400, 50109, 'The request body contains invalid JSON.');
    }
    const result = matched.route.handle(ctx, { params: matched.params, body, query });
    return { ...result, headers: { ...rateHeaders, ...result.headers } };
  }

  const server = createServer((req, res) => void handle(req, res));
  server.on('upgrade', (req, socket, head) => gateway.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  function channelUpdated(channelId: string): void {
    const channel = state.requireChannel(channelId);
    gateway.dispatchForGuild(channel.guildId, 'CHANNEL_UPDATE', state.channelPayload(channel));
  }

  const fake: FakeDiscord = {
    apiBase: `http://127.0.0.1:${port}/api`,
    gatewayUrl: gatewayUrl(),
    botUser,
    applicationId,
    messages: ctx.messages,
    threads: ctx.threads,
    requests,
    commandsPut: ctx.commandsPut,
    identifies: gateway.identifies,
    build,
    state,
    get connectedSessions() {
      return gateway.readySessionCount;
    },
    addGuild(input = {}) {
      const guild = state.addGuild(input);
      gateway.dispatchForGuild(guild.id, 'GUILD_CREATE', state.guildCreatePayload(guild));
      return { id: guild.id, channelIds: [...guild.channelIds] };
    },
    addChannel(guildId, input) {
      const channel = state.addChannel(guildId, input);
      gateway.dispatchForGuild(guildId, 'CHANNEL_CREATE', state.channelPayload(channel));
      return channel.id;
    },
    deleteChannel(channelId) {
      const channel = state.requireChannel(channelId);
      state.channels.delete(channelId);
      const guild = state.requireGuild(channel.guildId);
      guild.channelIds = guild.channelIds.filter((id) => id !== channelId);
      gateway.dispatchForGuild(channel.guildId, 'CHANNEL_DELETE', state.channelPayload(channel));
    },
    removeGuild(guildId) {
      const guild = state.requireGuild(guildId);
      for (const id of guild.channelIds) {
        state.channels.delete(id);
        state.inaccessibleChannels.add(id);
      }
      state.guilds.delete(guildId);
      // No `unavailable` field: the bot was removed, not an outage, so discord.js emits guildDelete.
      gateway.dispatchForGuild(guildId, 'GUILD_DELETE', { id: guildId });
    },
    setChannelPermissions(channelId, overwrites) {
      state.requireChannel(channelId).overwrites = overwrites.map(overwriteFromInput);
      channelUpdated(channelId);
    },
    setBotChannelPermissions(channelId, bits) {
      const channel = state.requireChannel(channelId);
      const others = channel.overwrites.filter((o) => !(o.type === 1 && o.id === botId));
      const allow = toPermissionBits(bits.allow);
      const deny = toPermissionBits(bits.deny);
      channel.overwrites = allow || deny ? [...others, { id: botId, type: 1, allow, deny }] : others;
      channelUpdated(channelId);
    },
    permissionsIn(channelId, userId = botId) {
      return state.permissionsIn(channelId, userId);
    },
    sendInteraction(payload) {
      interactions.add(payload);
      const sent = gateway.dispatchForGuild(payload.guild_id ?? null, 'INTERACTION_CREATE', payload);
      if (sent === 0) {
        throw new Error(
          `fake-discord: no connected gateway session for ${payload.guild_id ? `guild ${payload.guild_id}` : 'DMs'}; ` +
            `log the client in and wait for 'ready' first`,
        );
      }
      return payload;
    },
    interactionResponses: (id) => interactions.responses(id),
    waitForResponse: (id, opts) => interactions.waitFor(id, opts),
    async waitForMessages(count, opts = {}) {
      const created = (): RecordedMessage[] =>
        ctx.messages.filter((m) => m.created && (!opts.channelId || m.channelId === opts.channelId));
      await until(() => created().length >= count, opts.timeoutMs ?? 5000, `${count} channel messages`);
      return created();
    },
    storedMessage: (id) => state.storedMessages.get(id),
    setDmsClosed(userId, closed = true) {
      if (closed) state.dmsClosed.add(userId);
      else state.dmsClosed.delete(userId);
    },
    dmMessages(userId) {
      const ids = new Set(
        [...state.dmChannels.values()].filter((d) => d.recipientId === userId).map((d) => d.id),
      );
      return ctx.messages.filter((m) => m.created && ids.has(m.channelId));
    },
    failNext: (spec) => failures.add(spec),
    dropResponseNext: (spec) =>
      drops.push({ method: spec.method?.toUpperCase(), pattern: routePattern(spec.route) }),
    clearFailures: () => failures.clear(),
    waitForReadySession: (timeoutMs = 5000) =>
      until(() => gateway.readySessionCount > 0, timeoutMs, 'a gateway session'),
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
