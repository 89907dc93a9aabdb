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
  'digest.listLine': '每天 {time}（{tz}）\n下次推送：{next}（{nextIn}）\n上次推送：{last}',
  'digest.listPaused': '已暂停：{reason}',
  'digest.listError': '错误：{error}',
  'digest.never': '从未',
  'digest.notScheduled': '未安排',
  'digest.previewEmpty': '暂无可推送的内容：还没有存储任何一期报纸。',
  'digest.pausedNotice': '以下日报订阅已暂停：{lines}。请修正频道权限，然后再次运行 /digest subscribe 恢复。',
  'digest.deliveryStatus': '{status} {day}',
  'digest.pausedLine': '{channel} ({reason})',

  'digest.post.heading': '每日要闻 · {date} · 共 {count} 篇',
  'digest.post.headingOne': '每日要闻 · {date} · 共 {count} 篇',
  'digest.post.receivedDate': '未注明日期的版面（{day}收到）',
  'digest.post.edition': '{date} 版',
  'digest.post.noSection': '其他新闻',
  'digest.post.continued': '（续）',
  'digest.post.authorsJoin': '、',

  // Digest layout (#12): lead story, top stories, menus, language note.
  'digest.post.front': '头版',
  'digest.post.menu': '全部 {count} 篇',
  'digest.post.menuPart': '全部 {count} 篇 · 第 {from}–{to} 篇',
  'digest.post.more': '本期还有 {count} 篇，用 /headlines 查看',
  'digest.post.language': '简体中文版',
  'digest.post.readLead': '阅读头条',
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
    '<code>/digest list</code> 查看推送时间、下次推送、上次推送和错误\n' +
    '<code>/digest preview</code> 预览频道将收到的日报\n' +
    '<code>/digest unsubscribe #频道</code> 取消推送\n\n' +
    '日报频道需要授予我“查看频道”“发送消息”和“嵌入链接”权限。我从不 @ 任何人。',
} as const satisfies Record<MessageKey, string>;
