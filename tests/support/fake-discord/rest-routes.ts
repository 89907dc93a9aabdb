import { PermissionFlagsBits, type APIInteraction, type APIMessage, type APIUser } from 'discord.js';
import type { InteractionLog, InteractionRecord } from './interactions.js';
import { buildMessage, editMessage, validateMessageBody, type MessageBody } from './messages.js';
import { nextSnowflake } from './snowflake.js';
import {
  createForumPost,
  listActiveThreads,
  startThreadFromMessage,
  type RecordedThread,
} from './thread-routes.js';
import { userPayload, type FakeChannel, type FakeState } from './state.js';

/** A channel message the bot posted (POST /channels/:id/messages), in arrival order. */
export interface RecordedMessage {
  id: string;
  channelId: string;
  content: string;
  embeds: unknown[];
  components: unknown[];
  nonce: string | number | undefined;
  enforceNonce: boolean;
  allowedMentions: unknown;
  flags: number;
  /** false when Discord-style nonce deduplication returned an earlier message instead of creating one. */
  created: boolean;
  /** When the fake received it, in ms by the fake's clock (`now` option). */
  at: number;
}

export interface RecordedCommandsPut {
  applicationId: string;
  /** null for global commands. */
  guildId: string | null;
  commands: Record<string, unknown>[];
  at: number;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteRequest {
  params: Record<string, string>;
  body: unknown;
  query: URLSearchParams;
}

export interface RestContext {
  state: FakeState;
  interactions: InteractionLog;
  applicationId: string;
  applicationFlags: number;
  botUser: APIUser;
  gatewayUrl: () => string;
  shards: number;
  messages: RecordedMessage[];
  /** Threads and forum posts the bot created (#11 destinations). */
  threads: RecordedThread[];
  commandsPut: RecordedCommandsPut[];
  /** Current command set per scope ('global' or a guild id). */
  commands: Map<string, Record<string, unknown>[]>;
  nonces: Map<string, { messageId: string; at: number }>;
  nonceWindowMs: number;
  interactionDeadlineMs: number | null;
  /** Discord's clock: message ids and timestamps, and the nonce window measured between posts. */
  now: () => Date;
}

interface Route {
  method: string;
  pattern: RegExp;
  /** Interaction callbacks and webhooks are authenticated by their token, not the bot token. */
  auth: boolean;
  handle: (ctx: RestContext, req: RouteRequest) => RouteResult;
}

export function discordError(status: number, code: number, message: string): RouteResult {
  return { status, body: { message, code } };
}

const unknownWebhook = (): RouteResult => discordError(404, 10015, 'Unknown Webhook');
const unknownMessage = (): RouteResult => discordError(404, 10008, 'Unknown Message');

function path(template: string): RegExp {
  return new RegExp(`^${template.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`);
}

/** Checks the bot can see the channel and holds `needed`; answers like Discord when it cannot. */
export function channelAccess(
  ctx: RestContext,
  channelId: string,
  needed: bigint[] = [],
): FakeChannel | RouteResult {
  if (ctx.state.inaccessibleChannels.has(channelId)) return discordError(403, 50001, 'Missing Access');
  const channel = ctx.state.channels.get(channelId);
  if (!channel) return discordError(404, 10003, 'Unknown Channel');
  const perms = ctx.state.permissionsIn(channelId, ctx.botUser.id);
  if (!(perms & PermissionFlagsBits.ViewChannel)) return discordError(403, 50001, 'Missing Access');
  if (needed.some((bit) => !(perms & bit))) return discordError(403, 50013, 'Missing Permissions');
  return channel;
}

export const isResult = (x: Pick<FakeChannel, 'id'> | RouteResult): x is RouteResult => 'status' in x;

/** A DM channel of the bot's: its recipient must accept DMs (else 403 50007, as Discord answers). */
function dmAccess(ctx: RestContext, channelId: string): Pick<FakeChannel, 'id'> | RouteResult | null {
  const dm = ctx.state.dmChannels.get(channelId);
  if (!dm) return null;
  if (ctx.state.dmsClosed.has(dm.recipientId))
    return discordError(403, 50007, 'Cannot send messages to this user');
  return { id: dm.id };
}

/** POST /users/@me/channels: the DM channel (type 1) with `recipient_id`, the same one on every call. */
function openDmChannel(ctx: RestContext, req: RouteRequest): RouteResult {
  const recipientId = (req.body as { recipient_id?: unknown } | undefined)?.recipient_id;
  if (typeof recipientId !== 'string' || !/^\d+$/.test(recipientId))
    return discordError(400, 50035, 'Invalid Form Body');
  const dm = ctx.state.openDm(recipientId);
  return {
    status: 200,
    body: {
      id: dm.id,
      type: 1,
      last_message_id: null,
      flags: 0,
      recipients: [userPayload(recipientId, `user-${recipientId.slice(-4)}`, false)],
    },
  };
}

function asBody(body: unknown): MessageBody {
  return body && typeof body === 'object' ? (body as MessageBody) : {};
}

function storedInChannel(ctx: RestContext, channelId: string, messageId: string): APIMessage | undefined {
  const m = ctx.state.storedMessages.get(messageId);
  return m && m.channel_id === channelId ? m : undefined;
}

function createChannelMessage(ctx: RestContext, req: RouteRequest): RouteResult {
  const body = asBody(req.body);
  // In a thread (or forum post) it takes Send Messages in Threads instead (#11 destinations).
  const inThread = ctx.state.channels.get(req.params.channelId ?? '')?.thread !== undefined;
  const needed = [inThread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages];
  if ((body.embeds ?? []).length > 0) needed.push(PermissionFlagsBits.EmbedLinks);
  const channel =
    dmAccess(ctx, req.params.channelId ?? '') ?? channelAccess(ctx, req.params.channelId ?? '', needed);
  if (isResult(channel)) return channel;
  const invalid = validateMessageBody(body, { requireSomething: true });
  if (invalid) return invalid;
  const now = ctx.now().getTime();
  const record = (message: APIMessage, created: boolean): void => {
    ctx.messages.push({
      id: message.id,
      channelId: channel.id,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      nonce: body.nonce,
      enforceNonce: body.enforce_nonce === true,
      allowedMentions: body.allowed_mentions,
      flags: body.flags ?? 0,
      created,
      at: now,
    });
  };
  const nonceKey = body.nonce !== undefined ? `${channel.id}:${String(body.nonce)}` : null;
  if (nonceKey && body.enforce_nonce === true) {
    // Discord returns the earlier message instead of posting twice when the same nonce comes back soon after.
    const seen = ctx.nonces.get(nonceKey);
    const earlier =
      seen && now - seen.at < ctx.nonceWindowMs ? ctx.state.storedMessages.get(seen.messageId) : undefined;
    if (earlier) {
      record(earlier, false);
      return { status: 200, body: earlier };
    }
  }
  const message = buildMessage({ channelId: channel.id, author: ctx.botUser, body, now: new Date(now) });
  ctx.state.storedMessages.set(message.id, message);
  if (nonceKey) ctx.nonces.set(nonceKey, { messageId: message.id, at: now });
  record(message, true);
  return { status: 200, body: message };
}

function listChannelMessages(ctx: RestContext, req: RouteRequest): RouteResult {
  const channel = channelAccess(ctx, req.params.channelId ?? '', [PermissionFlagsBits.ReadMessageHistory]);
  if (isResult(channel)) return channel;
  const limit = Math.min(100, Math.max(1, Number(req.query.get('limit') ?? 50) || 50));
  const before = req.query.get('before');
  const after = req.query.get('after');
  const all = [...ctx.state.storedMessages.values()]
    .filter((m) => m.channel_id === channel.id)
    .filter((m) => !before || BigInt(m.id) < BigInt(before))
    .filter((m) => !after || BigInt(m.id) > BigInt(after))
    .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
  return { status: 200, body: all.slice(0, limit) };
}

const COMMAND_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

function putCommands(ctx: RestContext, req: RouteRequest, guildId: string | null): RouteResult {
  if (req.params.appId !== ctx.applicationId) return discordError(403, 50001, 'Missing Access');
  if (guildId && !ctx.state.guilds.has(guildId)) return discordError(403, 50001, 'Missing Access');
  if (!Array.isArray(req.body)) return discordError(400, 50035, 'Invalid Form Body');
  const bodies = req.body as Record<string, unknown>[];
  const errors: Record<string, unknown> = {};
  const names = new Set<string>();
  bodies.forEach((c, i) => {
    const name = String(c.name ?? '');
    const type = Number(c.type ?? 1);
    if (type === 1 && (!COMMAND_NAME.test(name) || name !== name.toLowerCase())) {
      errors[`${i}.name`] = {
        _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' }],
      };
    }
    const description = String(c.description ?? '');
    if (type === 1 && (description.length < 1 || description.length > 100)) {
      errors[`${i}.description`] = {
        _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }],
      };
    }
    if (names.has(`${type}:${name}`)) {
      errors[`${i}.name`] = {
        _errors: [{ code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: 'Duplicate name' }],
      };
    }
    names.add(`${type}:${name}`);
  });
  if (bodies.length > 100)
    errors._errors = [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' }];
  if (Object.keys(errors).length > 0)
    return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
  const scope = guildId ?? 'global';
  const previous = ctx.commands.get(scope) ?? [];
  const echoed = bodies.map((c) => ({
    id: (previous.find((p) => p.name === c.name)?.id as string | undefined) ?? nextSnowflake(),
    application_id: ctx.applicationId,
    ...(guildId ? { guild_id: guildId } : {}),
    version: nextSnowflake(),
    type: 1,
    description: '',
    default_member_permissions: null,
    nsfw: false,
    ...c,
  }));
  ctx.commands.set(scope, echoed);
  ctx.commandsPut.push({ applicationId: ctx.applicationId, guildId, commands: echoed, at: Date.now() });
  return { status: 200, body: echoed };
}

