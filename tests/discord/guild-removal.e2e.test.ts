import { describe, expect, it } from 'vitest';
import { startHarness } from './harness.js';

describe('leaving a guild', () => {
  it('removes that guild’s subscriptions and follows and rebuilds the digest timers when GUILD_DELETE arrives', async () => {
    const h = await startHarness();
    try {
      h.store.upsertSubscription({
        guildId: h.guildId,
        channelId: h.newsId,
        time: '08:00',
        timezone: 'Asia/Shanghai',
        lastEditionSent: null,
      });
      h.store.upsertSubscription({
        guildId: '999999999999999999',
        channelId: '999999999999999998',
        time: '08:00',
        timezone: 'Asia/Shanghai',
        lastEditionSent: null,
      });
      const follow = (guildId: string, keyword: string): unknown =>
        h.store.addFollow({
          userId: '555555555555555555',
          guildId,
          keyword,
          maxPerUser: 20,
          maxPerGuild: 100,
        });
      follow(h.guildId, '舟山');
      follow('999999999999999999', '席草');
      let reloads = 0;
      h.bot.setScheduler({ nextRun: () => null, reload: () => void reloads++ });

      h.fake.removeGuild(h.guildId);
      await expect
        .poll(() => h.store.listSubscriptions({ guildId: h.guildId }).length, { timeout: 5_000 })
        .toBe(0);

      expect(reloads).toBe(1);
      // Another guild's subscription is untouched.
      expect(h.store.getSubscription('999999999999999998')).not.toBeNull();
      // So are the follows added there; those added in the guild left are gone.
      expect(h.store.listFollows('555555555555555555').map((f) => f.keyword)).toEqual(['席草']);
    } finally {
      await h.close();
    }
  });
});
