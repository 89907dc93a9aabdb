/**
 * Runs the bot the way tests/discord/harness.ts does (the real discord.js client against the fake Discord, on
 * an in-memory store) and collects what it sent for the main replies, in an en-US and a zh-CN server: the
 * recorded payloads, untouched, for screens/render-html.ts to draw.
 */
import { PermissionFlagsBits, type APIInteraction } from 'discord.js';
import { handleComponent } from '../commands/components.js';
import { commands } from '../commands/index.js';
import { createScheduler } from '../src/delivery/scheduler.js';
import { createBot } from '../src/discord/bot.js';
import { createChannelPoster } from '../src/discord/channel-poster.js';
import { silentLogger } from '../src/logger.js';
import { SEED_DATE } from '../tests/discord/harness.js';
import {
  nextSnowflake,
  startFakeDiscord,
  type FakeDiscord,
  type InteractionResponse,
} from '../tests/support/fake-discord/index.js';
import { editionStore, type Edition } from './editions.js';
import { EPHEMERAL, type Screen, type ScreenMessage } from './render-html.js';

export const LOCALES = [
  { locale: 'en-US', timeZone: 'Europe/London' },
  { locale: 'zh-CN', timeZone: 'Asia/Shanghai' },
] as const;

/** A screen before it is drawn: its file name stem and what to show, or why it could not be made. */
export interface CollectedScreen {
  name: string;
  screen: Screen | null;
  error?: string;
}

/** Subscribed the evening before, delivered at 08:00 Shanghai on the seed's date: the digest is due. */
const SUBSCRIBED_AT = new Date(Date.parse(`${SEED_DATE}T00:00:00Z`) - 12 * 3_600_000).toISOString();
const DELIVERED_AT = `${SEED_DATE}T00:01:00Z`;
const ADMIN = PermissionFlagsBits.ManageGuild;

/** The command as the reader's client shows it: the localized names of the command and its subcommand. */
function commandLabel(name: string, subcommand: string | undefined, locale: string): string {
  const json = commands.find((c) => c.data.name === name)?.data.toJSON();
  const local = (o: { name: string; name_localizations?: Record<string, string | null> | null }): string =>
    o.name_localizations?.[locale] ?? o.name;
  if (!json) return `/${name}`;
  const sub = subcommand ? (json.options ?? []).find((o) => o.name === subcommand) : undefined;
  return `/${local(json)}${sub ? ` ${local(sub)}` : ''}`;
}

/** Waits until the bot has stopped answering (follow-ups come after the first reply). */
async function settled(fake: FakeDiscord, id: string): Promise<InteractionResponse[]> {
  await fake.waitForResponse(id, { match: (r) => r.kind !== 'callback' || r.type !== 5, timeoutMs: 8000 });
  let count = -1;
  while (fake.interactionResponses(id).length !== count) {
    count = fake.interactionResponses(id).length;
    await new Promise((r) => setTimeout(r, 300));
  }
  return fake.interactionResponses(id);
}

/** The messages a reader sees after one interaction: the reply (as last edited), then each follow-up. */
export function messagesFromResponses(
  responses: InteractionResponse[],
  usedCommand?: string,
): ScreenMessage[] {
  let deferredEphemeral = false;
  let original = null as ScreenMessage | null;
  const followUps: ScreenMessage[] = [];
  for (const r of responses) {
    const flags = Number(r.data.flags ?? 0);
    if (r.kind === 'callback' && (r.type === 5 || r.type === 6))
      deferredEphemeral = (flags & EPHEMERAL) !== 0;
    else if (r.kind === 'callback' && (r.type === 4 || r.type === 7))
      original = { data: r.data, usedCommand, ephemeral: (flags & EPHEMERAL) !== 0 };
    else if (r.kind === 'editOriginal')
      original = {
        data: { ...(original?.data ?? {}), ...r.data },
        usedCommand,
        ephemeral: deferredEphemeral,
      };
    else if (r.kind === 'followUp') followUps.push({ data: r.data, ephemeral: (flags & EPHEMERAL) !== 0 });
  }
  return [...(original ? [original] : []), ...followUps];
}