/** The callback types each interaction type may answer with (Discord rejects the rest). */
const ALLOWED_CALLBACKS: Record<number, number[]> = {
  2: [4, 5, 9],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};

function interactionMessage(ctx: RestContext, record: InteractionRecord, body: MessageBody): APIMessage {
  const payload = record.payload;
  const message = buildMessage({
    channelId: payload.channel?.id ?? payload.channel_id ?? '',
    author: ctx.botUser,
    body,
    webhookId: ctx.applicationId,
    applicationId: ctx.applicationId,
    now: ctx.now(),
  });
  const user = payload.member?.user ?? payload.user;
  return {
    ...message,
    type: payload.type === 2 ? 20 : 0,
    interaction_metadata: { id: payload.id, type: payload.type, user, authorizing_integration_owners: {} },
  } as APIMessage;
}

function interactionCallback(ctx: RestContext, req: RouteRequest): RouteResult {
  const record = ctx.interactions.byId.get(req.params.interactionId ?? '');
  if (!record || record.payload.token !== req.params.token)
    return discordError(404, 10062, 'Unknown interaction');
  if (record.acknowledged) return discordError(400, 40060, 'Interaction has already been acknowledged.');
  // Discord forgets interactions that are not acknowledged within 3 seconds.
  if (ctx.interactionDeadlineMs !== null && Date.now() - record.sentAt > ctx.interactionDeadlineMs) {
    return discordError(404, 10062, 'Unknown interaction');
  }
  const body = (req.body ?? {}) as { type?: number; data?: MessageBody & Record<string, unknown> };
  const type = Number(body.type);
  const data = body.data ?? {};
  const payload: APIInteraction = record.payload;
  if (!(ALLOWED_CALLBACKS[payload.type] ?? []).includes(type)) {
    return {
      status: 400,
      body: {
        message: 'Invalid Form Body',
        code: 50035,
        errors: {
          type: {
            _errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Invalid response type' }],
          },
        },
      },
    };
  }
  if (type === 4 || type === 7) {
    const invalid = validateMessageBody(data, { requireSomething: type === 4 });
    if (invalid) return invalid;
  }
  if (type === 8 && Array.isArray(data.choices) && data.choices.length > 25) {
    return discordError(400, 50035, 'Invalid Form Body');
  }
  let message: APIMessage | undefined;
  const componentMessage = 'message' in payload && payload.message ? payload.message : undefined;
  if (type === 4) {
    message = interactionMessage(ctx, record, data);
  } else if (type === 5) {
    // A deferred reply shows a "thinking" message (flag 128 = Loading) until editReply replaces it.
    message = interactionMessage(ctx, record, { flags: 128 | ((data.flags ?? 0) & 64) });
  } else if ((type === 6 || type === 7) && componentMessage) {
    const stored = ctx.state.storedMessages.get(componentMessage.id) ?? componentMessage;
    message = type === 7 ? editMessage(stored, data, ctx.now()) : stored;
  }
  if (message) {
    ctx.state.storedMessages.set(message.id, message);
    record.originalMessageId = message.id;
  }
  record.acknowledged = true;
  ctx.interactions.respond(record, { kind: 'callback', type, data, messageId: message?.id });
  if (req.query.get('with_response') !== 'true') return { status: 204 };
  return {
    status: 200,
    body: {
      interaction: {
        id: payload.id,
        type: payload.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: type === 5,
              response_message_ephemeral: ((message.flags ?? 0) & 64) === 64,
            }
          : {}),
      },
      resource: { type, ...(message && (type === 4 || type === 5 || type === 7) ? { message } : {}) },
    },
  };
}

