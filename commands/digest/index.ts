import { PermissionFlagsBits, SlashCommandBuilder, InteractionContextType } from 'discord.js';
import type { Command, CommandContext } from '../../src/discord/command.js';
import { DISCORD_LIMITS as L } from '../../src/discord/limits.js';
import { timezoneNames } from '../../src/digest/schedule-input.js';
import type { Reply } from '../../src/reply/reply.js';
import type { EditionReader } from '../../src/store/interfaces/edition-reader.js';
import type { GuildSettingsStore } from '../../src/store/interfaces/guild-settings-store.js';
import type { SubscriptionStore } from '../../src/store/interfaces/subscription-store.js';
import { UserError } from '../../src/user-error.js';
import { DIGEST_CHANNEL_TYPES, requireAdmin, SUBSCRIBE_CHANNEL_TYPES } from './access.js';
import { alerts } from './alerts.js';
import { list } from './list.js';
import { filter } from './filter.js';
import {
  cadenceOption,
  channelOption,
  filterSubcommand,
  previewChannelOption,
  weekdayOption,
} from './filter-options.js';
import { unseenPauses, withPausedNotice } from './paused-notice.js';
import { preview } from './preview.js';
import { subscribe, unsubscribe } from './subscriptions.js';
import { timezone } from './timezone.js';

/** What /digest reads and writes: subscriptions, the server's time zone, and the newest edition (preview, start). */
type DigestCommandStore = SubscriptionStore & GuildSettingsStore & EditionReader;

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
        .addChannelOption(channelOption('Where to post', '推送到哪个频道', SUBSCRIBE_CHANNEL_TYPES))
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
        )
        // #11 destinations: a thread per digest in a text channel; a forum channel gets a post per digest.
        .addBooleanOption((o) =>
          o
            .setName('thread')
            .setNameLocalizations({ 'zh-CN': '子区' })
            .setDescription('Start a thread per digest (text channels)')
            .setDescriptionLocalizations({ 'zh-CN': '每期日报开一个子区（文字频道）' }),
        )
        .addStringOption((o) =>
          o
            .setName('tag')
            .setNameLocalizations({ 'zh-CN': '标签' })
            .setDescription('Forum channels: the tag for each digest post')
            .setDescriptionLocalizations({ 'zh-CN': '论坛频道：每篇日报帖子的标签' })
            .setMaxLength(20),
        )
        // #11 cadence (filters-cadence helper): daily, weekdays or weekly on a day.
        .addStringOption(cadenceOption)
        .addIntegerOption(weekdayOption),
    )
    .addSubcommand((s) =>
      s
        .setName('unsubscribe')
        .setNameLocalizations({ 'zh-CN': '取消订阅' })
        .setDescription('Stop posting the digest in a channel')
        .setDescriptionLocalizations({ 'zh-CN': '停止在一个频道推送日报' })
        .addChannelOption(channelOption('The subscribed channel', '已订阅的频道', SUBSCRIBE_CHANNEL_TYPES)),
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
        .setDescriptionLocalizations({ 'zh-CN': '预览频道将收到的日报' })
        // #11 filters: preview as one subscribed channel gets it.
        .addChannelOption(previewChannelOption),
    )
    // #11 filters (filters-cadence helper): which stories a channel gets.
    .addSubcommand(filterSubcommand)
    .addSubcommand((s) =>
      s
        .setName('list')
        .setNameLocalizations({ 'zh-CN': '列表' })
        .setDescription('Subscribed channels, times, next runs and last deliveries')
        .setDescriptionLocalizations({ 'zh-CN': '已订阅的频道、时间、下次推送和上次推送' }),
    )
    // Instant alerts (#11): each new story as it arrives, instead of a digest.
    .addSubcommand((s) =>
      s
        .setName('alerts')
        .setNameLocalizations({ 'zh-CN': '即时提醒' })
        .setDescription('Post each new story in a channel as it arrives')
        .setDescriptionLocalizations({ 'zh-CN': '新稿件一到就推送到一个频道' })
        .addChannelOption(channelOption('Where to post', '推送到哪个频道', DIGEST_CHANNEL_TYPES)),
    ),
  ephemeral: true,

  async execute(req, ctx: CommandContext<DigestCommandStore>) {
    const guildId = requireAdmin(req);
    const unseen = unseenPauses(guildId, ctx);
    let reply: Reply;
    switch (req.subcommand) {
      case 'subscribe':
        reply = await subscribe(req, ctx, guildId);
        break;
      case 'unsubscribe':
        reply = unsubscribe(req, ctx, guildId);
        break;
      case 'timezone':
        reply = timezone(req, ctx, guildId);
        break;
      case 'preview':
        reply = preview(req, ctx, guildId);
        break;
      case 'list':
        reply = list(req, ctx, guildId);
        break;
      case 'filter':
        reply = filter(req, ctx, guildId);
        break;
      case 'alerts':
        reply = await alerts(req, ctx, guildId);
        break;
      default:
        throw new UserError('generic.unknownCommand', { name: `digest ${req.subcommand ?? ''}` });
    }
    return { ...withPausedNotice(reply, unseen, req.locale, ctx), ephemeral: true };
  },

  async autocomplete(req) {
    const typed = req.focused.value.trim().toLowerCase();
    return timezoneNames()
      .filter((z) => z.toLowerCase().includes(typed))
      .slice(0, L.autocompleteChoices)
      .map((z) => ({ name: z, value: z }));
  },
} satisfies Command;
