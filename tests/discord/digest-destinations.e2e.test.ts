import { PermissionFlagsBits, type APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextSnowflake, type InteractionResponse } from '../support/fake-discord/index.js';
import { adminCommands, harnessScheduler, startHarness, type Harness } from './harness.js';

// /digest subscribe to a thread per digest and to a forum (with a tag), /digest list showing where each goes,
// and "send now" posting there: the real discord.js client against the fake Discord (#11 destinations).
const embeds = (r: InteractionResponse): APIEmbed[] => (r.data.embeds ?? []) as APIEmbed[];
const content = (r: InteractionResponse): string => String(r.data.content ?? '');

describe('/digest subscribe to threads and forums, end to end', () => {
  let h: Harness;
  let forumId: string;
  let dailyTag: string;
  const { digest } = adminCommands(() => h);

  beforeAll(async () => {
    h = await startHarness();
    dailyTag = nextSnowflake();
    forumId = h.fake.addChannel(h.guildId, {
      name: 'digests',
      type: 15,
      availableTags: ['Sports', { id: dailyTag, name: 'Daily' }],
    });
    harnessScheduler(h);
    // CHANNEL_CREATE reaches the client before an interaction may name the forum.
    const deadline = Date.now() + 5000;
    while (!h.bot.client.channels.cache.has(forumId) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
  });
  afterAll(() => h.close());

  it('refuses a tag the forum does not have, naming the ones it has, in the user’s language', async () => {
    const en = await digest('subscribe', {
      channel: { type: 7, value: forumId },
      time: '08:00',
      tag: 'Weather',
    });
    expect(content(en)).toBe(
      `The forum <#${forumId}> has no tag “Weather”. Its tags: Sports, Daily. Pick one of them, or leave the tag out.`,
    );
    const zh = await digest(
      'subscribe',
      { channel: { type: 7, value: forumId }, time: '08:00', tag: 'Weather' },
      'zh-CN',
    );
    expect(content(zh)).toBe(
      `论坛 <#${forumId}> 没有标签「Weather」。现有标签：Sports, Daily。请从中选一个，或不填标签。`,
    );
    expect(h.store.getSubscription(forumId)).toBeNull();
  });

  it('refuses a tag on a text channel and a thread in a forum', async () => {
    const tag = await digest('subscribe', {
      channel: { type: 7, value: h.newsId },
      time: '08:00',
      tag: 'Daily',
    });
    expect(content(tag)).toContain('A tag only applies to a forum channel');
    const thread = await digest('subscribe', {
      channel: { type: 7, value: forumId },
      time: '08:00',
      thread: true,
    });
    expect(content(thread)).toContain('A forum gets one forum post per digest already');
    expect(h.store.getSubscription(h.newsId)).toBeNull();
  });

  it('subscribes a thread per digest and a tagged forum, and /digest list says where each goes', async () => {
    const thread = await digest('subscribe', {
      channel: { type: 7, value: h.newsId },
      time: '08:00',
      thread: true,
    });
    expect(content(thread)).toMatch(/\n→ a thread per digest$/);
    const forum = await digest('subscribe', {
      channel: { type: 7, value: forumId },
      time: '09:00',
      tag: 'daily',
    });
    expect(content(forum)).toMatch(/\n→ a forum post per digest, tagged Daily$/);
    expect(h.store.getSubscription(h.newsId)).toMatchObject({ destination: 'thread', forumTag: null });
    expect(h.store.getSubscription(forumId)).toMatchObject({ destination: 'forum', forumTag: 'Daily' });

    const list = embeds(await digest('list'))[0]!.description!;
    expect(list).toContain(`<#${h.newsId}>\nDaily at 08:00 (Asia/Shanghai)`);
    expect(list).toMatch(/→ a thread per digest/);
    expect(list).toMatch(/→ a forum post per digest, tagged Daily/);
    const zh = embeds(await digest('list', {}, 'zh-CN'))[0]!.description!;
    expect(zh).toContain('→ 每期一个子区');
    expect(zh).toContain('→ 每期一篇论坛帖子，标签 Daily');

    // Re-subscribing to change the time keeps the destination; thread:false turns it back into messages.
    await digest('subscribe', { channel: { type: 7, value: h.newsId }, time: '07:30' });
    expect(h.store.getSubscription(h.newsId)).toMatchObject({ time: '07:30', destination: 'thread' });
    const off = await digest('subscribe', {
      channel: { type: 7, value: h.newsId },
      time: '08:00',
      thread: false,
    });
    expect(content(off)).not.toContain('→');
    expect(h.store.getSubscription(h.newsId)).toMatchObject({ destination: 'messages' });
  });

  it('“send now” opens the forum post with its tag', async () => {
    await h.send(h.fake.build.button({ customId: `digest:send:${forumId}`, locale: 'en-US' }));
    const deadline = Date.now() + 5000;
    while (h.store.getDelivery(forumId, '2019-08-07')?.status !== 'sent' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(h.fake.threads).toEqual([
      expect.objectContaining({
        parentId: forumId,
        appliedTags: [dailyTag],
        name: 'Digest · Wed, 7 Aug 2019',
      }),
    ]);
    expect(h.store.getDelivery(forumId, '2019-08-07')).toMatchObject({ threadId: h.fake.threads[0]!.id });
  });

  it('refuses a thread destination where the bot may not create threads, naming the permission', async () => {
    const locked = h.fake.addChannel(h.guildId, { name: 'no-threads' });
    h.fake.setBotChannelPermissions(locked, { deny: PermissionFlagsBits.CreatePublicThreads });
    const deadline = Date.now() + 5000;
    while (!h.bot.client.channels.cache.has(locked) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50)); // the CHANNEL_UPDATE with the overwrite
    const r = await digest('subscribe', { channel: { type: 7, value: locked }, time: '08:00', thread: true });
    expect(content(r)).toContain('“Create Public Threads”');
    expect(h.store.getSubscription(locked)).toBeNull();
  });
});
