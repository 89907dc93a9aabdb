import { PermissionFlagsBits, type APIMessage } from 'discord.js';
import { buildMessage, validateMessageBody, type MessageBody } from './messages.js';
import {
  channelAccess,
  discordError,
  isResult,
  type RestContext,
  type RouteRequest,
  type RouteResult,
} from './rest-routes.js';
import { nextSnowflake } from './snowflake.js';
import { THREAD_TYPES, type FakeChannel } from './state.js';

/** A thread or forum post the bot created, in order (threads started from a message, and forum posts). */
export interface RecordedThread {
  id: string;
  parentId: string;
  name: string;
  ownerId: string;
  /** Forum posts: the tag ids applied. */
  appliedTags: string[];
  /** Threads started from a message: that message (the thread has its id). */
  fromMessageId: string | null;
  /** Forum posts: the starter message. */
  starterMessageId: string | null;
  at: number;
}

interface ThreadBody {
  name?: unknown;
  auto_archive_duration?: unknown;
  applied_tags?: unknown;
  message?: MessageBody;
}

const FORUM = 15;
const ANNOUNCEMENT = 5;
const REQUIRE_TAG = 16;

function nameError(name: unknown): RouteResult | null {
  if (typeof name === 'string' && name.length >= 1 && name.length <= 100) return null;
  return {
    status: 400,
    body: {
      message: 'Invalid Form Body',
      code: 50035,
      errors: {
        name: {
          _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }],
        },
      },
    },
  };
}

function addThread(
  ctx: RestContext,
  parent: FakeChannel,
  args: { id: string; name: string; type: number; appliedTags: string[]; fromMessageId: string | null },
): FakeChannel {
  const thread = ctx.state.addThread(parent, {
    id: args.id,
    name: args.name,
    type: args.type,
    thread: {
      ownerId: ctx.botUser.id,
      appliedTags: args.appliedTags,
      archived: false,
      fromMessageId: args.fromMessageId,
    },
  });
  return thread;
}

/** POST /channels/:channelId/messages/:messageId/threads: a public thread on a message, with the message's id. */
export function startThreadFromMessage(ctx: RestContext, req: RouteRequest): RouteResult {
  const channel = channelAccess(ctx, req.params.channelId ?? '', [PermissionFlagsBits.CreatePublicThreads]);
  if (isResult(channel)) return channel;
  if (channel.type === FORUM || THREAD_TYPES.includes(channel.type))
    return discordError(400, 50024, 'Cannot execute action on this channel type');
  const messageId = req.params.messageId ?? '';
  const message = ctx.state.storedMessages.get(messageId);
  if (!message || message.channel_id !== channel.id) return discordError(404, 10008, 'Unknown Message');
  if (ctx.state.channels.has(messageId))
    return discordError(400, 160004, 'A thread has already been created for this message');
  const body = (req.body ?? {}) as ThreadBody;
  const invalid = nameError(body.name);
  if (invalid) return invalid;
  const thread = addThread(ctx, channel, {
    id: messageId,
    name: String(body.name),
    type: channel.type === ANNOUNCEMENT ? 10 : 11,
    appliedTags: [],
    fromMessageId: messageId,
  });
  ctx.threads.push({
    id: thread.id,
    parentId: channel.id,
    name: thread.name,
    ownerId: ctx.botUser.id,
    appliedTags: [],
    fromMessageId: messageId,
    starterMessageId: null,
    at: ctx.now().getTime(),
  });
  return { status: 201, body: ctx.state.channelPayload(thread) };
}

/**
 * POST /channels/:channelId/threads on a forum: a forum post with its starter message (which has the post's id)
 * and `applied_tags` (ids of the forum's tags, at most 5; one required if the forum says so). No nonce.
 */
export function createForumPost(ctx: RestContext, req: RouteRequest): RouteResult {
  const body = (req.body ?? {}) as ThreadBody;
  const message = body.message ?? {};
  const needed = [PermissionFlagsBits.SendMessages];
  if ((message.embeds ?? []).length > 0) needed.push(PermissionFlagsBits.EmbedLinks);
  const forum = channelAccess(ctx, req.params.channelId ?? '', needed);
  if (isResult(forum)) return forum;
  if (forum.type !== FORUM) return discordError(400, 50024, 'Cannot execute action on this channel type');
  const invalid = nameError(body.name) ?? validateMessageBody(message, { requireSomething: true });
  if (invalid) return invalid;
  const tags = Array.isArray(body.applied_tags) ? body.applied_tags.map(String) : [];
  const known = new Set((forum.availableTags ?? []).map((t) => t.id));
  if (tags.length > 5 || tags.some((t) => !known.has(t)))
    return discordError(400, 50035, 'Invalid Form Body');
  if ((forum.flags ?? 0) & REQUIRE_TAG && tags.length === 0)
    return discordError(400, 40067, 'A tag is required to create a forum post in this channel');
  const id = nextSnowflake(ctx.now().getTime());
  const thread = addThread(ctx, forum, {
    id,
    name: String(body.name),
    type: 11,
    appliedTags: tags,
    fromMessageId: null,
  });
  const starter: APIMessage = buildMessage({
    channelId: id,
    author: ctx.botUser,
    body: message,
    id,
    now: ctx.now(),
  });
  ctx.state.storedMessages.set(id, starter);
  ctx.threads.push({
    id,
    parentId: forum.id,
    name: thread.name,
    ownerId: ctx.botUser.id,
    appliedTags: tags,
    fromMessageId: null,
    starterMessageId: id,
    at: ctx.now().getTime(),
  });
  return { status: 201, body: { ...ctx.state.channelPayload(thread), message: starter } };
}

/** GET /guilds/:guildId/threads/active: the guild's threads that are not archived. */
export function listActiveThreads(ctx: RestContext, req: RouteRequest): RouteResult {
  const guild = ctx.state.guilds.get(req.params.guildId ?? '');
  if (!guild) return discordError(404, 10004, 'Unknown Guild');
  const threads = [...ctx.state.channels.values()].filter(
    (c) => c.guildId === guild.id && c.thread && !c.thread.archived,
  );
  return {
    status: 200,
    body: {
      threads: threads.map((c) => ctx.state.channelPayload(c)),
      members: threads.map((c) => ({
        id: c.id,
        user_id: ctx.botUser.id,
        join_timestamp: new Date().toISOString(),
        flags: 0,
      })),
    },
  };
}
