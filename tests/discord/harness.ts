import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PermissionFlagsBits, type APIInteraction } from 'discord.js';
import { handleComponent } from '../../commands/components.js';
import { commands } from '../../commands/index.js';
import type { Clock } from '../../src/clock.js';
import {
  createScheduler,
  type DigestScheduler,
  type SchedulerOptions,
} from '../../src/delivery/scheduler.js';
import { createBot, type Bot, type BotDeps } from '../../src/discord/bot.js';
import { createChannelPoster } from '../../src/discord/channel-poster.js';
import { silentLogger } from '../../src/logger.js';
import { parsePage } from '../../src/news/page-parser.js';
import type { Article, Page } from '../../src/news/types.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { summarizeArticle } from '../../src/summarize/summarize-article.js';
import { story } from '../support/articles.js';
import type { ArticleSummary } from '../../src/summarize/types.js';
import {
  nextSnowflake,
  startFakeDiscord,
  type FakeDiscord,
  type InteractionResponse,
} from '../support/fake-discord/index.js';

export const SEED_DATE = '2019-08-07';
export const HANDMADE_DATE = '2019-08-06';

/** Saves a page with summaries computed by the real summarizer. */
export function savePage(store: Store, page: Page): void {
  const summaries = new Map<string, ArticleSummary>(page.articles.map((a) => [a.id, summarizeArticle(a)]));
  const hash = createHash('sha256').update(JSON.stringify(page)).digest('hex');
  store.savePage(page, hash, summaries);
}

function handmade(over: Partial<Article> & Pick<Article, 'id' | 'title' | 'paragraphs'>): Article {
  const { id, ...fields } = over;
  return { id, ...story(fields) };
}

/** An article whose text would ping everyone and render as Markdown if it were not escaped. */
export const MENTION_ARTICLE = handmade({
  id: 'mention0001',
  title: '@everyone 注意 **加粗** _斜体_',
  kicker: '# 不是标题',
  authors: ['_记者_'],
  byline: '记者 _记者_',
  section: '测试版',
  paragraphs: [
    '@everyone 请注意：**这不是加粗**，_这也不是斜体_。渔民不用担心。',
    '- 不是列表',
    '> 不是引用',
  ],
});

/** Long enough for several full-text pages. */
export const LONG_ARTICLE = handmade({
  id: 'longread0001',
  title: '长篇通讯：渔港的一天',
  authors: ['张三', '李四'],
  section: '测试版',
  paragraphs: Array.from(
    { length: 30 },
    (_, i) => `第${i + 1}段。` + '清晨的渔港里，渔民们整理渔网，准备出海。'.repeat(20),
  ),
});

/** The store every e2e test uses: the seed pages (dated, if the page says no date) plus the hand-made page. */
export function seededStore(): Store {
  const store = openStore(':memory:');
  const dir = path.resolve('seeds');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const page = parsePage(readFileSync(path.join(dir, file)), file);
    savePage(store, { ...page, date: page.date ?? SEED_DATE });
  }
  savePage(store, {
    source: 'handmade.txt',
    encoding: 'utf-8',
    date: HANDMADE_DATE,
    sections: ['测试版'],
    furniture: [],
    articles: [MENTION_ARTICLE, LONG_ARTICLE],
  });
  return store;
}

/**
 * `/digest <subcommand>` run by a member with Manage Server, and a button press, on the harness `get` returns
 * (a getter: tests assign their harness in beforeAll).
 */
export function adminCommands(get: () => Pick<Harness, 'send' | 'fake'>): {
  digest: (
    subcommand: string,
    options?: Record<string, unknown>,
    locale?: string,
  ) => Promise<InteractionResponse>;
  press: (customId: string, locale?: string) => Promise<InteractionResponse>;
} {
  return {
    digest: (subcommand, options = {}, locale = 'en-US') =>
      get().send(
        get().fake.build.slashCommand({
          name: 'digest',
          subcommand,
          options: options as never,
          memberPermissions: PermissionFlagsBits.ManageGuild,
          locale,
        }),
      ),
    press: (customId, locale = 'en-US') => get().send(get().fake.build.button({ customId, locale })),
  };
}

/**
 * A digest scheduler posting English digests through the harness bot's REST client, on the fixed clock, with no
 * timers and no catch-up window, handed to the bot for /digest (send now, next run).
 */
export function harnessScheduler(h: Harness, extra: Partial<SchedulerOptions> = {}): DigestScheduler {
  const scheduler = createScheduler({
    store: h.store,
    poster: createChannelPoster({ rest: h.bot.client.rest, locale: 'en' }),
    logger: silentLogger,
    clock: fixedClock,
    graceHours: 0,
    concurrency: 1,
    staggerMs: 0,
    sweepExpression: null,
    ...extra,
  });
  h.bot.setScheduler(scheduler);
  return scheduler;
}

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  store: Store;
  guildId: string;
  /** A text channel where the bot has every permission it needs. */
  newsId: string;
  /** A text channel where the bot lacks Embed Links. */
  lockedId: string;
  /** Sends an interaction and returns the first thing the bot did in answer. */
  send(payload: APIInteraction): Promise<InteractionResponse>;
  close(): Promise<void>;
}

export const fixedClock: Clock = { now: () => new Date('2019-08-07T00:00:00Z') };

export async function startHarness(
  store: Store = seededStore(),
  extra: Pick<BotDeps, 'digestDisplay' | 'follows'> = {},
): Promise<Harness> {
  const guildId = nextSnowflake();
  const newsId = nextSnowflake();
  const lockedId = nextSnowflake();
  const fake = await startFakeDiscord({
    token: 'fake-token',
    guilds: [
      {
        id: guildId,
        channels: [
          { id: newsId, name: 'news' },
          { id: lockedId, name: 'locked' },
        ],
      },
    ],
  });
  fake.setBotChannelPermissions(lockedId, { deny: PermissionFlagsBits.EmbedLinks });
  const bot = createBot({
    config: { discordToken: 'fake-token', discordApiBase: fake.apiBase, defaultTimezone: 'Asia/Shanghai' },
    store,
    logger: silentLogger,
    clock: fixedClock,
    commands,
    components: handleComponent,
    ...extra,
  });
  await bot.start();
  await fake.waitForReadySession();
  return {
    fake,
    bot,
    store,
    guildId,
    newsId,
    lockedId,
    async send(payload) {
      fake.sendInteraction(payload);
      return fake.waitForResponse(payload.id);
    },
    async close() {
      await bot.stop();
      await fake.close();
      store.close();
    },
  };
}
