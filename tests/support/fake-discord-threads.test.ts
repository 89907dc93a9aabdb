import { once } from 'node:events';
import type { DiscordAPIError } from 'discord.js';
import {
  ChannelType,
  Client,
  Events,
  GatewayIntentBits,
  PermissionFlagsBits,
  Routes,
  type APIMessage,
  type APIThreadChannel,
  type ForumChannel,
  type RESTGetAPIGuildThreadsResult,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextSnowflake, startFakeDiscord, type FakeDiscord } from './fake-discord/index.js';

// The fake's threads and forums (#11 destinations), through discord.js's own REST client.
const GUILD = nextSnowflake();
const TEXT = nextSnowflake();
const FORUM = nextSnowflake();
const STRICT = nextSnowflake();
const TAG = nextSnowflake();

async function rejection(promise: Promise<unknown>): Promise<DiscordAPIError> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as DiscordAPIError,
  );
}

describe('fake Discord threads and forums', () => {
  let fake: FakeDiscord;
  let client: Client;

  beforeAll(async () => {
    fake = await startFakeDiscord({
      guilds: [
        {
          id: GUILD,
          channels: [
            { id: TEXT, name: 'news' },
            { id: FORUM, name: 'digests', type: 15, availableTags: [{ id: TAG, name: 'Daily' }, 'Sports'] },
            { id: STRICT, name: 'strict', type: 15, availableTags: ['Only'], requireTag: true },
          ],
        },
      ],
    });
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase, timeout: 5000 } });
    await Promise.all([once(client, Events.ClientReady), client.login('fake-token')]);
  });
  afterAll(async () => {
    await client.destroy();
    await fake.close();
  });

  it('sends forum channels with their tags, which discord.js reads as a ForumChannel', () => {
    const forum = client.channels.cache.get(FORUM) as ForumChannel;
    expect(forum.type).toBe(ChannelType.GuildForum);
    expect(forum.availableTags.map((t) => [t.id, t.name])).toEqual([
      [TAG, 'Daily'],
      [expect.any(String), 'Sports'],
    ]);
  });

  it('starts one thread on a message, with the message’s id, and answers 160004 the second time', async () => {
    const message = (await client.rest.post(Routes.channelMessages(TEXT), {
      body: { content: 'header' },
    })) as APIMessage;
    const thread = (await client.rest.post(Routes.threads(TEXT, message.id), {
      body: { name: 'Digest' },
    })) as APIThreadChannel;
    expect(thread).toMatchObject({
      id: message.id,
      parent_id: TEXT,
      name: 'Digest',
      type: 11,
      owner_id: fake.botUser.id,
    });
    const again = await rejection(
      client.rest.post(Routes.threads(TEXT, message.id), { body: { name: 'Digest' } }),
    );
    expect([again.status, again.code]).toEqual([400, 160004]);
    expect(fake.threads.filter((t) => t.fromMessageId === message.id)).toHaveLength(1);

    // Inside the thread: nonces deduplicate as in a channel, and it takes Send Messages in Threads.
    const body = { content: 'inside', nonce: 'n-1', enforce_nonce: true };
    const a = (await client.rest.post(Routes.channelMessages(thread.id), { body })) as APIMessage;
    const b = (await client.rest.post(Routes.channelMessages(thread.id), { body })) as APIMessage;
    expect(b.id).toBe(a.id);
    expect(a.channel_id).toBe(thread.id);
    fake.setBotChannelPermissions(TEXT, { deny: PermissionFlagsBits.SendMessagesInThreads });
    const denied = await rejection(
      client.rest.post(Routes.channelMessages(thread.id), { body: { content: 'x' } }),
    );
    expect([denied.status, denied.code]).toEqual([403, 50013]);
    fake.setBotChannelPermissions(TEXT, {});
  });

  it('refuses to start a thread without Create Public Threads', async () => {
    const message = (await client.rest.post(Routes.channelMessages(TEXT), {
      body: { content: 'h2' },
    })) as APIMessage;
    fake.setBotChannelPermissions(TEXT, { deny: PermissionFlagsBits.CreatePublicThreads });
    const denied = await rejection(
      client.rest.post(Routes.threads(TEXT, message.id), { body: { name: 'x' } }),
    );
    expect([denied.status, denied.code]).toEqual([403, 50013]);
    fake.setBotChannelPermissions(TEXT, {});
  });

  it('creates a forum post with its starter message and tags, listed among the active threads', async () => {
    const post = (await client.rest.post(Routes.threads(FORUM), {
      body: { name: 'Digest · 1', applied_tags: [TAG], message: { content: 'first' } },
    })) as APIThreadChannel & { message: APIMessage };
    expect(post).toMatchObject({
      parent_id: FORUM,
      name: 'Digest · 1',
      applied_tags: [TAG],
      owner_id: fake.botUser.id,
    });
    expect(post.message).toMatchObject({ id: post.id, channel_id: post.id, content: 'first' });
    const active = (await client.rest.get(Routes.guildActiveThreads(GUILD))) as RESTGetAPIGuildThreadsResult;
    expect(active.threads.map((t) => t.id)).toContain(post.id);
    expect(active.threads.find((t) => t.id === post.id)).toMatchObject({
      parent_id: FORUM,
      name: 'Digest · 1',
    });

    const unknownTag = await rejection(
      client.rest.post(Routes.threads(FORUM), {
        body: { name: 'x', applied_tags: [nextSnowflake()], message: { content: 'x' } },
      }),
    );
    expect([unknownTag.status, unknownTag.code]).toEqual([400, 50035]);
    const untagged = await rejection(
      client.rest.post(Routes.threads(STRICT), { body: { name: 'x', message: { content: 'x' } } }),
    );
    expect([untagged.status, untagged.code]).toEqual([400, 40067]);
    const notForum = await rejection(
      client.rest.post(Routes.threads(TEXT), { body: { name: 'x', message: { content: 'x' } } }),
    );
    expect(notForum.status).toBe(400);
  });

  it('cuts the connection after doing a request when told to drop its answer', async () => {
    fake.dropResponseNext({ method: 'POST', route: '/channels/:id/threads' });
    const before = fake.threads.length;
    await expect(
      client.rest.post(Routes.threads(FORUM), { body: { name: 'lost', message: { content: 'x' } } }),
    ).rejects.toThrow();
    expect(fake.threads.slice(before).map((t) => t.name)).toEqual(['lost']);
  });
});