export async function collectScreens(edition: Edition): Promise<CollectedScreen[]> {
  let now = new Date(SUBSCRIBED_AT);
  const clock = { now: () => now };
  const store = editionStore(edition, clock);
  const guilds = LOCALES.map((l) => ({ ...l, id: nextSnowflake(), newsId: nextSnowflake() }));
  const fake = await startFakeDiscord({
    token: 'fake-token',
    interactionDeadlineMs: null,
    now: () => clock.now(),
    guilds: guilds.map((g) => ({ id: g.id, locale: g.locale, channels: [{ id: g.newsId, name: 'news' }] })),
  });
  const bot = createBot({
    config: { discordToken: 'fake-token', discordApiBase: fake.apiBase, defaultTimezone: 'Asia/Shanghai' },
    store,
    logger: silentLogger,
    clock,
    commands,
    components: handleComponent,
  });
  const out: CollectedScreen[] = [];
  try {
    await bot.start();
    await fake.waitForReadySession();
    const scheduler = createScheduler({
      store,
      poster: createChannelPoster({ rest: bot.client.rest, backoffMs: 1, sleep: async () => undefined }),
      logger: silentLogger,
      clock,
      graceHours: 12,
      concurrency: 2,
      staggerMs: 0,
      cron: { schedule: () => ({ stop: () => undefined, destroy: () => undefined }) },
      sweepExpression: null,
    });
    bot.setScheduler(scheduler);
    const lead = store.articlesForDate(SEED_DATE)[0];

    for (const g of guilds) {
      const screen = (messages: ScreenMessage[], title: string): Screen => ({
        title,
        locale: g.locale,
        timeZone: g.timeZone,
        now: clock.now(),
        messages,
        channels: { [g.newsId]: 'news' },
      });
      const run = async (
        name: string,
        command: string,
        opts: { subcommand?: string; options?: Record<string, unknown>; admin?: boolean } = {},
      ): Promise<void> => {
        const stem = `${edition}-${name}-${g.locale}`;
        try {
          const payload: APIInteraction = fake.build.slashCommand({
            name: command,
            subcommand: opts.subcommand,
            options: opts.options as never,
            guildId: g.id,
            channelId: g.newsId,
            locale: g.locale,
            ...(opts.admin ? { memberPermissions: ADMIN } : {}),
          });
          fake.sendInteraction(payload);
          const responses = await settled(fake, payload.id);
          const label = commandLabel(command, opts.subcommand, g.locale);
          out.push({ name: stem, screen: screen(messagesFromResponses(responses, label), `${stem}`) });
        } catch (err) {
          out.push({ name: stem, screen: null, error: err instanceof Error ? err.message : String(err) });
        }
      };

      now = new Date(SUBSCRIBED_AT);
      await run('digest-subscribe', 'digest', {
        subcommand: 'subscribe',
        options: { channel: { type: 7, value: g.newsId }, time: '08:00', timezone: 'Asia/Shanghai' },
        admin: true,
      });
      now = new Date(DELIVERED_AT);
      await run('headlines', 'headlines');
      await run('summary', 'summary', { options: { article: lead?.id ?? '' } });
      await run('article', 'article', { options: { article: lead?.id ?? '' } });
      await run('search', 'search', { options: { query: '市' } });
      await run('digest-preview', 'digest', { subcommand: 'preview', admin: true });
      await run('digest-list', 'digest', { subcommand: 'list', admin: true });
    }

    // The digest itself, posted by the real scheduler and poster into each server's channel.
    now = new Date(DELIVERED_AT);
    await scheduler.runDue(now);
    for (const g of guilds) {
      const posted = fake.messages.filter((m) => m.channelId === g.newsId && m.created);
      const stem = `${edition}-digest-${g.locale}`;
      if (!posted.length) {
        out.push({ name: stem, screen: null, error: 'the scheduler posted no digest in this channel' });
        continue;
      }
      const messages = posted.map((m) => ({
        data: { content: m.content, embeds: m.embeds, components: m.components, flags: m.flags },
      }));
      out.push({
        name: stem,
        screen: {
          title: stem,
          locale: g.locale,
          timeZone: g.timeZone,
          now: clock.now(),
          messages,
          channels: { [g.newsId]: 'news' },
        },
      });
    }
    await scheduler.stop();
  } finally {
    await bot.stop();
    await fake.close();
    store.close();
  }
  return out;
}
