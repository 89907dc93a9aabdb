import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { deliveryNonce, messageNonce } from '../../src/digest/nonce.js';
import { createChannelPoster } from '../../src/discord/channel-poster.js';
import type { Store } from '../../src/store/types.js';
import { startHarness, type Harness } from './harness.js';

// Threads per digest and forum posts, end to end: the real discord.js client posts through the fake Discord,
// on the harness's one test clock. 08:01 in Shanghai on 2024-07-30 is the delivery.
const G = '100000000000000021';
const TEXT = '200000000000000201';
const FORUM = '200000000000000202';
const TAG = '200000000000000299';
const DAY = '2024-07-30';
const AT = '2024-07-30T00:01:00Z';
const NAME = 'Digest · Tue, 30 Jul 2024';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function start(): Promise<Harness> {
  h = await startHarness([
    {
      id: G,
      name: 'Forum guild',
      channels: [
        { id: TEXT, name: 'news' },
        { id: FORUM, name: 'digests', type: 15, availableTags: ['Sports', { id: TAG, name: 'Daily' }] },
      ],
    },
  ]);
  return h;
}

function subscribe(
  t: Harness,
  channelId: string,
  destination: 'thread' | 'forum',
  forumTag: string | null = null,
) {
  // Both stored editions (29th and 30th): two messages, so the digest goes on inside the thread.
  t.store.upsertSubscription({
    guildId: G,
    channelId,
    time: '08:00',
    timezone: 'Asia/Shanghai',
    lastEditionSent: null,
    destination,
    forumTag,
  });
}

/** The store with `setDeliveryThread` failing once: the thread exists on Discord, the record was never written. */
function crashingAtRecord(store: Store): Store {
  let failed = false;
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'setDeliveryThread' && !failed)
        return () => {
          failed = true;
          throw new Error('simulated crash before the thread was recorded');
        };
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const createdIn = (t: Harness, channelId: string) =>
  t.fake.messages.filter((m) => m.created && m.channelId === channelId);

describe('a thread per digest', () => {
  it('posts a header in the channel, starts a thread on it named for the day, and the digest inside', async () => {
    const t = await start();
    subscribe(t, TEXT, 'thread');
    const report = await t.scheduler({ sweepExpression: null }).runDue(t.at(AT));
    expect(report.counts.sent).toBe(1);

    const nonce = deliveryNonce(TEXT, DAY);
    const [header, ...others] = createdIn(t, TEXT);
    expect(others).toHaveLength(0);
    expect(header!.nonce).toBe(nonce);
    expect(header!.content).toBe(`📰 **${NAME}**: the stories are in the thread below.`);
    expect(t.fake.threads).toEqual([
      expect.objectContaining({ id: header!.id, parentId: TEXT, name: NAME, fromMessageId: header!.id }),
    ]);

    const delivery = t.store.getDelivery(TEXT, DAY)!;
    const inThread = createdIn(t, header!.id);
    expect(delivery.editions).toEqual(['2024-07-29', '2024-07-30']);
    expect(inThread).toHaveLength(2);
    expect(inThread.map((m) => m.nonce)).toEqual([messageNonce(nonce, 1), messageNonce(nonce, 2)]);
    expect(delivery).toMatchObject({
      status: 'sent',
      threadId: header!.id,
      messageIds: inThread.map((m) => m.id),
    });
  });

  it('pauses the subscription when the bot may not create threads there', async () => {
    const t = await start();
    subscribe(t, TEXT, 'thread');
    t.fake.setBotChannelPermissions(TEXT, { deny: PermissionFlagsBits.CreatePublicThreads });
    const report = await t.scheduler({ sweepExpression: null }).runDue(t.at(AT));
    expect(report.counts.paused).toBe(1);
    expect(t.store.getSubscription(TEXT)).toMatchObject({
      status: 'paused',
      pauseReason: 'Missing Permissions (50013)',
    });
    expect(t.fake.threads).toHaveLength(0);
  });

  it('after a crash between starting the thread and recording it, finds that thread and posts in it once', async () => {
    const t = await start();
    subscribe(t, TEXT, 'thread');
    const first = await t
      .scheduler({ sweepExpression: null, store: crashingAtRecord(t.store) })
      .runDue(t.at(AT));
    expect(first.counts.failed).toBe(1);
    expect(t.fake.threads).toHaveLength(1);
    expect(t.store.getDelivery(TEXT, DAY)?.threadId).toBeNull();
    expect(createdIn(t, t.fake.threads[0]!.id)).toHaveLength(0);

    // The retry a minute later: the header comes back from its nonce, Discord says the thread exists (160004).
    const second = await t.scheduler({ sweepExpression: null }).runDue(t.at('2024-07-30T00:02:30Z'));
    expect(second.counts.sent).toBe(1);
    expect(t.fake.threads).toHaveLength(1);
    const threadId = t.fake.threads[0]!.id;
    expect(createdIn(t, TEXT)).toHaveLength(1);
    expect(createdIn(t, threadId)).toHaveLength(2);
    expect(t.fake.requests.filter((r) => r.path.endsWith('/threads') && r.status === 400)).toHaveLength(1);
    expect(t.store.getDelivery(TEXT, DAY)).toMatchObject({ status: 'sent', threadId });
  });

  it('resumed hours later, past the nonce window, finds the header in the channel instead of posting another', async () => {
    const t = await start();
    subscribe(t, TEXT, 'thread');
    await t.scheduler({ sweepExpression: null, store: crashingAtRecord(t.store) }).runDue(t.at(AT));
    expect(t.fake.threads).toHaveLength(1);
    const poster = createChannelPoster({ rest: t.client.rest, botUserId: t.client.user!.id });
    const later = await t.scheduler({ sweepExpression: null, poster }).runDue(t.at('2024-07-30T03:00:00Z'));
    expect(later.counts.sent).toBe(1);
    const threadId = t.fake.threads[0]!.id;
    expect(t.fake.threads).toHaveLength(1);
    expect(t.fake.messages.filter((m) => m.channelId === TEXT)).toHaveLength(1); // not even sent again
    expect(createdIn(t, threadId)).toHaveLength(2);
    expect(t.store.getDelivery(TEXT, DAY)).toMatchObject({ status: 'sent', threadId });
  });

  it('when the answer to "start a thread" is lost, the retry finds it instead of failing the day', async () => {
    const t = await start();
    subscribe(t, TEXT, 'thread');
    t.fake.dropResponseNext({ method: 'POST', route: '/channels/:c/messages/:m/threads' });
    const report = await t.scheduler({ sweepExpression: null }).runDue(t.at(AT));
    expect(report.counts.sent).toBe(1);
    expect(t.fake.threads).toHaveLength(1);
    expect(createdIn(t, t.fake.threads[0]!.id)).toHaveLength(2);
  });
});