function webhookRecord(ctx: RestContext, req: RouteRequest): InteractionRecord | null {
  if (req.params.appId !== ctx.applicationId) return null;
  const record = ctx.interactions.findByToken(req.params.token ?? '');
  return record && record.acknowledged ? record : null;
}

function resolveWebhookMessage(
  ctx: RestContext,
  record: InteractionRecord,
  messageId: string,
): APIMessage | undefined {
  const id = messageId === '@original' ? record.originalMessageId : messageId;
  if (!id) return undefined;
  const owned = id === record.originalMessageId || record.responses.some((r) => r.messageId === id);
  return owned ? ctx.state.storedMessages.get(id) : undefined;
}

function webhookMessage(method: 'GET' | 'PATCH' | 'DELETE') {
  return (ctx: RestContext, req: RouteRequest): RouteResult => {
    const record = webhookRecord(ctx, req);
    if (!record) return unknownWebhook();
    const messageId = req.params.messageId ?? '';
    const message = resolveWebhookMessage(ctx, record, messageId);
    if (!message) return unknownMessage();
    const isOriginal = messageId === '@original' || message.id === record.originalMessageId;
    if (method === 'GET') return { status: 200, body: message };
    if (method === 'DELETE') {
      ctx.state.storedMessages.delete(message.id);
      if (isOriginal) record.originalMessageId = null;
      ctx.interactions.respond(record, {
        kind: isOriginal ? 'deleteOriginal' : 'deleteFollowUp',
        data: {},
        messageId: message.id,
      });
      return { status: 204 };
    }
    const body = asBody(req.body);
    const invalid = validateMessageBody(body, { requireSomething: false });
    if (invalid) return invalid;
    const edited = editMessage(message, body, ctx.now());
    // Editing the deferred "thinking" message turns it into a normal message.
    edited.flags = (edited.flags ?? 0) & ~128;
    ctx.state.storedMessages.set(edited.id, edited);
    ctx.interactions.respond(record, {
      kind: isOriginal ? 'editOriginal' : 'editFollowUp',
      data: body as MessageBody & Record<string, unknown>,
      messageId: edited.id,
    });
    return { status: 200, body: edited };
  };
}

