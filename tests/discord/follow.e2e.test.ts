import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MessageFlags, type APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followPausedNotice } from '../../commands/follow/paused-notice.js';
import { createFollowNotifier, type FollowNotifier } from '../../src/delivery/follow-notify.js';
import { createDmPoster } from '../../src/discord/dm-poster.js';
import { silentLogger } from '../../src/logger.js';
import type { Article } from '../../src/news/types.js';
import { openStore } from '../../src/store/open-store.js';
import { simplifiedVariants } from '../../src/store/traditional.js';
import type { Store } from '../../src/store/types.js';
import { story } from '../support/articles.js';
import {
  nextSnowflake,
  type InteractionResponse,
  type RecordedMessage,
} from '../support/fake-discord/index.js';
import { savePage, startHarness, type Harness } from './harness.js';

/** Personal follows (#11), end to end: /follow through the real discord.js client, DMs through the fake. */
const A = nextSnowflake();
const B = nextSnowflake();
const C = nextSnowflake();
const D = nextSnowflake();
const LIMITS = { perUser: 3, perGuild: 6 };

let pageN = 0;
function article(id: string, title: string, paragraph: string): Article {
  return { id, ...story({ title, paragraphs: [paragraph] }) };
}
function ingest(store: Store, articles: Article[], source = `page-${++pageN}.txt`): void {
  savePage(store, {
    source,
    encoding: 'utf-8',
    date: '2019-08-07',
    sections: [],
    furniture: [],
    articles,
  });
}