describe('a forum post per digest', () => {
  it('creates one post titled with the day, the first message as its starter, tagged, the rest inside', async () => {
    const t = await start();
    subscribe(t, FORUM, 'forum', 'daily');
    const report = await t.scheduler({ sweepExpression: null }).runDue(t.at(AT));
    expect(report.counts.sent).toBe(1);
    expect(t.fake.threads).toEqual([
      expect.objectContaining({ parentId: FORUM, name: NAME, appliedTags: [TAG], fromMessageId: null }),
    ]);
    const post = t.fake.threads[0]!;
    expect(post.starterMessageId).toBe(post.id);
    const starter = t.fake.storedMessage(post.id)!;
    expect(starter.channel_id).toBe(post.id);
    expect(starter.embeds.length).toBeGreaterThan(0);
    const inside = createdIn(t, post.id);
    expect(inside.map((m) => m.nonce)).toEqual([messageNonce(deliveryNonce(FORUM, DAY), 1)]);
    expect(t.store.getDelivery(FORUM, DAY)).toMatchObject({
      status: 'sent',
      threadId: post.id,
      messageIds: [post.id, inside[0]!.id],
    });
  });

  it('posts without a tag, and says so in the log, when the forum has no tag of that name', async () => {
    const t = await start();
    subscribe(t, FORUM, 'forum', 'Weather');
    const poster = createChannelPoster({ rest: t.client.rest, logger: t.log.logger });
    await t.scheduler({ sweepExpression: null, poster }).runDue(t.at(AT));
    expect(t.fake.threads).toEqual([expect.objectContaining({ parentId: FORUM, appliedTags: [] })]);
    expect(t.log.lines).toContainEqual(
      expect.objectContaining({ msg: 'forum tag not found; posting without a tag', tag: 'Weather' }),
    );
  });

  it('after a crash between creating the post and recording it, finds the post and creates no second one', async () => {
    const t = await start();
    subscribe(t, FORUM, 'forum', 'Daily');
    const first = await t
      .scheduler({ sweepExpression: null, store: crashingAtRecord(t.store) })
      .runDue(t.at(AT));
    expect(first.counts.failed).toBe(1);
    expect(t.fake.threads).toHaveLength(1);
    expect(t.store.getDelivery(FORUM, DAY)?.threadId).toBeNull();

    const second = await t.scheduler({ sweepExpression: null }).runDue(t.at('2024-07-30T00:02:30Z'));
    expect(second.counts.sent).toBe(1);
    expect(t.fake.threads).toHaveLength(1);
    const post = t.fake.threads[0]!;
    expect(t.fake.requests.filter((r) => r.path === `/guilds/${G}/threads/active`)).toHaveLength(1);
    expect(createdIn(t, post.id)).toHaveLength(1); // the second message; the first is the starter
    expect(t.store.getDelivery(FORUM, DAY)).toMatchObject({ status: 'sent', threadId: post.id });
  });

  it('when the answer to "create the post" is lost, looks before retrying and creates no second one', async () => {
    const t = await start();
    subscribe(t, FORUM, 'forum');
    t.fake.dropResponseNext({ method: 'POST', route: '/channels/:c/threads' });
    const report = await t.scheduler({ sweepExpression: null }).runDue(t.at(AT));
    expect(report.counts.sent).toBe(1);
    expect(t.fake.threads).toHaveLength(1);
    expect(
      t.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${FORUM}/threads`),
    ).toHaveLength(1);
    expect(createdIn(t, t.fake.threads[0]!.id)).toHaveLength(1);
  });
});
