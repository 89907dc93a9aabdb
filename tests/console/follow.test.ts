import { describe, expect, it } from 'vitest';
import { capture, runLines } from './run-lines.js';
import { createConsoleDmPoster } from '../../src/console/dm-poster.js';
import { createFollowNotifier } from '../../src/delivery/follow-notify.js';
import { silentLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open-store.js';
import { simplifiedVariants } from '../../src/store/traditional.js';
import { story } from '../support/articles.js';
import { savePage } from '../discord/harness.js';

/** Personal follows in the console (#11): /follow works there, and the DMs are printed. */
const FOLLOWS = {
  follows: { followLimits: { perUser: 2, perGuild: 10 }, toSimplified: simplifiedVariants },
};

describe('/follow in the console', () => {
  it('follows keywords, prints the DM a new story brings, and tells the operator once when DMs fail', async () => {
    const store = openStore(':memory:');
    const out = await runLines(
      store,
      ['/follow add 舟山鎮', '/follow add 席草', '/follow add 台风', '/follow list'],
      'en-US',
      FOLLOWS,
    );
    expect(out).toContain('Following “舟山鎮”: I’ll send you a DM when a new article matches.');
    expect(out).toContain('! You already follow 2 keywords, the most allowed.');
    expect(out).toContain('1. 舟山鎮\n2. 席草');

    const { output: printed, text: dm } = capture();
    const notifier = createFollowNotifier({
      store,
      poster: createConsoleDmPoster(printed, { locale: 'en-US' }),
      logger: silentLogger,
      toSimplified: simplifiedVariants,
    });
    savePage(store, {
      source: 'p.txt',
      encoding: 'utf-8',
      date: '2019-08-07',
      sections: [],
      furniture: [],
      articles: [
        { id: 'zs1', ...story({ title: '舟山镇开展三服务活动', paragraphs: ['舟山镇干部走访企业。'] }) },
      ],
    });
    expect(await notifier.run()).toEqual({ claimed: 1, sent: 1, paused: 0, failed: 0 });
    expect(dm()).toContain('[DM → @console]');
    expect(dm()).toContain('New articles for your follows · 1');
    expect(dm()).toContain('舟山镇开展三服务活动 · matches “舟山鎮”');
    expect(dm()).toContain('/press summary:zs1');

    store.pauseFollower('console', 'Cannot send messages to this user (50007)');
    const next = await runLines(store, ['/help', '/help'], 'en-US', FOLLOWS);
    expect(next.match(/I couldn’t send you a DM/g)).toHaveLength(1);
    // Autocomplete picks the operator's own keyword, as a Discord user picks it from the list.
    expect(await runLines(store, ['/follow remove 席'], 'en-US', FOLLOWS)).toContain(
      'Stopped following “席草”.',
    );
    const zh = await runLines(store, ['/follow clear'], 'zh-CN', FOLLOWS);
    expect(zh).toContain('已删除关于你的全部数据：1 个关键词，以及 1 篇已发送文章的记录。');
    store.close();
  });
});
