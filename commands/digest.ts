import {
  ChannelType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  InteractionContextType,
  type APIEmbed,
} from 'discord.js';
import { buildDigest } from '../src/digest/build-digest.js';
import { initialLastEdition } from '../src/delivery/delivery.js';
import { nextRun } from '../src/digest/schedule.js';
import { normalizeTime, normalizeTimezone, timezoneNames } from '../src/digest/schedule-input.js';
import {
  UserError,
  type Command,
  type CommandContext,
  type CommandRequest,
  type Reply,
} from '../src/discord/command.js';
import { renderDigestMessages } from '../src/discord/digest-message.js';
import { EMBED_COLOR } from '../src/discord/render.js';
import { truncate } from '../src/discord/markdown.js';
import { t, type MessageKey } from '../src/i18n/index.js';
import type { Subscription } from '../src/store/types.js';

/** What the bot needs in a digest channel, with the i18n key of each permission's name. */
const REQUIRED_PERMISSIONS: [bigint, MessageKey][] = [
  [PermissionFlagsBits.ViewChannel, 'perm.ViewChannel'],
  [PermissionFlagsBits.SendMessages, 'perm.SendMessages'],
  [PermissionFlagsBits.EmbedLinks, 'perm.EmbedLinks'],
];

const TEXT_CHANNELS: readonly number[] = [ChannelType.GuildText, ChannelType.GuildAnnouncement];

/** Discord renders `<t:…>` in each reader's own time zone; the console rewrites it. */
const stamp = (d: Date): string => `<t:${Math.floor(d.getTime() / 1000)}:f>`;

function nextRunOf(sub: Subscription, ctx: CommandContext): Date | null {
  if (sub.status === 'paused') return null;
  return ctx.scheduler?.nextRun(sub.channelId) ?? nextRun(sub, ctx.clock.now());
}

