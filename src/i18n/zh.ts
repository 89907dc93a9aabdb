import type { MessageKey } from './en.js';

/** Simplified Chinese strings, used for every zh-* locale. */
export const zh = {
  'generic.error': '抱歉，出了点问题，请稍后再试。',
  'generic.unknownCommand': '未知命令：{name}。',
  'generic.expired': '这个按钮已失效，请重新运行命令。',
  'generic.pageOf': '第 {page}/{pages} 页',
  'generic.previous': '上一页',
  'generic.next': '下一页',
  'generic.noArticles': '还没有存储任何文章。请把报纸版面放进文章目录后再试。',

  'article.notFound': '没有与“{query}”匹配的文章。请输入关键字并从列表中选择。',
  'article.readFull': '阅读全文',
  'article.authors': '作者',
  'article.section': '栏目',
  'article.date': '日期',
  'article.keywords': '关键词',
  'article.photo': '图片新闻',
  // Clean article text (#12): a photo's credit, after its caption
  'article.photoBy': '{names} 摄',
  'article.none': '—',

  'headlines.title': '要闻 · {date}',
  'headlines.noEdition': '没有 {date} 的报纸。已存储的日期：{dates}。',
  'headlines.badDate': '“{date}”不是日期。请使用 YYYY-MM-DD 格式，例如 2019-08-07。',
  'headlines.undated':
    '已存储的版面没有日期，因此没有可列出的一期报纸。仍可用 /search 和 /summary 查找文章。',
  'headlines.select': '打开一篇文章…',
  // Received dates (#12 item 4): an edition of pages that print no date is the day they were received
  'headlines.receivedTitle': '未注明日期的版面 · {day} 收到',
  'headlines.someReceived': '含当天收到、未注明日期的版面。',
  'headlines.receivedChoice': '{date} · 未注明日期的版面（收到日）',

  'search.title': '搜索：{query}',
  'search.none': '没有与“{query}”匹配的结果。',
  // Search no-result help (#12)
  'search.noneTried': '没有与“{query}”匹配的结果（已同时按简体和繁体查找）。请减少或缩短关键词。',
  'search.noneSuggest':
    '没有与“{query}”匹配的结果（已同时按简体和繁体查找）。较短的关键词有结果：“{suggestion}”。',
  'search.results': '第 {from}–{to} 条，共 {total} 条',
  'search.emptyQuery': '请输入要搜索的内容。',

  'digest.adminOnly': '只有拥有“管理服务器”权限的成员才能使用 /digest。',
  'digest.guildOnly': '/digest 只能在服务器中使用。',
  'digest.badTime': '“{time}”不是有效的时间。请使用 24 小时制 HH:MM，例如 08:00 或 18:30。',
  'digest.badTimezone':
    '“{tz}”不是 IANA 时区名称。请使用 Asia/Shanghai、Europe/London 或 America/New_York 这样的名称。',
  'digest.badChannel': '请选择本服务器中的一个文字频道来接收日报。',
  'digest.missingPermissions': '我无法在 {channel} 发帖：缺少{perms}权限。请授予权限后重试。',
  'digest.subscribed': '已订阅 {channel}：每天 {time}（{tz}）推送日报。下次推送：{next}。',
  'digest.unsubscribed': '已取消 {channel} 的订阅，之后不再推送日报。',
  'digest.notSubscribed': '{channel} 没有订阅日报。',
  'digest.timezoneSet': '服务器的默认时区已设为 {tz}。新订阅默认使用该时区。',
  'digest.timezoneIs': '服务器的默认时区是 {tz}。',
  'digest.listTitle': '日报订阅',
  'digest.listEmpty': '还没有频道订阅。请使用 /digest subscribe。',
  'digest.listLine': '{schedule}\n下次推送：{next}（{nextIn}）\n上次推送：{last}',
  'digest.listPaused': '已暂停：{reason}',
  'digest.listError': '错误：{error}',
  'digest.never': '从未',
  'digest.notScheduled': '未安排',
  'digest.previewEmpty': '暂无可推送的内容：还没有存储任何一期报纸。',
  'digest.pausedNotice':
    '以下日报订阅已暂停：{lines}。请修正频道权限，然后再次运行 /digest subscribe（即时提醒频道运行 /digest alerts）恢复。',
  'digest.deliveryStatus': '{status} {day}',
  'digest.pausedLine': '{channel} ({reason})',

  'digest.post.heading': '每日要闻 · {date} · 共 {count} 篇',
  'digest.post.headingOne': '每日要闻 · {date} · 共 {count} 篇',
  'digest.post.receivedDate': '未注明日期的版面（{day}收到）',
  'digest.post.edition': '{date} 版',
  'digest.post.noSection': '其他新闻',
  'digest.post.continued': '（续）',
  // #11 推送位置：每期一个子区、论坛帖子。
  'digest.thread.name': '日报 · {date}',
  'digest.thread.header': '📰 **{name}**：新闻在下方的子区里。',
  'digest.destThread': '→ 每期一个子区',
  'digest.destForum': '→ 每期一篇论坛帖子',
  'digest.destForumTag': '→ 每期一篇论坛帖子，标签 {tag}',
  'digest.badForumTag': '论坛 {channel} 没有标签「{tag}」。现有标签：{tags}。请从中选一个，或不填标签。',
  'digest.noForumTags': '无',
  'digest.tagNeedsForum': '标签只适用于论坛频道，{channel} 不是论坛。请不填标签，或选择一个论坛。',
  'digest.threadInForum': '论坛频道本来就是每期一篇帖子：{channel} 请不要选“子区”。',
  'perm.CreatePublicThreads': '创建公开子区',
  'perm.SendMessagesInThreads': '在子区中发送消息',
  'console.notBoolean': '{name}: “{value}”不是 true 或 false。',
  'digest.post.authorsJoin': '、',

  // Digest layout (#12): lead story, top stories, menus, language note.
  'digest.post.front': '头版',
  'digest.post.menu': '全部 {count} 篇',
  'digest.post.menuPart': '全部 {count} 篇 · 第 {from}–{to} 篇',
  'digest.post.more': '本期还有 {count} 篇，用 /headlines 查看',
  'digest.post.language': '简体中文版',
  'digest.post.readLead': '阅读头条',
  // Instant alerts (#11): /digest alerts, the alert messages, /digest list.
  'alerts.post.heading': '新稿件',
  'alerts.post.groupHeading': '{count} 篇新稿件',
  'alerts.post.summary': '摘要',
  'alerts.post.menu': '打开一篇文章（{from}–{to}）…',
  'alerts.subscribed':
    '已为 {channel} 开启即时提醒：每篇新稿件一到就推送到该频道，每分钟至多几条；同时到达的多篇合并为一条列表。',
  'alerts.subscribedFiltered':
    '已为 {channel} 开启即时提醒：符合筛选条件（/digest filter）的新稿件一到就推送到该频道，每分钟至多几条；同时到达的多篇合并为一条列表。',
  'alerts.switched': '该频道不再接收每日日报：一个频道只能有一种订阅。',
  'alerts.unsubscribed': '已取消 {channel} 的订阅，之后不再推送即时提醒。',
  'alerts.listLine': '即时提醒：新稿件一到就推送',
  // Admin screens (#12).
  'digest.button.preview': '{n} · 预览',
  'digest.button.send': '{n} · 立即推送',
  'digest.button.unsubscribe': '{n} · 取消订阅',
  'digest.sendNow.sent': '已向 {channel} 推送今天的日报。今天的定时推送不会再发一次。',
  'digest.sendNow.skipped': '{channel} 今天已经收到日报（或已暂停），没有重复推送。',
  'digest.sendNow.empty': '{channel} 没有新内容：没有它尚未收到的报纸。',
  'digest.sendNow.paused': '我无法在 {channel} 发帖，已暂停其日报：{error}',
  'digest.sendNow.failed': '向 {channel} 推送失败（{error}），定时任务会再次尝试。',
  'digest.sendNow.unavailable': '此进程不负责推送日报，暂时无法立即推送。',
  'perm.quoted': '「{name}」',

  'perm.ViewChannel': '查看频道',
  'perm.SendMessages': '发送消息',
  'perm.EmbedLinks': '嵌入链接',
  'delivery.sent': '已发送',
  'delivery.failed': '失败',
  'delivery.claimed': '进行中',
  'delivery.empty': '无新内容',

  // Personal follows (#11): /follow, its DMs and the paused notice.
  'follow.guildOnly': '/follow 只能在服务器中使用。',
  'follow.badKeyword': '“{keyword}”中没有可搜索的内容。关键词需要包含文字或数字，例如 舟山 或 台风。',
  'follow.emptyKeyword': '请输入要关注的关键词，例如 舟山 或 台风。',
  'follow.tooLong': '关键词太长：最多 {max} 个字符。请用更短的词。',
  'follow.added': '已关注“{keyword}”：有新文章匹配时我会私信你。你已关注 {count} 个关键词，上限 {max} 个。',
  'follow.exists': '你已经关注了“{keyword}”。',
  'follow.userLimit': '你已关注 {max} 个关键词，达到上限。请先用 /follow remove 删除一个，再添加。',
  'follow.guildLimit':
    '本服务器成员共关注了 {max} 个关键词，达到每个服务器的上限。请联系机器人管理员调高 <code>FOLLOW_MAX_PER_GUILD</code>。',
  'follow.removed': '已取消关注“{keyword}”。',
  'follow.notFollowed': '你没有关注“{keyword}”。用 /follow list 查看你的关键词。',
  'follow.listTitle': '我的关注 · {count}/{max}',
  'follow.listEmpty': '你还没有关注任何关键词。使用 /follow add：有新文章匹配时我会私信你。',
  'follow.listPaused': '已暂停：我无法私信你（{reason}）。请允许私信，然后运行 /follow resume。',
  'follow.listFooter': '匹配的新文章会通过私信发送，每批一条消息。',
  'follow.cleared': '已删除关于你的全部数据：{follows} 个关键词，以及 {notices} 篇已发送文章的记录。',
  'follow.clearedNothing': '没有存储任何关于你的数据。',
  'follow.resumed': '已恢复关注：匹配的新文章会再次通过私信发送。',
  'follow.notPaused': '你的关注没有暂停：匹配的新文章会通过私信发送。',
  'follow.pausedNotice':
    '我无法私信你（{reason}），你的关注已暂停。请允许服务器成员私信你，然后运行 /follow resume。',
  'follow.dm.heading': '你关注的新文章 · {count} 篇',
  'follow.dm.matched': '匹配“{keyword}”',
  'follow.dm.more': '……还有 {count} 篇，可用 /search 查找。',
  'follow.dm.open': '{n} · 打开',
  'follow.dm.footer': '用 /follow list、/follow remove 或 /follow clear 修改你的关注。',
  'help.follows':
    '<b>个人关注</b>（所有成员）\n' +
    '<code>/follow add 关键词</code> 有新文章匹配时私信你（每人最多 {perUser} 个关键词，每个服务器共 {perGuild} 个）\n' +
    '<code>/follow list</code> 我的关键词 · <code>/follow remove 关键词</code> · <code>/follow clear</code> 删除关于你的全部数据\n' +
    '<code>/follow resume</code> 私信失败后恢复',

  // Filters and cadence (#11, filters-cadence helper): /digest filter, cadence, "nothing matched", coverage.
  'digest.filter.sections': '版面',
  'digest.filter.include': '包含',
  'digest.filter.exclude': '排除',
  'digest.filter.part': '{list}：{words}',
  'digest.filter.line': '筛选：{filters}',
  'digest.filter.none': '筛选：无（推送全部稿件）',
  'digest.filter.set': '已保存 {channel} 的筛选。{filters}。日报只推送符合条件的稿件。',
  'digest.filter.cleared': '已清除 {channel} 的筛选：重新推送全部稿件。',
  'digest.filter.shown':
    '{channel}：{filters}。用 <code>/digest filter</code> 的 sections、include 或 exclude 设置（关键词用逗号分隔）；clear 清除。',
  'digest.filter.notSubscribed': '{channel} 没有可筛选的订阅。请先用 /digest subscribe 订阅。',
  'digest.filter.nothingSearchable':
    '{list}中的“{keyword}”没有可搜索的内容（只有标点或空格）。请输入词语，用逗号分隔。',
  'digest.filter.tooLong': '{list}中的“{keyword}”超过 {max} 个字。请使用更短的关键词，用逗号分隔。',
  'digest.filter.tooMany': '{list}有 {count} 个关键词，最多 {max} 个。请删掉一些后重试。',
  'digest.filter.previewNote': '{channel} 的预览，已应用其筛选。{filters}',
  'digest.filter.previewNothing':
    '最新一期没有符合 {channel} 筛选条件（{filters}）的稿件：它的日报不会推送任何内容。',
  'delivery.filtered': '无匹配内容',
  'digest.sendNow.filtered': '{channel} 没有符合筛选条件的新稿件，未推送。',
  'digest.schedule.daily': '每天 {time}（{tz}）',
  'digest.schedule.weekdays': '工作日（周一至周五）{time}（{tz}）',
  'digest.schedule.weekly': '每{weekday} {time}（{tz}）',
  'digest.subscribedWeekdays':
    '已订阅 {channel}：工作日（周一至周五）{time}（{tz}）推送日报。下次推送：{next}。',
  'digest.subscribedWeekly':
    '已订阅 {channel}：每{weekday} {time}（{tz}）推送日报，包含自上次推送以来的每一期。下次推送：{next}。',
  'digest.badCadence':
    '“{cadence}”不是有效的推送频率。请使用 daily（每天）、weekdays（工作日）或 weekly（每周）。',
  'digest.weekdayDefaulted': '未指定星期，默认为周一。可用 weekday 选项另选。',
  'digest.weekdayNeedsWeekly': '只有每周推送才需要指定星期。请选择“每周”，或不填星期。',
  'weekday.0': '周日',
  'weekday.1': '周一',
  'weekday.2': '周二',
  'weekday.3': '周三',
  'weekday.4': '周四',
  'weekday.5': '周五',
  'weekday.6': '周六',
  'digest.post.coverage': '共 {count} 期：{range}',
  'digest.post.coverageOlder': '另有 {count} 期较早的未显示，请用 /headlines 查看',

  'console.banner': 'Paperboy 控制台。输入 /help、/headlines、/summary 舟山、/search 席草 …（/quit 退出）。',
  'console.notNumber': '{name}: “{value}”不是整数。',
  'console.pressUsage': '用法：/press <按钮 id> [菜单选项]',
  'console.unknownCommand': '未知命令：{name}。 可用命令：{list}',
  'console.subcommands': '{name} 需要以下子命令之一：{list}。',
  'console.missing': '{name} 缺少：{options}。',

  'help.title': 'Paperboy 报童',
  'help.body':
    '我读取扫描的报纸版面，为每篇文章生成摘要，并每天推送日报。\n\n' +
    '<b>阅读</b>\n' +
    '<code>/headlines [日期]</code> 最新一期（或指定日期）的要闻\n' +
    '<code>/summary 文章</code> 一篇文章的摘要、关键词和作者\n' +
    '<code>/article 文章</code> 分页阅读全文\n' +
    '<code>/search 关键词 [数量]</code> 全文搜索，附带摘录\n\n' +
    '<b>设置每日日报</b>（需要“管理服务器”权限）\n' +
    '<code>/digest timezone Asia/Shanghai</code> 设置服务器默认时区\n' +
    '<code>/digest subscribe #频道 08:00 [时区]</code> 每天在该频道推送日报\n' +
    '<code>/digest subscribe #频道 08:00 子区:true</code> 每期日报开一个子区；论坛频道则每期发一篇帖子（<code>标签:</code> 论坛的一个标签）\n' +
    '<code>/digest alerts #频道</code> 改为即时提醒：新稿件一到就推送（每分钟至多几条，同时到达的合并为一条列表）\n' +
    '<code>/digest subscribe #频道 08:00 频率:每周 星期:星期五</code> 只在工作日推送，或每周一次（包含自上次以来的每一期）\n' +
    '<code>/digest filter #频道 包含:舟山,开渔 排除:广告</code> 只推送频道需要的稿件（也可按<code>版面:</code>；<code>清除:true</code> 取消筛选）\n' +
    '<code>/digest list</code> 查看推送时间、下次推送、上次推送和错误\n' +
    '<code>/digest preview</code> 预览频道将收到的日报\n' +
    '<code>/digest unsubscribe #频道</code> 取消推送\n\n' +
    '日报频道需要授予我“查看频道”“发送消息”和“嵌入链接”权限。我从不 @ 任何人。',
} as const satisfies Record<MessageKey, string>;
