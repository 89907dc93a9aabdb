import { afterEach, describe, expect, it } from 'vitest';
import { simplifiedVariants } from '../../src/store/traditional.js';
import { startHarness, type Harness } from './harness.js';
import { seedEdition } from '../digest/seed-edition.js';

// The harness stores editions of Mon 29 Jul 2024 (3 stories: 要闻 a0 a1, 经济 a2) and Tue 30 Jul (4 stories:
// 要闻 a0 a1, 经济 a2 a3), on a test clock starting Sun 28 Jul.
const G = '100000000000000001';
const ch = (n: number): string => `2000000000000000${String(n).padStart(2, '0')}`;
type Row = { components: Array<{ type: number; options?: { value: string }[] }> };
const menuValues = (m: { components?: unknown }): string[] =>
  ((m.components ?? []) as Row[])
    .flatMap((r) => r.components)
    .filter((c) => c.type === 3)
    .flatMap((c) => (c.options ?? []).map((o) => o.value));

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function harness(): Promise<Harness> {
  h = await startHarness([
    { id: G, name: 'One', channels: Array.from({ length: 4 }, (_, i) => ({ id: ch(i), name: `news-${i}` })) },
  ]);
  return h;
}

describe('cadence and filters in delivery, end to end against the fake Discord (#11)', () => {
  it('a weekly digest is not due on other days and covers every edition since the last one', async () => {
    const t = await harness();
    t.store.upsertSubscription({
      guildId: G,
      channelId: ch(0),
      time: '08:00',
      timezone: 'Asia/Shanghai',
      lastEditionSent: null,
      cadence: 'weekly',
      weekday: 3, // Wednesday
    });
    const s = t.scheduler({ sweepExpression: null, graceHours: 1 });
    expect(s.nextRun(ch(0))!.toISOString()).toBe('2024-07-31T00:00:00.000Z');
    for (const at of ['2024-07-29T00:00:00Z', '2024-07-30T00:00:00Z', '2024-07-30T00:30:00Z'])
      expect((await s.runDue(t.at(at))).due).toBe(0);
    expect(t.fake.messages).toHaveLength(0);
    expect(t.store.getDelivery(ch(0), '2024-07-30')).toBeNull();

    await s.runDue(t.at('2024-07-31T00:00:00Z')); // Wednesday 08:00 Shanghai
    const posted = t.fake.messages.filter((m) => m.channelId === ch(0));
    expect(posted.map((m) => m.content)).toEqual([
      '**Daily digest · Mon, 29 Jul 2024 · 3 articles**\n2 editions, Mon 29 – Tue 30 Jul 2024',
      '**Daily digest · Tue, 30 Jul 2024 · 4 articles**',
    ]);
    expect(t.store.getDelivery(ch(0), '2024-07-31')?.editions).toEqual(['2024-07-29', '2024-07-30']);
    expect(s.nextRun(ch(0))!.toISOString()).toBe('2024-08-07T00:00:00.000Z');
  });

  it('a weekdays digest skips the weekend', async () => {
    const t = await harness();
    t.store.upsertSubscription({
      guildId: G,
      channelId: ch(1),
      time: '08:00',
      timezone: 'Asia/Shanghai',
      lastEditionSent: '2024-07-29',
      cadence: 'weekdays',
    });
    const s = t.scheduler({ sweepExpression: null, graceHours: 1 });
    await s.runDue(t.at('2024-08-03T00:00:00Z')); // Saturday
    await s.runDue(t.at('2024-08-04T00:00:00Z')); // Sunday
    expect(t.createdIn(ch(1))).toBe(0);
    await s.runDue(t.at('2024-08-05T00:00:00Z')); // Monday
    expect(t.createdIn(ch(1))).toBe(1);
  });

  it('delivers only the stories the filters keep (a Traditional section name included)', async () => {
    const t = await harness();
    t.subscribe(G, ch(2), '08:00', 'Asia/Shanghai');
    t.store.setSubscriptionFilters(ch(2), { sections: ['經濟'], include: [], exclude: ['第4条'] });
    const s = t.scheduler({ sweepExpression: null, graceHours: 1, toSimplified: simplifiedVariants });
    await s.runDue(t.at('2024-07-30T00:00:00Z'));
    const posted = t.fake.messages.filter((m) => m.channelId === ch(2));
    expect(posted).toHaveLength(1);
    expect(posted[0]!.content).toBe('**Daily digest · Tue, 30 Jul 2024 · 1 article**');
    expect(menuValues(posted[0]!)).toEqual(['20240730a2']);
  });

  it('posts nothing when nothing matches, logs it, and does not reconsider those editions', async () => {
    const t = await harness();
    t.subscribe(G, ch(3), '08:00', 'Asia/Shanghai');
    t.store.setSubscriptionFilters(ch(3), { sections: [], include: ['体育'], exclude: [] });
    const s = t.scheduler({ sweepExpression: null, graceHours: 1, toSimplified: simplifiedVariants });
    const report = await s.runDue(t.at('2024-07-30T00:00:00Z'));
    expect(report.counts.empty).toBe(1);
    expect(t.fake.messages).toHaveLength(0);
    expect(t.store.getDelivery(ch(3), '2024-07-30')).toMatchObject({
      status: 'empty',
      emptyReason: 'filtered',
    });
    expect(t.store.getSubscription(ch(3))!.lastEditionSent).toBe('2024-07-30');
    expect(
      t.log.lines.some(
        (l) =>
          l.channelId === ch(3) &&
          l.reason === 'filtered' &&
          String(l.msg).startsWith('digest empty: nothing matched the filters'),
      ),
    ).toBe(true);
    // The next day brings no new edition: that is "no edition", not the same editions filtered again.
    await s.runDue(t.at('2024-07-31T00:00:00Z'));
    expect(t.store.getDelivery(ch(3), '2024-07-31')).toMatchObject({
      status: 'empty',
      emptyReason: 'no-edition',
    });
    // A new edition with a matching story is posted, and only it.
    seedEdition(t.store, '2024-08-01', 2);
    t.store.setSubscriptionFilters(ch(3), { sections: [], include: ['第2条'], exclude: [] });
    await s.runDue(t.at('2024-08-01T00:00:00Z'));
    const posted = t.fake.messages.filter((m) => m.channelId === ch(3));
    expect(posted).toHaveLength(1);
    expect(menuValues(posted[0]!)).toEqual(['20240801a1']);
  });
});