const isEphemeral = (r: InteractionResponse): boolean => ((r.data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
const embeds = (m: { embeds: unknown[] } | InteractionResponse['data']): APIEmbed[] =>
  (m.embeds ?? []) as APIEmbed[];
const buttons = (m: RecordedMessage): string[] =>
  (m.components as { components: { custom_id: string }[] }[]).flatMap((r) =>
    r.components.map((c) => c.custom_id),
  );

describe('/follow and its DMs, end to end against the fake Discord', () => {
  let h: Harness;
  let notifier: FollowNotifier;
  let dir: string;
  let file: string;
  const follow = (user: string, subcommand: string, options: Record<string, string> = {}, locale = 'en-US') =>
    h.send(h.fake.build.slashCommand({ name: 'follow', subcommand, options, user: { id: user }, locale }));
  const help = (user: string, locale = 'en-US') =>
    h.send(h.fake.build.slashCommand({ name: 'help', user: { id: user }, locale }));
  /** Rows stored about a user, read from the database file itself. */
  const rowsAbout = (user: string): Record<string, number> => {
    const db = new Database(file, { readonly: true });
    try {
      const count = (table: string): number =>
        db.prepare(`SELECT count(*) FROM ${table} WHERE user_id = ?`).pluck().get(user) as number;
      return { follows: count('follows'), followers: count('followers'), notices: count('follow_notices') };
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'paperboy-follow-'));
    file = path.join(dir, 'bot.db');
    h = await startHarness(openStore(file), {
      follows: { followLimits: LIMITS, toSimplified: simplifiedVariants, userNotice: followPausedNotice },
    });
    notifier = createFollowNotifier({
      store: h.store,
      poster: createDmPoster({
        rest: h.bot.client.rest,
        localeFor: (guildId) =>
          (guildId && h.bot.client.guilds.cache.get(guildId)?.preferredLocale) || 'en-US',
      }),
      logger: silentLogger,
      toSimplified: simplifiedVariants,
    });
  });
  afterAll(async () => {
    await notifier.stop();
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds, lists and removes a member’s own keywords, privately, with autocomplete of their own', async () => {
    const added = await follow(A, 'add', { keyword: '  舟山鎮 ' });
    expect(isEphemeral(added)).toBe(true);
    expect(added.data.content).toBe(
      'Following “舟山鎮”: I’ll send you a DM when a new article matches. You follow 1 of at most 3 keywords.',
    );
    expect((await follow(A, 'add', { keyword: '舟山鎮' })).data.content).toBe('You already follow “舟山鎮”.');
    await follow(A, 'add', { keyword: '席草' });
    await follow(A, 'add', { keyword: 'temp' });
    await follow(B, 'add', { keyword: '台风' });

    const list = await follow(A, 'list');
    expect(isEphemeral(list)).toBe(true);
    expect(embeds(list.data)[0]!.title).toBe('Your follows · 3 of 3');
    expect(embeds(list.data)[0]!.description).toBe('1\\. 舟山鎮\n2\\. 席草\n3\\. temp');

    const auto = h.fake.build.autocomplete({
      name: 'follow',
      subcommand: 'remove',
      options: { keyword: '' },
      focused: 'keyword',
      user: { id: A },
    });
    h.fake.sendInteraction(auto);
    const choices = (await h.fake.waitForResponse(auto.id)).data.choices as { value: string }[];
    // Only A's own keywords: B's 台风 is not offered.
    expect(choices.map((c) => c.value)).toEqual(['舟山鎮', '席草', 'temp']);

    expect((await follow(A, 'remove', { keyword: 'TEMP' })).data.content).toBe('Stopped following “TEMP”.');
    expect((await follow(A, 'remove', { keyword: 'temp' })).data.content).toBe(
      'You don’t follow “temp”. /follow list shows your keywords.',
    );
    expect(h.store.listFollows(A).map((f) => f.keyword)).toEqual(['舟山鎮', '席草']);
  });

  it('refuses a keyword with nothing searchable, and one past the per-user or per-server limit', async () => {
    const bad = await follow(C, 'add', { keyword: '!!!' });
    expect(isEphemeral(bad)).toBe(true);
    expect(bad.data.content).toBe(
      '“!!!” has nothing to search for. A keyword needs letters or numbers, for example 舟山 or 台风.',
    );
    await follow(C, 'add', { keyword: '渔场' });
    await follow(C, 'add', { keyword: 'one' });
    await follow(C, 'add', { keyword: 'two' });
    expect((await follow(C, 'add', { keyword: 'three' })).data.content).toBe(
      'You already follow 3 keywords, the most allowed. Remove one with /follow remove, then add this one.',
    );
    // The server holds 2 (A) + 1 (B) + 3 (C) = 6 keywords: its limit.
    expect((await follow(D, 'add', { keyword: '海岛' })).data.content).toBe(
      'This server’s members already follow 6 keywords in all, the most allowed per server. Ask the bot’s operator to raise `FOLLOW_MAX_PER_GUILD`.',
    );
    expect(h.store.listFollows(C).map((f) => f.keyword)).toEqual(['渔场', 'one', 'two']);
    expect(h.store.listFollows(D)).toEqual([]);
    await follow(C, 'remove', { keyword: 'one' });
    await follow(C, 'remove', { keyword: 'two' });
  });

  it('states the limits in /help, in English and Chinese', async () => {
    const en = embeds((await help(D)).data)[0]!.description!;
    expect(en).toContain('a DM when a new article matches (at most 3 keywords each, 6 per server)');
    const zh = embeds((await help(D, 'zh-CN')).data)[0]!.description!;
    expect(zh).toContain('每人最多 3 个关键词，每个服务器共 6 个');
  });

  it('sends one DM per user listing all their matches, and never the same story twice', async () => {
    await notifier.run(); // nothing ingested yet: nothing to send
    expect(h.fake.dmMessages(A)).toHaveLength(0);
    ingest(h.store, [
      article('zs001', '舟山镇开展三服务活动', '舟山镇干部走访企业。'),
      article('xc001', '晒席草', '农民在田间晒席草。'),
      article('tf001', '台风“利奇马”逼近', '气象台发布台风预警。'),
      article('other1', '城市道路改造', '道路改造工程开工。'),
    ]);
    const first = await notifier.run();
    expect(first).toEqual({ claimed: 3, sent: 2, paused: 0, failed: 0 });

    const [dmA, ...restA] = h.fake.dmMessages(A);
    expect(restA).toHaveLength(0);
    const card = embeds(dmA!)[0]!;
    expect(card.title).toBe('New articles for your follows · 2');
    // The Traditional keyword found the Simplified story; the two-character one found its story.
    expect(card.description).toBe(
      '**1. 舟山镇开展三服务活动** · *matches “舟山鎮”*\n舟山镇干部走访企业。\n\n' +
        '**2. 晒席草** · *matches “席草”*\n农民在田间晒席草。',
    );
    expect(buttons(dmA!)).toEqual(['summary:zs001', 'summary:xc001']);
    // The button works in the DM: the story's summary, privately.
    const opened = await h.send(
      h.fake.build.button({ customId: 'summary:xc001', guildId: null, user: { id: A }, message: dmA!.id }),
    );
    expect(embeds(opened.data)[0]!.title).toBe('晒席草');
    expect(dmA!.enforceNonce).toBe(true);
    expect(typeof dmA!.nonce).toBe('string');
    expect(h.fake.dmMessages(B).map((m) => embeds(m)[0]!.description)).toEqual([
      '**1. 台风“利奇马”逼近** · *matches “台风”*\n气象台发布台风预警。',
    ]);
    expect(h.fake.dmMessages(C)).toHaveLength(0);

    // The same page again, and the same story printed on another page: not new, no second DM.
    ingest(h.store, [article('zs001', '舟山镇开展三服务活动', '舟山镇干部走访企业。')], 'page-1.txt');
    ingest(h.store, [article('zs001', '舟山镇开展三服务活动', '舟山镇干部走访企业。')]);
    expect(await notifier.run()).toEqual({ claimed: 0, sent: 0, paused: 0, failed: 0 });
    expect(h.fake.dmMessages(A)).toHaveLength(1);
    expect(h.fake.dmMessages(B)).toHaveLength(1);
  });

  it('pauses a user whose DMs are closed, tells them once on their next command, and resumes', async () => {
    h.fake.setDmsClosed(C);
    ingest(h.store, [article('yc001', '舟山渔场迎来开渔季', '渔场开渔，渔船出海。')]);
    expect(await notifier.run()).toEqual({ claimed: 1, sent: 0, paused: 1, failed: 0 });
    expect(h.store.followerState(C)).toEqual({
      status: 'paused',
      pauseReason: 'Cannot send messages to this user (50007)',
      pauseNotified: false,
    });
    expect(h.fake.dmMessages(C)).toHaveLength(0);
    // Paused, not deleted; and the story that failed is not queued for later.
    expect(h.store.listFollows(C).map((f) => f.keyword)).toEqual(['渔场']);
    expect(rowsAbout(C).notices).toBe(0);

    // A public reply: the notice comes as a private follow-up, once.
    const summary = h.fake.build.slashCommand({
      name: 'summary',
      options: { article: 'yc001' },
      user: { id: C },
    });
    const shown = await h.send(summary);
    expect(isEphemeral(shown)).toBe(false);
    expect(embeds(shown.data)[0]!.title).toBe('舟山渔场迎来开渔季');
    expect(shown.data.content ?? '').toBe('');
    const notice = await h.fake.waitForResponse(summary.id, { kind: 'followUp' });
    expect(isEphemeral(notice)).toBe(true);
    expect(notice.data.content).toBe(
      'I couldn’t send you a DM (Cannot send messages to this user (50007)), so your follows are paused. Allow direct messages from server members, then run /follow resume.',
    );
    const again = await help(C);
    expect(again.data.content ?? '').toBe('');
    expect(h.store.followerState(C)?.pauseNotified).toBe(true);

    const list = await follow(C, 'list');
    expect(embeds(list.data)[0]!.description).toContain('Paused: I could not DM you');

    h.fake.setDmsClosed(C, false);
    expect((await follow(C, 'resume')).data.content).toBe(
      'Follows resumed: new articles that match come by DM again.',
    );
    expect((await follow(C, 'resume')).data.content).toBe(
      'Your follows are not paused: new articles that match come by DM.',
    );
    ingest(h.store, [article('yc002', '渔场新规发布', '渔场管理新规。')]);
    expect(await notifier.run()).toEqual({ claimed: 1, sent: 1, paused: 0, failed: 0 });
    const dms = h.fake.dmMessages(C);
    expect(dms.map((m) => embeds(m)[0]!.description)).toEqual([
      '**1. 渔场新规发布** · *matches “渔场”*\n渔场管理新规。',
    ]);
  });

  it('tells a paused user on an ephemeral reply above its text', async () => {
    h.store.pauseFollower(B, 'Cannot send messages to this user (50007)');
    const reply = await follow(B, 'list');
    expect(reply.data.content).toBe(
      'I couldn’t send you a DM (Cannot send messages to this user (50007)), so your follows are paused. Allow direct messages from server members, then run /follow resume.',
    );
    expect(embeds(reply.data)[0]!.title).toBe('Your follows · 1 of 3');
    expect((await follow(B, 'list')).data.content ?? '').toBe('');
  });

  it('/follow clear deletes everything stored about the user, and only them', async () => {
    expect(rowsAbout(A)).toEqual({ follows: 2, followers: 1, notices: 2 });
    const cleared = await follow(A, 'clear');
    expect(isEphemeral(cleared)).toBe(true);
    expect(cleared.data.content).toBe(
      'Deleted everything stored about you: 2 keywords and the record of 2 articles sent.',
    );
    expect(rowsAbout(A)).toEqual({ follows: 0, followers: 0, notices: 0 });
    expect(rowsAbout(B)).toEqual({ follows: 1, followers: 1, notices: 1 });
    expect((await follow(A, 'clear')).data.content).toBe('Nothing is stored about you.');
    expect((await follow(A, 'list')).data.content).toBe(
      'You follow no keywords yet. Use /follow add: I’ll DM you when a new article matches.',
    );
  });

  /** A notifier whose process stops right after a DM went out, before the story is marked sent. */
  const crashingNotifier = () => {
    const real = createDmPoster({ rest: h.bot.client.rest });
    return createFollowNotifier({
      store: h.store,
      poster: {
        async send(dm) {
          await real.send(dm);
          throw new Error('the process stopped here');
        },
      },
      logger: silentLogger,
    });
  };

  it('sends a DM once when the bot stopped between posting it and recording it', async () => {
    const E = nextSnowflake();
    await follow(E, 'add', { keyword: '潮汐' });
    const crashing = crashingNotifier();
    ingest(h.store, [article('cx001', '潮汐发电站投运', '潮汐能发电。')]);
    expect(await crashing.run()).toEqual({ claimed: 1, sent: 0, paused: 0, failed: 1 });
    expect(await notifier.run()).toEqual({ claimed: 0, sent: 1, paused: 0, failed: 0 });
    // The retry carried the same nonce, so Discord handed back the first message instead of a second.
    expect(h.fake.dmMessages(E)).toHaveLength(1);
    const nonce = h.fake.dmMessages(E)[0]!.nonce;
    expect(h.fake.messages.filter((m) => m.nonce === nonce).map((m) => m.created)).toEqual([true, false]);
    await follow(E, 'clear');
  });

  it('re-sends the same DM after a crash even when more matches arrived before the retry', async () => {
    const F = nextSnowflake();
    await follow(F, 'add', { keyword: '盐田' });
    const crashing = crashingNotifier();
    ingest(h.store, [article('cy001', '盐田港新航线开通', '盐田港开通新航线。')]);
    expect(await crashing.run()).toEqual({ claimed: 1, sent: 0, paused: 0, failed: 1 });
    ingest(h.store, [article('cy002', '盐田晒盐迎丰收', '盐田迎来晒盐季。')]);
    expect(await notifier.run()).toEqual({ claimed: 1, sent: 2, paused: 0, failed: 0 });
    // The first DM again (same stories, same nonce: Discord returned it), then one DM with the new story only.
    const dms = h.fake.dmMessages(F);
    expect(dms).toHaveLength(2);
    const listed = dms.map((m) => embeds(m)[0]!.description ?? '');
    expect(listed.map((d) => [d.includes('盐田港新航线开通'), d.includes('盐田晒盐迎丰收')])).toEqual([
      [true, false],
      [false, true],
    ]);
    await follow(F, 'clear');
  });

  it('answers in Chinese', async () => {
    expect((await follow(D, 'add', { keyword: '!!' }, 'zh-CN')).data.content).toBe(
      '“!!”中没有可搜索的内容。关键词需要包含文字或数字，例如 舟山 或 台风。',
    );
    expect((await follow(D, 'add', { keyword: '海岛' }, 'zh-CN')).data.content).toBe(
      '已关注“海岛”：有新文章匹配时我会私信你。你已关注 1 个关键词，上限 3 个。',
    );
    const list = await follow(D, 'list', {}, 'zh-CN');
    expect(embeds(list.data)[0]!.title).toBe('我的关注 · 1/3');
    expect((await follow(D, 'clear', {}, 'zh-CN')).data.content).toBe(
      '已删除关于你的全部数据：1 个关键词，以及 0 篇已发送文章的记录。',
    );
  });
});
