import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Command, CommandContext } from '../../src/discord/command.js';
import { DISCORD_LIMITS as L } from '../../src/discord/limits.js';
import type { FollowStore } from '../../src/store/interfaces/follow-store.js';
import { UserError } from '../../src/user-error.js';
import { addFollow, clearFollows, listFollows, removeFollow, resumeFollows } from './keywords.js';
import { MAX_KEYWORD_CHARS } from './limits.js';

/**
 * `/follow` (#11): any member follows keywords and gets a DM when a newly ingested article matches
 * (src/delivery/follow-notify.ts). Every reply is private: what someone follows is their own business.
 */
export const follow = {
  data: new SlashCommandBuilder()
    .setName('follow')
    .setNameLocalizations({ 'zh-CN': '关注', 'zh-TW': '關注' })
    .setDescription('Get a DM when a new article matches your keywords')
    .setDescriptionLocalizations({
      'zh-CN': '有新文章匹配你的关键词时收到私信',
      'zh-TW': '有新文章符合你的關鍵字時收到私訊',
    })
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s
        .setName('add')
        .setNameLocalizations({ 'zh-CN': '添加', 'zh-TW': '新增' })
        .setDescription('Follow a keyword, read like a search query')
        .setDescriptionLocalizations({
          'zh-CN': '关注一个关键词（按搜索的方式匹配）',
          'zh-TW': '關注一個關鍵字（依搜尋的方式比對）',
        })
        .addStringOption((o) =>
          o
            .setName('keyword')
            .setNameLocalizations({ 'zh-CN': '关键词', 'zh-TW': '關鍵字' })
            .setDescription('A word or two, e.g. 舟山 or 台风')
            .setDescriptionLocalizations({
              'zh-CN': '一两个词，例如 舟山 或 台风',
              'zh-TW': '一兩個詞，例如 舟山 或 颱風',
            })
            .setRequired(true)
            .setMaxLength(MAX_KEYWORD_CHARS),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('list')
        .setNameLocalizations({ 'zh-CN': '列表', 'zh-TW': '清單' })
        .setDescription('The keywords you follow')
        .setDescriptionLocalizations({ 'zh-CN': '查看你关注的关键词', 'zh-TW': '查看你關注的關鍵字' }),
    )
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setNameLocalizations({ 'zh-CN': '删除', 'zh-TW': '刪除' })
        .setDescription('Stop following a keyword')
        .setDescriptionLocalizations({ 'zh-CN': '取消关注一个关键词', 'zh-TW': '取消關注一個關鍵字' })
        .addStringOption((o) =>
          o
            .setName('keyword')
            .setNameLocalizations({ 'zh-CN': '关键词', 'zh-TW': '關鍵字' })
            .setDescription('One of your keywords')
            .setDescriptionLocalizations({ 'zh-CN': '你关注的一个关键词', 'zh-TW': '你關注的一個關鍵字' })
            .setRequired(true)
            .setAutocomplete(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('clear')
        .setNameLocalizations({ 'zh-CN': '清除', 'zh-TW': '清除' })
        .setDescription('Delete everything stored about you: keywords and articles sent')
        .setDescriptionLocalizations({
          'zh-CN': '删除关于你的全部数据：关键词和已发送文章的记录',
          'zh-TW': '刪除關於你的全部資料：關鍵字和已傳送文章的紀錄',
        }),
    )
    .addSubcommand((s) =>
      s
        .setName('resume')
        .setNameLocalizations({ 'zh-CN': '恢复', 'zh-TW': '恢復' })
        .setDescription('Get DMs again after they failed')
        .setDescriptionLocalizations({ 'zh-CN': '私信失败后恢复接收', 'zh-TW': '私訊失敗後恢復接收' }),
    ),
  ephemeral: true,

  async execute(req, ctx: CommandContext<FollowStore>) {
    const guildId = req.guildId;
    if (!guildId) throw new UserError('follow.guildOnly');
    switch (req.subcommand) {
      case 'add':
        return addFollow(req, ctx, guildId);
      case 'list':
        return listFollows(req, ctx);
      case 'remove':
        return removeFollow(req, ctx);
      case 'clear':
        return clearFollows(req, ctx);
      case 'resume':
        return resumeFollows(req, ctx);
      default:
        throw new UserError('generic.unknownCommand', { name: `follow ${req.subcommand ?? ''}` });
    }
  },

  /** `/follow remove`: the member's own keywords that contain what is typed. */
  async autocomplete(req, ctx: CommandContext<FollowStore>) {
    const typed = req.focused.value.trim().toLowerCase();
    const mine = ctx.store.listFollows(req.userId).map((f) => f.keyword);
    return mine
      .filter((k) => k.toLowerCase().includes(typed))
      .slice(0, L.autocompleteChoices)
      .map((k) => ({ name: k, value: k }));
  },
} satisfies Command;