function followUp(ctx: RestContext, req: RouteRequest): RouteResult {
  const record = webhookRecord(ctx, req);
  if (!record) return unknownWebhook();
  const body = asBody(req.body);
  const invalid = validateMessageBody(body, { requireSomething: true });
  if (invalid) return invalid;
  const message = interactionMessage(ctx, record, body);
  ctx.state.storedMessages.set(message.id, message);
  ctx.interactions.respond(record, {
    kind: 'followUp',
    data: body as MessageBody & Record<string, unknown>,
    messageId: message.id,
  });
  return req.query.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 };
}

function application(ctx: RestContext): RouteResult {
  return {
    status: 200,
    body: {
      id: ctx.applicationId,
      name: ctx.botUser.username,
      icon: null,
      description: '',
      bot_public: true,
      bot_require_code_grant: false,
      bot: ctx.botUser,
      verify_key: '0'.repeat(64),
      flags: ctx.applicationFlags,
      owner: { ...ctx.botUser, bot: false, id: '1', username: 'owner' },
      team: null,
    },
  };
}

export const routes: Route[] = [
  {
    method: 'GET',
    pattern: path('/gateway/bot'),
    auth: true,
    handle: (ctx) => ({
      status: 200,
      body: {
        url: ctx.gatewayUrl(),
        shards: ctx.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      },
    }),
  },
  {
    method: 'GET',
    pattern: path('/gateway'),
    auth: false,
    handle: (ctx) => ({ status: 200, body: { url: ctx.gatewayUrl() } }),
  },
  {
    method: 'GET',
    pattern: path('/users/@me'),
    auth: true,
    handle: (ctx) => ({ status: 200, body: ctx.botUser }),
  },
  { method: 'POST', pattern: path('/users/@me/channels'), auth: true, handle: openDmChannel },
  { method: 'GET', pattern: path('/applications/@me'), auth: true, handle: application },
  { method: 'GET', pattern: path('/oauth2/applications/@me'), auth: true, handle: application },
  {
    method: 'GET',
    pattern: path('/channels/:channelId'),
    auth: true,
    handle: (ctx, req) => {
      const channel = channelAccess(ctx, req.params.channelId ?? '');
      return isResult(channel) ? channel : { status: 200, body: ctx.state.channelPayload(channel) };
    },
  },
  { method: 'GET', pattern: path('/channels/:channelId/messages'), auth: true, handle: listChannelMessages },
  // #11 destinations: threads on a message, forum posts, the guild's active threads.
  {
    method: 'POST',
    pattern: path('/channels/:channelId/messages/:messageId/threads'),
    auth: true,
    handle: startThreadFromMessage,
  },
  { method: 'POST', pattern: path('/channels/:channelId/threads'), auth: true, handle: createForumPost },
  { method: 'GET', pattern: path('/guilds/:guildId/threads/active'), auth: true, handle: listActiveThreads },
  {
    method: 'POST',
    pattern: path('/channels/:channelId/messages'),
    auth: true,
    handle: createChannelMessage,
  },
  {
    method: 'GET',
    pattern: path('/channels/:channelId/messages/:messageId'),
    auth: true,
    handle: (ctx, req) => {
      const channel = channelAccess(ctx, req.params.channelId ?? '', [
        PermissionFlagsBits.ReadMessageHistory,
      ]);
      if (isResult(channel)) return channel;
      const message = storedInChannel(ctx, channel.id, req.params.messageId ?? '');
      return message ? { status: 200, body: message } : unknownMessage();
    },
  },
  {
    method: 'PATCH',
    pattern: path('/channels/:channelId/messages/:messageId'),
    auth: true,
    handle: (ctx, req) => {
      const channel = channelAccess(ctx, req.params.channelId ?? '');
      if (isResult(channel)) return channel;
      const message = storedInChannel(ctx, channel.id, req.params.messageId ?? '');
      if (!message) return unknownMessage();
      if (message.author.id !== ctx.botUser.id)
        return discordError(403, 50005, 'Cannot edit a message authored by another user');
      const invalid = validateMessageBody(asBody(req.body), { requireSomething: false });
      if (invalid) return invalid;
      const edited = editMessage(message, asBody(req.body), ctx.now());
      ctx.state.storedMessages.set(edited.id, edited);
      return { status: 200, body: edited };
    },
  },
  {
    method: 'DELETE',
    pattern: path('/channels/:channelId/messages/:messageId'),
    auth: true,
    handle: (ctx, req) => {
      const channel = channelAccess(ctx, req.params.channelId ?? '');
      if (isResult(channel)) return channel;
      const message = storedInChannel(ctx, channel.id, req.params.messageId ?? '');
      if (!message) return unknownMessage();
      ctx.state.storedMessages.delete(message.id);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: path('/guilds/:guildId/members/:userId'),
    auth: true,
    handle: (ctx, req) => {
      const guild = ctx.state.guilds.get(req.params.guildId ?? '');
      if (!guild) return discordError(404, 10004, 'Unknown Guild');
      const member = guild.members.get(req.params.userId ?? '');
      return member
        ? { status: 200, body: ctx.state.memberPayload(member) }
        : discordError(404, 10007, 'Unknown Member');
    },
  },
  {
    method: 'GET',
    pattern: path('/applications/:appId/commands'),
    auth: true,
    handle: (ctx) => ({ status: 200, body: ctx.commands.get('global') ?? [] }),
  },
  {
    method: 'PUT',
    pattern: path('/applications/:appId/commands'),
    auth: true,
    handle: (ctx, req) => putCommands(ctx, req, null),
  },
  {
    method: 'GET',
    pattern: path('/applications/:appId/guilds/:guildId/commands'),
    auth: true,
    handle: (ctx, req) => ({ status: 200, body: ctx.commands.get(req.params.guildId ?? '') ?? [] }),
  },
  {
    method: 'PUT',
    pattern: path('/applications/:appId/guilds/:guildId/commands'),
    auth: true,
    handle: (ctx, req) => putCommands(ctx, req, req.params.guildId ?? null),
  },
  {
    method: 'POST',
    pattern: path('/interactions/:interactionId/:token/callback'),
    auth: false,
    handle: interactionCallback,
  },
  { method: 'POST', pattern: path('/webhooks/:appId/:token'), auth: false, handle: followUp },
  {
    method: 'GET',
    pattern: path('/webhooks/:appId/:token/messages/:messageId'),
    auth: false,
    handle: webhookMessage('GET'),
  },
  {
    method: 'PATCH',
    pattern: path('/webhooks/:appId/:token/messages/:messageId'),
    auth: false,
    handle: webhookMessage('PATCH'),
  },
  {
    method: 'DELETE',
    pattern: path('/webhooks/:appId/:token/messages/:messageId'),
    auth: false,
    handle: webhookMessage('DELETE'),
  },
];

export function matchRoute(
  method: string,
  p: string,
): { route: Route; params: Record<string, string> } | null {
  for (const route of routes) {
    if (route.method !== method) continue;
    const m = route.pattern.exec(p);
    if (m) return { route, params: { ...(m.groups ?? {}) } };
  }
  return null;
}