function requireAdmin(req: CommandRequest): string {
  if (!req.guildId) throw new UserError(t(req.locale, 'digest.guildOnly'));
  const perms = req.memberPermissions ?? 0n;
  const admin = (perms & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n;
  if (!admin) throw new UserError(t(req.locale, 'digest.adminOnly'));
  return req.guildId;
}

function requireChannel(req: CommandRequest): string {
  const channel = req.options.channel('channel');
  if (!channel || (channel.type !== null && !TEXT_CHANNELS.includes(channel.type)))
    throw new UserError(t(req.locale, 'digest.badChannel'));
  return channel.id;
}

/** Subscriptions paused by delivery errors that no admin has been told about yet. */
function unseenPauses(guildId: string, ctx: CommandContext): Subscription[] {
  return ctx.store.listSubscriptions({ guildId, status: 'paused' }).filter((s) => !s.pauseNotified);
}

function pausedNotice(unseen: Subscription[], locale: string): string {
  const lines = unseen.map((s) => `<#${s.channelId}> (${truncate(s.pauseReason ?? '?', 200)})`).join(', ');
  return t(locale, 'digest.pausedNotice', { lines });
}

async function subscribe(req: CommandRequest, ctx: CommandContext, guildId: string): Promise<Reply> {
  const channelId = requireChannel(req);
  const rawTime = req.options.string('time') ?? '';
  const time = normalizeTime(rawTime);
  if (!time) throw new UserError(t(req.locale, 'digest.badTime', { time: rawTime }));
  const rawTz = req.options.string('timezone');
  const timezone = rawTz
    ? normalizeTimezone(rawTz)
    : ctx.store.getGuildSettings(guildId).timezone || ctx.defaultTimezone;
  if (!timezone) throw new UserError(t(req.locale, 'digest.badTimezone', { tz: rawTz ?? '' }));

  const perms = await req.botPermissionsIn(channelId);
  if (perms === null) throw new UserError(t(req.locale, 'digest.badChannel'));
  const missing = REQUIRED_PERMISSIONS.filter(
    ([flag]) => (perms & flag) !== flag && (perms & PermissionFlagsBits.Administrator) === 0n,
  );
  if (missing.length > 0) {
    const names = missing.map(([, key]) => t(req.locale, key)).join(', ');
    throw new UserError(t(req.locale, 'digest.missingPermissions', { channel: channelId, perms: names }));
  }

  const existing = ctx.store.getSubscription(channelId);
  // Re-subscribing (e.g. to resume a paused channel) keeps its place; a new one starts at the newest edition.
  const lastEditionSent = existing ? existing.lastEditionSent : initialLastEdition(ctx.store);
  const sub = ctx.store.upsertSubscription({ guildId, channelId, time, timezone, lastEditionSent });
  ctx.scheduler?.reload?.();
  const next = nextRunOf(sub, ctx);
  return {
    content: t(req.locale, 'digest.subscribed', {
      channel: channelId,
      time,
      tz: timezone,
      next: next ? stamp(next) : t(req.locale, 'digest.notScheduled'),
    }),
    embeds: [],
    components: [],
  };
}

function list(req: CommandRequest, ctx: CommandContext, guildId: string): Reply {
  const subs = ctx.store.listSubscriptions({ guildId });
  const embed: APIEmbed = { color: EMBED_COLOR, title: t(req.locale, 'digest.listTitle') };
  if (subs.length === 0) {
    embed.description = t(req.locale, 'digest.listEmpty');
  } else {
    embed.description = truncate(
      subs
        .map((s) => {
          const next = nextRunOf(s, ctx);
          const d = ctx.store.lastDelivery(s.channelId);
          const last = d
            ? t(req.locale, 'digest.deliveryStatus', {
                status: t(req.locale, `delivery.${d.status}`),
                day: d.day,
              })
            : t(req.locale, 'digest.never');
          const lines = [
            `<#${s.channelId}>`,
            t(req.locale, 'digest.listLine', {
              time: s.time,
              tz: s.timezone,
              next: next ? stamp(next) : t(req.locale, 'digest.notScheduled'),
              last,
            }),
          ];
          if (s.status === 'paused')
            lines.push(
              `⚠️ ${t(req.locale, 'digest.listPaused', { reason: truncate(s.pauseReason ?? '?', 200) })}`,
            );
          else if (d?.error)
            lines.push(`⚠️ ${t(req.locale, 'digest.listError', { error: truncate(d.error, 200) })}`);
          return lines.join('\n');
        })
        .join('\n\n'),
      4096,
    );
  }
  return { embeds: [embed], components: [] };
}

function preview(req: CommandRequest, ctx: CommandContext): Reply {
  const newest = ctx.store.editionDates(1)[0];
  if (!newest) throw new UserError(t(req.locale, 'digest.previewEmpty'));
  // In the server's language, as its channels get it, whatever the admin's own locale.
  const messages = renderDigestMessages(
    buildDigest(ctx.store.articlesForDate(newest), { editionDate: newest }),
    req.guildLocale ?? req.locale,
  );
  const [first, ...rest] = messages;
  if (!first) throw new UserError(t(req.locale, 'digest.previewEmpty'));
  return { ...first, followUps: rest.map((m) => ({ ...m, ephemeral: true })) };
}

export const digest = {
  data: new SlashCommandBuilder()
    .setName('digest')
    .setNameLocalizations({ 'zh-CN': '日报' })
    .setDescription('Set up the daily digest (Manage Server)')
    .setDescriptionLocalizations({ 'zh-CN': '设置每日日报（需要“管理服务器”权限）' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s
        .setName('subscribe')
        .setNameLocalizations({ 'zh-CN': '订阅' })
        .setDescription('Post the digest in a channel every day')
        .setDescriptionLocalizations({ 'zh-CN': '每天在一个频道推送日报' })
        .addChannelOption((o) =>
          o
            .setName('channel')
            .setNameLocalizations({ 'zh-CN': '频道' })
            .setDescription('Where to post')
            .setDescriptionLocalizations({ 'zh-CN': '推送到哪个频道' })
            .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement)
            .setRequired(true),
        )
        .addStringOption((o) =>
          o
            .setName('time')
            .setNameLocalizations({ 'zh-CN': '时间' })
            .setDescription('Time of day, 24-hour HH:MM, e.g. 08:00')
            .setDescriptionLocalizations({ 'zh-CN': '每天的推送时间，24 小时制 HH:MM，例如 08:00' })
            .setRequired(true)
            .setMaxLength(5),
        )
        .addStringOption((o) =>
          o
            .setName('timezone')
            .setNameLocalizations({ 'zh-CN': '时区' })
            .setDescription('IANA time zone (default: the server’s)')
            .setDescriptionLocalizations({ 'zh-CN': 'IANA 时区（默认使用服务器时区）' })
            .setAutocomplete(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('unsubscribe')
        .setNameLocalizations({ 'zh-CN': '取消订阅' })
        .setDescription('Stop posting the digest in a channel')
        .setDescriptionLocalizations({ 'zh-CN': '停止在一个频道推送日报' })
        .addChannelOption((o) =>
          o
            .setName('channel')
            .setNameLocalizations({ 'zh-CN': '频道' })
            .setDescription('The subscribed channel')
            .setDescriptionLocalizations({ 'zh-CN': '已订阅的频道' })
            .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement)
            .setRequired(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('timezone')
        .setNameLocalizations({ 'zh-CN': '时区' })
        .setDescription('Show or set the server’s default time zone')
        .setDescriptionLocalizations({ 'zh-CN': '查看或设置服务器的默认时区' })
        .addStringOption((o) =>
          o
            .setName('timezone')
            .setNameLocalizations({ 'zh-CN': '时区' })
            .setDescription('IANA name, e.g. Asia/Shanghai')
            .setDescriptionLocalizations({ 'zh-CN': 'IANA 名称，例如 Asia/Shanghai' })
            .setAutocomplete(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('preview')
        .setNameLocalizations({ 'zh-CN': '预览' })
        .setDescription('The digest exactly as a channel would get it')
        .setDescriptionLocalizations({ 'zh-CN': '预览频道将收到的日报' }),
    )
    .addSubcommand((s) =>
      s
        .setName('list')
        .setNameLocalizations({ 'zh-CN': '列表' })
        .setDescription('Subscribed channels, times, next runs and last deliveries')
        .setDescriptionLocalizations({ 'zh-CN': '已订阅的频道、时间、下次推送和上次推送' }),
    ),
  ephemeral: true,

  async execute(req, ctx) {
    // Default member permissions can be overridden by server admins; check again here.
    const guildId = requireAdmin(req);
    const unseen = unseenPauses(guildId, ctx);
    let reply: Reply;
    switch (req.subcommand) {
      case 'subscribe':
        reply = await subscribe(req, ctx, guildId);
        break;
      case 'unsubscribe': {
        const channelId = requireChannel(req);
        const sub = ctx.store.getSubscription(channelId);
        if (!sub || sub.guildId !== guildId || !ctx.store.removeSubscription(channelId))
          throw new UserError(t(req.locale, 'digest.notSubscribed', { channel: channelId }));
        ctx.scheduler?.reload?.();
        reply = {
          content: t(req.locale, 'digest.unsubscribed', { channel: channelId }),
          embeds: [],
          components: [],
        };
        break;
      }
      case 'timezone': {
        const raw = req.options.string('timezone');
        if (raw === null) {
          reply = {
            content: t(req.locale, 'digest.timezoneIs', {
              tz: ctx.store.getGuildSettings(guildId).timezone || ctx.defaultTimezone,
            }),
            embeds: [],
            components: [],
          };
          break;
        }
        const tz = normalizeTimezone(raw);
        if (!tz) throw new UserError(t(req.locale, 'digest.badTimezone', { tz: raw }));
        ctx.store.setGuildTimezone(guildId, tz);
        reply = { content: t(req.locale, 'digest.timezoneSet', { tz }), embeds: [], components: [] };
        break;
      }
      case 'preview':
        reply = preview(req, ctx);
        break;
      case 'list':
        reply = list(req, ctx, guildId);
        break;
      default:
        throw new UserError(
          t(req.locale, 'generic.unknownCommand', { name: `digest ${req.subcommand ?? ''}` }),
        );
    }
    // The notice rides on a successful reply and is marked only then, so a typo does not swallow it.
    if (unseen.length > 0) {
      const notice = pausedNotice(unseen, req.locale);
      ctx.store.markPauseNotified(unseen.map((s) => s.channelId));
      reply = { ...reply, content: reply.content ? `${notice}\n\n${reply.content}` : notice };
    }
    return { ...reply, ephemeral: true };
  },

  async autocomplete(req) {
    const typed = req.focused.value.trim().toLowerCase();
    return timezoneNames()
      .filter((z) => z.toLowerCase().includes(typed))
      .slice(0, 25)
      .map((z) => ({ name: z, value: z }));
  },
} satisfies Command;
