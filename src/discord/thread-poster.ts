import {
  DiscordAPIError,
  RESTJSONErrorCodes,
  Routes,
  type APIChannel,
  type APIGuildForumTag,
  type APIThreadChannel,
  type REST,
  type RESTGetAPIGuildThreadsResult,
} from 'discord.js';
import type { PostTarget } from '../delivery/digest-poster.js';
import { messageNonce } from '../digest/nonce.js';
import { formatEditionDate } from '../i18n/dates.js';
import { t } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { truncate } from '../reply/truncate.js';
import { findRun } from './channel-history.js';
import type { DigestMessage } from './digest-message.js';
import { classifyPostError } from './post-error.js';

/** Posts one message with its nonce, retrying transient failures: the nonce makes a repeat return the first. */
export type PostOne = (channelId: string, message: DigestMessage, nonce: string) => Promise<string>;

/** A forum tag as discord.js's `ForumChannel.availableTags` holds it (or Discord's `available_tags`). */
export type ForumTag = Pick<APIGuildForumTag, 'id' | 'name'>;

/** Discord's limit on a thread's (and a forum post's) name. */
const THREAD_NAME_MAX = 100;
/** Threads and forum posts stay in the active list for a day without activity (Discord's 1440 minutes). */
const AUTO_ARCHIVE_MINUTES = 1440;

export interface ThreadPosterDeps {
  rest: Pick<REST, 'post' | 'get'>;
  postOne: PostOne;
  botUserId: () => string | undefined;
  localeOf: (channelId: string) => string;
  paperName?: string;
  forumTags?: (forumId: string) => readonly ForumTag[] | undefined;
  logger?: Pick<Logger, 'warn'>;
  retries: number;
  backoffMs: number;
  sleep: (ms: number) => Promise<void>;
}

/** The name of a delivery's thread or forum post: its day, in the channel's language (the paper's name first). */
export function threadName(day: string, locale: string, paperName?: string): string {
  const name = t(locale, 'digest.thread.name', { date: formatEditionDate(locale, day) });
  const paper = paperName?.trim();
  return truncate(paper ? `${paper} · ${name}` : name, THREAD_NAME_MAX);
}

/**
 * Thread and forum destinations of the channel poster. Creating a thread or a forum post takes no nonce, so
 * exactly once rests on finding what an earlier attempt created:
 * - a thread per digest starts from a header message posted with the delivery's nonce (a repeat returns the same
 *   message), and a message carries at most one thread whose id is the message's (a repeat answers 160004);
 * - a forum post is looked for among the guild's active threads (same forum, same name, started by the bot)
 *   whenever the delivery is resumed, and before any retry of its creation.
 * The digest's messages inside take the delivery's later message nonces (index 1 on), so none repeats.
 */
