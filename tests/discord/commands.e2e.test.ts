import { MessageFlags, PermissionFlagsBits, type APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleComponent } from '../../commands/components.js';
import { commands } from '../../commands/index.js';
import { createBot } from '../../src/discord/bot.js';
import { renderDigestMessages } from '../../src/discord/digest-message.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import { silentLogger } from '../../src/logger.js';
import type { InteractionResponse } from '../support/fake-discord/index.js';
import {
  fixedClock,
  HANDMADE_DATE,
  LONG_ARTICLE,
  MENTION_ARTICLE,
  SEED_DATE,
  startHarness,
  type Harness,
} from './harness.js';

const ADMIN = PermissionFlagsBits.ManageGuild;
const CALLBACK_REPLY = 4;
const CALLBACK_UPDATE = 7;
const AUTOCOMPLETE_RESULT = 8;

type Component = {
  type: number;
  custom_id?: string;
  label?: string;
  disabled?: boolean;
  options?: { label: string; value: string }[];
};

function embeds(r: InteractionResponse): APIEmbed[] {
  return (r.data.embeds ?? []) as APIEmbed[];
}
function components(r: InteractionResponse): Component[] {
  return ((r.data.components ?? []) as { components: Component[] }[]).flatMap((row) => row.components);
}
function isEphemeral(r: InteractionResponse): boolean {
  return ((r.data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

describe('the bot end to end against the fake Discord server', () => {
  let h: Harness;
  const responses: InteractionResponse[] = [];
  const send = async (...args: Parameters<Harness['send']>): Promise<InteractionResponse> => {
    const r = await h.send(...args);
    responses.push(r);
    return r;
  };
  const slash = (
    name: string,
    extra: Parameters<Harness['fake']['build']['slashCommand']>[0] extends infer T
      ? Omit<T & object, 'name'>
      : never = {},
  ) => send(h.fake.build.slashCommand({ name, ...extra }));
  const digest = (
    subcommand: string,
    options: Record<string, unknown> = {},
    extra: Record<string, unknown> = {},
  ) =>
    send(
      h.fake.build.slashCommand({
        name: 'digest',
        subcommand,
        options: options as never,
        memberPermissions: ADMIN,
        ...extra,
      }),
    );
  const channel = (id: string) => ({ type: 7, value: id });

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('/headlines', () => {
    it('shows the newest edition with numbered titles, kicker, authors and section, and a menu to open them', async () => {
      const r = await slash('headlines');
      expect(r.type).toBe(CALLBACK_REPLY);
      const [e] = embeds(r);
      expect(e!.title).toContain(SEED_DATE);
      const seeded = h.store.articlesForDate(SEED_DATE);
      expect(e!.description).toContain(`**1. ${seeded[0]!.title}**`);
      const menu = components(r).find((c) => c.type === 3)!;
      expect(menu.custom_id).toBe(`headlines:${SEED_DATE}`);
      expect(menu.options!.map((o) => o.value)).toEqual(seeded.slice(0, 10).map((a) => a.id));
    });

    it('shows a chosen date and escapes article Markdown there', async () => {
      const r = await slash('headlines', { options: { date: HANDMADE_DATE } });
      const d = embeds(r)[0]!.description!;
      expect(d).toContain('@everyone 注意 \\*\\*加粗\\*\\* \\_斜体\\_');
      expect(d).toContain('\\# 不是标题');
      expect(r.data.allowed_mentions).toEqual({ parse: [] });
    });

    it('refuses a malformed date with an ephemeral explanation', async () => {
      const r = await slash('headlines', { options: { date: 'yesterday' } });
      expect(isEphemeral(r)).toBe(true);
      expect(r.data.content).toMatch(/not a date.*YYYY-MM-DD/);
    });

    it('names the stored editions when a date has none', async () => {
      const r = await slash('headlines', { options: { date: '2001-01-01' } });
      expect(isEphemeral(r)).toBe(true);
      expect(r.data.content).toContain(SEED_DATE);
    });

    it('opens an article chosen in the menu as a private summary', async () => {
      const r = await send(
        h.fake.build.select({ customId: `headlines:${HANDMADE_DATE}`, values: [MENTION_ARTICLE.id] }),
      );
      expect(r.type).toBe(CALLBACK_REPLY);
      expect(isEphemeral(r)).toBe(true);
      expect(embeds(r)[0]!.title).toBe('@everyone 注意 \\*\\*加粗\\*\\* \\_斜体\\_');
    });

    it('autocompletes edition dates', async () => {
      const r = await send(
        h.fake.build.autocomplete({ name: 'headlines', options: { date: '2019' }, focused: 'date' }),
      );
      expect(r.type).toBe(AUTOCOMPLETE_RESULT);
      expect((r.data.choices as { value: string }[]).map((c) => c.value)).toEqual([SEED_DATE, HANDMADE_DATE]);
    });
  });

  describe('/summary and /article', () => {
    it('autocompletes titles within Discord’s limits', async () => {
      const r = await send(
        h.fake.build.autocomplete({ name: 'summary', options: { article: '' }, focused: 'article' }),
      );
      const choices = r.data.choices as { name: string; value: string }[];
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
      const typed = await send(
        h.fake.build.autocomplete({ name: 'article', options: { article: '渔港' }, focused: 'article' }),
      );
      expect((typed.data.choices as { value: string }[])[0]!.value).toBe(LONG_ARTICLE.id);
    });

    it('shows title, kicker, summary, keywords, authors and date with a read-full button', async () => {
      const a = h.store.articlesForDate(SEED_DATE)[0]!;
      const r = await slash('summary', { options: { article: a.id } });
      const e = embeds(r)[0]!;
      expect(e.title).toContain(a.title.slice(0, 4));
      expect(e.fields!.map((f) => f.name)).toEqual(expect.arrayContaining(['Keywords', 'Authors', 'Date']));
      expect(e.fields!.find((f) => f.name === 'Date')!.value).toBe(SEED_DATE);
      expect(components(r)[0]!.custom_id).toBe(`read:${a.id}`);
    });

    it('finds an article from typed words when nothing was picked', async () => {
      const r = await slash('summary', { options: { article: '席草' } });
      expect(embeds(r)[0]!.title).toContain('席草');
    });

    it('pages the full text with Previous/Next within Discord’s limits, statelessly', async () => {
      const r = await slash('article', { options: { article: LONG_ARTICLE.id } });
      const e = embeds(r)[0]!;
      expect(e.description!.length).toBeLessThanOrEqual(4096);
      expect(e.footer!.text).toMatch(/^Page 1\/\d+/);
      const [prev, next] = components(r);
      expect(prev!.disabled).toBe(true);
      expect(next!.custom_id).toBe(`article:${LONG_ARTICLE.id}:1`);

      const turned = await send(h.fake.build.button({ customId: next!.custom_id! }));
      expect(turned.type).toBe(CALLBACK_UPDATE);
      expect(embeds(turned)[0]!.footer!.text).toMatch(/^Page 2\//);
      expect(embeds(turned)[0]!.description).not.toBe(e.description);
    });

    it('opens the full text from the read-full button as a private reply', async () => {
      const r = await send(h.fake.build.button({ customId: `read:${MENTION_ARTICLE.id}` }));
      expect(r.type).toBe(CALLBACK_REPLY);
      expect(isEphemeral(r)).toBe(true);
      const d = embeds(r)[0]!.description!;
      expect(d).toContain('@everyone 请注意：\\*\\*这不是加粗\\*\\*，\\_这也不是斜体\\_');
      expect(d).toContain('\\- 不是列表');
      expect(r.data.allowed_mentions).toEqual({ parse: [] });
    });

    it('says so when no article matches', async () => {
      const r = await slash('summary', { options: { article: 'zzzz-no-such-article' } });
      expect(isEphemeral(r)).toBe(true);
      expect(r.data.content).toContain('No article matches');
    });
  });

  describe('/search', () => {
    it('lists ranked results with bold matches in snippets', async () => {
      const r = await slash('search', { options: { query: '席草' } });
      const e = embeds(r)[0]!;
      expect(e.title).toBe('Search: 席草');
      expect(e.description).toMatch(/\*\*1\. .*席草/);
      expect(e.description).toContain('**席草**');
    });

    it('paginates with the page size it was asked for', async () => {
      const r = await slash('search', { options: { query: '渔民', limit: 1 } });
      expect(embeds(r)[0]!.footer!.text).toMatch(/^Results 1–1 of [2-9]/);
      const next = components(r).find((c) => c.type === 2 && !c.disabled)!;
      expect(next.custom_id).toBe('search:1-1:渔民');
      const turned = await send(h.fake.build.button({ customId: next.custom_id! }));
      expect(turned.type).toBe(CALLBACK_UPDATE);
      expect(embeds(turned)[0]!.footer!.text).toMatch(/^Results 2–2 of/);
    });

    it('says when nothing matches', async () => {
      const r = await slash('search', { options: { query: 'qqqqxyz' } });
      expect(isEphemeral(r)).toBe(true);
      expect(r.data.content).toContain('Nothing matches');
    });
  });

  describe('/digest', () => {
    it('is denied to a member without Manage Server, changing nothing', async () => {
      const r = await send(
        h.fake.build.slashCommand({
          name: 'digest',
          subcommand: 'subscribe',
          options: { channel: channel(h.newsId), time: '08:00' } as never,
          memberPermissions: PermissionFlagsBits.SendMessages,
        }),
      );
      expect(isEphemeral(r)).toBe(true);
      expect(r.data.content).toContain('Manage Server');
      expect(h.store.getSubscription(h.newsId)).toBeNull();
    });

    it('refuses a bad time and a bad time zone clearly', async () => {
      const t = await digest('subscribe', { channel: channel(h.newsId), time: '25:00' });
      expect(isEphemeral(t)).toBe(true);
      expect(t.data.content).toContain('“25:00” is not a time of day');
      const z = await digest('subscribe', {
        channel: channel(h.newsId),
        time: '08:00',
        timezone: 'Mars/Olympus',
      });
      expect(z.data.content).toContain('“Mars/Olympus” is not an IANA time zone');
      expect(h.store.getSubscription(h.newsId)).toBeNull();
    });

    it('refuses a channel where the bot lacks Embed Links, naming it', async () => {
      const r = await digest('subscribe', { channel: channel(h.lockedId), time: '08:00' });
      expect(isEphemeral(r)).toBe(true);
      expect(r.data.content).toContain('I’m missing the “Embed Links” permission there');
      expect(h.store.getSubscription(h.lockedId)).toBeNull();
      const zh = await digest(
        'subscribe',
        { channel: channel(h.lockedId), time: '08:00' },
        { locale: 'zh-CN' },
      );
      expect(zh.data.content).toContain('缺少「嵌入链接」权限');
    });

    it('sets the server time zone, which new subscriptions then use', async () => {
      const r = await digest('timezone', { timezone: 'europe/london' });
      expect(r.data.content).toContain('Europe/London');
      const s = await digest('subscribe', { channel: channel(h.newsId), time: '7:30' });
      expect(isEphemeral(s)).toBe(true);
      expect(s.data.content).toContain('07:30 (Europe/London)');
      expect(h.store.getSubscription(h.newsId)).toMatchObject({
        time: '07:30',
        timezone: 'Europe/London',
        guildId: h.guildId,
      });
    });

    it('lists each channel with time, time zone, next run and last delivery', async () => {
      await digest('subscribe', { channel: channel(h.newsId), time: '08:00', timezone: 'Asia/Shanghai' });
      const r = await digest('list');
      const d = embeds(r)[0]!.description!;
      expect(d).toContain(`<#${h.newsId}>`);
      // 08:00 in Shanghai after 2019-08-07T00:00Z (08:00 local) is the next day at 00:00Z.
      const next = Date.parse('2019-08-08T00:00:00Z') / 1000;
      expect(d).toContain(
        `Daily at 08:00 (Asia/Shanghai)\nNext digest: <t:${next}:f> (<t:${next}:R>)\nLast digest: never`,
      );
    });

    it('lists the channel due soonest first, in the admin’s language, with the last digest’s date', async () => {
      const later = '900000000000000001';
      const sooner = '900000000000000002';
      h.store.upsertSubscription({
        guildId: h.guildId,
        channelId: later,
        time: '23:00',
        timezone: 'Asia/Shanghai',
        lastEditionSent: null,
      });
      h.store.upsertSubscription({
        guildId: h.guildId,
        channelId: sooner,
        time: '09:00',
        timezone: 'Asia/Shanghai',
        lastEditionSent: null,
      });
      const r = await digest('list', {}, { locale: 'zh-CN' });
      const d = embeds(r)[0]!.description!;
      expect(d.indexOf(`<#${sooner}>`)).toBeGreaterThan(-1);
      expect(d.indexOf(`<#${sooner}>`)).toBeLessThan(d.indexOf(`<#${later}>`));
      const at = Date.parse('2019-08-07T15:00:00Z') / 1000;
      expect(d).toContain(
        `<#${later}>\n每天 23:00（Asia/Shanghai）\n下次推送：<t:${at}:f>（<t:${at}:R>）\n上次推送：从未`,
      );
      h.store.removeSubscription(later);
      h.store.removeSubscription(sooner);
    });

    it('tells admins once about subscriptions paused by delivery errors', async () => {
      h.store.pauseSubscription(h.newsId, 'Missing Permissions (50013)');
      const first = await digest('list');
      expect(first.data.content).toContain('Missing Permissions (50013)');
      expect(embeds(first)[0]!.description).toContain('paused: Missing Permissions (50013)');
      const second = await digest('list');
      expect(second.data.content ?? '').not.toContain('Paused digest subscriptions');
    });

    it('previews the digest exactly as a channel gets it, saying which language it is in', async () => {
      // A Chinese-speaking admin of an English server sees what its channels get: English, and a note saying so.
      const r = await digest('preview', {}, { locale: 'zh-CN' });
      expect(isEphemeral(r)).toBe(true);
      const [channelCopy] = renderDigestMessages(
        buildDigest(h.store.articlesForDate(SEED_DATE), { editionDate: SEED_DATE }),
        'en',
      );
      expect(r.data.content).toBe(channelCopy!.content);
      expect(r.data.content).toContain('Daily digest · Wed, 7 Aug 2019');
      expect(r.data.embeds).toEqual(channelCopy!.embeds);
      expect(r.data.components).toEqual(channelCopy!.components);
      expect(embeds(r).at(-1)!.footer!.text).toBe('In English');
      const [lead, menu] = components(r);
      expect(lead!.custom_id).toMatch(/^summary:/);
      expect(menu!.custom_id).toBe('open:digest');
      expect(menu!.options!.map((o) => o.value)).toEqual(h.store.articlesForDate(SEED_DATE).map((a) => a.id));
      const press = await send(h.fake.build.button({ customId: lead!.custom_id! }));
      expect(isEphemeral(press)).toBe(true);
      expect(embeds(press)[0]!.fields!.length).toBeGreaterThan(0);
      const last = menu!.options!.at(-1)!;
      const chosen = await send(h.fake.build.select({ customId: 'open:digest', values: [last.value] }));
      expect(isEphemeral(chosen)).toBe(true);
      expect(embeds(chosen)[0]!.title).toContain(h.store.getArticle(last.value)!.title);
    });

    it('unsubscribes, and says so when there was nothing to remove', async () => {
      const r = await digest('unsubscribe', { channel: channel(h.newsId) });
      expect(r.data.content).toContain('Unsubscribed');
      expect(h.store.getSubscription(h.newsId)).toBeNull();
      const again = await digest('unsubscribe', { channel: channel(h.newsId) });
      expect(again.data.content).toContain('has no digest subscription');
    });
  });

  describe('in Chinese', () => {
    it('answers zh-CN users in Chinese and keeps article text as printed', async () => {
      const r = await slash('headlines', { locale: 'zh-CN', options: { date: HANDMADE_DATE } });
      expect(embeds(r)[0]!.title).toBe(`要闻 · ${HANDMADE_DATE}`);
      const denied = await send(
        h.fake.build.slashCommand({
          name: 'digest',
          subcommand: 'list',
          locale: 'zh-CN',
          memberPermissions: 0n,
        }),
      );
      expect(denied.data.content).toContain('管理服务器');
      const help = await slash('help', { locale: 'zh-TW' });
      expect(embeds(help)[0]!.description).toContain('每天推送日報');
      const tw = await slash('headlines', { locale: 'zh-TW', options: { date: HANDMADE_DATE } });
      expect(embeds(tw)[0]!.title).toBe(`要聞 · ${HANDMADE_DATE}`);
    });

    it('explains itself in English to everyone else', async () => {
      const r = await slash('help', { locale: 'fr' });
      expect(embeds(r)[0]!.description).toContain('daily digest');
      expect(isEphemeral(r)).toBe(true);
    });
  });

  it('keeps buttons working after a restart, since their state is in the custom id', async () => {
    await h.bot.stop();
    h.bot = createBot({
      config: {
        discordToken: 'fake-token',
        discordApiBase: h.fake.apiBase,
        defaultTimezone: 'Asia/Shanghai',
      },
      store: h.store,
      logger: silentLogger,
      clock: fixedClock,
      commands,
      components: handleComponent,
    });
    await h.bot.start();
    await h.fake.waitForReadySession();
    const r = await send(h.fake.build.button({ customId: `article:${LONG_ARTICLE.id}:2` }));
    expect(r.type).toBe(CALLBACK_UPDATE);
    expect(embeds(r)[0]!.footer!.text).toMatch(/^Page 3\//);
  });

  it('never allows a mention in any response', () => {
    expect(responses.length).toBeGreaterThan(20);
    for (const r of responses.filter((x) => x.type !== AUTOCOMPLETE_RESULT))
      expect(r.data.allowed_mentions).toEqual({ parse: [] });
  });
});
