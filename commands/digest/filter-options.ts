import type {
  SlashCommandChannelOption,
  SlashCommandIntegerOption,
  SlashCommandStringOption,
  SlashCommandSubcommandBuilder,
} from 'discord.js';
import { SUBSCRIBE_CHANNEL_TYPES } from './access.js';
import { CADENCE_CHOICES, WEEKDAY_CHOICES } from './cadence.js';

/*
 * The #11 filters-and-cadence options of /digest, built here so commands/digest/index.ts only chains them:
 * `cadence` and `weekday` of subscribe, the `filter` subcommand, and preview's `channel`.
 */

/** A required channel option of /digest (`channel` / 频道), of the given channel types. */
export const channelOption =
  (en: string, zh: string, types: readonly (typeof SUBSCRIBE_CHANNEL_TYPES)[number][]) =>
  (o: SlashCommandChannelOption): SlashCommandChannelOption =>
    o
      .setName('channel')
      .setNameLocalizations({ 'zh-CN': '频道' })
      .setDescription(en)
      .setDescriptionLocalizations({ 'zh-CN': zh })
      .addChannelTypes(...types)
      .setRequired(true);

/** `/digest subscribe … [cadence]`. */
export function cadenceOption(o: SlashCommandStringOption): SlashCommandStringOption {
  return o
    .setName('cadence')
    .setNameLocalizations({ 'zh-CN': '频率' })
    .setDescription('Daily (default), weekdays (Mon–Fri) or weekly')
    .setDescriptionLocalizations({ 'zh-CN': '每天（默认）、工作日（周一至周五）或每周' })
    .addChoices(
      ...CADENCE_CHOICES.map((c) => ({ name: c.en, name_localizations: { 'zh-CN': c.zh }, value: c.value })),
    );
}

/** `/digest subscribe … [weekday]`: weekly digests' day, 0 = Sunday … 6 = Saturday. */
export function weekdayOption(o: SlashCommandIntegerOption): SlashCommandIntegerOption {
  return o
    .setName('weekday')
    .setNameLocalizations({ 'zh-CN': '星期' })
    .setDescription('Weekly: the day of the week (default Monday)')
    .setDescriptionLocalizations({ 'zh-CN': '每周推送：星期几（默认星期一）' })
    .addChoices(
      ...WEEKDAY_CHOICES.map((c) => ({ name: c.en, name_localizations: { 'zh-CN': c.zh }, value: c.value })),
    );
}

const keywordOption =
  (name: string, zhName: string, en: string, zh: string) => (o: SlashCommandStringOption) =>
    o
      .setName(name)
      .setNameLocalizations({ 'zh-CN': zhName })
      .setDescription(en)
      .setDescriptionLocalizations({ 'zh-CN': zh })
      .setMaxLength(1000);

/** `/digest filter channel [sections] [include] [exclude] [clear]`. */
export function filterSubcommand(s: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder {
  return s
    .setName('filter')
    .setNameLocalizations({ 'zh-CN': '筛选' })
    .setDescription('Which stories a subscribed channel gets: sections and keywords')
    .setDescriptionLocalizations({ 'zh-CN': '设置订阅频道接收哪些稿件：版面和关键词' })
    .addChannelOption(channelOption('The subscribed channel', '已订阅的频道', SUBSCRIBE_CHANNEL_TYPES))
    .addStringOption(
      keywordOption('sections', '版面', 'Sections to keep, separated by commas', '保留的版面，用逗号分隔'),
    )
    .addStringOption(
      keywordOption(
        'include',
        '包含',
        'Keywords, any of which a story must match (commas between)',
        '关键词，稿件须匹配其中之一（用逗号分隔）',
      ),
    )
    .addStringOption(
      keywordOption(
        'exclude',
        '排除',
        'Keywords that leave a story out (commas between)',
        '排除含这些关键词的稿件（用逗号分隔）',
      ),
    )
    .addBooleanOption((o) =>
      o
        .setName('clear')
        .setNameLocalizations({ 'zh-CN': '清除' })
        .setDescription('Remove every filter first')
        .setDescriptionLocalizations({ 'zh-CN': '先清除所有筛选' }),
    );
}

/** `/digest preview [channel]`: with a channel, the preview applies its filters. */
export function previewChannelOption(o: SlashCommandChannelOption): SlashCommandChannelOption {
  return o
    .setName('channel')
    .setNameLocalizations({ 'zh-CN': '频道' })
    .setDescription('Preview as this subscribed channel gets it, filters applied')
    .setDescriptionLocalizations({ 'zh-CN': '按该订阅频道的筛选预览' })
    .addChannelTypes(...SUBSCRIBE_CHANNEL_TYPES);
}