export function createThreadPoster(deps: ThreadPosterDeps) {
  const { rest, postOne } = deps;

  /** `fn`, retried on transient failures (after `beforeRetry`, which may find that the first try did land). */
  async function withRetries<T>(
    fn: () => Promise<T>,
    beforeRetry?: () => Promise<T | null>,
    recover?: (err: unknown) => T | null,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        const recovered = recover?.(err) ?? null;
        if (recovered !== null) return recovered;
        const { error, transient } = classifyPostError(err);
        if (!transient || attempt >= deps.retries) throw error;
        await deps.sleep(deps.backoffMs * 2 ** attempt);
        const found = beforeRetry ? await beforeRetry() : null;
        if (found !== null) return found;
      }
    }
  }

  const nameOf = (target: PostTarget): string =>
    threadName(target.day, deps.localeOf(target.channelId), deps.paperName);

  const headerOf = (target: PostTarget): DigestMessage => ({
    content: t(deps.localeOf(target.channelId), 'digest.thread.header', { name: nameOf(target) }),
    embeds: [],
    components: [],
  });

  /** The thread on `messageId`; the one already there when an earlier attempt started it. */
  const startThread = (channelId: string, messageId: string, name: string): Promise<string> =>
    withRetries(
      async () => {
        const thread = (await rest.post(Routes.threads(channelId, messageId), {
          body: { name, auto_archive_duration: AUTO_ARCHIVE_MINUTES },
        })) as APIChannel;
        return thread.id;
      },
      undefined,
      // "A thread has already been created for this message": it is ours, and it has the message's id.
      (err) =>
        err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage
          ? messageId
          : null,
    );

  /** The thread an earlier attempt started: its header in the channel since `since` (the thread has its id). */
  async function findThread(target: PostTarget, since: Date): Promise<string | null> {
    const header = await findRun(rest, deps.botUserId(), target.channelId, [headerOf(target)], since);
    return header?.[0] ?? null;
  }

  /** The bot's forum post for this delivery among the guild's active threads, or null. Throws if it cannot look. */
  async function findForumPost(target: PostTarget): Promise<string | null> {
    const name = nameOf(target);
    const bot = deps.botUserId();
    const active = (await withRetries(() =>
      rest.get(Routes.guildActiveThreads(target.guildId)),
    )) as RESTGetAPIGuildThreadsResult;
    const mine = (active.threads as APIThreadChannel[]).find(
      (c) => c.parent_id === target.channelId && c.name === name && (!bot || c.owner_id === bot),
    );
    return mine?.id ?? null;
  }

  /** The forum's tag id for the subscription's tag name (or id), or none, with a warning, if it has no such tag. */
  async function appliedTags(target: PostTarget): Promise<string[]> {
    const wanted = target.forumTag?.trim();
    if (!wanted) return [];
    let tags = deps.forumTags?.(target.channelId);
    if (!tags) {
      const forum = (await withRetries(() => rest.get(Routes.channel(target.channelId)))) as {
        available_tags?: ForumTag[];
      };
      tags = forum.available_tags ?? [];
    }
    const lower = wanted.toLowerCase();
    const tag = tags.find((x) => x.id === wanted || x.name.toLowerCase() === lower);
    if (!tag)
      deps.logger?.warn(
        { channelId: target.channelId, tag: wanted, available: tags.map((x) => x.name) },
        'forum tag not found; posting without a tag',
      );
    return tag ? [tag.id] : [];
  }

  async function createForumPost(target: PostTarget, first: DigestMessage): Promise<string> {
    const body = {
      name: nameOf(target),
      auto_archive_duration: AUTO_ARCHIVE_MINUTES,
      applied_tags: await appliedTags(target),
      message: { ...first, allowed_mentions: { parse: [] } },
    };
    return withRetries(
      async () => ((await rest.post(Routes.threads(target.channelId), { body })) as APIChannel).id,
      // No nonce here: a post whose answer was lost may exist, so look before creating it again.
      () => findForumPost(target),
    );
  }

  /** Posts the rest of the digest inside the thread, each message with its own nonce. */
  async function postInside(
    threadId: string,
    messages: readonly DigestMessage[],
    nonce: string,
    from: number,
  ) {
    const ids: string[] = [];
    for (const [i, message] of messages.entries())
      ids.push(await postOne(threadId, message, messageNonce(nonce, from + i)));
    return ids;
  }

  return {
    async postInThread(target: PostTarget, messages: DigestMessage[], nonce: string): Promise<string[]> {
      if (messages.length === 0) return [];
      let threadId = target.threadId;
      if (!threadId) {
        const found = target.resumedFrom ? await findThread(target, target.resumedFrom) : null;
        // Within Discord's nonce window a repeated header comes back as the first one.
        const headerId = found ?? (await postOne(target.channelId, headerOf(target), nonce));
        threadId = await startThread(target.channelId, headerId, nameOf(target));
        target.onThread(threadId);
      }
      return postInside(threadId, messages, nonce, 1);
    },

    async postInForum(target: PostTarget, messages: DigestMessage[], nonce: string): Promise<string[]> {
      const [first, ...more] = messages;
      if (!first) return [];
      let threadId = target.threadId;
      if (!threadId) {
        threadId =
          (target.resumedFrom ? await findForumPost(target) : null) ?? (await createForumPost(target, first));
        target.onThread(threadId);
      }
      // A forum post's starter message has the post's id.
      return [threadId, ...(await postInside(threadId, more, nonce, 1))];
    },

    /** The digest already complete in its thread or forum post since `since` (a stale resume), else null. */
    async findPosted(target: PostTarget, expected: DigestMessage[], since: Date): Promise<string[] | null> {
      const threadId =
        target.threadId ??
        (target.destination === 'forum' ? await findForumPost(target) : await findThread(target, since));
      if (!threadId) return null;
      const found = await findRun(rest, deps.botUserId(), threadId, expected, since);
      if (found) target.onThread(threadId);
      return found;
    },
  };
}
